// Apple Mail: POP account fields in the Japanese labels of the Mac's Mail. iPhone and iPad name two of
// them differently (the page's iPhone steps and pictures use those words), so those rows say the
// iPhone word in their note. Pure. The configuration profile in ./mobileconfig.ts sets the same
// values in one step.
import type { Settings } from '../settings/schema.ts';
import { emailOf, isIncoming, secretWords, target, unconfirmedRow } from './common.ts';
import type { FieldRow, FieldsSnippet, Method } from './types.ts';

/** The labels that differ between the Mac's Mail and iPhone/iPad's (apple-mail.md, steps 6–7 and the Mac steps). */
export const appleMailLabels = {
	mac: { port: 'ポート', ssl: 'TLS/SSLを使用' },
	ios: { port: 'サーバポート', ssl: 'SSLを使用' },
} as const;
const onIos = (label: string) => `iPhone・iPad では［${label}］。`;

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
		{ label: appleMailLabels.mac.port, value: String(s.port), note: onIos(appleMailLabels.ios.port), ...unconfirmedRow(settings, method, 'port') },
		{
			label: appleMailLabels.mac.ssl,
			value: s.tls === 'none' ? 'オフ' : 'オン',
			...unconfirmedRow(settings, method, 'tls'),
			note: `${onIos(appleMailLabels.ios.ssl)}${s.tls === 'starttls' ? 'このポートでは STARTTLS で暗号化されます。' : ''}`,
		},
		{ label: '認証', value: 'パスワード' },
	);
	return { kind: 'fields', client: 'apple-mail', method, title: incoming ? 'メール: 受信用メールサーバ' : 'メール: 送信用メールサーバ (SMTP)', rows };
}
