// Placeholders: `{{ key }}` → the settings value, in text, inline code, link addresses and link text,
// table cells and image alt text; `\{{` writes a literal `{{`. The account-name sentinel becomes a
// kit_account token (rendered as <kit-account>, filled in by the browser). Exports
// expandPlaceholders for code blocks (the code plugin expands those). Depends on
// ../../settings/placeholders.ts. Its core rule runs just before 'text_join', so lint rules placed
// right after 'inline' (literals, html) still see the source text.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { ACCOUNT } from '../../settings/placeholders.ts';
import { editDistance, nearest } from '../../util/nearest.ts';
import { report, uses, type MarkdownEnv } from '../env.ts';
import { childMap, eachBlock, envOf, lineInBlock, renderEnv } from './shared.ts';

/** The visible mark after an unconfirmed value, and where it explains itself. */
export interface UnconfirmedMark {
	/** Placeholder key → why (unconfirmedValues(settings, words)). */
	keys: ReadonlyMap<string, string>;
	/** The mark's text (the words' `unconfirmed`). */
	text: string;
	/** The mark as text after a value where no element can go (alt text, titles), e.g. （要確認）. */
	inText: string;
	/** Its tooltip. */
	title: string;
	/** The page section that lists the unconfirmed values. */
	href: string;
}

/** The mark's HTML: a link to the explanation, or (inside a link, where links cannot nest) a span. Not indexed for search. */
export function unconfirmedHtml(
	mark: Pick<UnconfirmedMark, 'text' | 'title' | 'href'>,
	escape: (s: string) => string,
	inLink = false,
): string {
	return inLink
		? `<span class="kit-unconfirmed" title="${escape(mark.title)}" data-pagefind-ignore>${escape(mark.text)}</span>`
		: `<a class="kit-unconfirmed" href="${escape(mark.href)}" title="${escape(mark.title)}" data-pagefind-ignore>${escape(mark.text)}</a>`;
}

export interface PlaceholdersOptions {
	/** Placeholder key → text, from placeholderValues(settings, words). */
	values: ReadonlyMap<string, string>;
	/** Unconfirmed values get this mark after them; none without it. */
	unconfirmed?: UnconfirmedMark;
	/** Text shown for the reader's account name until the browser fills it in (the page language's words). */
	accountPlaceholder: string;
}

/** One piece of text split at placeholders: literal text, or a `{{ key }}` (raw = as written). */
export type PlaceholderPart = { text: string } | { key: string; raw: string; index: number };

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

/** The known keys closest to a mistyped one (all of those tied for closest; one good guess beats three weak ones). */
export function nearestKeys(key: string, values: ReadonlyMap<string, string>): string[] {
	const candidates = nearest(key, values.keys());
	const best = Math.min(...candidates.map((c) => editDistance(key.toLowerCase(), c.toLowerCase())));
	return candidates.filter((c) => editDistance(key.toLowerCase(), c.toLowerCase()) === best);
}

/** The message and hint for an unknown placeholder key. */
export function placeholderProblem(key: string, values: ReadonlyMap<string, string>): { message: string; hint: string } {
	if (key === '')
		return {
			message: 'empty placeholder {{ }}',
			hint: 'write a key between the braces, e.g. {{ pop3s.host }}, or \\{{ for literal braces',
		};
	const near = nearestKeys(key, values);
	const names = (keys: string[]) => keys.map((k) => `{{ ${k} }}`);
	const list = names(near);
	return {
		message: `unknown placeholder {{ ${key} }}`,
		hint: near.length
			? `did you mean ${list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list.at(-1)}` : list[0]}?`
			: `the placeholders are ${names([...values.keys()]).join(', ')} (write \\{{ for literal braces)`,
	};
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
	return splitPlaceholders(text)
		.map((part) => {
			if ('text' in part) return part.text;
			const value = values.get(part.key);
			if (value !== undefined) return value;
			onUnknown(part.key, text.slice(0, part.index).split('\n').length - 1, nearestKeys(part.key, values));
			return part.raw;
		})
		.join('');
}

/**
 * The code plugin's `expand` option: expand a fence's content, reporting unknown keys at their
 * line, and unconfirmed values (a code block cannot carry the mark and stay copyable).
 */
export function codeExpander(
	values: ReadonlyMap<string, string>,
	unconfirmed: ReadonlyMap<string, string> = new Map(),
): (text: string, map: [number, number] | null, env: MarkdownEnv) => string {
	return (text, map, env) => {
		for (const part of splitPlaceholders(text)) {
			if (!('key' in part) || !unconfirmed.has(part.key)) continue;
			report(
				env,
				lineInBlock(map, text.slice(0, part.index).split('\n').length - 1, 1),
				`{{ ${part.key} }} is not confirmed yet (assumptions: in content/settings.yaml), and a code block cannot show its 要確認 mark`,
				'write the value in the text around the code block, where it gets the mark; or confirm the value and remove the assumption',
			);
		}
		return expandPlaceholders(text, values, (key, line) => {
			const p = placeholderProblem(key, values);
			// A fence's content starts on the line after its opening ``` line.
			report(env, lineInBlock(map, line, 1), p.message, p.hint);
		});
	};
}

/** True when `text` has a `{{ key }}` of an unconfirmed value. */
function hasUnconfirmed(text: string, keys: ReadonlyMap<string, string> | undefined): boolean {
	return !!keys && splitPlaceholders(text).some((p) => 'key' in p && keys.has(p.key));
}

/** What this plugin stores on code_inline tokens that hold the account name. */
export interface CodeAccountMeta {
	/** The code's text split at the account name (the renderer puts <kit-account> between parts). */
	accountParts: string[];
}

/** Expand `{{ key }}` placeholders from the settings. */
export function placeholdersPlugin(md: MarkdownIt, options: PlaceholdersOptions): void {
	const { values } = options;
	const accountText = options.accountPlaceholder;
	const marks = options.unconfirmed?.keys;

	// Link addresses are percent-encoded while parsing; keep `{{ key }}` intact for the core rule.
	const normalizeLink = md.normalizeLink;
	md.normalizeLink = (url) => {
		const kept: string[] = [];
		const masked = url.replace(PLACEHOLDER, (m) => (m === '\\{{' ? m : `kitph${kept.push(m) - 1}kitph`));
		return normalizeLink(masked).replace(/kitph(\d+)kitph/g, (_, i: string) => kept[Number(i)]!);
	};

	md.core.ruler.before('text_join', 'kit_placeholders', (state) => {
		const env = envOf(state);
		eachBlock(state.tokens, (token, _i, map) => {
			if (token.type === 'inline' && token.children) token.children = expandChildren(state, env, token.children, map);
		});
	});

	// Expand the placeholders of inline children; return the new children list.
	function expandChildren(state: StateCore, env: MarkdownEnv, children: Token[], map: [number, number] | null): Token[] {
		const out: Token[] = [];
		let links = 0;
		children.forEach((child, i) => {
			if (child.type === 'link_open') links++;
			if (child.type === 'link_close') links--;
			const at = childMap(map, children, i);
			const unknown = (key: string) => {
				const p = placeholderProblem(key, values);
				report(env, at, p.message, p.hint);
			};
			if (child.type === 'text') {
				brokenLinkCheck(env, child.content, at);
				// Text without braces keeps its token (and whatever another plugin stored on it).
				if (child.content.includes('{{')) out.push(...textTokens(state, child.content, unknown, links > 0));
				else out.push(child);
				return;
			}
			if (child.type === 'code_inline') {
				const marked = hasUnconfirmed(child.content, marks);
				const text = expandPlaceholders(child.content, values, unknown);
				if (text.includes(ACCOUNT)) {
					const meta: CodeAccountMeta = { accountParts: text.split(ACCOUNT) };
					child.meta = { ...child.meta, ...meta };
				}
				child.content = text.replaceAll(ACCOUNT, accountText);
				out.push(child);
				// After the code, not inside it: the code stays exactly what to type.
				if (marked) out.push(markToken(state, links > 0));
				return;
			} else if (child.type === 'link_open' || child.type === 'image') {
				const attr = child.type === 'link_open' ? 'href' : 'src';
				const url = child.attrGet(attr);
				if (url !== null) child.attrSet(attr, expandUrl(env, String(url), at, unknown));
				// A link title is plain text too.
				const title = child.attrGet('title');
				if (title !== null) child.attrSet('title', expandPlain(String(title), unknown));
				// Alt text is plain text: the account name shows as its placeholder text.
				if (child.children) for (const alt of child.children) if (alt.type === 'text') alt.content = expandPlain(alt.content, unknown);
			}
			out.push(child);
		});
		return out;
	}

	// Plain text (alt text, titles): the account placeholder text, and the mark's word in parentheses.
	function expandPlain(text: string, unknown: (key: string) => void): string {
		return splitPlaceholders(text)
			.map((part) => {
				if ('text' in part) return part.text;
				const value = values.get(part.key);
				if (value === undefined) {
					unknown(part.key);
					return part.raw;
				}
				return value.replaceAll(ACCOUNT, accountText) + (marks?.has(part.key) ? options.unconfirmed!.inText : '');
			})
			.join('');
	}

	// The mark after an unconfirmed value.
	function markToken(state: StateCore, inLink: boolean): Token {
		return Object.assign(new state.Token('kit_unconfirmed', '', 0), { meta: { inLink } });
	}

	// Text with placeholders → text tokens, with a kit_account token wherever the account name goes
	// and a kit_unconfirmed token after each unconfirmed value.
	function textTokens(state: StateCore, content: string, unknown: (key: string) => void, inLink = false): Token[] {
		const parts = splitPlaceholders(content);
		const tokens: Token[] = [];
		const text = (t: string) => {
			if (!t) return;
			const prev = tokens.at(-1);
			if (prev?.type === 'text') prev.content += t;
			else tokens.push(Object.assign(new state.Token('text', '', 0), { content: t }));
		};
		for (const part of parts) {
			if ('text' in part) {
				text(part.text);
				continue;
			}
			const value = values.get(part.key);
			if (value === undefined) {
				unknown(part.key);
				text(part.raw);
				continue;
			}
			value.split(ACCOUNT).forEach((piece, n) => {
				if (n > 0) tokens.push(Object.assign(new state.Token('kit_account', 'kit-account', 0), { content: accountText }));
				text(piece);
			});
			if (marks?.has(part.key)) tokens.push(markToken(state, inLink));
		}
		return tokens;
	}

	// Expand a link address or image source; the account name cannot go into one.
	function expandUrl(env: MarkdownEnv, url: string, at: [number, number] | null, unknown: (key: string) => void): string {
		const parts = splitPlaceholders(url);
		if (parts.every((p) => 'text' in p)) return url;
		return parts
			.map((part) => {
				if ('text' in part) return part.text;
				const value = values.get(part.key);
				if (value === undefined) {
					unknown(part.key);
					return part.raw;
				}
				if (value.includes(ACCOUNT)) {
					report(
						env,
						at,
						`{{ ${part.key} }} cannot be used in a link address: it holds the reader's account name, which is only filled in on the page`,
						'write the address as text (e.g. {{ email }}) instead of linking it',
					);
					return encodeURI(value.replaceAll(ACCOUNT, accountText));
				}
				return encodeURI(value);
			})
			.join('');
	}

	// A `{{ key }}` with spaces inside a link address stops markdown-it from making the link.
	function brokenLinkCheck(env: MarkdownEnv, content: string, at: [number, number] | null): void {
		if (/\]\([^()\s]*\{\{[ \t]/.test(content)) {
			report(
				env,
				at,
				'this link was not made: a link address cannot contain spaces, and "{{ key }}" has some',
				'inside a link address write the placeholder without spaces, e.g. (https://{{domain}}/), or wrap the address in <…>',
			);
		}
	}

	md.renderer.rules['kit_unconfirmed'] = (tokens, idx) =>
		options.unconfirmed ? unconfirmedHtml(options.unconfirmed, md.utils.escapeHtml, (tokens[idx]!.meta as { inLink: boolean }).inLink) : '';

	md.renderer.rules.kit_account = (tokens, idx, _opts, env) => {
		uses(renderEnv(env), 'account');
		return `<kit-account class="kit-account" data-placeholder="">${md.utils.escapeHtml(tokens[idx]!.content)}</kit-account>`;
	};

	// Inline code with the account name: the element goes between the escaped parts.
	const codeInline = md.renderer.rules.code_inline;
	md.renderer.rules.code_inline = (tokens, idx, opts, env, self) => {
		const token = tokens[idx]!;
		const parts = (token.meta as Partial<CodeAccountMeta> | null)?.accountParts;
		if (!parts) return codeInline ? codeInline(tokens, idx, opts, env, self) : self.renderToken(tokens, idx, opts);
		const account = `<kit-account class="kit-account" data-placeholder="">${md.utils.escapeHtml(accountText)}</kit-account>`;
		uses(renderEnv(env), 'account');
		return `<code${self.renderAttrs(token)}>${parts.map((p) => md.utils.escapeHtml(p)).join(account)}</code>`;
	};
}
