// Marks over a picture (```marks under it): parsed into the picture's ImageRef, listed in its caption
// (what a screen reader reaches), drawn over it by the page's picture (an SVG hidden from screen
// readers), and every mistake reported at its line.
import { describe, expect, it } from 'vitest';
import { galleryPlugin } from '../../../src/markdown/plugins/gallery.ts';
import { marksPlugin } from '../../../src/markdown/plugins/marks.ts';
import { stepsPlugin } from '../../../src/markdown/plugins/steps.ts';
import { calloutsPlugin } from '../../../src/markdown/plugins/callouts.ts';
import { marksOverlaySvg } from '../../../src/markdown/marks.ts';
import { pictureHtml } from '../../../src/site/picture.ts';
import { mdWith, render } from './setup.ts';
import { ja } from '../../../src/i18n/ja.ts';

const files = new Set(['content/mail/images/a.png', 'content/mail/images/b.png']);
const md = mdWith((m) => galleryPlugin(m, { files, locale: 'ja' }), marksPlugin);
const marked = [
	'![アカウントの画面](./images/a.png "アカウントを追加します")',
	'',
	'```marks 480x320',
	'1. 120,40 ［電子メール］',
	'2. 20,180 440,220 受信メール サーバー',
	'```',
	'',
].join('\n');

describe('marks over a picture', () => {
	it('hangs the marks on the picture and lists them in its caption, in order', () => {
		const { html, env } = render(md, marked, 0);
		expect(env.problems).toEqual([]);
		expect(env.images[0]!.marks).toEqual({
			width: 480,
			height: 320,
			items: [
				{ n: 1, x: 120, y: 40, text: '［電子メール］' },
				{ n: 2, x: 20, y: 180, w: 420, h: 40, text: '受信メール サーバー' },
			],
		});
		expect(html).toBe(
			'<figure class="kit-figure kit-figure--marked">\n<!--kit-image:0-->\n<figcaption>アカウントを追加します' +
				'<ol class="kit-marks" role="list" aria-label="画像の番号"><li><span class="kit-mark">1</span> ［電子メール］</li><li><span class="kit-mark">2</span> 受信メール サーバー</li></ol>' +
				'</figcaption>\n</figure>\n',
		);
	});

	it('sits inside a step without closing the ::: steps around it', () => {
		const steps = mdWith(
			(m) => calloutsPlugin(m, { words: ja }),
			stepsPlugin,
			(m) => galleryPlugin(m, { files, locale: 'ja' }),
			marksPlugin,
		);
		const indented = marked
			.split('\n')
			.map((l) => (l ? `   ${l}` : l))
			.join('\n');
		const { html, env } = render(steps, `::: steps\n1. 開きます。\n\n${indented}\n2. 次へ。\n:::\n`, 0);
		expect(env.problems).toEqual([]);
		expect(env.images[0]!.marks?.items).toHaveLength(2);
		expect(html).toMatch(/<ol class="kit-steps">[\s\S]*kit-marks[\s\S]*<p>次へ。<\/p>\n<\/li>\n<\/ol>\n$/);
	});

	it('draws them over the picture in their own coordinates, hidden from screen readers', () => {
		const { env } = render(md, marked, 0);
		const ref = env.images[0]!;
		const image = {
			width: 960,
			height: 640,
			avif: [{ src: 'a.avif', width: 960 }],
			webp: [{ src: 'a.webp', width: 960 }],
			large: { src: 'l.webp', width: 960 },
		};
		const html = pictureHtml(ref, image, { eager: true, enlarge: '（拡大表示）' });
		expect(html).toContain('</picture><svg class="kit-marks-overlay" viewBox="0 0 480 320" preserveAspectRatio="none" aria-hidden="true"');
		const svg = marksOverlaySvg(ref.marks!);
		expect(svg).toMatch(/<circle cx="120" cy="40" r="11"[^>]*\/><text x="120" y="40"[^>]*>1<\/text>/);
		expect(svg).toMatch(/<rect x="20" y="180" width="420" height="40"/);
		// No style attributes: the site's Content Security Policy allows none it did not hash.
		expect(svg).not.toContain('style=');
	});

	it('keeps a number inside the picture when its box starts at the edge', () => {
		// A box from the top left corner, a point on the bottom right one: r = 11 for 480 × 320.
		const svg = marksOverlaySvg({
			width: 480,
			height: 320,
			items: [
				{ n: 1, x: 0, y: 0, w: 100, h: 50, text: 'a' },
				{ n: 2, x: 480, y: 320, text: 'b' },
			],
		});
		expect(svg).toContain('<rect x="0" y="0" width="100" height="50"');
		expect(svg).toMatch(/<circle cx="11" cy="11" r="11"[^>]*\/><text x="11" y="11"[^>]*>1<\/text>/);
		expect(svg).toMatch(/<circle cx="469" cy="309" r="11"[^>]*\/><text x="469" y="309"[^>]*>2<\/text>/);
	});

	describe('reports, at the line', () => {
		const problems = (src: string) => render(md, src, 10).env.problems.map((p) => [p.line, p.message]);
		it('marks under no picture, or under a gallery', () => {
			expect(problems('text\n\n```marks 10x10\n1. 1,1 a\n```\n')).toEqual([[13, 'marks that follow no picture']]);
			expect(problems('![a](./images/a.png "a")\n![b](./images/b.png "b")\n```marks 10x10\n1. 1,1 a\n```\n')).toEqual([
				[13, 'marks under a gallery: it is not clear which picture they belong to'],
			]);
		});
		it('a missing or bad size', () => {
			expect(problems('![a](./images/a.png)\n\n```marks\n1. 1,1 a\n```\n')).toEqual([
				[13, 'marks without the size their places were measured on'],
			]);
			expect(problems('![a](./images/a.png)\n\n```marks 10 by 10\n1. 1,1 a\n```\n')).toEqual([
				[13, 'marks size "10 by 10" is not WIDTHxHEIGHT'],
			]);
		});
		it('each bad mark at its own line, and none is drawn', () => {
			const src =
				'![a](./images/a.png)\n\n```marks 100x50\n1. 10,10 a\n3. 20,20 b\n2. 200,10 c\n2. 10,10\n2. 50,40 40,45 d\n2. here\n```\n';
			expect(problems(src)).toEqual([
				[15, 'mark 3 should be mark 2 (number the marks 1, 2, 3 … in order)'],
				[16, 'mark 2 (200,10) is outside the 100x50 picture'],
				[17, "mark 2 says nothing: write what it shows after its place (it is the mark's meaning in the caption)"],
				[18, 'mark 2: the second corner (40,45) must be right of and below the first (50,40)'],
				[19, '"2. here" is not a mark'],
			]);
			expect(render(md, src, 10).env.images[0]!.marks).toBeUndefined();
		});
	});
});
