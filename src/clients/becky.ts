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
	const w = words.config.becky;
	const l = w.labels;
	const tab = w.tabs;
	const s = target(settings, method).service;
	const rows: FieldRow[] = [];
	if (isIncoming(settings, method)) {
		rows.push(
			{ tab: tab.basic, label: l.pop3Server, kind: 'text', value: s.host, copy: true, ...unconfirmedRow(settings, method, 'host', words) },
			{ tab: tab.basic, label: l.userId, kind: 'text', value: account, copy: true },
			{
				tab: tab.basic,
				label: l.password,
				kind: 'text',
				value: '',
				secret: true,
				copy: false,
				note: secretWords(settings, method, words),
			},
			{ tab: tab.basic, label: l.authMethod, kind: 'choice', value: s.auth === 'apop-password' ? 'APOP' : l.authStandard, copy: false },
			{
				tab: tab.basic,
				label: l.pop3Ssl,
				kind: 'checkbox',
				value: s.tls === 'implicit',
				copy: false,
				note: w.versionNote,
				...unconfirmedRow(settings, method, 'tls', words),
			},
			{
				tab: tab.details,
				label: l.pop3Port,
				kind: 'text',
				value: String(s.port),
				copy: true,
				...unconfirmedRow(settings, method, 'port', words),
			},
		);
		return { kind: 'fields', client: 'becky', method, title: w.incomingTitle, rows };
	}
	rows.push(
		{ tab: tab.basic, label: l.smtpServer, kind: 'text', value: s.host, copy: true, ...unconfirmedRow(settings, method, 'host', words) },
		{
			tab: tab.basic,
			label: l.smtpSsl,
			kind: 'checkbox',
			value: s.tls === 'implicit',
			copy: false,
			note: w.versionNote,
			...unconfirmedRow(settings, method, 'tls', words),
		},
	);
	if (s.auth === 'none') {
		rows.push({ tab: tab.details, label: l.smtpAuth, kind: 'checkbox', value: false, copy: false, note: smtpLimitWords(settings, words) });
	} else {
		rows.push(
			{ tab: tab.details, label: l.smtpAuth, kind: 'checkbox', value: true, copy: false },
			{ tab: tab.details, label: l.smtpAuthMethod, kind: 'choice', value: w.plainOrLogin, copy: false },
			{ tab: tab.details, label: l.smtpUserId, kind: 'text', value: account, copy: true },
			{
				tab: tab.details,
				label: l.smtpPassword,
				kind: 'text',
				value: '',
				secret: true,
				copy: false,
				note: w.notApop(secretWords(settings, method, words)),
			},
		);
	}
	if (s.tls === 'starttls')
		rows.push({
			tab: tab.details,
			label: l.starttls,
			kind: 'checkbox',
			value: true,
			copy: false,
			...unconfirmedRow(settings, method, 'tls', words),
		});
	rows.push({
		tab: tab.details,
		label: l.smtpPort,
		kind: 'text',
		value: String(s.port),
		copy: true,
		...unconfirmedRow(settings, method, 'port', words),
	});
	return { kind: 'fields', client: 'becky', method, title: w.outgoingTitle, rows };
}
