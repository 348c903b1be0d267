// Sylpheed (historical, 2004 seed): account-setting fields in its Japanese labels (English pages
// show them marked as Japanese, with their meaning). Pure.
import type { Settings } from '../settings/schema.ts';
import type { Words } from '../i18n/index.ts';
import { isIncoming, secretWords, smtpLimitWords, target, unconfirmedRow } from './common.ts';
import type { FieldRow, FieldsSnippet, Method } from './types.ts';

export const sylpheedMethods = ['pop3s', 'apop', 'apops', 'smtp', 'submission', 'submissions'] as const satisfies readonly Method[];
type SylpheedMethod = (typeof sylpheedMethods)[number];

/** Build the Sylpheed field table for one method. */
export function sylpheedSnippet(settings: Settings, method: SylpheedMethod, account: string, words: Words): FieldsSnippet {
	const w = words.config.sylpheed;
	const l = w.labels;
	const tab = w.tabs;
	const s = target(settings, method).service;
	const rows: FieldRow[] = [];
	if (isIncoming(settings, method)) {
		rows.push(
			{ tab: tab.basic, label: l.protocol, kind: 'choice', value: s.auth === 'apop-password' ? l.popApop : l.popNormal, copy: false },
			{
				tab: tab.basic,
				label: l.incomingServer,
				kind: 'text',
				value: s.host,
				copy: true,
				...unconfirmedRow(settings, method, 'host', words),
			},
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
			{
				tab: tab.ssl,
				label: l.popSsl,
				kind: 'checkbox',
				value: s.tls === 'implicit',
				copy: false,
				...unconfirmedRow(settings, method, 'tls', words),
				...(s.tls === 'implicit' ? { note: w.sslNote } : {}),
			},
			// "Specify POP3 port": left unticked for the standard port 110.
			{
				tab: tab.advanced,
				label: l.popPort,
				kind: 'checkbox',
				value: !(s.tls === 'none' && s.port === 110),
				port: s.port,
				copy: false,
				...unconfirmedRow(settings, method, 'port', words),
			},
		);
		return { kind: 'fields', client: 'sylpheed', method, title: w.incomingTitle, rows };
	}
	rows.push({
		tab: tab.basic,
		label: l.smtpServer,
		kind: 'text',
		value: s.host,
		copy: true,
		...unconfirmedRow(settings, method, 'host', words),
	});
	if (s.auth === 'none') {
		rows.push({ tab: tab.send, label: l.smtpAuth, kind: 'checkbox', value: false, copy: false, note: smtpLimitWords(settings, words) });
	} else {
		rows.push(
			{ tab: tab.send, label: l.smtpAuth, kind: 'checkbox', value: true, copy: false },
			{ tab: tab.send, label: l.authMethod, kind: 'choice', value: l.authAuto, copy: false },
			{ tab: tab.send, label: l.sendUserId, kind: 'text', value: account, copy: true },
			{
				tab: tab.send,
				label: l.sendPassword,
				kind: 'text',
				value: '',
				secret: true,
				copy: false,
				note: secretWords(settings, method, words),
			},
		);
	}
	const sslChoice = { implicit: l.smtpSslImplicit, starttls: l.smtpSslStarttls, none: l.smtpSslNone }[s.tls];
	rows.push(
		{ tab: tab.ssl, label: l.smtpSsl, kind: 'choice', value: sslChoice, copy: false, ...unconfirmedRow(settings, method, 'tls', words) },
		// "Specify SMTP port": left unticked for the standard port 25.
		{
			tab: tab.advanced,
			label: l.smtpPort,
			kind: 'checkbox',
			value: !(s.tls === 'none' && s.port === 25),
			port: s.port,
			copy: false,
			...unconfirmedRow(settings, method, 'port', words),
		},
	);
	return { kind: 'fields', client: 'sylpheed', method, title: w.outgoingTitle, rows };
}
