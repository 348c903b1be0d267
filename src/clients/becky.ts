// Becky! Internet Mail: mailbox-setting fields in its Japanese labels (2004 seed: POP3サーバー,
// SMTPサーバー, ユーザーID, パスワード, 認証方式 APOP; English pages show them marked as Japanese,
// with their meaning). Pure.
import type { Settings } from '../settings/schema.ts';
import type { Words } from '../i18n/index.ts';
import { isIncoming, secretWords, smtpLimitWords, target, unconfirmedRow } from './common.ts';
import type { FieldRow, FieldsSnippet, Method } from './types.ts';

export const beckyMethods = ['apop', 'apops', 'pop3s', 'smtp', 'submission', 'submissions'] as const satisfies readonly Method[];
type BeckyMethod = (typeof beckyMethods)[number];

/** Build the Becky! field table for one method. */
export function beckySnippet(settings: Settings, method: BeckyMethod, account: string, words: Words): FieldsSnippet {
	const c = words.config;
	const w = c.becky;
	const l = w.labels;
	const s = target(settings, method).service;
	const rows: FieldRow[] = [];
	if (isIncoming(settings, method)) {
		rows.push(
			{ label: l.pop3Server, value: s.host, ...unconfirmedRow(settings, method, 'host', words) },
			{ label: l.userId, value: account },
			{ label: l.password, value: c.typeIt, note: secretWords(settings, method, words) },
			{ label: l.authMethod, value: s.auth === 'apop-password' ? 'APOP' : l.authStandard },
			{
				label: l.pop3Ssl,
				value: s.tls === 'implicit' ? c.checked : c.unchecked,
				note: w.versionNote,
				...unconfirmedRow(settings, method, 'tls', words),
			},
			{ label: l.pop3Port, value: String(s.port), ...unconfirmedRow(settings, method, 'port', words) },
		);
		return { kind: 'fields', client: 'becky', method, title: w.incomingTitle, rows };
	}
	rows.push(
		{ label: l.smtpServer, value: s.host, ...unconfirmedRow(settings, method, 'host', words) },
		{
			label: l.smtpSsl,
			value: s.tls === 'implicit' ? c.checked : c.unchecked,
			note: w.versionNote,
			...unconfirmedRow(settings, method, 'tls', words),
		},
	);
	if (s.auth === 'none') {
		rows.push({ label: l.smtpAuth, value: c.unchecked, note: smtpLimitWords(settings, words) });
	} else {
		rows.push(
			{ label: l.smtpAuth, value: c.checked },
			{ label: l.smtpAuthMethod, value: w.plainOrLogin },
			{ label: l.smtpUserId, value: account },
			{ label: l.smtpPassword, value: c.typeIt, note: w.notApop(secretWords(settings, method, words)) },
		);
	}
	if (s.tls === 'starttls') rows.push({ label: l.starttls, value: c.checked, ...unconfirmedRow(settings, method, 'tls', words) });
	rows.push({ label: l.smtpPort, value: String(s.port), ...unconfirmedRow(settings, method, 'port', words) });
	return { kind: 'fields', client: 'becky', method, title: w.outgoingTitle, rows };
}
