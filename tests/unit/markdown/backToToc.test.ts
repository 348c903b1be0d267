import { describe, expect, it } from 'vitest';
import { backToTocPlugin } from '../../../src/markdown/plugins/backToToc.ts';
import { mdWith, render } from './setup.ts';

const md = mdWith((m) => backToTocPlugin(m, { label: '目次へ戻る', target: 'kit-contents' }));
const LINK = '<p class="kit-back-to-toc" data-pagefind-ignore><a href="#kit-contents">目次へ戻る</a></p>\n';

describe('backToTocPlugin', () => {
	it('ends every h2 section with the link: before each later h2 and at the end', () => {
		const { html } = render(md, 'intro\n\n## One\n\ntext\n\n### sub\n\nmore\n\n## Two\n\nlast\n');
		expect(html).toBe(`<p>intro</p>\n<h2>One</h2>\n<p>text</p>\n<h3>sub</h3>\n<p>more</p>\n${LINK}<h2>Two</h2>\n<p>last</p>\n${LINK}`);
	});
	it('adds nothing to a page without sections (it has no contents box)', () => {
		expect(render(md, 'text\n\n### only h3\n').html).not.toContain('kit-back-to-toc');
	});
	it('ignores headings inside containers (list items, quotes)', () => {
		expect(render(md, '> ## quoted\n').html).not.toContain('kit-back-to-toc');
	});
});
