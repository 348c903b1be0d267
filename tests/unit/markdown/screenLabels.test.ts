// Screen labels quoted in steps are the label tables' entries (issue 22): steps print them with the
// clients' placeholders (src/clients/screen-labels.ts), and a label typed by hand that nearly
// matches one of the page's clients' labels stops the build at its line, naming the placeholder.
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../../../src/markdown/renderer.ts';
import { getHighlighter, type Highlighter } from '../../../src/markdown/highlighter.ts';
import { createEnv } from '../../../src/markdown/env.ts';
import { nearMisses } from '../../../src/markdown/plugins/screenLabels.ts';
import { screenLabelPlaceholders } from '../../../src/clients/screen-labels.ts';
import { renderSite } from '../../../src/content/site.ts';
import type { PageSummary } from '../../../src/content/page-summary.ts';
import { isNoticeFile } from '../../../src/content/notices.ts';
import { fieldsSnippet } from '../../../src/clients/index.ts';
import { ACCOUNT } from '../../../src/settings/placeholders.ts';
import { ja } from '../../../src/i18n/ja.ts';
import { settings } from './setup.ts';

let highlighter: Highlighter;
beforeAll(async () => {
	highlighter = await getHighlighter();
});

const labels = screenLabelPlaceholders('ja');
const page = (file: string, clients?: string[]): PageSummary => ({
	id: 'mail/x',
	url: '/mail/x/',
	file,
	locale: 'ja',
	data: { title: 'x', description: 'x', order: 1, ...(clients ? { clients: clients as never } : {}) },
});
function problems(src: string, clients?: string[]) {
	const file = 'content/mail/x.md';
	const md = createMarkdownRenderer({ settings, highlighter, pages: [page(file, clients)], locale: 'ja' });
	const env = createEnv(file, 4);
	md.render(src, env as unknown as Record<string, unknown>);
	return env.problems;
}

describe('near misses of a screen label', () => {
	it('names the placeholder of the label a quote nearly is, and leaves real labels and other words alone', () => {
		expect(nearMisses('このサーバーはセキュリティで保護された接続が必要', labels)).toContain('outlook-express.secureConnection');
		expect(nearMisses('編集', labels)).toEqual(['thunderbird.edit']);
		// Another width of the same characters: that label only.
		expect(nearMisses('POP3（通常）', labels)).toEqual(['sylpheed.popNormal']);
		expect(nearMisses('受信メール・サーバ', labels)).toEqual(['apple-mail.iosIncomingServer']);
		// A real label, a shorter label that starts another (a menu and a field), an unrelated word.
		expect(nearMisses('受信メールサーバ', labels)).toEqual([]);
		expect(nearMisses('アカウント', labels)).toEqual([]);
		expect(nearMisses('次へ', labels)).toEqual([]);
	});
});

describe('the build refuses a label typed differently from the table', () => {
	it('on a walkthrough, against its own clients, at the line, with the placeholder to write', () => {
		const found = problems('::: steps\n1. 開きます。\n\n2. 違っていたら［編集］を押します。\n:::\n', ['thunderbird']);
		expect(found).toEqual([
			expect.objectContaining({
				file: 'content/mail/x.md',
				line: 8,
				message: 'the screen label "編集" is not the client\'s: its table says "編集..."',
				hint: expect.stringContaining('write ［{{ thunderbird.edit }}］'),
			}),
		]);
		// Another client's page: Sylpheed's own ［編集］ button is fine there.
		expect(problems('［編集］を押します。\n', ['sylpheed'])).toEqual([]);
	});

	it('on a page without clients, in a section about one client (its id), as on the SMTP-AUTH page', () => {
		const src = '### Thunderbird {#thunderbird}\n\n［編集］を押します。\n\n### Sylpheed {#sylpheed}\n\n［編集］を押します。\n';
		expect(problems(src).map((p) => p.line)).toEqual([7]);
	});

	it('the placeholder prints exactly what the field table shows', () => {
		const oe = fieldsSnippet(settings, 'outlook-express', 'pop3s', ACCOUNT, ja);
		const ssl = oe.rows.find((r) => r.label === ja.config.outlookExpress.labels.incomingSsl)!;
		expect(String(ssl.label).startsWith(labels.get('outlook-express.secureConnection')!)).toBe(true);
		const apple = fieldsSnippet(settings, 'apple-mail', 'pop3s', ACCOUNT, ja);
		expect(apple.rows.some((r) => r.note?.includes(labels.get('apple-mail.iosIncomingServer')!))).toBe(true);
	});
});

describe('the manual', () => {
	it('quotes every screen label as its table has it, in both editions', () => {
		const files = (readdirSync('content', { recursive: true, encoding: 'utf8' }) as string[])
			.filter((f) => f.endsWith('.md'))
			.map((f) => `content/${f.split('\\').join('/')}`)
			.filter((f) => !isNoticeFile(f))
			.map((file) => ({ file, source: readFileSync(file, 'utf8') }));
		const { problems: found } = renderSite(files, {
			renderer: (pages, locale) => createMarkdownRenderer({ settings, highlighter, pages, locale }),
		});
		expect(found.filter((p) => p.message.startsWith('the screen label'))).toEqual([]);
		// The three the issue found quoted differently now come from the tables.
		const source = (f: string) => readFileSync(f, 'utf8');
		expect(source('content/mail/clients/outlook-express.md')).toContain('［{{ outlook-express.secureConnection }}］');
		expect(source('content/mail/clients/apple-mail.md')).toContain('［{{ apple-mail.iosIncomingServer }}］');
		expect(source('content/mail/smtp-auth.md')).toContain('［{{ thunderbird.edit }}］');
	});
});
