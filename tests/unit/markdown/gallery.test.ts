import { describe, expect, it } from 'vitest';
import { galleryPlugin, imageMarker, resolveImage } from '../../../src/markdown/plugins/gallery.ts';
import { placeholdersPlugin } from '../../../src/markdown/plugins/placeholders.ts';
import { stepsPlugin } from '../../../src/markdown/plugins/steps.ts';
import { calloutsPlugin } from '../../../src/markdown/plugins/callouts.ts';
import { runFixtures } from './fixture.ts';
import { mdWith, render, values } from './setup.ts';
import { createEnv } from '../../../src/markdown/env.ts';
import { ja } from '../../../src/i18n/ja.ts';

// The fixture runner renders as content/mail/test.md; render() as content/mail/page.md.
const files = new Set([
	'content/mail/images/a.png',
	'content/mail/images/b.png',
	'content/mail/images/c.png',
	'content/mail/images/outlook-1.png',
]);
const gallery = (md: Parameters<typeof galleryPlugin>[0]) => galleryPlugin(md, { files, locale: 'ja' });

runFixtures('tests/unit/markdown/fixtures/gallery.txt', () => mdWith(gallery));

describe('galleryPlugin', () => {
	it('records each image in env.images with its path, alt, caption and marker', () => {
		const md = mdWith((m) => placeholdersPlugin(m, { values, accountPlaceholder: 'ユーザー名' }), gallery);
		const { env } = render(md, 'x\n\n![{{ pop3s.host }} の画面](./images/a.png "{{ pop3s.port }} 番")\n', 10);
		expect(env.problems).toEqual([]);
		expect(env.images).toEqual([
			{
				src: './images/a.png',
				line: 13,
				path: 'content/mail/images/a.png',
				alt: `${values.get('pop3s.host')} の画面`,
				caption: `${values.get('pop3s.port')} 番`,
				inGallery: false,
				marker: imageMarker(0),
			},
		]);
	});

	it('works inside ::: steps without extra colons', () => {
		const md = mdWith((m) => calloutsPlugin(m, { words: ja }), stepsPlugin, gallery);
		const { env, html } = render(md, '::: steps\n1. a\n\n   ![A](./images/a.png "a")\n   ![B](./images/b.png "b")\n\n2. b\n:::\n');
		expect(env.problems).toEqual([]);
		expect(html).toContain('<ol class="kit-steps">\n<li>\n<p>a</p>\n<ul class="kit-gallery" role="list">');
	});

	it("lets an English page use the Japanese page's picture by the same path, or its own beside it", () => {
		const md = mdWith((m) => galleryPlugin(m, { files: new Set([...files, 'content/en/mail/images/b.png']), locale: 'en' }));
		const english = (src: string) => {
			const env = createEnv('content/en/mail/page.md', 0);
			md.render(src, env as unknown as Record<string, unknown>);
			return env;
		};
		expect(english('![A](./images/a.png)\n').images.map((i) => i.path)).toEqual(['content/mail/images/a.png']);
		expect(english('![B](./images/b.png)\n').images.map((i) => i.path)).toEqual(['content/en/mail/images/b.png']);
		expect(english('![C](./images/cc.png)\n').problems).toEqual([
			expect.objectContaining({
				message: "image file not found: content/en/mail/images/cc.png (nor the Japanese edition's content/mail/images/cc.png)",
				hint: 'did you mean "c.png"? (paths are relative to this Markdown file)',
			}),
		]);
	});

	it('resolves paths relative to the Markdown file and refuses leaving content/', () => {
		expect(resolveImage('content/mail/clients/x.md', './images/a.png')).toBe('content/mail/clients/images/a.png');
		expect(resolveImage('content/mail/clients/x.md', '../images/a%20b.png')).toBe('content/mail/images/a b.png');
		expect(resolveImage('content/mail/x.md', '../../src/a.png')).toBeNull();
	});

	describe('problems, at their file:line', () => {
		const md = mdWith(gallery);
		const at = (line: number, message: string, hint: string | RegExp) => ({
			file: 'content/mail/page.md',
			line,
			message,
			hint: typeof hint === 'string' ? hint : expect.stringMatching(hint),
		});
		const cases: { name: string; src: string; problems: ReturnType<typeof at>[] }[] = [
			{
				name: 'a missing file, with the nearest name',
				src: 'a\n\n![A](./images/outlook-l.png "c")\n',
				problems: [
					at(
						13,
						'image file not found: content/mail/images/outlook-l.png',
						'did you mean "outlook-1.png"? (paths are relative to this Markdown file)',
					),
				],
			},
			{
				name: 'a missing file, nothing near',
				src: '![A](./shots/zzz.png)\n',
				problems: [at(11, 'image file not found: content/mail/shots/zzz.png', /npm run screenshots/)],
			},
			{
				name: 'missing alt text',
				src: '![](./images/a.png "c")\n',
				problems: [at(11, 'image "./images/a.png" has no alt text', /describe the picture/)],
			},
			{
				name: 'a gallery image without caption (second line)',
				src: '![A](./images/a.png "a")\n![B](./images/b.png)\n',
				problems: [at(12, 'gallery image "./images/b.png" has no caption', /image title in quotes/)],
			},
			{
				name: 'a web image',
				src: '![A](https://example.org/a.png "a")\n',
				problems: [at(11, 'image "https://example.org/a.png" is not a file next to the page', /beside the Markdown file/)],
			},
			{
				name: 'an image in running text',
				src: 'text\nmore ![A](./images/a.png) text\n',
				problems: [at(12, 'image "./images/a.png" is inside running text', /on a line of its own/)],
			},
			{
				name: 'a GIF',
				src: '![A](./images/a.gif)\n',
				problems: [at(11, 'image "./images/a.gif" is not a PNG, JPEG or WebP file', /png, jpg, jpeg, webp/)],
			},
			{
				name: 'a file outside content/',
				src: '![A](../../src/a.png)\n',
				problems: [at(11, 'image "../../src/a.png" is outside content/', /keep images in content/)],
			},
		];
		for (const c of cases) {
			it(`reports ${c.name}`, () => {
				const { env } = render(md, c.src, 10);
				expect(env.problems).toEqual(c.problems);
			});
		}

		it("gives its examples in the page's language, whole", () => {
			const english = mdWith((m) => galleryPlugin(m, { files, locale: 'en' }));
			const hints = (m: typeof md) => render(m, '![](./images/a.png "c")\n![A](./images/b.png)\n', 0).env.problems.map((p) => p.hint);
			expect(hints(english)).toEqual([
				'describe the picture between the brackets, e.g. ![The incoming server settings. The host name is {{ pop3s.host }}](./images/x.png): what the dialog is and the values it shows',
				'write the caption as the image title in quotes after the file: ![alt text](./images/x.png "Caption")',
			]);
			expect(hints(md)[0]).toContain('e.g. ![受信サーバーの設定画面。ホスト名に {{ pop3s.host }} が入っている](./images/x.png)');
		});

		it('reports a missing image inside a step at its own line', () => {
			const { env } = render(
				mdWith(stepsPlugin, gallery),
				'::: steps\n1. a\n\n   ![A](./images/a.png "a")\n   ![B](./images/nope.png "b")\n:::\n',
				0,
			);
			expect(env.problems).toEqual([expect.objectContaining({ line: 5, message: 'image file not found: content/mail/images/nope.png' })]);
		});
	});
});
