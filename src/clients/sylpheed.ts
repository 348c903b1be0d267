// Sylpheed (historical, 2004 seed): account-setting fields in its Japanese labels. Pure.
import type { Settings } from '../settings/schema.ts';
import { isIncoming, secretWords, smtpLimitWords, target, unconfirmedRow } from './common.ts';
import type { FieldRow, FieldsSnippet, Method } from './types.ts';

export const sylpheedMethods = ['pop3s', 'apop', 'apops', 'smtp', 'submission', 'submissions'] as const satisfies readonly Method[];
type SylpheedMethod = (typeof sylpheedMethods)[number];

/** Build the Sylpheed field table for one method. */
export function sylpheedSnippet(settings: Settings, method: SylpheedMethod, account: string): FieldsSnippet {
	const s = target(settings, method).service;
	const rows: FieldRow[] = [];
	if (isIncoming(settings, method)) {
		const standard = s.tls === 'none' && s.port === 110;
		rows.push(
			{ label: '[基本] プロトコル', value: s.auth === 'apop-password' ? 'POP3(APOP認証)' : 'POP3(通常)' },
			{ label: '[基本] 受信用サーバ', value: s.host, ...unconfirmedRow(settings, method, 'host') },
			{ label: '[基本] ユーザID', value: account },
			{ label: '[基本] パスワード', value: '(入力します)', note: secretWords(settings, method) },
			{
				label: '[SSL] POP3の接続にSSLを使用',
				value: s.tls === 'implicit' ? 'チェックする' : 'チェックしない',
				...unconfirmedRow(settings, method, 'tls'),
				...(s.tls === 'implicit' ? { note: 'SSL 機能のない Sylpheed では使えません。' } : {}),
			},
			{ label: '[高度な設定] POP3ポートを指定', value: standard ? 'チェックしない (標準の 110 番)' : `チェックして ${s.port} 番`, ...unconfirmedRow(settings, method, 'port') },
		);
		return { kind: 'fields', client: 'sylpheed', method, title: 'Sylpheed: 受信 (POP3)', rows };
	}
	rows.push({ label: '[基本] SMTPサーバ', value: s.host, ...unconfirmedRow(settings, method, 'host') });
	if (s.auth === 'none') {
		rows.push({ label: '[送信] SMTP認証 (SMTP AUTH)', value: 'チェックしない', note: smtpLimitWords(settings) });
	} else {
		rows.push(
			{ label: '[送信] SMTP認証 (SMTP AUTH)', value: 'チェックする' },
			{ label: '[送信] 認証方式', value: '自動' },
			{ label: '[送信] ユーザID', value: account },
			{ label: '[送信] パスワード', value: '(入力します)', note: secretWords(settings, method) },
		);
	}
	const sslChoice = { implicit: 'SMTPの接続にSSLを使用', starttls: 'STARTTLSコマンドでSSLセッションを開始', none: 'SSLを使用しない' }[s.tls];
	rows.push(
		{ label: '[SSL] SMTP', value: sslChoice, ...unconfirmedRow(settings, method, 'tls') },
		{ label: '[高度な設定] SMTPポートを指定', value: s.tls === 'none' && s.port === 25 ? 'チェックしない (標準の 25 番)' : `チェックして ${s.port} 番`, ...unconfirmedRow(settings, method, 'port') },
	);
	return { kind: 'fields', client: 'sylpheed', method, title: 'Sylpheed: 送信 (SMTP)', rows };
}
