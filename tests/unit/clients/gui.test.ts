// Field tables of the GUI clients (outlook-express.ts, sylpheed.ts, becky.ts, thunderbird.ts,
// apple-mail.ts): each client's own labels, values from the settings and the account.
import { describe, expect, it } from 'vitest';
import { clientIds, clients, fieldsSnippet, fieldWords, type ClientId, type FieldRow, type Method } from '../../../src/clients/index.ts';
import { service } from '../../../src/settings/schema.ts';
import { ACCOUNT } from '../../../src/settings/placeholders.ts';
import { en } from '../../../src/i18n/en.ts';
import { edited, real } from './fixtures.ts';
import { ja, type UiText } from '../../../src/i18n/ja.ts';

// The Japanese table's labels and values are plain text.
const text = (t: UiText) => (typeof t === 'string' ? t : t.ja);

// Look up a row's value by its exact label, both as the table shows them (src/clients/rows.ts).
function rows(client: ClientId, method: Method, settings = real): Record<string, string> {
	return Object.fromEntries(
		fieldsSnippet(settings, client, method, 'yskhashi', ja)
			.rows.map((r) => fieldWords(r, ja))
			.map((r) => [text(r.label), text(r.value)]),
	);
}

describe('GUI field tables', () => {
	const cases: { client: ClientId; method: Method; title: string; expect: Record<string, string> }[] = [
		{
			client: 'outlook-express',
			method: 'pop3s',
			title: 'Outlook Express: 受信メールサーバー',
			expect: {
				受信メールサーバー: 'pop3.club.kyutech.ac.jp',
				アカウント名: 'yskhashi',
				'[詳細設定] このサーバーはセキュリティで保護された接続 (SSL) が必要 (受信メール)': 'オン',
				'[詳細設定] 受信メール (POP3)': '995',
				'[詳細設定] サーバーにメッセージのコピーを置く': '必要ならオン',
			},
		},
		{
			client: 'outlook-express',
			method: 'submission',
			title: 'Outlook Express: 送信メールサーバー',
			expect: {
				'送信メールサーバー (SMTP)': 'smtp.club.kyutech.ac.jp',
				'[サーバー] このサーバーは認証が必要': 'オン',
				'[詳細設定] 送信メール (SMTP)': '587',
			},
		},
		{
			client: 'sylpheed',
			method: 'apop',
			title: 'Sylpheed: 受信 (POP3)',
			expect: {
				'[基本] プロトコル': 'POP3(APOP認証)',
				'[基本] 受信用サーバ': 'pop3.club.kyutech.ac.jp',
				'[基本] ユーザID': 'yskhashi',
				'[SSL] POP3の接続にSSLを使用': 'チェックしない',
				'[高度な設定] POP3ポートを指定': 'チェックしない (標準の 110 番)',
			},
		},
		{
			client: 'sylpheed',
			method: 'pop3s',
			title: 'Sylpheed: 受信 (POP3)',
			expect: {
				'[基本] プロトコル': 'POP3(通常)',
				'[SSL] POP3の接続にSSLを使用': 'チェックする',
				'[高度な設定] POP3ポートを指定': 'チェックして 995 番',
			},
		},
		{
			client: 'sylpheed',
			method: 'submission',
			title: 'Sylpheed: 送信 (SMTP)',
			expect: {
				'[基本] SMTPサーバ': 'smtp.club.kyutech.ac.jp',
				'[送信] SMTP認証 (SMTP AUTH)': 'チェックする',
				'[SSL] SMTP': 'STARTTLSコマンドでSSLセッションを開始',
				'[高度な設定] SMTPポートを指定': 'チェックして 587 番',
			},
		},
		{
			client: 'becky',
			method: 'apop',
			title: 'Becky!: 受信 (POP3)',
			expect: {
				'[基本設定] POP3サーバー': 'pop3.club.kyutech.ac.jp',
				'[基本設定] ユーザーID': 'yskhashi',
				'[基本設定] 認証方式': 'APOP',
				'[詳細] サーバーのポート番号: POP3': '110',
			},
		},
		{
			client: 'becky',
			method: 'apops',
			title: 'Becky!: 受信 (POP3)',
			expect: {
				'[基本設定] 認証方式': 'APOP',
				'[基本設定] POP3サーバーの「SSL/TLS」': 'チェックする',
				'[詳細] サーバーのポート番号: POP3': '995',
			},
		},
		{
			client: 'becky',
			method: 'smtp',
			title: 'Becky!: 送信 (SMTP)',
			expect: {
				'[基本設定] SMTPサーバー': 'smtp.club.kyutech.ac.jp',
				'[詳細] SMTP認証': 'チェックしない',
				'[詳細] サーバーのポート番号: SMTP': '25',
			},
		},
		{
			client: 'thunderbird',
			method: 'pop3s',
			title: 'Thunderbird: 受信サーバー',
			expect: {
				プロトコル: 'POP3',
				ホスト名: 'pop3.club.kyutech.ac.jp',
				ポート番号: '995',
				接続の保護: 'SSL/TLS',
				認証方式: '通常のパスワード認証',
				ユーザー名: 'yskhashi',
			},
		},
		{
			client: 'thunderbird',
			method: 'apops',
			title: 'Thunderbird: 受信サーバー',
			expect: { ポート番号: '995', 接続の保護: 'SSL/TLS', 認証方式: '暗号化されたパスワード認証' },
		},
		{
			client: 'thunderbird',
			method: 'submission',
			title: 'Thunderbird: 送信 (SMTP) サーバー',
			expect: {
				ホスト名: 'smtp.club.kyutech.ac.jp',
				ポート番号: '587',
				接続の保護: 'STARTTLS',
				認証方式: '通常のパスワード認証',
				メールアドレス: 'yskhashi@club.kyutech.ac.jp',
			},
		},
		{
			client: 'apple-mail',
			method: 'pop3s',
			title: 'メール: 受信用メールサーバ',
			expect: {
				アカウントの種類: 'POP',
				受信用メールサーバ: 'pop3.club.kyutech.ac.jp',
				ユーザ名: 'yskhashi',
				ポート: '995',
				'TLS/SSLを使用': 'オン',
				認証: 'パスワード',
			},
		},
		{
			client: 'apple-mail',
			method: 'submissions',
			title: 'メール: 送信用メールサーバ (SMTP)',
			expect: { 送信用メールサーバ: 'smtp.club.kyutech.ac.jp', ポート: '465', 'TLS/SSLを使用': 'オン' },
		},
	];
	for (const c of cases) {
		it(`${c.client} ${c.method}: ${Object.entries(c.expect)
			.slice(0, 2)
			.map(([k, v]) => `${k}=${v}`)
			.join(', ')}`, () => {
			const s = fieldsSnippet(real, c.client, c.method, 'yskhashi', ja);
			expect(s).toMatchObject({ kind: 'fields', client: c.client, method: c.method, title: c.title });
			expect(rows(c.client, c.method)).toMatchObject(c.expect);
		});
	}
	it('says which password each password field wants', () => {
		const note = (client: ClientId, method: Method) =>
			fieldsSnippet(real, client, method, 'u', ja).rows.find((r) => r.kind === 'text' && r.secret)?.note ?? '';
		expect(note('sylpheed', 'apop')).toMatch(/popauth/);
		expect(note('becky', 'apop')).toMatch(/popauth/);
		expect(note('thunderbird', 'pop3s')).toMatch(/ruby.*ログインパスワード/);
		expect(note('outlook-express', 'pop3s')).toMatch(/ruby.*ログインパスワード/);
		expect(note('becky', 'submission')).toMatch(/ログインパスワード.*APOP パスワードではありません/);
	});
	it('takes host, port and TLS from the settings', () => {
		const s = edited((s) => (s.incoming.apop = { ...s.incoming.apop, host: 'pop.example.ac.jp', port: 1110 }));
		expect(rows('sylpheed', 'apop', s)).toMatchObject({
			'[基本] 受信用サーバ': 'pop.example.ac.jp',
			'[高度な設定] POP3ポートを指定': 'チェックして 1110 番',
		});
		expect(rows('thunderbird', 'apop', s)).toMatchObject({ ホスト名: 'pop.example.ac.jp', ポート番号: '1110', 接続の保護: 'なし' });
	});
});

describe('GUI field rows say what each field is (tab, kind, value, copy)', () => {
	// One row by its label (without the tab), as data.
	const row = (client: ClientId, method: Method, label: string): FieldRow => {
		const r = fieldsSnippet(real, client, method, 'yskhashi', ja).rows.find((r) => text(r.label) === label);
		if (!r) throw new Error(`${client} ${method}: no row "${label}"`);
		return r;
	};
	const cases: { client: ClientId; method: Method; rows: Record<string, Record<string, unknown>> }[] = [
		{
			client: 'outlook-express',
			method: 'pop3s',
			rows: {
				受信メールサーバーの種類: { kind: 'choice', value: 'POP3', copy: false },
				受信メールサーバー: { kind: 'text', value: 'pop3.club.kyutech.ac.jp', copy: true, tab: undefined },
				アカウント名: { kind: 'text', value: 'yskhashi', copy: true },
				パスワード: { kind: 'text', secret: true, copy: false },
				'このサーバーはセキュリティで保護された接続 (SSL) が必要 (受信メール)': {
					tab: '詳細設定',
					kind: 'checkbox',
					value: true,
					copy: false,
				},
				'受信メール (POP3)': { tab: '詳細設定', kind: 'text', value: '995', copy: true },
				サーバーにメッセージのコピーを置く: { tab: '詳細設定', kind: 'checkbox', value: 'optional', copy: false },
			},
		},
		{
			client: 'outlook-express',
			method: 'submission',
			rows: {
				このサーバーは認証が必要: { tab: 'サーバー', kind: 'checkbox', value: true },
				'次のアカウントとパスワードでログオンする: アカウント名': { tab: '設定', kind: 'text', value: 'yskhashi', copy: true },
				パスワード: { tab: '設定', kind: 'text', secret: true, copy: false },
			},
		},
		{
			client: 'sylpheed',
			method: 'apop',
			rows: {
				プロトコル: { tab: '基本', kind: 'choice', value: 'POP3(APOP認証)', copy: false },
				受信用サーバ: { tab: '基本', kind: 'text', value: 'pop3.club.kyutech.ac.jp', copy: true },
				POP3の接続にSSLを使用: { tab: 'SSL', kind: 'checkbox', value: false },
				POP3ポートを指定: { tab: '高度な設定', kind: 'checkbox', value: false, port: 110, copy: false },
			},
		},
		{
			client: 'sylpheed',
			method: 'submission',
			rows: {
				'SMTP認証 (SMTP AUTH)': { tab: '送信', kind: 'checkbox', value: true },
				認証方式: { tab: '送信', kind: 'choice', value: '自動' },
				SMTP: { tab: 'SSL', kind: 'choice', value: 'STARTTLSコマンドでSSLセッションを開始', copy: false },
				SMTPポートを指定: { tab: '高度な設定', kind: 'checkbox', value: true, port: 587 },
			},
		},
		{
			client: 'becky',
			method: 'submission',
			rows: {
				SMTPサーバー: { tab: '基本設定', kind: 'text', value: 'smtp.club.kyutech.ac.jp', copy: true },
				'SMTPサーバーの「SSL/TLS」': { tab: '基本設定', kind: 'checkbox', value: false },
				SMTP認証: { tab: '詳細', kind: 'checkbox', value: true },
				認証方式: { tab: '詳細', kind: 'choice', value: 'PLAIN または LOGIN' },
				STARTTLS: { tab: '詳細', kind: 'checkbox', value: true },
				'サーバーのポート番号: SMTP': { tab: '詳細', kind: 'text', value: '587', copy: true },
			},
		},
		{
			client: 'thunderbird',
			method: 'pop3s',
			rows: {
				メールアドレス: { kind: 'text', value: 'yskhashi@club.kyutech.ac.jp', copy: true, tab: undefined },
				接続の保護: { kind: 'choice', value: 'SSL/TLS', copy: false },
				認証方式: { kind: 'choice', value: '通常のパスワード認証' },
				ダウンロード後もサーバーにメッセージを残す: { kind: 'checkbox', value: 'optional' },
			},
		},
		{
			client: 'apple-mail',
			method: 'submission',
			rows: {
				送信用メールサーバ: { kind: 'text', value: 'smtp.club.kyutech.ac.jp', copy: true },
				ポート: { kind: 'text', value: '587', copy: true },
				'TLS/SSLを使用': { kind: 'checkbox', value: true, copy: false },
				認証: { kind: 'choice', value: 'パスワード' },
			},
		},
	];
	for (const c of cases) {
		it(`${c.client} ${c.method}`, () => {
			for (const [label, expected] of Object.entries(c.rows)) {
				const r = row(c.client, c.method, label);
				const { tab, ...rest } = expected;
				expect(r, label).toMatchObject(rest);
				if ('tab' in expected) expect(r.tab === undefined ? undefined : text(r.tab), `${label}: tab`).toBe(tab);
			}
		});
	}

	// Every GUI client and method, in both languages.
	const gui = clientIds.filter((id) => clients[id].kind === 'gui').flatMap((id) => clients[id].methods.map((m) => [id, m] as const));
	it('offers a copy button exactly on the values the reader types as shown: host, port, account, address', () => {
		for (const [client, method] of gui) {
			const s = service(real, method);
			const typed = new Set([s.host, String(s.port), ACCOUNT, `${ACCOUNT}@${real.domain}`]);
			for (const words of [ja, en])
				for (const r of fieldsSnippet(real, client, method, ACCOUNT, words).rows) {
					const where = `${client} ${method} ${words.locale} ${JSON.stringify(r.label)}`;
					expect(r.copy, where).toBe(r.kind === 'text' && !r.secret && typed.has(r.value));
					if (r.kind === 'text' && !r.secret) expect(typed.has(r.value), `${where}: a typed value the settings do not give`).toBe(true);
				}
		}
	});
	it('puts every field of the tabbed dialogs on a tab, and none of the single-page ones', () => {
		for (const [client, method] of gui) {
			for (const r of fieldsSnippet(real, client, method, 'u', ja).rows) {
				const where = `${client} ${method} ${text(r.label)}`;
				if (client === 'sylpheed' || client === 'becky') expect(r.tab, where).toBeDefined();
				if (client === 'thunderbird' || client === 'apple-mail') expect(r.tab, where).toBeUndefined();
				// No label carries a tab in its words any more: the tab is data.
				expect(text(r.label), where).not.toMatch(/^\[/);
			}
		}
	});
	it('gives a check box a state, not words', () => {
		for (const [client, method] of gui)
			for (const r of fieldsSnippet(real, client, method, 'u', ja).rows)
				if (r.kind === 'checkbox') expect([true, false, 'optional'], `${client} ${method} ${text(r.label)}`).toContain(r.value);
	});
});
