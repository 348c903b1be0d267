// The markup the renderer writes for the site's own elements, one function each, used by every
// plugin and generator that writes one:
//   <kit-account>   the reader's account name, filled in by the browser (src/scripts/account.ts);
//                   accountHtml for strings, accountNode for Shiki's hast (code blocks): one element;
//   <kit-copy>      a copy button (src/scripts/copy.ts): code blocks, field-table values;
//   <kit-download>  a generated file's download link (src/scripts/download.ts);
//   the 要確認 mark after an unconfirmed value, and the span that keeps a value in prose on one line.
// Pure: strings in, HTML out, every text escaped here.
import type { Element } from 'hast';
import { escapeHtml } from '../util/escape.ts';
import { textWidth } from './fit.ts';

/** The <kit-account> element's tag, class and attributes: the one description both builders below write. */
const ACCOUNT = { tag: 'kit-account', className: 'kit-account', placeholder: 'data-placeholder' } as const;

/**
 * The reader's account name: shows `placeholder` (the page language's word for it) and carries
 * `data-placeholder` until the browser fills in the name the reader gave.
 */
export function accountHtml(placeholder: string): string {
	return `<${ACCOUNT.tag} class="${ACCOUNT.className}" ${ACCOUNT.placeholder}="">${escapeHtml(placeholder)}</${ACCOUNT.tag}>`;
}

/** accountHtml as a hast element, for Shiki's transformers (code blocks); serialises to the same HTML. */
export function accountNode(placeholder: string): Element {
	return {
		type: 'element',
		tagName: ACCOUNT.tag,
		properties: { className: [ACCOUNT.className], dataPlaceholder: '' },
		children: [{ type: 'text', value: placeholder }],
	};
}

export interface CopyButton {
	/** The button's visible label (the words' `copy`). */
	label: string;
	/** What it says once copied (the words' `copied`). */
	done: string;
	/** Its accessible name when the label alone does not say what it copies (a field table's row). */
	name?: string;
	/** The quiet look (beside a value in a table) rather than a code block's. */
	quiet?: boolean;
}

/** A copy button: copies the nearest code block or value; without JS it is hidden (kit-js). */
export function copyButtonHtml(button: CopyButton): string {
	return (
		'<kit-copy class="kit-copy">' +
		`<button type="button" class="kit-button${button.quiet ? ' kit-button--quiet' : ''} kit-copy__button kit-js" data-done="${escapeHtml(button.done)}"` +
		`${button.name !== undefined ? ` aria-label="${escapeHtml(button.name)}"` : ''}>${escapeHtml(button.label)}</button>` +
		'</kit-copy>'
	);
}

export interface DownloadLink {
	/** The file's name as saved. */
	filename: string;
	/** Its address on the site (the file as generated, with the placeholder account). */
	href: string;
	/** The link's text (the words' `download`). */
	label: string;
}

/**
 * A generated file's download link: a plain link to the built file, which the browser's
 * <kit-download> turns into a download of the code block as shown (the reader's account filled in).
 */
export function downloadLinkHtml(link: DownloadLink): string {
	const name = escapeHtml(link.filename);
	return (
		`<kit-download class="kit-download" data-filename="${name}">` +
		`<a class="kit-button kit-button--quiet" href="${escapeHtml(link.href)}" download="${name}">${escapeHtml(link.label)}</a>` +
		'</kit-download>'
	);
}

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
export function unconfirmedHtml(mark: Pick<UnconfirmedMark, 'text' | 'title' | 'href'>, inLink = false): string {
	return inLink
		? `<span class="kit-unconfirmed" title="${escapeHtml(mark.title)}" data-pagefind-ignore>${escapeHtml(mark.text)}</span>`
		: `<a class="kit-unconfirmed" href="${escapeHtml(mark.href)}" title="${escapeHtml(mark.title)}" data-pagefind-ignore>${escapeHtml(mark.text)}</a>`;
}

/**
 * The start and end of a value in running prose that must never wrap inside itself (a method name
 * such as "SMTP-AUTH (STARTTLS)"): global.css keeps `.kit-nowrap` on one line. Its text stays a
 * text token between the two, so heading ids, the TOC, search and the language check read it as before.
 */
export const noWrapOpenHtml = '<span class="kit-nowrap">';
export const noWrapCloseHtml = '</span>';

/** One pattern matching any of `phrases`, longest first and captured (so `split` keeps them at odd indices); undefined for none. */
export function phrasePattern(phrases: readonly string[]): RegExp | undefined {
	const names = [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length);
	return names.length ? new RegExp(`(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`) : undefined;
}

/**
 * `text` (a sentence from the settings file) as HTML, with each of `phrases` (the methods' names)
 * kept on one line, as placeholders keep a method's name whole in a page's own prose.
 */
export function proseHtml(text: string, phrases: readonly string[]): string {
	const pattern = phrasePattern(phrases);
	if (!pattern) return escapeHtml(text);
	return text
		.split(pattern)
		.map((part, i) => (i % 2 ? `${noWrapOpenHtml}${escapeHtml(part)}${noWrapCloseHtml}` : escapeHtml(part)))
		.join('');
}

/** Wider than this (in `ch`, a monospace digit), a value in `code` is written with its width, so CSS can shrink it to fit a narrow column (values.css). */
const LONG_VALUE = 24;

/**
 * Inline `code`, one of two kinds decided by its text:
 * - a value (a host name, port, path, address, or anything as short as one, such as a method's
 *   name): stays on one line; a long one carries `--kit-ch`, its width in `ch`, so that values.css
 *   shrinks it where the column is too narrow for it, rather than splitting it or letting it scroll;
 * - a phrase (longer than a value, with spaces: a quoted message, a command line):
 *   `.kit-code-phrase`, which wraps at its spaces like the sentence it is.
 * `code` is either plain text, or HTML with the text it shows (when it holds a <kit-account>, with
 * `account`, the placeholder it shows: a name is one value, whatever spaces its placeholder has).
 */
export function codeHtml(code: string | { html: string; text: string; account?: string }): string {
	const { html, text, account } = typeof code === 'string' ? { html: escapeHtml(code), text: code, account: undefined } : code;
	const trimmed = text.trim();
	const spaced = account ? trimmed.replaceAll(account, account.replace(/\s/g, '_')) : trimmed;
	// A monospace character is 0.6em wide, a Japanese one 1em.
	const ch = Math.ceil(Math.round((textWidth(trimmed, true) / 0.6) * 100) / 100);
	if (ch <= LONG_VALUE) return `<code>${html}</code>`;
	return /\s/.test(spaced) ? codePhraseHtml(html) : `<code style="--kit-ch:${ch}">${html}</code>`;
}

/** Inline `code` that is always a phrase whatever its text (a client's quoted message): it wraps at its spaces. */
export function codePhraseHtml(html: string): string {
	return `<code class="kit-code-phrase">${html}</code>`;
}
