// The new Outlook for Windows ("Outlook (new)"): its account form for a POP account, in the labels
// of the page's language. Its Japanese labels come from one hosting company's manual and no English
// source shows them, so the English field table describes the controls instead of naming them
// (src/i18n/outlook.ts). No APOP: only POP3 over SSL/TLS receives. Pure.
import type { Settings } from '../settings/schema.ts';
import type { Words } from '../i18n/index.ts';
import { isIncoming, secretWords, target, unconfirmedRow } from './common.ts';
import { gradedChoice, gradedLabels } from './graded.ts';
import type { FieldRow, FieldsSnippet, Method } from './types.ts';

export const outlookNewMethods = ['pop3s', 'submission', 'submissions'] as const satisfies readonly Method[];
type OutlookNewMethod = (typeof outlookNewMethods)[number];

/** Build the new Outlook's field table for one method. */
export function outlookNewSnippet(settings: Settings, method: OutlookNewMethod, account: string, words: Words): FieldsSnippet {
	const w = words.config.outlookNew;
	const l = w.labels;
	const s = target(settings, method).service;
	const unconfirmed = (field: 'host' | 'port' | 'tls') => unconfirmedRow(settings, method, field, words);
	const security = {
		...gradedChoice(gradedLabels(l.secureConnectionType), { implicit: l.sslTls, starttls: l.starttls, none: l.noEncryption }[s.tls]),
		...unconfirmed('tls'),
	};
	const says = { on: w.on, off: w.off };
	let rows: FieldRow[];
	if (isIncoming(settings, method)) {
		rows = [
			{ ...gradedLabels(l.password), kind: 'text', value: '', secret: true, copy: false, note: secretWords(settings, method, words) },
			{ ...gradedLabels(l.showMore), kind: 'checkbox', value: true, says, copy: false, note: w.showMoreNote },
			{ ...gradedLabels(l.recommendedSettings), kind: 'checkbox', value: false, says, copy: false, note: w.recommendedNote },
			{ ...gradedLabels(l.incomingServer), kind: 'text', value: s.host, copy: true, ...unconfirmed('host') },
			{ ...gradedLabels(l.port), kind: 'text', value: String(s.port), copy: true, ...unconfirmed('port') },
			security,
		];
	} else {
		rows = [
			{ ...gradedLabels(l.smtpUserName), kind: 'text', value: account, copy: true },
			{ ...gradedLabels(l.smtpPassword), kind: 'text', value: '', secret: true, copy: false, note: secretWords(settings, method, words) },
			{ ...gradedLabels(l.smtpServer), kind: 'text', value: s.host, copy: true, ...unconfirmed('host') },
			{ ...gradedLabels(l.port), kind: 'text', value: String(s.port), copy: true, ...unconfirmed('port') },
			security,
		];
	}
	return { kind: 'fields', client: 'outlook-new', method, title: isIncoming(settings, method) ? w.incomingTitle : w.outgoingTitle, rows };
}
