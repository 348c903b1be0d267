// Thunderbird: manual-setup fields in its Japanese labels (受信サーバー / 送信サーバー). Pure.
import type { Settings, TlsMode } from '../settings/schema.ts';
import { emailOf, isIncoming, secretWords, smtpLimitWords, target, unconfirmedRow } from './common.ts';
import type { FieldRow, FieldsSnippet, Method } from './types.ts';

export const thunderbirdMethods = ['pop3s', 'apops', 'apop', 'submission', 'submissions', 'smtp'] as const satisfies readonly Method[];
type ThunderbirdMethod = (typeof thunderbirdMethods)[number];

/**
 * Thunderbird's own words for the places the pages send readers to, in its Japanese and English
 * interfaces (the account tree of Account Settings; the outgoing-server pane is titled
 * 送信サーバー設定, see content/mail/clients/images/thunderbird/account-outgoing.png, a real capture).
 * Pages name them through {{ thunderbird.KEY }}; the field tables use the Japanese ones.
 */
export const thunderbirdLabels = {
	ja: { accountSettings: 'アカウント設定', serverSettings: 'サーバー設定', outgoingServers: '送信 (SMTP) サーバー', outgoingServerSettings: '送信サーバー設定', incomingServer: '受信サーバー' },
	en: { accountSettings: 'Account Settings', serverSettings: 'Server Settings', outgoingServers: 'Outgoing Server (SMTP)', outgoingServerSettings: 'Outgoing Server Settings', incomingServer: 'Incoming Server' },
} as const;

/** Thunderbird's 接続の保護 choices. */
export const thunderbirdSecurity: Record<TlsMode, string> = { implicit: 'SSL/TLS', starttls: 'STARTTLS', none: 'なし' };

/** Build the Thunderbird field table for one method. */
export function thunderbirdSnippet(settings: Settings, method: ThunderbirdMethod, account: string): FieldsSnippet {
	const s = target(settings, method).service;
	const incoming = isIncoming(settings, method);
	const rows: FieldRow[] = [{ label: 'メールアドレス', value: emailOf(settings, account) }];
	if (incoming) rows.push({ label: 'プロトコル', value: 'POP3' });
	rows.push(
		{ label: 'ホスト名', value: s.host, ...unconfirmedRow(settings, method, 'host') },
		{ label: 'ポート番号', value: String(s.port), ...unconfirmedRow(settings, method, 'port') },
		{ label: '接続の保護', value: thunderbirdSecurity[s.tls], ...unconfirmedRow(settings, method, 'tls') },
	);
	if (s.auth === 'apop-password') {
		rows.push({
			label: '認証方式',
			value: '暗号化されたパスワード認証',
			note: 'Thunderbird はこの設定で、サーバーが CRAM-MD5 を示さなければ APOP を使います。',
		});
	} else if (s.auth === 'login-password') {
		rows.push({ label: '認証方式', value: '通常のパスワード認証' });
	} else {
		rows.push({ label: '認証方式', value: '認証なし', note: smtpLimitWords(settings) });
	}
	if (s.auth !== 'none') {
		rows.push(
			{ label: 'ユーザー名', value: account },
			{ label: 'パスワード', value: '(入力します)', note: secretWords(settings, method) },
		);
	}
	if (incoming) {
		rows.push({ label: 'ダウンロード後もサーバーにメッセージを残す', value: 'お好みで', note: 'チェックすると、受信したメールがサーバーにも残ります。' });
	}
	return { kind: 'fields', client: 'thunderbird', method, title: `Thunderbird: ${incoming ? thunderbirdLabels.ja.incomingServer : thunderbirdLabels.ja.outgoingServers}`, rows };
}
