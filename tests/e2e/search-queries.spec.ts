// Search regression: real queries from the manual must find the right page FIRST, through the
// built index (dist/pagefind) with the options the dialog uses. Each expected page was chosen from
// content/ (the reason is beside it), not from what the index happened to return.
// English queries run once content/en/ exists, and then fail (not skip) if the build has no
// English index; a query whose expected page is not translated yet is skipped, naming the file.
import { existsSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pagefindOptions, pagefindUrl } from '../../src/scripts/pagefind.ts';
import { pagePaths } from './site.ts';

interface Case {
	query: string;
	expected: string;
	why: string;
}

/** The Outlook error codes issue 20 asks to be found (each is in the one message table). */
const outlookCodes = ['0x800CCC0E', '0x800CCC0F', '0x800CCC1A', '0x800CCC79', '0x800CCC80', '0x800CCC92', '0x8004210A', '0x8004210B'];

const japanese: Case[] = [
	{
		query: '証明書',
		expected: '/mail/ssl-wrapper/',
		why: 'checking the server certificate (verifyChain, CAfile, checkHost) and testing that the check works',
	},
	{
		query: '送信サーバー',
		expected: '/mail/settings/',
		why: 'the list of every value, described as the receive/send servers’ host names and ports',
	},
	{
		query: 'ポート番号',
		expected: '/mail/settings/',
		why: 'its description: host names, ポート番号, protection and passwords in one list',
	},
	{ query: 'APOP', expected: '/mail/apop-password/', why: 'the page about APOP alone: the APOP password every APOP setup needs first' },
	{ query: 'popauth', expected: '/mail/apop-password/', why: 'how to run popauth on the shared host' },
	{
		query: 'メーラー',
		expected: '/mail/clients/',
		why: 'メーラー別の設定: the entry to every mail client’s setup (the home page sends readers there)',
	},
	{ query: 'SMTP-AUTH', expected: '/mail/smtp-auth/', why: 'the SMTP-AUTH page' },
	{ query: 'stunnel', expected: '/mail/ssl-wrapper/', why: 'the stunnel page' },
	// Everyday words and the names students type (front matter `aliases`, issue 13).
	{ query: '受信できない', expected: '/mail/troubleshooting/receive/', why: 'the page for “cannot receive” (was the SMTP-AUTH page)' },
	{ query: '送れない', expected: '/mail/troubleshooting/send/', why: 'the page for “cannot send”' },
	{
		query: 'パスワードを忘れた',
		expected: '/mail/troubleshooting/receive/',
		why: 'its “if you forgot a password” note: popauth resets the APOP password',
	},
	{ query: 'サンダーバード', expected: '/mail/clients/thunderbird/', why: 'Thunderbird in katakana' },
	{
		query: 'シルフィード',
		expected: '/mail/clients/sylpheed-pop3s/',
		why: 'Sylpheed in katakana: the POP3 over SSL page (the recommended method)',
	},
	{ query: 'ベッキー', expected: '/mail/clients/becky-apop/', why: 'Becky! in katakana' },
	{
		query: 'アウトルック',
		expected: '/mail/clients/outlook/',
		why: 'Outlook in katakana: the classic Outlook walkthrough, whose first paragraph sends new-Outlook users on (not Outlook Express)',
	},
	{ query: 'アウトルックエクスプレス', expected: '/mail/clients/outlook-express/', why: 'Outlook Express in katakana' },
	{ query: 'アウトルック エクスプレス', expected: '/mail/clients/outlook-express/', why: 'the same, typed as two words' },
	{ query: '新しい Outlook', expected: '/mail/clients/outlook-new/', why: 'the new Outlook’s page: what it does with a POP account' },
	{
		query: 'Outlook (new)',
		expected: '/mail/clients/outlook-new/',
		why: 'the new Outlook’s English name, as its Japanese users see it in guides',
	},
	{ query: 'Microsoft 365', expected: '/mail/clients/outlook/', why: 'classic Outlook comes with Microsoft 365' },
	{
		query: 'Windows メール',
		expected: '/mail/clients/outlook-new/',
		why: 'the retired Windows Mail app: its section on the page of the app that replaced it',
	},
	{
		query: 'Outlook for Windows',
		expected: '/mail/clients/outlook-new/',
		why: 'Microsoft’s name for the new Outlook (XServer’s manual: “Outlook for Windows / Outlook (new)”)',
	},
	{ query: 'IMAP', expected: '/mail/service/', why: 'whether IMAP is offered' },
	// A message a client showed, typed into the search (quoted on the troubleshooting pages).
	{ query: 'Authorization failure', expected: '/mail/troubleshooting/receive/', why: 'fetchmail’s message for a refused password' },
	{ query: '接続が拒否されました', expected: '/mail/troubleshooting/receive/', why: 'Thunderbird’s message for a closed port' },
	{ query: 'does not advertise', expected: '/mail/troubleshooting/send/', why: 'swaks: the server offers no AUTH without TLS' },
	{ query: 'Relay access denied', expected: '/mail/troubleshooting/send/', why: 'the server’s refusal to relay without SMTP-AUTH' },
	// Outlook's error codes (issue 20): the codes page lists each with its meaning and links to its cause and fix.
	...outlookCodes.map((code) => ({
		query: code,
		expected: '/mail/troubleshooting/outlook/',
		why: `Outlook’s error code ${code}: its row in the code table`,
	})),
	{
		query: '暗号化された接続を使用できません',
		expected: '/mail/troubleshooting/receive/',
		why: 'Outlook’s setup wizard when it finds no encrypted connection: its section on the receive page',
	},
];

const english: Case[] = [
	{ query: 'certificate', expected: '/en/mail/ssl-wrapper/', why: 'as 証明書' },
	{ query: 'outgoing server', expected: '/en/mail/settings/', why: 'as 送信サーバー' },
	{ query: 'port', expected: '/en/mail/settings/', why: 'as ポート番号' },
	{ query: 'popauth', expected: '/en/mail/apop-password/', why: 'as popauth' },
	{ query: 'cannot receive', expected: '/en/mail/troubleshooting/receive/', why: 'as 受信できない' },
	{ query: "can't send", expected: '/en/mail/troubleshooting/send/', why: 'as 送れない' },
	{ query: 'forgot password', expected: '/en/mail/troubleshooting/receive/', why: 'as パスワードを忘れた' },
	{ query: 'IMAP', expected: '/en/mail/service/', why: 'as IMAP' },
	{ query: 'Authorization failure', expected: '/en/mail/troubleshooting/receive/', why: 'fetchmail’s message, as in Japanese' },
	{ query: 'hostname mismatch', expected: '/en/mail/troubleshooting/', why: 'openssl s_client’s output, explained with the diagnosis' },
	...outlookCodes.map((code) => ({
		query: code,
		expected: '/en/mail/troubleshooting/outlook/',
		why: `Outlook’s error code ${code}, as in Japanese`,
	})),
	{
		query: 'An encrypted connection to your mail server is not available',
		expected: '/en/mail/troubleshooting/receive/',
		why: 'as 暗号化された接続を使用できません',
	},
	{ query: 'Outlook (new)', expected: '/en/mail/clients/outlook-new/', why: 'as in Japanese' },
	{ query: 'new Outlook', expected: '/en/mail/clients/outlook-new/', why: 'as 新しい Outlook' },
	{ query: 'Microsoft 365', expected: '/en/mail/clients/outlook/', why: 'as in Japanese' },
	{ query: 'Windows Mail', expected: '/en/mail/clients/outlook-new/', why: 'as Windows メール' },
	{ query: 'Outlook for Windows', expected: '/en/mail/clients/outlook-new/', why: 'as in Japanese' },
	{
		query: 'Query status',
		expected: '/en/mail/troubleshooting/receive/',
		why: 'fetchmail’s status line (AUTHFAIL, SOCKET), quoted only for receiving',
	},
];

/** The Markdown file an English page comes from, if it has been written. */
const englishSource = (url: string) => {
	const base = `content${url.replace(/\/$/, '')}`;
	return [`${base}.md`, `${base}/index.md`].find((f) => existsSync(f));
};

/** Open `start` and load Pagefind there: it picks the index of the page's `<html lang>`. */
async function openIndex(page: Page, start: string) {
	const response = await page.goto(start);
	expect(response?.status(), `${start} must exist`).toBe(200);
	await page.evaluate(
		async ([url, options]) => {
			const pf = await import(/* @vite-ignore */ url);
			await pf.options(options);
			await pf.init();
			(window as unknown as { kitPagefind: unknown }).kitPagefind = pf;
		},
		[pagefindUrl, pagefindOptions] as const,
	);
}

/** Result URLs, best first (`null` lists every page of the index). */
function search(page: Page, query: string | null): Promise<string[]> {
	return page.evaluate(async (q) => {
		type Pf = { search(q: string | null): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
		const pf = (window as unknown as { kitPagefind: Pf }).kitPagefind;
		const { results } = await pf.search(q);
		return Promise.all(results.map((r) => r.data().then((d) => d.url)));
	}, query);
}

function queryTests(cases: Case[], start: string, skipReason: (c: Case) => string | undefined) {
	for (const c of cases) {
		test(`“${c.query}” finds ${c.expected} first`, async ({ page }) => {
			const reason = skipReason(c);
			test.skip(reason !== undefined, reason);
			await openIndex(page, start);
			const urls = await search(page, c.query);
			test.info().annotations.push({ type: 'results', description: urls.slice(0, 3).join(' ') });
			expect(urls[0], `${c.expected}: ${c.why}; got ${urls.slice(0, 3).join(', ')}`).toBe(c.expected);
		});
	}
}

test.describe('Japanese index', () => {
	queryTests(japanese, '/', () => undefined);

	test('holds every Japanese page and no English one', async ({ page }) => {
		await openIndex(page, '/');
		const indexed = (await search(page, null)).sort();
		const japanesePages = pagePaths()
			.filter((p) => !p.startsWith('/en/'))
			.sort();
		expect(indexed).toEqual(japanesePages);
	});
});

test('aliases are indexed but never shown: hidden on the page', async ({ page }) => {
	await page.goto('/mail/clients/thunderbird/');
	const aliases = page.locator('[data-pagefind-body] p[hidden][data-pagefind-weight]', { hasText: 'サンダーバード' });
	await expect(aliases).toHaveCount(1);
	await expect(aliases).toBeHidden();
	await expect(page.getByText('サンダーバード', { exact: false }).filter({ visible: true })).toHaveCount(0);
});

test.describe('English index', () => {
	const written = existsSync('content/en');
	test.skip(!written, 'content/en/ does not exist yet');

	test('exists: /en/ is built with lang="en" and has its own index', async ({ page }) => {
		await openIndex(page, '/en/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		const indexed = await search(page, null);
		expect(indexed.length).toBeGreaterThan(0);
		expect(
			indexed.filter((u) => !u.startsWith('/en/')),
			'Japanese pages in the English index',
		).toEqual([]);
	});

	queryTests(english, '/en/', (c) =>
		englishSource(c.expected) ? undefined : `${c.expected} is not translated yet (no content${c.expected.replace(/\/$/, '')}.md)`,
	);
});
