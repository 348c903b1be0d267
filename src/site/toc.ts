// The per-page table of contents: h2 and h3 headings as a two-level tree. Pure.
import type { Heading } from '../markdown/env.ts';

export interface TocItem {
	slug: string;
	text: string;
	children: TocItem[];
}

/** Nest h2/h3 headings; an h3 before any h2 is kept at the top level. */
export function buildToc(headings: Heading[], minDepth = 2, maxDepth = 3): TocItem[] {
	const out: TocItem[] = [];
	for (const h of headings) {
		if (h.depth < minDepth || h.depth > maxDepth) continue;
		const item: TocItem = { slug: h.slug, text: h.text, children: [] };
		const parent = out.at(-1);
		if (h.depth > minDepth && parent) parent.children.push(item);
		else out.push(item);
	}
	return out;
}

/** The id of the page's collapsible contents box (src/components/PageToc.astro), where 目次へ戻る leads. */
export const TOC_BOX_ID = 'kit-contents';
