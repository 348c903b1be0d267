// Field tables of classic Outlook (src/clients/outlook.ts) and the new Outlook (outlook-new.ts), in
// both editions: exactly the settings' values, the account as typed, the labels from the graded
// table (or, graded "?", the description), and a changed setting followed everywhere.
import { describe, expect, it } from 'vitest';
import { fieldsSnippet, fieldWords, type ClientId, type Method } from '../../../src/clients/index.ts';
import { gradedLabel } from '../../../src/i18n/labels.ts';
import type { Settings } from '../../../src/settings/schema.ts';
import { en } from '../../../src/i18n/en.ts';
import { ja, type UiText } from '../../../src/i18n/ja.ts';
import { edited, real } from './fixtures.ts';

const text = (t: UiText) => (typeof t === 'string' ? t : t.ja);
const editions = { ja, en } as const;

/** A field table as label → value, in one edition. */
function rows(client: ClientId, method: Method, locale: 'ja' | 'en', settings: Settings = real): Record<string, string> {
	const w = editions[locale];
	return Object.fromEntries(
		fieldsSnippet(settings, client, method, 'yskhashi', w)
			.rows.map((r) => fieldWords(r, w))
			.map((r) => [text(r.label), text(r.value)]),
	);
}

describe('classic Outlook field tables', () => {
	it('receiving (POP3 over SSL), Japanese: the settings’ host and port, the box ticked, SPA off, the account as typed', () => {
		expect(rows('outlook', 'pop3s', 'ja')).toEqual({
			'[受信メール] サーバー': 'pop3.club.kyutech.ac.jp',
			'[受信メール] ポート': '995',
			'[受信メール] このサーバーは暗号化された接続（SSL/TLS）が必要': 'チェックする',
			'[受信メール] セキュリティで保護されたパスワード認証（SPA）でのログオンが必要': 'チェックしない',
			'[変更] アカウント名(U)': 'yskhashi',
			'[変更] パスワード(P)': '(入力します)',
			'[詳細設定] サーバーにメッセージのコピーを置く(L)': 'お好みで',
		});
	});
	it('receiving, English: the same values; the check box no English source shows is described, not named', () => {
		expect(rows('outlook', 'pop3s', 'en')).toEqual({
			'Incoming mail: Server': 'pop3.club.kyutech.ac.jp',
			'Incoming mail: Port': '995',
			'Incoming mail: the check box for an encrypted connection (SSL/TLS)': 'Ticked',
			'Incoming mail: Require logon using Secure Password Authentication (SPA)': 'Not ticked',
			'Change: User Name': 'yskhashi',
			'Change: Password': '(type it in)',
			'Advanced: Leave a copy of messages on the server': 'As you like',
		});
	});
	it('sending (submission), both editions: host, port, STARTTLS, SPA off, SMTP authentication on', () => {
		expect(rows('outlook', 'submission', 'ja')).toEqual({
			'[送信メール] サーバー': 'smtp.club.kyutech.ac.jp',
			'[送信メール] ポート': '587',
			'[送信メール] 暗号化方法': 'STARTTLS',
			'[送信メール] セキュリティで保護されたパスワード認証（SPA）でのログオンが必要': 'チェックしない',
			'[送信サーバー] 送信サーバー (SMTP) は認証が必要(O)': 'チェックする',
			'[送信サーバー] 受信メール サーバーと同じ設定を使用する(U)': '選ぶ',
		});
		expect(rows('outlook', 'submission', 'en')).toEqual({
			'Outgoing mail: Server': 'smtp.club.kyutech.ac.jp',
			'Outgoing mail: Port': '587',
			'Outgoing mail: Encryption method': 'STARTTLS',
			'Outgoing mail: Require logon using Secure Password Authentication (SPA)': 'Not ticked',
			'Outgoing Server: My outgoing server (SMTP) requires authentication': 'Ticked',
			'Outgoing Server: Use same settings as my incoming mail server': 'Select it',
		});
	});
	it('follows a changed setting in both editions: host, port and the encryption method', () => {
		const s = edited((s) => {
			s.incoming.pop3s = { ...s.incoming.pop3s, host: 'mail-in.example.ac.jp', port: 9995 };
			s.outgoing.submission = { ...s.outgoing.submission, host: 'mail-out.example.ac.jp', port: 2465, tls: 'implicit' };
		});
		expect(rows('outlook', 'pop3s', 'ja', s)).toMatchObject({
			'[受信メール] サーバー': 'mail-in.example.ac.jp',
			'[受信メール] ポート': '9995',
		});
		expect(rows('outlook', 'pop3s', 'en', s)).toMatchObject({
			'Incoming mail: Server': 'mail-in.example.ac.jp',
			'Incoming mail: Port': '9995',
		});
		expect(rows('outlook', 'submission', 'ja', s)).toMatchObject({
			'[送信メール] サーバー': 'mail-out.example.ac.jp',
			'[送信メール] ポート': '2465',
			'[送信メール] 暗号化方法': 'SSL/TLS',
		});
		expect(rows('outlook', 'submission', 'en', s)).toMatchObject({
			'Outgoing mail: Server': 'mail-out.example.ac.jp',
			'Outgoing mail: Port': '2465',
			'Outgoing mail: Encryption method': 'SSL/TLS',
		});
	});
	it('refuses a receiving method Outlook does not have (STARTTLS on POP3, APOP), saying why', () => {
		const s = edited((s) => (s.incoming.pop3s = { ...s.incoming.pop3s, tls: 'starttls' }));
		expect(() => fieldsSnippet(s, 'outlook', 'pop3s', 'u', ja)).toThrow(/classic Outlook cannot receive by pop3s \(starttls/);
	});
});

describe('new Outlook field tables', () => {
	it('Japanese: the XServer labels with the settings’ values', () => {
		expect(rows('outlook-new', 'pop3s', 'ja')).toEqual({
			パスワード: '(入力します)',
			表示数を増やす: 'オン',
			おすすめの設定を使用する: 'オフ',
			'IMAP/POP 受信サーバー': 'pop3.club.kyutech.ac.jp',
			ポート: '995',
			セキュア接続タイプ: 'SSL/TLS (推奨)',
		});
		expect(rows('outlook-new', 'submission', 'ja')).toMatchObject({
			SMTPユーザー名: 'yskhashi',
			SMTP送信サーバー: 'smtp.club.kyutech.ac.jp',
			ポート: '587',
		});
	});
	it('English: no label is quoted (none was found); every control is described, the values are the same', () => {
		const pop = rows('outlook-new', 'pop3s', 'en');
		expect(pop).toMatchObject({ 'the incoming server box': 'pop3.club.kyutech.ac.jp', 'the port box': '995' });
		for (const r of fieldsSnippet(real, 'outlook-new', 'pop3s', 'u', en).rows)
			for (const id of [r.graded?.label, r.graded?.value].filter((x) => x !== undefined))
				expect(gradedLabel(id, 'en').described, `${id} is graded "?" in English`).toBe(true);
		expect(rows('outlook-new', 'submission', 'en')).toMatchObject({
			'the user name box for sending': 'yskhashi',
			'the outgoing server box': 'smtp.club.kyutech.ac.jp',
			'the port box': '587',
		});
	});
	it('follows a changed setting in both editions', () => {
		const s = edited((s) => (s.outgoing.submission = { ...s.outgoing.submission, host: 'mail-out.example.ac.jp', port: 2587 }));
		expect(rows('outlook-new', 'submission', 'ja', s)).toMatchObject({ SMTP送信サーバー: 'mail-out.example.ac.jp', ポート: '2587' });
		expect(rows('outlook-new', 'submission', 'en', s)).toMatchObject({
			'the outgoing server box': 'mail-out.example.ac.jp',
			'the port box': '2587',
		});
	});
});
