// Placeholders as text: split text at `{{ key }}`, look each key up once, expand, keep placeholders
// whole through markdown-it's link encoding, find the keys nearest a mistyped one, and word the
// problems authors see. Pure (no markdown-it, no env); the markdown-it plugin that uses it is
// ./plugins/placeholders.ts. `\{{` writes a literal `{{`.
import { editDistance, nearest } from '../util/nearest.ts';
import { orList } from '../util/list.ts';

/** One piece of text split at placeholders: literal text, or a `{{ key }}` (raw = as written, index = where). */
export type PlaceholderPart = { text: string } | { key: string; raw: string; index: number };

/** A piece after the lookup: literal text (an unknown key stays as written), or a known key and its value. */
export type ResolvedPart = { text: string } | { key: string; value: string; index: number };

/** A problem as the author sees it: what is wrong, and what to do. */
export interface Wording {
	message: string;
	hint: string;
}

// `\{{` (an escaped, literal `{{`) or `{{ key }}` on one line.
const PLACEHOLDER = /\\\{\{|\{\{[ \t]*([^{}\n]*?)[ \t]*\}\}/g;

/** Split text at `{{ key }}`s; `\{{` becomes a literal `{{`. */
export function splitPlaceholders(text: string): PlaceholderPart[] {
	const parts: PlaceholderPart[] = [];
	let last = 0;
	const pushText = (t: string) => {
		const prev = parts.at(-1);
		if (prev && 'text' in prev) prev.text += t;
		else if (t) parts.push({ text: t });
	};
	for (const m of text.matchAll(PLACEHOLDER)) {
		pushText(text.slice(last, m.index));
		if (m[0] === '\\{{') pushText('{{');
		else parts.push({ key: m[1]!, raw: m[0], index: m.index });
		last = m.index + m[0].length;
	}
	pushText(text.slice(last));
	return parts;
}

/**
 * Split text at placeholders and look each key up in `values`: the one lookup every expansion
 * uses. An unknown key is passed to `onUnknown` (with its index in `text`) and stays as written.
 */
export function resolvePlaceholders(
	text: string,
	values: ReadonlyMap<string, string>,
	onUnknown: (key: string, index: number) => void = () => {},
): ResolvedPart[] {
	return splitPlaceholders(text).map((part) => {
		if ('text' in part) return part;
		const value = values.get(part.key);
		if (value !== undefined) return { key: part.key, value, index: part.index };
		onUnknown(part.key, part.index);
		return { text: part.raw };
	});
}

/** The 0-based line of `index` in `text`. */
export function lineAt(text: string, index: number): number {
	return text.slice(0, index).split('\n').length - 1;
}

/**
 * Expand `{{ key }}` in plain text (a code block's content) before highlighting. Unknown keys stay
 * as written and are passed to onUnknown with their 0-based line in `text` and the nearest known
 * keys. The account name stays as the ACCOUNT sentinel for the highlighter to turn into an element.
 */
export function expandPlaceholders(
	text: string,
	values: ReadonlyMap<string, string>,
	onUnknown: (key: string, line: number, near: string[]) => void = () => {},
): string {
	return resolvePlaceholders(text, values, (key, index) => onUnknown(key, lineAt(text, index), nearestKeys(key, values)))
		.map((part) => ('text' in part ? part.text : part.value))
		.join('');
}

/** The known keys closest to a mistyped one (all of those tied for closest; one good guess beats three weak ones). */
export function nearestKeys(key: string, values: ReadonlyMap<string, string>): string[] {
	const candidates = nearest(key, values.keys());
	const best = Math.min(...candidates.map((c) => editDistance(key.toLowerCase(), c.toLowerCase())));
	return candidates.filter((c) => editDistance(key.toLowerCase(), c.toLowerCase()) === best);
}

const braces = (key: string) => `{{ ${key} }}`;

/**
 * markdown-it percent-encodes a link address while parsing (`normalizeLink`), which would turn
 * `{{ key }}` into `%7B%7B%20key%20%7D%7D` before any plugin sees it. Wrap a normalizer so that the
 * placeholders pass through it whole, for the core rule to expand; the rest is encoded as before.
 */
export function keepPlaceholders(normalize: (url: string) => string): (url: string) => string {
	return (url) => {
		const kept: string[] = [];
		const masked = url.replace(PLACEHOLDER, (m) => (m === '\\{{' ? m : `kitph${kept.push(m) - 1}kitph`));
		return normalize(masked).replace(/kitph(\d+)kitph/g, (_, i: string) => kept[Number(i)]!);
	};
}

/** The message and hint for an unknown (or empty) `{{ key }}`: the nearest known keys, or the list of all. */
export function placeholderProblem(key: string, values: ReadonlyMap<string, string>): Wording {
	if (key === '')
		return {
			message: 'empty placeholder {{ }}',
			hint: 'write a key between the braces, e.g. {{ pop3s.host }}, or \\{{ for literal braces',
		};
	const near = nearestKeys(key, values).map(braces);
	return {
		message: `unknown placeholder ${braces(key)}`,
		hint: near.length
			? `did you mean ${orList(near)}?`
			: `the placeholders are ${[...values.keys()].map(braces).join(', ')} (write \\{{ for literal braces)`,
	};
}

/** The other problems authors see with placeholders, worded once. */
export const problems = {
	/** An unconfirmed value in a code block, which cannot carry the 要確認 mark. */
	unconfirmedInCode(key: string): Wording {
		return {
			message: `${braces(key)} is not confirmed yet (assumptions: in content/settings.yaml), and a code block cannot show its 要確認 mark`,
			hint: 'write the value in the text around the code block, where it gets the mark; or confirm the value and remove the assumption',
		};
	},
	/** A label placeholder written inside quotation marks: the placeholder quotes the label itself. */
	quotedLabel(key: string): Wording {
		return {
			message: `${braces(key)} is a label of a client's screen and is quoted by the placeholder itself; the quotation marks around it would double`,
			hint: `write ${braces(key)} without ［］, 「」 or quotes around it (a label nobody has seen is printed as a description, without quotes)`,
		};
	},
	/** The reader's account name in a link address, where the browser cannot fill it in. */
	accountInLink(key: string): Wording {
		return {
			message: `${braces(key)} cannot be used in a link address: it holds the reader's account name, which is only filled in on the page`,
			hint: 'write the address as text (e.g. {{ email }}) instead of linking it',
		};
	},
	/** A link markdown-it did not make because its address has a `{{ key }}` with spaces; undefined when `text` has none. */
	spacesInLink(text: string): Wording | undefined {
		if (!/\]\([^()\s]*\{\{[ \t]/.test(text)) return undefined;
		return {
			message: 'this link was not made: a link address cannot contain spaces, and "{{ key }}" has some',
			hint: 'inside a link address write the placeholder without spaces, e.g. (https://{{domain}}/), or wrap the address in <…>',
		};
	},
};
