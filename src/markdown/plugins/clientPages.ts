// The clients index: a block `::: client-pages current` / `::: client-pages historical` closed by
// `:::` becomes the table of the walkthroughs below the page's own folder (pages with `clients:` or
// a declared `client:`), from their front matter: title (linked), `platforms:`, and for a past era's
// client its `historical:` badge. A new client page is listed by itself, with no link to add by hand.
// On phones each row is a card (the supported-mailers table's card rules, src/styles/content/settings.css), so
// the platforms do not hide beyond a horizontal scroll.
// Depends on the page list; no I/O.
import type { MarkdownIt, StateBlock } from 'markdown-it';
import type { PageSummary } from '../../content/page-summary.ts';
import { fileToId, idToUrl } from '../../content/pages.ts';
import type { Words } from '../../i18n/index.ts';
import { renderEnv } from './shared.ts';
import { proseHtml } from '../markup.ts';
import { escapeHtml as esc } from '../../util/escape.ts';

export interface ClientPagesOptions {
	/** Every page of the edition (its front matter). */
	pages: PageSummary[];
	words: Pick<Words, 'clientPages' | 'tables' | 'historical'>;
	/** The methods' names, kept whole in a page's title ("Sylpheed（POP3 over SSL）"). */
	methodNames: readonly string[];
}

type Which = 'current' | 'historical';

/** The walkthroughs under `url` (not the page itself), current or of a past era, in sidebar order. */
export function clientPages(pages: readonly PageSummary[], url: string, which: Which): PageSummary[] {
	return pages
		.filter((p) => p.url !== url && p.url.startsWith(url) && !p.data.hidden)
		.filter((p) => p.data.clients !== undefined || p.data.client !== undefined)
		.filter((p) => (p.data.historical !== undefined) === (which === 'historical'))
		.sort((a, b) => a.data.order - b.data.order || a.url.localeCompare(b.url));
}

/** Add the `::: client-pages` block and its renderer. */
export function clientPagesPlugin(md: MarkdownIt, options: ClientPagesOptions): void {
	md.block.ruler.before('fence', 'kit_client_pages', (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
		const line = (n: number) => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]!).trim();
		const m = /^:::\s*client-pages\s+(current|historical)$/.exec(line(startLine));
		if (!m) return false;
		let end = startLine + 1;
		while (end < endLine && line(end) !== ':::') end++;
		if (end >= endLine) return false; // unclosed: left to other rules, shown as text
		if (silent) return true;
		const token = state.push('kit_client_pages', '', 0);
		token.meta = { which: m[1] as Which };
		token.map = [startLine, end + 1];
		token.block = true;
		state.line = end + 1;
		return true;
	});

	const w = options.words;
	md.renderer.rules['kit_client_pages'] = (tokens, idx, _opts, env) => {
		const { which } = tokens[idx]!.meta as { which: Which };
		const here = idToUrl(fileToId(renderEnv(env).file));
		const rows = clientPages(options.pages, here, which).map((p) => {
			const era = p.data.historical;
			const badge = era === undefined ? '' : ` <span class="kit-badge kit-badge--small">${esc(w.historical(era))}</span>`;
			const platforms = p.data.platforms?.join(w.clientPages.separator) ?? '—';
			return `<tr class="kit-generated__row"><th scope="row"><a href="${esc(p.url)}">${proseHtml(p.data.title, options.methodNames)}</a>${badge}</th><td>${esc(platforms)}</td></tr>`;
		});
		const label = w.clientPages.label[which];
		return (
			`<table class="kit-generated kit-client-pages" aria-label="${esc(label)}">` +
			`<thead><tr><th scope="col">${esc(w.tables.mailer)}</th><th scope="col">${esc(w.clientPages.platforms)}</th></tr></thead>` +
			`<tbody>${rows.join('')}</tbody></table>\n`
		);
	};
}
