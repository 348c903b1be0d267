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
	const c = words.config;
	const w = c.sylpheed;
	const l = w.labels;
	const s = target(settings, method).service;
	const rows: FieldRow[] = [];
	if (isIncoming(settings, method)) {
		const standard = s.tls === 'none' && s.port === 110;
		rows.push(
			{ label: l.protocol, value: s.auth === 'apop-password' ? l.popApop : l.popNormal },
			{ label: l.incomingServer, value: s.host, ...unconfirmedRow(settings, method, 'host', words) },
			{ label: l.userId, value: account },
			{ label: l.password, value: c.typeIt, note: secretWords(settings, method, words) },
			{
				label: l.popSsl,
				value: s.tls === 'implicit' ? c.checked : c.unchecked,
				...unconfirmedRow(settings, method, 'tls', words),
				...(s.tls === 'implicit' ? { note: w.sslNote } : {}),
			},
			{ label: l.popPort, value: standard ? c.standardPort(110) : c.otherPort(s.port), ...unconfirmedRow(settings, method, 'port', words) },
		);
		return { kind: 'fields', client: 'sylpheed', method, title: w.incomingTitle, rows };
	}
	rows.push({ label: l.smtpServer, value: s.host, ...unconfirmedRow(settings, method, 'host', words) });
	if (s.auth === 'none') {
		rows.push({ label: l.smtpAuth, value: c.unchecked, note: smtpLimitWords(settings, words) });
	} else {
		rows.push(
			{ label: l.smtpAuth, value: c.checked },
			{ label: l.authMethod, value: l.authAuto },
			{ label: l.sendUserId, value: account },
			{ label: l.sendPassword, value: c.typeIt, note: secretWords(settings, method, words) },
		);
	}
	const sslChoice = { implicit: l.smtpSslImplicit, starttls: l.smtpSslStarttls, none: l.smtpSslNone }[s.tls];
	rows.push(
		{ label: l.smtpSsl, value: sslChoice, ...unconfirmedRow(settings, method, 'tls', words) },
		{
			label: l.smtpPort,
			value: s.tls === 'none' && s.port === 25 ? c.standardPort(25) : c.otherPort(s.port),
			...unconfirmedRow(settings, method, 'port', words),
		},
	);
	return { kind: 'fields', client: 'sylpheed', method, title: w.outgoingTitle, rows };
}
