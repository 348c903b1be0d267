// Becky! Internet Mail: mailbox-setting fields in its Japanese labels (2004 seed: POP3サーバー,
// SMTPサーバー, ユーザーID, パスワード, 認証方式 APOP). Pure.
import type { Settings } from '../settings/schema.ts';
import { isIncoming, secretWords, smtpLimitWords, target, unconfirmedRow } from './common.ts';
import type { FieldRow, FieldsSnippet, Method } from './types.ts';

export const beckyMethods = ['apop', 'apops', 'pop3s', 'smtp', 'submission', 'submissions'] as const satisfies readonly Method[];
type BeckyMethod = (typeof beckyMethods)[number];

const VERSION_NOTE = 'Becky! の版によって、表示が少し違うことがあります。';

/** Build the Becky! field table for one method. */
export function beckySnippet(settings: Settings, method: BeckyMethod, account: string): FieldsSnippet {
	const s = target(settings, method).service;
	const rows: FieldRow[] = [];
	if (isIncoming(settings, method)) {
		rows.push(
			{ label: '[基本設定] POP3サーバー', value: s.host, ...unconfirmedRow(settings, method, 'host') },
			{ label: '[基本設定] ユーザーID', value: account },
			{ label: '[基本設定] パスワード', value: '(入力します)', note: secretWords(settings, method) },
			{ label: '[基本設定] 認証方式', value: s.auth === 'apop-password' ? 'APOP' : '標準' },
			{ label: '[基本設定] POP3サーバーの「SSL/TLS」', value: s.tls === 'implicit' ? 'チェックする' : 'チェックしない', note: VERSION_NOTE, ...unconfirmedRow(settings, method, 'tls') },
			{ label: '[詳細] サーバーのポート番号: POP3', value: String(s.port), ...unconfirmedRow(settings, method, 'port') },
		);
		return { kind: 'fields', client: 'becky', method, title: 'Becky!: 受信 (POP3)', rows };
	}
	rows.push(
		{ label: '[基本設定] SMTPサーバー', value: s.host, ...unconfirmedRow(settings, method, 'host') },
		{ label: '[基本設定] SMTPサーバーの「SSL/TLS」', value: s.tls === 'implicit' ? 'チェックする' : 'チェックしない', note: VERSION_NOTE, ...unconfirmedRow(settings, method, 'tls') },
	);
	if (s.auth === 'none') {
		rows.push({ label: '[詳細] SMTP認証', value: 'チェックしない', note: smtpLimitWords(settings) });
	} else {
		rows.push(
			{ label: '[詳細] SMTP認証', value: 'チェックする' },
			{ label: '[詳細] 認証方式', value: 'PLAIN または LOGIN' },
			{ label: '[詳細] ユーザーID', value: account },
			{ label: '[詳細] パスワード', value: '(入力します)', note: `${secretWords(settings, method)}。APOP パスワードではありません。` },
		);
	}
	if (s.tls === 'starttls') rows.push({ label: '[詳細] STARTTLS', value: 'チェックする', ...unconfirmedRow(settings, method, 'tls') });
	rows.push({ label: '[詳細] サーバーのポート番号: SMTP', value: String(s.port), ...unconfirmedRow(settings, method, 'port') });
	return { kind: 'fields', client: 'becky', method, title: 'Becky!: 送信 (SMTP)', rows };
}
