// The render cache (src/content/render-cache.ts): each input in its header's table changes the key
// or salt it is said to, and so renders again what the table says; the cache file and the pages'
// HTML file give back what was written.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
	bodyKey,
	bodySalt,
	digestSalt,
	languageKey,
	readHtmlFile,
	readPage,
	readRenderCache,
	rendererFingerprint,
	sharedInputs,
	storeDigestInput,
	writeHtmlFile,
	writeRenderCache,
	type PageRecord,
	type RenderOutput,
} from '../../../src/content/render-cache.ts';
import { renderSite, type SourceFile } from '../../../src/content/site.ts';
import type { PageSummary } from '../../../src/content/page-summary.ts';
import { createMarkdownRenderer } from '../../../src/markdown/renderer.ts';
import { getHighlighter, type Highlighter } from '../../../src/markdown/highlighter.ts';
import { parseSettings } from '../../../src/settings/load.ts';
import type { Settings } from '../../../src/settings/schema.ts';

const settings = parseSettings(readFileSync('content/settings.yaml', 'utf8'));
/** The settings with one value changed (the example account name). */
const otherSettings: Settings = { ...settings, exampleAccount: `${settings.exampleAccount}x` };

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'kit-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the keys and salts: each changes exactly when one of its inputs does', () => {
	const page = { file: 'content/mail/a.md', body: '本文\n', bodyOffset: 5, locale: 'ja' };
	const summary = (id: string, title: string, extra: Partial<PageSummary['data']> = {}): PageSummary => ({
		id,
		url: `/${id}/`,
		file: `content/${id}.md`,
		locale: 'ja',
		data: { title, description: `${title}の説明`, order: 1, ...extra },
	});
	const pages = [summary('mail', 'メール'), summary('mail/send', '送信')];

	it('bodyKey: the body salt, the language key, the file, where the body starts, the body and the language', () => {
		const key = bodyKey('salt', 'lang', page);
		expect(bodyKey('salt', 'lang', { ...page })).toBe(key);
		const changed = [
			bodyKey('salt2', 'lang', page),
			bodyKey('salt', 'lang2', page),
			bodyKey('salt', 'lang', { ...page, file: 'content/mail/b.md' }),
			bodyKey('salt', 'lang', { ...page, bodyOffset: 6 }),
			bodyKey('salt', 'lang', { ...page, body: '本文。\n' }),
			bodyKey('salt', 'lang', { ...page, locale: 'en' }),
		];
		expect(new Set([key, ...changed]).size).toBe(changed.length + 1);
	});

	it('languageKey: any front matter of any page of the language, and which pages there are', () => {
		const key = languageKey(pages);
		expect(languageKey(structuredClone(pages))).toBe(key);
		const changed = [
			languageKey([summary('mail', 'メール（改題）'), pages[1]!]),
			languageKey([pages[0]!, summary('mail/send', '送信', { sidebarLabel: '外部送信' })]),
			languageKey([pages[0]!, summary('mail/send', '送信', { order: 2 })]),
			languageKey([pages[0]!]),
			languageKey([...pages, summary('mail/new', '新しいページ')]),
			languageKey([pages[0]!, { ...pages[1]!, fallback: true }]),
		];
		expect(new Set([key, ...changed]).size).toBe(changed.length + 1);
	});

	it('sharedInputs: the renderer fingerprint and any value of the settings', () => {
		const key = sharedInputs('fp', settings);
		expect(sharedInputs('fp', structuredClone(settings))).toBe(key);
		expect(sharedInputs('fp2', settings)).not.toBe(key);
		expect(sharedInputs('fp', otherSettings)).not.toBe(key);
		expect(sharedInputs('fp', { ...settings, domain: `x.${settings.domain}` })).not.toBe(key);
	});

	it('bodySalt: the shared inputs and which image files exist (in any order)', () => {
		const images = ['content/a.png', 'content/b.png'];
		const salt = bodySalt('shared', images);
		expect(bodySalt('shared', [...images].reverse())).toBe(salt);
		expect(bodySalt('shared2', images)).not.toBe(salt);
		expect(bodySalt('shared', images.slice(1))).not.toBe(salt);
		expect(bodySalt('shared', [...images, 'content/c.png'])).not.toBe(salt);
	});

	it('digestSalt and storeDigestInput: the shared inputs, every page’s front matter, the page’s id and HTML', () => {
		const salt = digestSalt('shared', [pages[0]!.data]);
		expect(digestSalt('shared2', [pages[0]!.data])).not.toBe(salt);
		expect(digestSalt('shared', [pages[1]!.data])).not.toBe(salt);
		const digest = storeDigestInput(salt, { id: 'mail', html: '<p>a</p>' });
		expect(storeDigestInput(salt, { id: 'mail/send', html: '<p>a</p>' })).not.toBe(digest);
		expect(storeDigestInput(salt, { id: 'mail', html: '<p>b</p>' })).not.toBe(digest);
		expect(storeDigestInput('other', { id: 'mail', html: '<p>a</p>' })).not.toBe(digest);
	});

	it('rendererFingerprint: every src/**/*.ts file (its name and bytes) and package-lock.json, nothing else', () => {
		// One project root per state: the fingerprint is computed once per process and root.
		let n = 0;
		const project = (files: Record<string, string>) => {
			const root = join(dir, `p${n++}`);
			for (const [file, text] of Object.entries(files)) {
				mkdirSync(join(root, file, '..'), { recursive: true });
				writeFileSync(join(root, file), text);
			}
			return rendererFingerprint(root);
		};
		const base = { 'src/a.ts': 'export const a = 1;\n', 'src/markdown/b.ts': 'export const b = 2;\n', 'package-lock.json': '{"v":1}' };
		const fingerprint = project(base);
		expect(project(base)).toBe(fingerprint);
		expect(project({ ...base, 'src/markdown/b.ts': 'export const b = 3;\n' })).not.toBe(fingerprint);
		expect(project({ ...base, 'src/c.ts': '' })).not.toBe(fingerprint);
		expect(project({ 'src/a.ts': base['src/a.ts'], 'src/markdown/c.ts': base['src/markdown/b.ts'], 'package-lock.json': '{"v":1}' })).not.toBe(
			fingerprint,
		);
		expect(project({ ...base, 'package-lock.json': '{"v":2}' })).not.toBe(fingerprint);
		// Not inputs of the renderer: views, styles, files outside src/.
		expect(project({ ...base, 'src/pages/x.astro': '---\n---\n', 'src/styles/x.css': 'a{}', 'scripts/x.ts': '' })).toBe(fingerprint);
	});
});

describe('each input of the table renders again what the table says, through the loader’s chain of salts', () => {
	let highlighter: Highlighter;
	beforeAll(async () => {
		highlighter = await getHighlighter();
	});
	const fm = (title: string, extra = '') => `---\ntitle: ${title}\ndescription: ${title}の説明\norder: 1\n${extra}---\n`;
	const files: Record<string, string> = {
		'content/index.md': `${fm('ホーム')}\n[メール](/mail/)\n`,
		'content/mail/index.md': `${fm('メール')}\n## 受信\n\nサーバーは {{ pop3s.host }} です。\n`,
		'content/mail/send.md': `${fm('送信')}\n## 送信\n\n[戻る](/mail/)\n`,
		'content/en/index.md': `${fm('Home')}\n[Mail](/en/mail/)\n`,
	};
	// Japanese pages, English pages, and the English URLs showing untranslated Japanese pages (not rendered separately).
	const japanese = 3;
	const english = 1;
	interface Inputs {
		files: Record<string, string>;
		settings: Settings;
		fingerprint: string;
		images: string[];
	}
	const base: Inputs = { files, settings, fingerprint: 'fp', images: ['content/mail/images/a.png'] };
	// What the loader does: shared inputs → body salt → renderSite's keys.
	const run = (inputs: Inputs, entries: Map<string, RenderOutput>) =>
		renderSite(
			Object.entries(inputs.files).map(([file, source]): SourceFile => ({ file, source })),
			{
				renderer: (pages, locale) => createMarkdownRenderer({ settings: inputs.settings, highlighter, pages, locale }),
				files: new Set(),
				cache: { salt: bodySalt(sharedInputs(inputs.fingerprint, inputs.settings), inputs.images), entries },
			},
		);
	const edit = (file: string, change: (text: string) => string) => ({ ...base, files: { ...files, [file]: change(files[file]!) } });
	const cases: [string, Inputs, number][] = [
		['nothing', base, 0],
		['one page’s body', edit('content/mail/send.md', (t) => `${t}\n新しい段落。\n`), 1],
		['a Japanese title of a translated page', edit('content/index.md', (t) => t.replace('title: ホーム', 'title: トップ')), japanese],
		// Its English URL shows the Japanese page untranslated, with its front matter: the English renderer knows it too.
		['a Japanese title of an untranslated page', edit('content/mail/send.md', (t) => t.replace('title: 送信', 'title: メールの送信')), japanese + english],
		['an English title', edit('content/en/index.md', (t) => t.replace('title: Home', 'title: Start')), english],
		// The mailers table (on any page of the language) links each config block, so adding one renders the language again.
		['a config block on a Japanese page', edit('content/mail/send.md', (t) => `${t}\n\`\`\`config msmtp submission\n\`\`\`\n`), japanese + english],
		['the settings', { ...base, settings: otherSettings }, japanese + english],
		['the renderer’s code or packages', { ...base, fingerprint: 'fp2' }, japanese + english],
		['the image files', { ...base, images: [...base.images, 'content/mail/images/b.png'] }, japanese + english],
	];
	for (const [input, inputs, again] of cases) {
		it(`${input}: ${again} bodies rendered again`, () => {
			const first = run(base, new Map());
			expect(first.problems).toEqual([]);
			expect(first.rendered).toBe(japanese + english);
			const second = run(inputs, first.used);
			expect(second.problems).toEqual([]);
			expect(second.rendered).toBe(again);
		});
	}
});

describe('the render cache file', () => {
	const output: RenderOutput = {
		html: '<h2 id="受信">受信</h2><p>𠮷 "x"</p>',
		headings: [{ depth: 2, slug: '受信', text: '受信' }],
		images: [],
		links: [{ href: '/mail/#受信', line: 7 }],
		problems: [{ file: 'content/a.md', line: 3, message: 'm', hint: 'h' }],
		features: ['account', 'copy'],
	};

	it('gives back what was written', () => {
		const file = join(dir, 'sub/cache.bin');
		writeRenderCache(file, new Map([['k1', output]]));
		expect(readRenderCache(file)).toEqual(new Map([['k1', output]]));
		expect(readdirSync(join(dir, 'sub'))).toEqual(['cache.bin']);
	});

	it('is empty when the file is missing or not a cache (every page is rendered)', () => {
		expect(readRenderCache(join(dir, 'none.bin')).size).toBe(0);
		writeFileSync(join(dir, 'junk.bin'), 'not a cache');
		expect(readRenderCache(join(dir, 'junk.bin')).size).toBe(0);
	});
});

describe('the pages’ HTML file', () => {
	const record = (html: string, extra: Partial<PageRecord> = {}): PageRecord => ({ html, headings: [], images: [], features: [], ...extra });

	it('gives back each page’s record by its id', () => {
		const file = join(dir, 'sub/pages.json');
		const pages = new Map([
			['a', record('<p>一</p>', { headings: [{ depth: 2, slug: '一', text: '一\n二' }], features: ['copy'] })],
			['mail/b', record('<p>二 "quoted"\n<code>\\n</code></p>')],
			['c', record('')],
			[
				'd',
				record('<p>𠮷野家 ✓</p>', {
					images: [{ src: './i.png', line: 3, path: 'content/i.png', alt: '画像', caption: '', inGallery: false, marker: '<!--kit-image-0-->' }],
					features: ['account', 'download'],
				}),
			],
		]);
		writeHtmlFile(file, pages);
		for (const [id, page] of pages) expect(readHtmlFile(file, id)).toEqual(page);
	});

	it('is read from a page’s store entry, in the build and the dev server alike (by id)', () => {
		const file = join(dir, 'pages.json');
		writeHtmlFile(file, new Map([['mail/a', record('<p>二</p>', { features: ['copy'] })]]));
		expect(readPage({ id: 'mail/a', rendered: { metadata: { htmlFile: file, imagePaths: [] } } })).toEqual(record('<p>二</p>', { features: ['copy'] }));
		expect(() => readPage({ id: 'gone', rendered: { metadata: { htmlFile: file } } })).toThrow(/has no page gone/);
		expect(() => readPage({ id: 'mail/a', rendered: { metadata: {} } })).toThrow(/page mail\/a has no htmlFile.*Run the build again/);
		expect(() => readPage({ id: 'mail/a' })).toThrow(/page mail\/a has no htmlFile/);
	});

	it('reads the file again once it has been rewritten (dev server)', () => {
		const file = join(dir, 'pages.json');
		writeHtmlFile(file, new Map([['a1', record('<p>old</p>')]]));
		expect(readHtmlFile(file, 'a1').html).toBe('<p>old</p>');
		writeHtmlFile(file, new Map([['a1', record('<p>new, longer</p>')]]));
		expect(readHtmlFile(file, 'a1').html).toBe('<p>new, longer</p>');
		// Same size, later time: still noticed.
		writeHtmlFile(file, new Map([['a1', record('<p>NEW, LONGER</p>')]]));
		utimesSync(file, new Date(), new Date(Date.now() + 5000));
		expect(readHtmlFile(file, 'a1').html).toBe('<p>NEW, LONGER</p>');
	});

	it('says what to do when the file is missing or older than the store', () => {
		const file = join(dir, 'pages.json');
		expect(() => readHtmlFile(file, 'a1')).toThrow(/pages\.json is missing.*Run the build again/);
		writeHtmlFile(file, new Map([['a1', record('<p>一</p>')]]));
		expect(() => readHtmlFile(file, 'zz')).toThrow(/has no page zz.*older than the content store/);
	});

	it('leaves no temporary file behind', () => {
		const file = join(dir, 'pages.json');
		writeHtmlFile(file, new Map([['a1', record('x')]]));
		expect(readdirSync(dir)).toEqual(['pages.json']);
	});
});
