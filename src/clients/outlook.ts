// Classic Outlook for Windows (Microsoft 365, 2021, 2024): the POP account as the setup pages
// (File → Add Account → Advanced options → set up manually → POP) and the classic account dialog
// ("Internet E-mail Settings") show it, in the labels of the page's language. Outlook cannot run
// here: every label comes from the graded table in src/i18n/outlook.ts and the field table marks
// those not confirmed. Outlook has no APOP (the only other logon it offers is SPA, which is NTLM),
// so only POP3 over SSL/TLS receives. Pure.
import type { Settings } from '../settings/schema.ts';
import type { Words } from '../i18n/index.ts';
import type { SourcedText } from '../i18n/sourced.ts';
import { isIncoming, secretWords, smtpLimitWords, target, unconfirmedRow } from './common.ts';
import { gradedChoice, gradedLabels } from './graded.ts';
import type { FieldRow, FieldsSnippet, Method } from './types.ts';

export const outlookMethods = ['pop3s', 'submission', 'submissions', 'smtp'] as const satisfies readonly Method[];
type OutlookMethod = (typeof outlookMethods)[number];

/** Build the classic Outlook field table for one method. */
export function outlookSnippet(settings: Settings, method: OutlookMethod, account: string, words: Words): FieldsSnippet {
	const w = words.config.outlook;
	const l = w.labels;
	const s = target(settings, method).service;
	const unconfirmed = (field: 'host' | 'port' | 'tls') => unconfirmedRow(settings, method, field, words);
	if (isIncoming(settings, method)) {
		// POP3 has one encryption in Outlook: SSL/TLS from the first byte (a check box); no STARTTLS, no APOP.
		if (s.tls === 'starttls' || s.auth === 'apop-password')
			throw new Error(
				`classic Outlook cannot receive by ${method} (${s.tls}, ${s.auth}): its POP3 offers SSL/TLS from the first byte and a normal password only`,
			);
		const incoming = (label: SourcedText) => gradedLabels(label, l.incomingMail);
		const rows: FieldRow[] = [
			{ ...incoming(l.server), kind: 'text', value: s.host, copy: true, ...unconfirmed('host') },
			{ ...incoming(l.port), kind: 'text', value: String(s.port), copy: true, ...unconfirmed('port') },
			{ ...incoming(l.encryptedConnection), kind: 'checkbox', value: s.tls === 'implicit', copy: false, ...unconfirmed('tls') },
			{ ...incoming(l.spa), kind: 'checkbox', value: false, copy: false, note: w.spaNote },
			{ ...gradedLabels(l.userName, l.change), kind: 'text', value: account, copy: true, note: w.userNameNote },
			{
				...gradedLabels(l.password, l.change),
				kind: 'text',
				value: '',
				secret: true,
				copy: false,
				note: secretWords(settings, method, words),
			},
			{
				...gradedLabels(l.leaveCopy, l.advancedTab),
				kind: 'checkbox',
				value: 'optional',
				says: { optional: w.asYouLike },
				copy: false,
				note: w.leaveCopyNote,
			},
		];
		return { kind: 'fields', client: 'outlook', method, title: w.incomingTitle, rows };
	}
	const outgoing = (label: SourcedText) => gradedLabels(label, l.outgoingMail);
	const encryption = { implicit: l.sslTls, starttls: l.starttls, none: l.noEncryption }[s.tls];
	const rows: FieldRow[] = [
		{ ...outgoing(l.server), kind: 'text', value: s.host, copy: true, ...unconfirmed('host') },
		{ ...outgoing(l.port), kind: 'text', value: String(s.port), copy: true, ...unconfirmed('port') },
		{ ...gradedChoice(outgoing(l.encryptionMethod), encryption), ...unconfirmed('tls') },
		{ ...outgoing(l.spa), kind: 'checkbox', value: false, copy: false, note: w.spaNote },
	];
	const tab = l.outgoingServerTab;
	if (s.auth === 'none') {
		rows.push({ ...gradedLabels(l.requiresAuth, tab), kind: 'checkbox', value: false, copy: false, note: smtpLimitWords(settings, words) });
	} else {
		rows.push(
			{ ...gradedLabels(l.requiresAuth, tab), kind: 'checkbox', value: true, copy: false },
			{
				...gradedLabels(l.sameSettings, tab),
				kind: 'checkbox',
				value: true,
				says: { on: w.select },
				copy: false,
				note: w.sameSettingsNote(secretWords(settings, method, words)),
			},
		);
	}
	return { kind: 'fields', client: 'outlook', method, title: w.outgoingTitle, rows };
}
