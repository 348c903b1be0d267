// Outlook Express 6 (historical, 2004 seed): account-property fields in its Japanese labels. Pure.
import type { Settings } from '../settings/schema.ts';
import { MIN_TLS, secretWords, smtpLimitWords, target, unconfirmedRow } from './common.ts';
import type { FieldRow, FieldsSnippet, Method } from './types.ts';

export const outlookExpressMethods = ['pop3s', 'smtp', 'submission'] as const satisfies readonly Method[];
type OutlookExpressMethod = (typeof outlookExpressMethods)[number];

/** The newest TLS Outlook Express on Windows XP can use (XP's Schannel has no TLS 1.1 or 1.2). */
export const OUTLOOK_EXPRESS_MAX_TLS = '1.0';
const TLS_NOTE = `Outlook Express は TLS ${OUTLOOK_EXPRESS_MAX_TLS} までしか使えないため、TLS ${MIN_TLS} 以上を求めるいまのサーバーには接続できないことがあります。`;

/** Build the Outlook Express field table for one method. */
export function outlookExpressSnippet(settings: Settings, method: OutlookExpressMethod, account: string): FieldsSnippet {
	const s = target(settings, method).service;
	const ssl = s.tls === 'none' ? 'オフ' : 'オン';
	let rows: FieldRow[];
	let title: string;
	if (method === 'pop3s') {
		title = 'Outlook Express: 受信メールサーバー';
		rows = [
			{ label: '受信メールサーバーの種類', value: 'POP3' },
			{ label: '受信メールサーバー', value: s.host, ...unconfirmedRow(settings, method, 'host') },
			{ label: 'アカウント名', value: account },
			{ label: 'パスワード', value: '(入力します)', note: secretWords(settings, method) },
			{ label: '[詳細設定] このサーバーはセキュリティで保護された接続 (SSL) が必要 (受信メール)', value: ssl, note: TLS_NOTE, ...unconfirmedRow(settings, method, 'tls') },
			{ label: '[詳細設定] 受信メール (POP3)', value: String(s.port), ...unconfirmedRow(settings, method, 'port') },
			{ label: '[詳細設定] サーバーにメッセージのコピーを置く', value: '必要ならオン', note: 'オンにすると、受信したメールがサーバーにも残ります。' },
		];
	} else {
		title = 'Outlook Express: 送信メールサーバー';
		rows = [{ label: '送信メールサーバー (SMTP)', value: s.host, ...unconfirmedRow(settings, method, 'host') }];
		if (s.auth === 'none') {
			rows.push({ label: '[サーバー] このサーバーは認証が必要', value: 'オフ', note: smtpLimitWords(settings) });
		} else {
			rows.push(
				{ label: '[サーバー] このサーバーは認証が必要', value: 'オン' },
				{ label: '[設定] 次のアカウントとパスワードでログオンする: アカウント名', value: account },
				{ label: '[設定] パスワード', value: '(入力します)', note: secretWords(settings, method) },
			);
		}
		rows.push({ label: '[詳細設定] 送信メール (SMTP)', value: String(s.port), ...unconfirmedRow(settings, method, 'port') });
		rows.push({
			label: '[詳細設定] このサーバーはセキュリティで保護された接続 (SSL) が必要 (送信メール)',
			value: ssl,
			...unconfirmedRow(settings, method, 'tls'),
			...(s.tls === 'none' ? {} : { note: `${s.tls === 'starttls' ? 'Outlook Express は STARTTLS で暗号化します。' : ''}${TLS_NOTE}` }),
		});
	}
	return { kind: 'fields', client: 'outlook-express', method, title, rows };
}
