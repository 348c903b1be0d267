// The list of every page: a block `::: pages` closed by `:::` becomes the edition's pages as the
// sidebar orders them (src/site/nav.ts buildTree: front matter `order`, sections nested, `hidden`
// pages left out), each by its title, so a new page is listed by itself and none can be missing.
// The home page uses it. Depends on the page list and the navigation tree; no I/O.
import type { MarkdownIt, StateBlock } from 'markdown-it';
import type { PageSummary } from '../../content/page-summary.ts';
import { buildTree, type NavNode } from '../../site/nav.ts';
import { baseId, type Words } from '../../i18n/index.ts';
import { escapeHtml as esc } from '../../util/escape.ts';
import { proseHtml } from '../markup.ts';

export interface PagesOptions {
	/** Every page of the edition (its front matter). */
	pages: PageSummary[];
	words: Pick<Words, 'historical' | 'allPages'>;
	/** The methods' names, kept whole in a page's title. */
	methodNames: readonly string[];
}

/** The edition's page tree as the sidebar builds it, each page named by its title (not its shorter sidebar label). */
export function pageTree(pages: readonly PageSummary[]): NavNode {
	return buildTree(
		pages.map((p) => ({
			id: baseId(p.id),
			url: p.url,
			title: p.data.title,
			order: p.data.order,
			historical: p.data.historical,
			hidden: p.data.hidden,
		})),
	);
}

/** Add the `::: pages` block and its renderer. */
export function pagesPlugin(md: MarkdownIt, options: PagesOptions): void {
	md.block.ruler.before('fence', 'kit_pages', (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
		const line = (n: number) => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]!).trim();
		if (!/^:::\s*pages$/.test(line(startLine))) return false;
		let end = startLine + 1;
		while (end < endLine && line(end) !== ':::') end++;
		if (end >= endLine) return false; // unclosed: left to other rules, shown as text
		if (silent) return true;
		const token = state.push('kit_pages', '', 0);
		token.map = [startLine, end + 1];
		token.block = true;
		state.line = end + 1;
		return true;
	});

	const w = options.words;
	// Built once per renderer (one per edition and build), not once per page that shows it.
	let tree: NavNode | undefined;
	const list = (nodes: NavNode[]): string =>
		nodes.length
			? `<ul>${nodes
					.map((n) => {
						const label = proseHtml(n.label, options.methodNames);
						const name = n.url ? `<a href="${esc(n.url)}">${label}</a>` : label;
						const era =
							n.historical === undefined ? '' : ` <span class="kit-badge kit-badge--small">${esc(w.historical(n.historical))}</span>`;
						return `<li>${name}${era}${list(n.children)}</li>`;
					})
					.join('')}</ul>`
			: '';
	md.renderer.rules['kit_pages'] = () => {
		tree ??= pageTree(options.pages);
		return `<nav class="kit-pages" aria-label="${esc(w.allPages)}">${list(tree.children)}</nav>\n`;
	};
}
