// The home page's list of every page (`::: pages`) and the commission's links (`commission:ID`,
// `::: commission-pages`): the list comes from the sidebar's tree, so a page added to the edition
// is listed with nothing else to edit; a commission link leads to the commission's page, to the
// start page's list while its address is unknown, never to this manual's home.
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../../../src/markdown/renderer.ts';
import { getHighlighter, type Highlighter } from '../../../src/markdown/highlighter.ts';
import { createEnv } from '../../../src/markdown/env.ts';
import type { PageSummary } from '../../../src/content/page-summary.ts';
import { ja } from '../../../src/i18n/ja.ts';
import { parseFrontmatter } from '../../../src/content/frontmatter.ts';
import { fileToId, idToUrl } from '../../../src/content/pages.ts';
import { isNoticeFile } from '../../../src/content/notices.ts';
import { readingOrder } from '../../../src/site/nav.ts';
import { pageTree } from '../../../src/markdown/plugins/pages.ts';
import { commissionMenu } from '../../../src/site/config.ts';
import { parseSettings } from '../../../src/settings/load.ts';
import { commissionPageIds, siteUrl, type Settings } from '../../../src/settings/schema.ts';
import type { Locale } from '../../../src/i18n/index.ts';
import { settings } from './setup.ts';

let highlighter: Highlighter;
beforeAll(async () => {
	highlighter = await getHighlighter();
});

/** The real pages of one edition, as the renderer is given them (front matter only). */
function editionPages(locale: Locale): PageSummary[] {
	const root = locale === 'ja' ? 'content' : 'content/en';
	return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
		.filter((f) => f.endsWith('.md') && (locale === 'en' || !f.startsWith('en/')))
		.map((f) => `${root}/${f}`)
		.filter((file) => !isNoticeFile(file))
		.map((file) => {
			const { data } = parseFrontmatter(readFileSync(file, 'utf8'), file);
			const id = fileToId(file);
			return { id, url: idToUrl(id), file, data: data!, locale };
		});
}

function render(src: string, pages: PageSummary[], locale: Locale = 'ja', s: Settings = settings) {
	const md = createMarkdownRenderer({ settings: s, highlighter, pages, locale });
	const env = createEnv('content/index.md', 5);
	const html = md.render(src, env as unknown as Record<string, unknown>);
	return { html, problems: env.problems };
}

const linked = (html: string) => [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);

describe('::: pages lists every page of the sidebar', () => {
	for (const locale of ['ja', 'en'] as const) {
		it(`${locale}: every page but the home page, in the sidebar's order`, () => {
			const pages = editionPages(locale);
			const { html, problems } = render('::: pages\n:::\n', pages, locale);
			expect(problems).toEqual([]);
			const expected = readingOrder(pageTree(pages))
				.map((n) => n.url!)
				.filter((u) => u !== idToUrl(locale === 'ja' ? '' : 'en'));
			expect(linked(html)).toEqual(expected);
			// Troubleshooting and the service page were once missing from the hand-written list.
			for (const path of ['/mail/troubleshooting/', '/mail/service/', '/start/'])
				expect(linked(html)).toContain(`${locale === 'en' ? '/en' : ''}${path}`);
		});
	}

	it('a page added to the edition is listed, in its place, without editing the home page', () => {
		const pages = editionPages('ja');
		const before = linked(render('::: pages\n:::\n', pages).html);
		const added: PageSummary = {
			id: 'mail/webmail',
			url: '/mail/webmail/',
			file: 'content/mail/webmail.md',
			locale: 'ja',
			data: { title: 'ウェブメール', description: 'x', order: 25 },
		};
		const after = linked(render('::: pages\n:::\n', [...pages, added]).html);
		expect(after).toContain('/mail/webmail/');
		expect(after.length).toBe(before.length + 1);
		// order 25 in /mail/: after the clients section (20) and its pages, before SMTP-AUTH (30).
		expect(after.indexOf('/mail/webmail/')).toBe(after.indexOf('/mail/smtp-auth/') - 1);
	});

	it('a hidden page is not listed (as in the sidebar)', () => {
		const pages = editionPages('ja').map((p) => (p.url === '/mail/service/' ? { ...p, data: { ...p.data, hidden: true } } : p));
		expect(linked(render('::: pages\n:::\n', pages).html)).not.toContain('/mail/service/');
	});

	it('the home page of each edition shows the list (the built site)', () => {
		for (const file of ['content/index.md', 'content/en/index.md']) expect(readFileSync(file, 'utf8')).toMatch(/^::: pages\n:::$/m);
	});
});

describe('links to the commission', () => {
	const known = (): Settings => {
		const s = structuredClone(settings);
		s.organization.links.faq = 'https://commission.example.jp/faq/';
		return s;
	};

	it('an unknown address leads to the start page’s list; a known one to the commission, said to be Japanese on English pages', () => {
		const ja = render('[申請](commission:applications) と [FAQ](commission:faq)\n', [], 'ja', known());
		expect(ja.problems).toEqual([]);
		expect(linked(ja.html)).toEqual(['/start/#commission', 'https://commission.example.jp/faq/']);
		expect(ja.html).not.toContain('in Japanese');
		const en = render('[Applications](commission:applications) and [FAQ](commission:faq)\n', [], 'en', known());
		expect(linked(en.html)).toEqual(['/en/start/#commission', 'https://commission.example.jp/faq/']);
		expect(en.html).toContain('hreflang="ja"');
		expect(en.html).toMatch(/FAQ<\/a> \(in Japanese\)/);
	});

	it('commission:contact is a mail link to the settings’ address', () => {
		const { html } = render('[書く](commission:contact)\n', []);
		expect(html).toContain(`href="mailto:${settings.organization.contact.email}"`);
	});

	it('an unknown id stops the build at its line, with the ids to choose from', () => {
		const { problems } = render('本文\n\n[FAQ](commission:faqs)\n', []);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/index.md', line: 8, message: 'unknown commission link "commission:faqs"' });
		expect(problems[0]!.hint).toContain('did you mean "faq"?');
	});

	it('::: commission-pages lists every page, marking an unknown address once', () => {
		const { html } = render('::: commission-pages\n:::\n', [], 'ja', known());
		for (const id of commissionPageIds) expect(html).toContain(`<th scope="row" role="rowheader">${ja.commissionPages[id]}</th>`);
		expect(html).toContain('https://commission.example.jp/faq/');
		expect(html.split('class="kit-unconfirmed"').length - 1).toBe(1);
	});

	it('the menu: no entry leads to the manual’s own home', () => {
		for (const locale of ['ja', 'en'] as const) {
			const menu = commissionMenu(settings, locale);
			expect(menu.map((m) => m.id)).toEqual([...commissionPageIds]);
			for (const m of menu) expect(['/', '/en/', `${siteUrl(settings.domain)}/`]).not.toContain(m.href);
		}
	});

	it('the settings refuse this manual’s own home as a commission page, at its line', () => {
		const text = readFileSync('content/settings.yaml', 'utf8').replace(/^ {4}faq: unknown$/m, `    faq: ${siteUrl(settings.domain)}/`);
		const line = text.split('\n').findIndex((l) => l.startsWith('    faq: ')) + 1;
		expect(() => parseSettings(text)).toThrow(`content/settings.yaml:${line}: organization.links.faq:`);
		expect(() => parseSettings(text)).toThrow("this manual's own home page");
	});
});
