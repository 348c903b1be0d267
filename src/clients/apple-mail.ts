// Apple Mail (Mac; iPhone and iPad use the same words): POP account fields in its Japanese labels.
// Pure. The configuration profile in ./mobileconfig.ts sets the same values in one step.
import type { Settings } from '../settings/schema.ts';
import { emailOf, isIncoming, secretWords, target, unconfirmedRow } from './common.ts';
import type { FieldRow, FieldsSnippet, Method } from './types.ts';

export const appleMailMethods = ['pop3s', 'submission', 'submissions'] as const satisfies readonly Method[];
type AppleMailMethod = (typeof appleMailMethods)[number];

/** Build the Apple Mail field table for one method. */
export function appleMailSnippet(settings: Settings, method: AppleMailMethod, account: string): FieldsSnippet {
	const s = target(settings, method).service;
	const incoming = isIncoming(settings, method);
	const rows: FieldRow[] = [];
	if (incoming) rows.push({ label: 'アカウントの種類', value: 'POP' }, { label: 'メールアドレス', value: emailOf(settings, account) });
	rows.push(
		{ label: incoming ? '受信用メールサーバ' : '送信用メールサーバ', value: s.host, ...unconfirmedRow(settings, method, 'host') },
		{ label: 'ユーザ名', value: account },
		{ label: 'パスワード', value: '(入力します)', note: secretWords(settings, method) },
		{ label: 'ポート', value: String(s.port), ...unconfirmedRow(settings, method, 'port') },
		{
			label: 'TLS/SSLを使用',
			value: s.tls === 'none' ? 'オフ' : 'オン',
			...unconfirmedRow(settings, method, 'tls'),
			...(s.tls === 'starttls' ? { note: 'このポートでは STARTTLS で暗号化されます。' } : {}),
		},
		{ label: '認証', value: 'パスワード' },
	);
	return { kind: 'fields', client: 'apple-mail', method, title: incoming ? 'メール: 受信用メールサーバ' : 'メール: 送信用メールサーバ (SMTP)', rows };
}
