// Placeholders in Markdown: `{{ key }}` → the settings value, in text, inline code, link addresses
// and link text, table cells and image alt text. The account-name sentinel becomes a kit_account
// token (rendered as <kit-account>, filled in by the browser); a value whose key is in `noWrap` (a
// method name) is wrapped in kit_nowrap_open/close tokens around its text token, so it never wraps
// inside itself while every reader of text tokens (heading ids, TOC, language check) sees plain text.
// The text work (split, look up, expand, wording of problems) is ../placeholder-text.ts; this file
// turns it into tokens and markup (../markup.ts). Exports codeExpander for the code plugin. Its core
// rule runs just before 'text_join', so lint rules placed right after 'inline' (literals, html)
// still see the source text.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { ACCOUNT } from '../../settings/placeholders.ts';
import { report, uses, type MarkdownEnv } from '../env.ts';
import { childMap, eachBlock, envOf, lineInBlock, renderEnv } from './shared.ts';
import { escapeHtml } from '../../util/escape.ts';
import {
	expandPlaceholders,
	keepPlaceholders,
	lineAt,
	placeholderProblem,
	problems,
	resolvePlaceholders,
	splitPlaceholders,
} from '../placeholder-text.ts';
import { accountHtml, codeHtml, noWrapCloseHtml, noWrapOpenHtml, phrasePattern, unconfirmedHtml, type UnconfirmedMark } from '../markup.ts';

export interface PlaceholdersOptions {
	/** Placeholder key → text, from placeholderValues(settings, words). */
	values: ReadonlyMap<string, string>;
	/** Unconfirmed values get this mark after them; none without it. */
	unconfirmed?: UnconfirmedMark;
	/** Text shown for the reader's account name until the browser fills it in (the page language's words). */
	accountPlaceholder: string;
	/** Keys whose values never wrap inside themselves in prose (methodNameKeys: "SMTP-AUTH (STARTTLS)"); default none. */
	noWrap?: ReadonlySet<string>;
	/**
	 * The same names typed in a page's own words (a title in a link: "Sylpheed（POP3 over SSL）"):
	 * kept whole by the same span, so a method name never wraps whether a placeholder wrote it or not.
	 */
	noWrapTerms?: readonly string[];
	/**
	 * Keys that name a label of a client's screen (graded labels, src/i18n/sourced.ts): the plugin
	 * quotes the label itself (or, for a label nobody has seen, prints the description unquoted) and
	 * puts the label's own mark after it. Their `values` entry is the plain-text form (alt text).
	 */
	labels?: LabelPlaceholders;
}

/** A label placeholder as the page prints it. */
export interface ShownLabel {
	/** The label (printed quoted), or the description of a control whose label was not found (printed as is). */
	text: string;
	quoted: boolean;
	/** The mark after a label not confirmed: where it explains itself and its tooltip. */
	mark?: { href: string; title: string };
}

export interface LabelPlaceholders {
	/** Placeholder key → the label. */
	shown: ReadonlyMap<string, ShownLabel>;
	/** How a quoted label is printed: in bold (English), or in the page's quotation marks (`quote`, Japanese). */
	strong: boolean;
	/** The quotation marks as text (Japanese prose; alt text in both languages). */
	quote: (label: string) => string;
}

/** What this plugin stores on an inline token whose text names graded labels: their keys (the label-sources list reads them). */
/** What the plugin stores on each inline token that had placeholders: every key its text and code used. */
export interface PlaceholderUseMeta {
	placeholders?: string[];
}

export interface LabelUseMeta {
	labels: string[];
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
		// A fence's content starts on the line after its opening ``` line.
		for (const part of splitPlaceholders(text)) {
			if (!('key' in part) || !unconfirmed.has(part.key)) continue;
			const p = problems.unconfirmedInCode(part.key);
			report(env, lineInBlock(map, lineAt(text, part.index), 1), p.message, p.hint);
		}
		return expandPlaceholders(text, values, (key, line) => {
			const p = placeholderProblem(key, values);
			report(env, lineInBlock(map, line, 1), p.message, p.hint);
		});
	};
}

/** What this plugin stores on a kit_unconfirmed token (the mark after an unconfirmed value or label). */
export interface UnconfirmedMarkMeta {
	/** Inside a link (links cannot nest: the mark is then a span). */
	inLink: boolean;
	/** The placeholder keys (or graded labels' ids) it marks. */
	keys: string[];
	/** A label's mark: its own link and tooltip. */
	href?: string;
	title?: string;
	/** Set by the unconfirmedOnce plugin when its section has marked all of `keys` already: not rendered. */
	repeated?: true;
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
	const noWrap = options.noWrap ?? new Set<string>();
	const labels = options.labels;
	const terms = phrasePattern(options.noWrapTerms ?? []);

	// Link addresses are percent-encoded while parsing; keep `{{ key }}` whole for the core rule.
	// markdown-it documents normalizeLink as the instance's replaceable link encoder (like validateLink).
	md.normalizeLink = keepPlaceholders(md.normalizeLink.bind(md));

	md.core.ruler.before('text_join', 'kit_placeholders', (state) => {
		const env = envOf(state);
		eachBlock(state.tokens, (token, _i, map) => {
			if (token.type !== 'inline' || !token.children) return;
			const used = new Set<string>();
			// Every key the text and code of the token name, before they are expanded (stepHelp reads them).
			const keys = token.children.flatMap((c) =>
				(c.type === 'text' || c.type === 'code_inline') && c.content.includes('{{')
					? splitPlaceholders(c.content).flatMap((p) => ('key' in p ? [p.key] : []))
					: [],
			);
			token.children = expandChildren(state, env, token.children, map, used);
			if (used.size) token.meta = { ...token.meta, labels: [...used] } satisfies LabelUseMeta;
			if (keys.length) token.meta = { ...token.meta, placeholders: [...new Set(keys)] } satisfies PlaceholderUseMeta;
		});
	});

	// Expand the placeholders of inline children; return the new children list.
	function expandChildren(state: StateCore, env: MarkdownEnv, children: Token[], map: [number, number] | null, used: Set<string>): Token[] {
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
				const broken = problems.spacesInLink(child.content);
				if (broken) report(env, at, broken.message, broken.hint);
				// Text without braces or terms keeps its token (and whatever another plugin stored on it).
				if (child.content.includes('{{')) out.push(...textTokens(state, env, at, child.content, unknown, used, links > 0));
				else if (terms?.test(child.content)) out.push(...termTokens(state, child.content));
				else out.push(child);
				return;
			}
			if (child.type === 'code_inline') {
				const parts = resolvePlaceholders(child.content, values, unknown);
				const text = parts.map((p) => ('text' in p ? p.text : p.value)).join('');
				if (text.includes(ACCOUNT)) {
					const meta: CodeAccountMeta = { accountParts: text.split(ACCOUNT) };
					child.meta = { ...child.meta, ...meta };
				}
				child.content = text.replaceAll(ACCOUNT, accountText);
				out.push(child);
				// After the code, not inside it: the code stays exactly what to type.
				const marked = parts.flatMap((p) => ('key' in p && marks?.has(p.key) ? [p.key] : []));
				if (marked.length) out.push(markToken(state, links > 0, marked));
				return;
			} else if (child.type === 'link_open' || child.type === 'image') {
				const attr = child.type === 'link_open' ? 'href' : 'src';
				const url = child.attrGet(attr);
				if (url !== null) child.attrSet(attr, expandUrl(env, String(url), at, unknown));
				// A link title is plain text too.
				const title = child.attrGet('title');
				if (title !== null) child.attrSet('title', expandPlain(String(title), unknown));
				// Alt text is plain text: the account name shows as its placeholder text.
				if (child.children)
					for (const alt of child.children) if (alt.type === 'text') alt.content = expandPlain(alt.content, unknown, used);
			}
			out.push(child);
		});
		return out;
	}

	// Plain text (alt text, titles): the account placeholder text, and the mark's word in parentheses.
	function expandPlain(text: string, unknown: (key: string) => void, used?: Set<string>): string {
		return resolvePlaceholders(text, values, unknown)
			.map((part) => {
				if ('text' in part) return part.text;
				const label = labels?.shown.get(part.key);
				if (label) used?.add(part.key);
				const marked = label ? label.mark !== undefined : marks?.has(part.key);
				return part.value.replaceAll(ACCOUNT, accountText) + (marked && options.unconfirmed ? options.unconfirmed.inText : '');
			})
			.join('');
	}

	// The mark after an unconfirmed value (a label's mark carries its own link and tooltip); `keys`
	// names what it marks (UnconfirmedMarkMeta), so that a section can mark each value once.
	function markToken(state: StateCore, inLink: boolean, keys: string[], own?: ShownLabel['mark']): Token {
		const meta: UnconfirmedMarkMeta = { inLink, keys, ...own };
		return Object.assign(new state.Token('kit_unconfirmed', '', 0), { meta });
	}

	// A label placeholder: the label quoted (bold, or in quotation marks) or the description, then its mark.
	function labelTokens(state: StateCore, key: string, label: ShownLabel, inLink: boolean): Token[] {
		const text = (content: string) => Object.assign(new state.Token('text', '', 0), { content });
		const tokens = !label.quoted
			? [text(label.text)]
			: labels!.strong
				? [new state.Token('strong_open', 'strong', 1), text(label.text), new state.Token('strong_close', 'strong', -1)]
				: [text(labels!.quote(label.text))];
		if (label.mark) tokens.push(markToken(state, inLink, [key], label.mark));
		return tokens;
	}

	// Text with placeholders → text tokens, with a kit_account token wherever the account name goes,
	// kit_nowrap_open/close around a no-wrap value's text, and a kit_unconfirmed token after each
	// unconfirmed value.
	function textTokens(
		state: StateCore,
		env: MarkdownEnv,
		at: [number, number] | null,
		content: string,
		unknown: (key: string) => void,
		used: Set<string>,
		inLink = false,
	): Token[] {
		const tokens: Token[] = [];
		const text = (t: string) => {
			if (!t) return;
			const prev = tokens.at(-1);
			if (prev?.type === 'text') prev.content += t;
			else tokens.push(Object.assign(new state.Token('text', '', 0), { content: t }));
		};
		for (const part of resolvePlaceholders(content, values, unknown)) {
			if ('text' in part) {
				if (terms?.test(part.text)) tokens.push(...termTokens(state, part.text));
				else text(part.text);
				continue;
			}
			const label = labels?.shown.get(part.key);
			if (label) {
				used.add(part.key);
				// The plugin quotes the label: quotation marks written around it would double them.
				const before = content.slice(0, part.index).trimEnd().slice(-1);
				const after = content
					.slice(part.index)
					.replace(/^\{\{[^}]*\}\}/, '')
					.trimStart()
					.slice(0, 1);
				if ('［「“"'.includes(before || '.') && '］」”"'.includes(after || '.')) {
					const p = problems.quotedLabel(part.key);
					report(env, at, p.message, p.hint);
				}
				tokens.push(...labelTokens(state, part.key, label, inLink));
				continue;
			}
			const whole = noWrap.has(part.key) && !part.value.includes(ACCOUNT);
			if (whole) {
				tokens.push(new state.Token('kit_nowrap_open', 'span', 1));
				text(part.value);
				tokens.push(new state.Token('kit_nowrap_close', 'span', -1));
			} else {
				part.value.split(ACCOUNT).forEach((piece, n) => {
					if (n > 0) tokens.push(Object.assign(new state.Token('kit_account', 'kit-account', 0), { content: accountText }));
					text(piece);
				});
			}
			if (marks?.has(part.key)) tokens.push(markToken(state, inLink, [part.key]));
		}
		return tokens;
	}

	// Expand a link address or image source; the account name cannot go into one.
	function expandUrl(env: MarkdownEnv, url: string, at: [number, number] | null, unknown: (key: string) => void): string {
		if (!splitPlaceholders(url).some((part) => 'key' in part)) return url;
		return resolvePlaceholders(url, values, unknown)
			.map((part) => {
				if ('text' in part) return part.text;
				if (!part.value.includes(ACCOUNT)) return encodeURI(part.value);
				const p = problems.accountInLink(part.key);
				report(env, at, p.message, p.hint);
				return encodeURI(part.value.replaceAll(ACCOUNT, accountText));
			})
			.join('');
	}

	md.renderer.rules['kit_unconfirmed'] = (tokens, idx, _opts, env) => {
		const meta = tokens[idx]!.meta as unknown as UnconfirmedMarkMeta;
		if (!options.unconfirmed || meta.repeated) return '';
		uses(renderEnv(env), 'unconfirmed');
		const own = meta.href !== undefined && meta.title !== undefined ? { href: meta.href, title: meta.title } : {};
		return unconfirmedHtml({ ...options.unconfirmed, ...own }, meta.inLink);
	};

	// Typed text → text tokens, each method name in it between kit_nowrap_open and kit_nowrap_close.
	function termTokens(state: StateCore, content: string): Token[] {
		return content.split(terms!).flatMap((piece, i) => {
			if (!piece) return [];
			const text = Object.assign(new state.Token('text', '', 0), { content: piece });
			return i % 2 ? [new state.Token('kit_nowrap_open', 'span', 1), text, new state.Token('kit_nowrap_close', 'span', -1)] : [text];
		});
	}

	md.renderer.rules['kit_nowrap_open'] = () => noWrapOpenHtml;
	md.renderer.rules['kit_nowrap_close'] = () => noWrapCloseHtml;

	md.renderer.rules.kit_account = (tokens, idx, _opts, env) => {
		uses(renderEnv(env), 'account');
		return accountHtml(tokens[idx]!.content);
	};

	// Inline code, a value or a phrase (codeHtml); with the account name, the element goes between the escaped parts.
	md.renderer.rules.code_inline = (tokens, idx, _opts, env) => {
		const token = tokens[idx]!;
		const parts = (token.meta as Partial<CodeAccountMeta> | null)?.accountParts;
		if (!parts) return codeHtml(token.content);
		uses(renderEnv(env), 'account');
		return codeHtml({ html: parts.map((p) => escapeHtml(p)).join(accountHtml(accountText)), text: token.content, account: accountText });
	};
}
