import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSite, type SourceFile } from '../../../src/content/site.ts';
import type { RenderOutput } from '../../../src/content/render-cache.ts';
import { createMarkdownRenderer } from '../../../src/markdown/renderer.ts';
import { getHighlighter, type Highlighter } from '../../../src/markdown/highlighter.ts';
import { parseSettings } from '../../../src/settings/load.ts';
import type { Problem } from '../../../src/shared/problems.ts';

const settings = parseSettings(readFileSync('content/settings.yaml', 'utf8'));
let highlighter: Highlighter;
beforeAll(async () => {
	highlighter = await getHighlighter();
});

// Render a small site made of `files` (path → source); `unreadable`: the problems of files that could not be read.
function site(files: Record<string, string>, unreadable: Problem[] = [], notices: Record<string, string> = {}, imageFiles?: Set<string>) {
	const list: SourceFile[] = Object.entries(files).map(([file, source]) => ({ file, source }));
	return renderSite(list, {
		renderer: (pages, locale) => createMarkdownRenderer({ settings, highlighter, pages, locale, ...(imageFiles ? { imageFiles } : {}) }),
		files: new Set(['/mail/config-v1.1.xml']),
		unreadable,
		notices: Object.entries(notices).map(([file, source]) => ({ file, source })),
	});
}

const fm = (title: string, extra = '') => `---\ntitle: ${title}\ndescription: ${title}の説明\norder: 1\n${extra}---\n`;

describe('renderSite', () => {
	it('renders pages with ids, URLs and headings', () => {
		const { pages, problems } = site({
			'content/index.md': `${fm('ホーム')}\n[メール](/mail/#受信)\n`,
			'content/mail/index.md': `${fm('メール')}\n## 受信\n\nサーバーは {{ pop3s.host }} です。\n`,
		});
		expect(problems).toEqual([]);
		expect(pages.map((p) => [p.id, p.url])).toEqual([
			['', '/'],
			['mail', '/mail/'],
		]);
		expect(pages[1]!.headings).toEqual([{ depth: 2, slug: '受信', text: '受信' }]);
		expect(pages[1]!.html).toContain(settings.incoming.pop3s.host);
	});

	it('reports every problem of every file with file:line, then nothing is lost', () => {
		const { problems } = site({
			'content/index.md': `${fm('ホーム')}\n\n[壊れた](/mail/nope/)\n\n[見出しなし](/mail/#nothing)\n`,
			'content/mail/index.md': `${fm('メール')}\n## 受信\n\n{{ pop3.host }}\n\n<b>raw</b>\n`,
			'content/bad.md': `---\ntitle: 1\ndescripton: typo\norder: 1\n---\n本文\n`,
			'content/nofm.md': '本文だけ\n',
		});
		const lines = problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
		expect(lines).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^content\/bad\.md:2: front matter field "title": expected string/),
				expect.stringMatching(/^content\/bad\.md:3: unknown front matter field "descripton"/),
				expect.stringMatching(/^content\/bad\.md:1: front matter field "description" is missing/),
				expect.stringMatching(/^content\/nofm\.md:1: the page has no front matter/),
				expect.stringMatching(/^content\/mail\/index\.md:9: unknown placeholder/),
				expect.stringMatching(/^content\/mail\/index\.md:11: .*raw HTML/),
				expect.stringMatching(/^content\/index\.md:8: broken link "\/mail\/nope\/"/),
				expect.stringMatching(/^content\/index\.md:10: broken link "\/mail\/#nothing": \/mail\/ has no heading #nothing/),
			]),
		);
		expect(problems.find((p) => p.message.includes('descripton'))!.hint).toMatch(/did you mean "description"/);
		expect(problems.find((p) => p.message.includes('pop3.host'))!.hint).toMatch(/pop3s\.host/);
	});

	it('reports a page that cannot be read as the one cause of the links to it, not each link as broken', () => {
		const link = (href: string) => `[→](${href})`;
		const { problems } = site(
			{
				'content/index.md': `${fm('ホーム')}\n${link('/mail/smtp/')} ${link('/mail/bad/#x')}\n\n${link('/mail/smtp/#y')}\n\n${link('/mail/gone/')}\n`,
				'content/mail/index.md': `${fm('メール')}\n${link('/mail/bad/')}\n`,
				// Front matter that does not validate: the page is not built; it links to itself.
				'content/mail/bad.md': `---\ntitle: 悪い\norder: 1\n---\n## x\n\n${link('/mail/bad/#x')}\n`,
			},
			[{ file: 'content/mail/smtp.md', line: 3, message: 'the file is not UTF-8', hint: 'save it as UTF-8' }],
		);
		expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}${p.note ? ` · ${p.note}` : ''}`)).toEqual([
			'content/index.md:11: broken link "/mail/gone/": no page at /mail/gone/',
			'content/mail/bad.md:1: front matter field "description" is missing · 2 links point to this page (content/index.md:7, content/mail/index.md:7); they work again once it is fixed',
			'content/mail/smtp.md:3: the file is not UTF-8 · 2 links point to this page (content/index.md:7, content/index.md:9); they work again once it is fixed',
		]);
	});

	it('counts links to the English URL that would show an unreadable Japanese page untranslated', () => {
		const { problems } = site(
			{ 'content/index.md': `${fm('ホーム')}\n本文\n`, 'content/en/index.md': `${fm('Home')}\n[→](/en/mail/smtp/)\n` },
			[{ file: 'content/mail/smtp.md', line: 3, message: 'the file is not UTF-8' }],
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.note).toMatch(/^1 link points to this page \(content\/en\/index\.md:7\)/);
	});

	it('refuses two pages with the same URL', () => {
		const { problems } = site({ 'content/mail.md': fm('A'), 'content/mail/index.md': fm('B') });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/mail/index.md', line: 1 });
		expect(problems[0]!.message).toMatch(/two pages have the URL \/mail\/: this file and content\/mail\.md/);
	});

	it('reports a host name or port written literally', () => {
		const { problems } = site({ 'content/index.md': `${fm('ホーム')}\nサーバーは ${settings.incoming.pop3s.host} のポート ${settings.incoming.pop3s.port} 番です。\n` });
		expect(problems.map((p) => p.line)).toEqual([7, 7]);
		expect(problems.map((p) => p.message).join('\n')).toMatch(/written literally/);
	});

	it('accepts links to generated files and to anchors on the same page', () => {
		const { problems } = site({ 'content/index.md': `${fm('ホーム')}\n## 上\n\n[自動設定](/mail/config-v1.1.xml) [上へ](#上)\n` });
		expect(problems).toEqual([]);
	});

	it('generates the mailers table from the examples pages show, each linked to its section', () => {
		const { pages, problems } = site({
			'content/index.md': `${fm('ホーム')}\n::: mailers-table\n:::\n`,
			'content/a.md': `${fm('Thunderbird 手順', 'clients: [thunderbird]\nmethods: [pop3s, submission, apops]\nchecked: [{ client: thunderbird, version: "153.8.0esr", platform: linux, date: 2026-12-06, how: run }]\n')}\n## 値 {#values}\n\n\`\`\`config thunderbird pop3s\n\`\`\`\n\n\`\`\`config thunderbird submission\n\`\`\`\n`,
		});
		expect(problems).toEqual([]);
		const html = pages.find((p) => p.id === '')!.html;
		expect(html).toContain('<th scope="row" role="rowheader">Thunderbird</th>');
		// The front matter names APOP over SSL too, but the page shows no example of it: no link in its column.
		expect(html.match(/href="\/a\/#values"/g)).toHaveLength(2);
		expect(html).not.toContain('data-method="apops"');
	});
});

describe('renderSite with a render cache', () => {
	const files = {
		'content/index.md': `${fm('ホーム')}\n[受信](/mail/#受信)\n`,
		'content/mail/index.md': `${fm('メール')}\n## 受信\n\nサーバーは {{ pop3s.host }} です。\n`,
		'content/mail/send.md': `${fm('送信')}\n## 送信\n\n[戻る](/mail/)\n`,
	};
	// Like site(), counting the bodies the renderer really renders.
	function cached(sources: Record<string, string>, entries: Map<string, RenderOutput>, salt = 's1') {
		const list: SourceFile[] = Object.entries(sources).map(([file, source]) => ({ file, source }));
		return renderSite(list, {
			renderer: (pages, locale) => createMarkdownRenderer({ settings, highlighter, pages, locale }),
			files: new Set(),
			cache: { salt, entries },
		});
	}

	it('renders every body the first time, none the second, with the same result', () => {
		const first = cached(files, new Map());
		expect(first.rendered).toBe(3);
		const second = cached(files, first.used);
		expect(second.rendered).toBe(0);
		expect(second.pages).toEqual(first.pages);
		expect(second.problems).toEqual(first.problems);
		expect(second.pages).toEqual(site(files).pages);
	});

	it('renders again only the page whose body changed', () => {
		const first = cached(files, new Map());
		const changed = { ...files, 'content/mail/send.md': `${fm('送信')}\n## 送信\n\n新しい段落。\n` };
		const second = cached(changed, first.used);
		expect(second.rendered).toBe(1);
		expect(second.pages.find((p) => p.id === 'mail/send')!.html).toContain('新しい段落');
		expect(second.used.size).toBe(3); // the stale output is dropped
	});

	it('renders every page of the language again when any front matter changes (generated tables and links know every page)', () => {
		const first = cached(files, new Map());
		const retitled = { ...files, 'content/mail/send.md': files['content/mail/send.md'].replace('title: 送信', 'title: メールの送信') };
		expect(cached(retitled, first.used).rendered).toBe(3);
	});

	it('renders everything again when the salt (renderer code, packages, settings, images) changes', () => {
		const first = cached(files, new Map());
		expect(cached(files, first.used, 's2').rendered).toBe(3);
	});

	it('still reports a cached page’s problems, and link checks see the current pages', () => {
		const broken = { ...files, 'content/mail/send.md': `${fm('送信')}\n{{ pop3.host }}\n\n[受信](/mail/#受信)\n` };
		const first = cached(broken, new Map());
		expect(first.problems.map((p) => p.message)).toEqual([expect.stringMatching(/unknown placeholder/)]);
		const second = cached(broken, first.used);
		expect(second.rendered).toBe(0);
		expect(second.problems).toEqual(first.problems);
		// The heading a cached page links to disappears: the link check, run every time, reports it.
		const noHeading = { ...broken, 'content/mail/index.md': `${fm('メール')}\n## 受け取り\n` };
		const third = cached(noHeading, second.used);
		expect(third.rendered).toBe(1);
		expect(third.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual(
			expect.arrayContaining([expect.stringMatching(/^content\/index\.md:\d+: broken link "\/mail\/#受信"/), expect.stringMatching(/^content\/mail\/send\.md:\d+: broken link "\/mail\/#受信"/)]),
		);
	});
});

describe('renderSite with notices', () => {
	const pages = {
		'content/index.md': `${fm('ホーム')}\n本文\n`,
		'content/notices/index.md': `${fm('お知らせ')}\n一覧です。\n`,
		'content/mail/index.md': `${fm('メール')}\n## 受信\n`,
		'content/en/index.md': `${fm('Home')}\nText\n`,
		'content/en/notices/index.md': `${fm('Notices')}\nList.\n`,
		'content/en/mail/index.md': `${fm('Mail')}\n## Receiving {#receiving}\n`,
	};
	const ja = (body: string) => `---\ntitle: 題\nsummary: 要約\ndate: 2026-01-10\nseverity: critical\naffects:\n  pages: [/mail/]\n---\n\n${body}`;
	const en = (body: string) => `---\ntitle: Title\nsummary: Summary\n---\n\n${body}`;
	it('renders bodies with the same renderer (placeholders) and gives the English notice the Japanese facts', () => {
		const { notices, problems } = site(pages, [], {
			'content/notices/n.md': ja('受信は {{ pop3s.host }}、[受信](/mail/#受信)。\n'),
			'content/en/notices/n.md': en('Receive from {{ pop3s.host }}, [receiving](/en/mail/#receiving).\n'),
		});
		expect(problems).toEqual([]);
		expect(notices.map((n) => [n.locale, n.id, n.title, n.date, n.severity, n.affects.pages])).toEqual([
			['en', 'n', 'Title', '2026-01-10', 'critical', ['/mail/']],
			['ja', 'n', '題', '2026-01-10', 'critical', ['/mail/']],
		]);
		expect(notices[1]!.html).toContain(settings.incoming.pop3s.host);
	});
	it('checks a notice body\'s links with the pages\' and refuses headings and pictures, at their lines', () => {
		const { problems, notices } = site(pages, [], {
			'content/notices/n.md': ja('[壊れた](/mail/nope/)\n\n## 見出し\n\n![図](./x.png)\n'),
			'content/en/notices/n.md': en('Fine.\n'),
		}, new Set(['content/notices/x.png']));
		expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual(
			expect.arrayContaining([
				'content/notices/n.md:10: broken link "/mail/nope/": no page at /mail/nope/',
				"content/notices/n.md:9: a notice's body has no headings",
				'content/notices/n.md:14: a notice carries no pictures',
			]),
		);
		expect(notices.some((n) => n.locale === 'ja')).toBe(true);
	});
});
