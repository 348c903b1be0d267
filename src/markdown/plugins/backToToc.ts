// Back to contents: the 2004 page closed each of its sections with 「目次へ戻る」. A page with
// sections (h2) ends each of them with a link to the page's contents box (the collapsible
// "on this page" list above the content; where the contents column shows beside the page, the
// stylesheet hides the links: that list is always in view). Depends on nothing; its core rule only
// inserts tokens between top-level blocks, so it may run anywhere after block parsing.
import type { MarkdownIt, Token } from 'markdown-it';
import { escapeHtml } from '../../util/escape.ts';

export interface BackToTocOptions {
	/** The link text (目次へ戻る). */
	label: string;
	/** The id of the contents box the link leads to. */
	target: string;
}

/** End every h2 section with a 目次へ戻る link (see file header). */
export function backToTocPlugin(md: MarkdownIt, options: BackToTocOptions): void {
	md.core.ruler.push('kit_back_to_toc', (state) => {
		const out: Token[] = [];
		let sections = 0;
		const link = () => Object.assign(new state.Token('kit_back_to_toc', '', 0), { block: true });
		for (const token of state.tokens) {
			if (token.type === 'heading_open' && token.tag === 'h2' && token.level === 0) {
				if (sections++ > 0) out.push(link());
			}
			out.push(token);
		}
		if (sections > 0) out.push(link());
		state.tokens = out;
	});
	md.renderer.rules['kit_back_to_toc'] = () =>
		`<p class="kit-back-to-toc" data-pagefind-ignore><a href="#${escapeHtml(options.target)}">${escapeHtml(options.label)}</a></p>\n`;
}
