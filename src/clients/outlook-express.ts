// Outlook Express 6 (historical, 2004 seed): account-property fields in the labels of its Japanese
// edition (English pages show them marked as Japanese, with their meaning). Pure.
import type { Settings } from '../settings/schema.ts';
import type { Words } from '../i18n/index.ts';
import { secretWords, smtpLimitWords, target } from './common.ts';
import type { FieldRow, FieldsSnippet, Method } from './types.ts';

export const outlookExpressMethods = ['pop3s', 'smtp', 'submission'] as const satisfies readonly Method[];
type OutlookExpressMethod = (typeof outlookExpressMethods)[number];

/** Build the Outlook Express field table for one method. */
export function outlookExpressSnippet(settings: Settings, method: OutlookExpressMethod, account: string, words: Words): FieldsSnippet {
	const w = words.config.outlookExpress;
	const l = w.labels;
	const typeIt = words.config.typeIt;
	const s = target(settings, method).service;
	const ssl = s.tls === 'none' ? l.off : l.on;
	let rows: FieldRow[];
	let title: string;
	if (method === 'pop3s') {
		title = w.incomingTitle;
		rows = [
			{ label: l.incomingType, value: 'POP3' },
			{ label: l.incomingServer, value: s.host },
			{ label: l.accountName, value: account },
			{ label: l.password, value: typeIt, note: secretWords(settings, method, words) },
			{ label: l.incomingSsl, value: ssl, note: w.tlsNote },
			{ label: l.incomingPort, value: String(s.port) },
			{ label: l.leaveCopy, value: w.onIfNeeded, note: w.leaveCopyNote },
		];
	} else {
		title = w.outgoingTitle;
		rows = [{ label: l.outgoingServer, value: s.host }];
		if (s.auth === 'none') {
			rows.push({ label: l.requiresAuth, value: l.off, note: smtpLimitWords(settings, words) });
		} else {
			rows.push(
				{ label: l.requiresAuth, value: l.on },
				{ label: l.logOnAccount, value: account },
				{ label: l.logOnPassword, value: typeIt, note: secretWords(settings, method, words) },
			);
		}
		rows.push({ label: l.outgoingPort, value: String(s.port) });
		rows.push({
			label: l.outgoingSsl,
			value: ssl,
			...(s.tls === 'none' ? {} : { note: words.config.sentences(s.tls === 'starttls' ? [w.starttlsNote, w.tlsNote] : [w.tlsNote]) }),
		});
	}
	return { kind: 'fields', client: 'outlook-express', method, title, rows };
}
