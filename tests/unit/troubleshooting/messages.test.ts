// The quoted messages (src/troubleshooting/messages.ts): their shape, the "…" gap, filling, and the
// `::: messages` / `::: openssl-check` blocks that render them. Whether each runnable client really
// prints its message is the mail suite's job (tests/mail/mail.test.ts); here, the pure parts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	codeRows,
	failureIds,
	fillMessage,
	messagePattern,
	messagesFor,
	outlookCodes,
	quotedMessages,
	runnableClients,
	sourceKinds,
	sourcedClients,
} from '../../../src/troubleshooting/messages.ts';
import { incomingIds } from '../../../src/settings/schema.ts';
import { opensslCheck } from '../../../src/troubleshooting/openssl.ts';
import { messagesPlugin } from '../../../src/markdown/plugins/messages.ts';
import { getHighlighter } from '../../../src/markdown/highlighter.ts';
import { ACCOUNT } from '../../../src/settings/placeholders.ts';
import { placeholderValues } from '../../../src/settings/placeholders.ts';
import { parseSettings } from '../../../src/settings/load.ts';
import { ja } from '../../../src/i18n/ja.ts';
import { en } from '../../../src/i18n/en.ts';
import { mdWith, render, settings } from '../markdown/setup.ts';
import { parseFrontmatter } from '../../../src/content/frontmatter.ts';

const words = {
	...ja.messages,
	table: 'T',
	client: 'C',
	message: 'M',
	source: 'SRC',
	sourceDocs: 'DOCS',
	sourceHeader: 'HEADER',
	sourceReport: 'REPORT',
	reportMark: 'MARK',
	thenType: 'TYPE',
};
const highlighter = await getHighlighter();
const md = (lang: 'ja' | 'en') =>
	mdWith((m) =>
		messagesPlugin(m, {
			settings,
			highlighter,
			accountPlaceholder: 'ユーザー名',
			copy: { label: 'copy', done: 'done' },
			codeLabel: () => 'CODE',
			lang,
			words,
		}),
	);

describe('quoted messages', () => {
	it('every message names a known failure, and every client either runs in the suite or cites a source', () => {
		for (const q of quotedMessages) {
			expect(failureIds).toContain(q.failure);
			if ((runnableClients as readonly string[]).includes(q.client)) expect(q.source, `${q.client}: ${q.text}`).toBeUndefined();
			else {
				expect(sourcedClients as readonly string[]).toContain(q.client);
				expect(sourceKinds).toContain(q.source?.kind);
				// Someone else's report may be an old page without https; every other source is https.
				expect(q.source?.url, `${q.client}: ${q.text}`).toMatch(q.source?.kind === 'report' ? /^https?:\/\// : /^https:\/\//);
			}
		}
	});

	it('a client quoted from its localisation files quotes each message in both editions', () => {
		const localised = quotedMessages.filter((q) => q.lang && q.source?.kind === 'l10n');
		const key = (q: (typeof localised)[number]) => `${q.client} ${q.failure} ${q.method}`;
		expect(
			localised
				.filter((q) => q.lang === 'ja')
				.map(key)
				.sort(),
		).toEqual(
			localised
				.filter((q) => q.lang === 'en')
				.map(key)
				.sort(),
		);
	});

	it('"…" matches any run on one line, and everything else literally', () => {
		const re = messagePattern('msmtp: cannot connect to …, port 587: Connection refused');
		expect(re.test('msmtp: cannot connect to smtp.example.org, port 587: Connection refused')).toBe(true);
		expect(re.test('msmtp: cannot connect to smtp\nx, port 587: Connection refused')).toBe(false);
		expect(messagePattern('a.b (c)').test('axb (c)')).toBe(false);
		expect(
			messagePattern("operation error (POP error (b'-ERR …'))").test("operation error (POP error (b'-ERR [AUTH] Authentication failed.'))"),
		).toBe(true);
	});

	it('fills host, port, user and the outside recipient', () => {
		expect(fillMessage('{user}@{host}:{port} → {to}', { host: 'h', port: 1, user: 'u' })).toBe('u@h:1 → friend@example.org');
	});

	it('picks the edition’s language and the direction’s methods', () => {
		const ja = messagesFor('auth-failed', ['pop3s'], 'ja').filter((q) => q.client === 'thunderbird');
		const en = messagesFor('auth-failed', ['pop3s'], 'en').filter((q) => q.client === 'thunderbird');
		expect(ja.map((q) => q.lang)).toEqual(['ja']);
		expect(en.map((q) => q.lang)).toEqual(['en']);
		expect(messagesFor('relay-denied', ['pop3s', 'apop', 'apops'], 'ja')).toEqual([]);
	});

	it('a localisation file is cited as one, a vendor’s article as documentation', () => {
		for (const q of quotedMessages.filter((m) => m.client === 'thunderbird')) expect(q.source?.kind).toBe('l10n');
		// Outlook: Microsoft's documents are `docs`, the header that names the codes is `header`, and
		// anyone else is a `report` (shown unconfirmed): a blog can never pass for documentation.
		for (const q of quotedMessages.filter((m) => m.client === 'outlook')) {
			const url = q.source?.url ?? '';
			const microsoft = /^https:\/\/(github\.com\/MicrosoftDocs\/OfficeDocs-Support\/blob\/[0-9a-f]{40}\/|support\.microsoft\.com\/)/.test(
				url,
			);
			const header = /^https:\/\/github\.com\/wine-mirror\/wine\/blob\/[0-9a-f]{40}\/include\/imnxport\.idl$/.test(url);
			expect(q.source?.kind, `${q.text}: ${url}`).toBe(microsoft ? 'docs' : header ? 'header' : 'report');
		}
	});

	it('Outlook: every code in both editions, the same text; its words only in a language a source shows them in', () => {
		const outlook = quotedMessages.filter((q) => q.client === 'outlook');
		for (const code of outlookCodes) {
			const mine = outlook.filter((q) => q.code === code);
			expect(mine.length, code).toBeGreaterThan(0);
			// A numbered code is quoted as itself for both editions (no `lang`); the wizard's message has no code.
			if (code !== 'wizard')
				expect(
					mine.filter((q) => q.text === code).every((q) => q.lang === undefined),
					code,
				).toBe(true);
			if (code !== 'wizard')
				expect(
					mine.some((q) => q.text === code),
					code,
				).toBe(true);
		}
		// Words in a language come with a source in that language: Japanese words only from a Japanese page.
		for (const q of outlook.filter((m) => m.lang === 'ja')) expect(q.source?.url, q.text).toMatch(/ja-jp|treedown/);
		// Where no Japanese wording was found, the Japanese edition shows the code alone.
		const jaRows = codeRows('outlook', 'ja', (m) => (incomingIds as readonly string[]).includes(m));
		expect(Object.fromEntries(jaRows.map((r) => [r.code, r.texts]))).toEqual({
			'0x800CCC0E': ['0x800CCC0E'],
			'0x800CCC0F': ['0x800CCC0F'],
			'0x800CCC1A': ['0x800CCC1A'],
			'0x800CCC79': ['0x800CCC79', 'いずれかの受信者がサーバーによって拒否されたため、メッセージを送信できませんでした。'],
			'0x800CCC80': ['0x800CCC80'],
			'0x800CCC92': ['0x800CCC92'],
			'0x8004210A': ['0x8004210A'],
			'0x8004210B': ['0x8004210B'],
			wizard: ['メール サーバーに対して、暗号化された接続を使用できません。'],
		});
		for (const lang of ['ja', 'en'] as const)
			expect(messagesFor('no-auth-offered', ['submission'], lang).filter((q) => q.client === 'outlook').length).toBeGreaterThan(0);
	});

	it('each section the error-code table links to is a heading of that page, in both editions', () => {
		const rows = codeRows('outlook', 'en', (m) => (incomingIds as readonly string[]).includes(m));
		for (const r of rows)
			for (const { failure, direction } of r.sections)
				for (const file of [`content/mail/troubleshooting/${direction}.md`, `content/en/mail/troubleshooting/${direction}.md`])
					expect(readFileSync(file, 'utf8'), `${r.code}: ${file} #${failure}`).toMatch(new RegExp(`^#+ .*\\{#${failure}\\}$`, 'm'));
	});
});

describe('openssl s_client check', () => {
	it('POP3S: connects to the host, verifies its name, no STARTTLS', () => {
		const c = opensslCheck(settings, 'pop3s');
		const host = settings.incoming.pop3s.host;
		expect(c.argv).toEqual([
			'openssl',
			's_client',
			'-connect',
			`${host}:${settings.incoming.pop3s.port}`,
			'-verify_hostname',
			host,
			'-brief',
			'-crlf',
		]);
		expect(c.typed).toEqual(['QUIT']);
	});
	it('submission: STARTTLS for SMTP, then EHLO and QUIT', () => {
		const c = opensslCheck(settings, 'submission');
		expect(c.argv).toContain('-starttls');
		expect(c.argv[c.argv.indexOf('-starttls') + 1]).toBe('smtp');
		expect(c.typed).toEqual(['EHLO localhost', 'QUIT']);
		expect(opensslCheck(settings, 'submissions').argv).not.toContain('-starttls');
	});
	it('the suite’s form: connect elsewhere, still send and verify the real name, trust its CA', () => {
		const c = opensslCheck(settings, 'pop3s', { connectAddress: '127.0.0.1', caFile: '/tmp/ca.crt', port: 4000 });
		const host = settings.incoming.pop3s.host;
		expect(c.argv.slice(2)).toEqual([
			'-connect',
			'127.0.0.1:4000',
			'-servername',
			host,
			'-verify_hostname',
			host,
			'-brief',
			'-crlf',
			'-CAfile',
			'/tmp/ca.crt',
		]);
	});
});

describe('::: messages and ::: openssl-check', () => {
	it('renders one row per client with the settings’ host filled in and the account fillable', () => {
		const { html, env } = render(md('ja'), '::: messages auth-failed receive\n:::\n');
		expect(env.problems).toEqual([]);
		expect(html).toContain('<th scope="row">fetchmail</th>');
		expect(html).toContain(
			`ユーザー名 ${'<kit-account class="kit-account" data-placeholder="">ユーザー名</kit-account>'} でサーバー ${settings.incoming.pop3s.host} へのログインに失敗しました。`,
		);
		// How a message was checked (the suite, a source) is for maintainers: the student's table has two columns.
		expect(html).not.toContain('SRC');
		expect(html.match(/<th scope="col">/g)).toHaveLength(2);
		expect(html).not.toContain(ACCOUNT);
	});
	it('Outlook’s code in both editions, its English words only in English', () => {
		for (const lang of ['ja', 'en'] as const) {
			const { html, env } = render(md(lang), '::: messages no-auth-offered send\n:::\n');
			expect(env.problems).toEqual([]);
			const words =
				'<br><code class="kit-code-phrase">None of the authentication methods supported by this client are supported by your server.</code>';
			expect(html).toContain(
				`<th scope="row">Outlook (Windows)</th><td><code class="kit-code-phrase">0x800CCC80</code>${lang === 'en' ? words : ''}</td>`,
			);
		}
	});
	it('::: error-codes outlook: one row per code with its id, cause, sections and sources; reports carry the mark', () => {
		for (const lang of ['ja', 'en'] as const) {
			const { html, env } = render(md(lang), '::: error-codes outlook\n:::\n');
			expect(env.problems).toEqual([]);
			const rows = html.match(/<tr id="code-[^"]+">/g) ?? [];
			expect(rows).toEqual(outlookCodes.map((c) => `<tr id="code-${c.toLowerCase()}">`));
			const prefix = lang === 'en' ? '/en' : '';
			// 0x800CCC0E: both directions' sections, the cause for this server, and the header that defines it.
			const row = html.slice(html.indexOf('<tr id="code-0x800ccc0e">'), html.indexOf('</tr>', html.indexOf('<tr id="code-0x800ccc0e">')));
			expect(row).toContain(`<a href="${prefix}/mail/troubleshooting/receive/#refused">`);
			expect(row).toContain(`<a href="${prefix}/mail/troubleshooting/send/#refused">`);
			expect(row).toContain(`<td>${words.outlook['0x800CCC0E']}<br>`);
			expect(row).toContain('HEADER <a href="https://github.com/wine-mirror/wine/blob/');
			// The code is a value on one line; its message a sentence that may wrap (never a scrolling `code`).
			expect(html).toContain('<th scope="row"><code>0x800CCC79</code><br><span class="kit-code-message">');
			expect(html).not.toMatch(/<code>[^<]*\s[^<]*<\/code>/);
			// 0x800CCC92's meaning is only someone else's report: marked unconfirmed.
			const report = html.slice(html.indexOf('<tr id="code-0x800ccc92">'));
			expect(report.slice(0, report.indexOf('</tr>'))).toMatch(
				/REPORT <a href="[^"]+">[^<]+<\/a> <span class="kit-unconfirmed"[^>]*>MARK<\/span>/,
			);
		}
	});
	it('the English edition shows the English Thunderbird message', () => {
		const { html } = render(md('en'), '::: messages auth-failed receive\n:::\n');
		expect(html).toContain(`Login to server ${settings.incoming.pop3s.host} with username`);
		expect(html).not.toContain('ログイン');
	});
	it('renders the openssl command and what to type', () => {
		const { html, env } = render(md('ja'), '::: openssl-check submission\n:::\n');
		expect(env.problems).toEqual([]);
		expect(html).toContain('s_client');
		expect(html).toContain('TYPE <code>EHLO localhost</code> → <code>QUIT</code>');
	});
	it.each([
		['::: messages auth-faild receive\n:::\n', /unknown failure "auth-faild".*\n?.*/, /did you mean "auth-failed"/],
		['::: messages auth-failed\n:::\n', /needs a direction/, /receive or send/],
		[
			'::: messages relay-denied receive\n:::\n',
			/no client message is quoted for relay-denied \(receive\)/,
			/src\/troubleshooting\/messages\.ts/,
		],
		['::: openssl-check apop\n:::\n', /needs a method/, /pop3s, submission, submissions/],
		['::: error-codes thunderbird\n:::\n', /names no client with error codes/, /error-codes outlook/],
	])('refuses %j with file:line and a hint', (src, message, hint) => {
		const { html, env } = render(md('ja'), src);
		expect(html).toBe('');
		expect(env.problems).toHaveLength(1);
		expect(env.problems[0]!.file).toBe('content/mail/page.md');
		expect(env.problems[0]!.line).toBe(11);
		expect(env.problems[0]!.message).toMatch(message);
		expect(env.problems[0]!.hint).toMatch(hint);
	});
});

describe('IMAP in the settings', () => {
	it('is said plainly, and marked while the settings call it an assumption', () => {
		expect(placeholderValues(settings, ja).get('imap.offered')).toBe(
			settings.imap.offered ? 'IMAP も使えます（要確認）' : 'IMAP はありません（POP3 だけです）（要確認）',
		);
		const confirmed = { ...settings, imap: { offered: true } };
		expect(placeholderValues(confirmed, ja).get('imap.offered')).toBe('IMAP も使えます');
		expect(placeholderValues(confirmed, en).get('imap.offered')).toBe('IMAP is offered');
	});
	it('the settings file must say it', () => {
		const yaml = (s: string) => s.replace(/^imap:\n(?: .*\n|\n)*/m, '');
		expect(() => parseSettings(yaml(readFileSync('content/settings.yaml', 'utf8')))).toThrow(/imap/);
	});
});

describe('front matter aliases', () => {
	const page = (aliases: string) => `---\ntitle: T\ndescription: D\norder: 1\naliases: ${aliases}\n---\nbody\n`;
	it('takes a list of words', () => {
		expect(parseFrontmatter(page('[サンダーバード, Thunderbird]'), 'content/x.md').data?.aliases).toEqual([
			'サンダーバード',
			'Thunderbird',
		]);
	});
	it.each([['[]'], ['[" "]'], ['サンダーバード']])('refuses %s with the line of the field', (value) => {
		const { problems } = parseFrontmatter(page(value), 'content/x.md');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/x.md', line: 5 });
		expect(problems[0]!.message).toMatch(/aliases/);
	});
});
