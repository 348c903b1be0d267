// Outlook Express 6 (historical, 2004 seed): account-property fields in the labels of its Japanese
// edition (English pages show them marked as Japanese, with their meaning). Pure.
import type { Settings } from '../settings/schema.ts';
import type { Words } from '../i18n/index.ts';
import { MIN_TLS, secretWords, smtpLimitWords, target, unconfirmedRow } from './common.ts';
import type { FieldRow, FieldsSnippet, Method } from './types.ts';

export const outlookExpressMethods = ['pop3s', 'smtp', 'submission'] as const satisfies readonly Method[];
type OutlookExpressMethod = (typeof outlookExpressMethods)[number];

/** The newest TLS Outlook Express on Windows XP can use (XP's Schannel has no TLS 1.1 or 1.2). */
export const OUTLOOK_EXPRESS_MAX_TLS = '1.0';

/** Build the Outlook Express field table for one method. */
export function outlookExpressSnippet(settings: Settings, method: OutlookExpressMethod, account: string, words: Words): FieldsSnippet {
	const w = words.config.outlookExpress;
	const l = w.labels;
	const tab = w.tabs;
	const tlsNote = w.tlsNote(OUTLOOK_EXPRESS_MAX_TLS, MIN_TLS);
	const s = target(settings, method).service;
	// Its check boxes: the 2004 page says オン / オフ.
	const says = { on: l.on, off: l.off, optional: w.onIfNeeded };
	const ssl = s.tls !== 'none';
	let rows: FieldRow[];
	let title: string;
	if (method === 'pop3s') {
		title = w.incomingTitle;
		rows = [
			{ label: l.incomingType, kind: 'choice', value: 'POP3', copy: false },
			{ label: l.incomingServer, kind: 'text', value: s.host, copy: true, ...unconfirmedRow(settings, method, 'host', words) },
			{ label: l.accountName, kind: 'text', value: account, copy: true },
			{ label: l.password, kind: 'text', value: '', secret: true, copy: false, note: secretWords(settings, method, words) },
			{
				tab: tab.advanced,
				label: l.incomingSsl,
				kind: 'checkbox',
				value: ssl,
				says,
				copy: false,
				note: tlsNote,
				...unconfirmedRow(settings, method, 'tls', words),
			},
			{
				tab: tab.advanced,
				label: l.incomingPort,
				kind: 'text',
				value: String(s.port),
				copy: true,
				...unconfirmedRow(settings, method, 'port', words),
			},
			{ tab: tab.advanced, label: l.leaveCopy, kind: 'checkbox', value: 'optional', says, copy: false, note: w.leaveCopyNote },
		];
	} else {
		title = w.outgoingTitle;
		rows = [{ label: l.outgoingServer, kind: 'text', value: s.host, copy: true, ...unconfirmedRow(settings, method, 'host', words) }];
		if (s.auth === 'none') {
			rows.push({
				tab: tab.servers,
				label: l.requiresAuth,
				kind: 'checkbox',
				value: false,
				says,
				copy: false,
				note: smtpLimitWords(settings, words),
			});
		} else {
			rows.push(
				{ tab: tab.servers, label: l.requiresAuth, kind: 'checkbox', value: true, says, copy: false },
				{ tab: tab.settings, label: l.logOnAccount, kind: 'text', value: account, copy: true },
				{
					tab: tab.settings,
					label: l.logOnPassword,
					kind: 'text',
					value: '',
					secret: true,
					copy: false,
					note: secretWords(settings, method, words),
				},
			);
		}
		rows.push({
			tab: tab.advanced,
			label: l.outgoingPort,
			kind: 'text',
			value: String(s.port),
			copy: true,
			...unconfirmedRow(settings, method, 'port', words),
		});
		rows.push({
			tab: tab.advanced,
			label: l.outgoingSsl,
			kind: 'checkbox',
			value: ssl,
			says,
			copy: false,
			...unconfirmedRow(settings, method, 'tls', words),
			...(s.tls === 'none' ? {} : { note: words.config.sentences(s.tls === 'starttls' ? [w.starttlsNote, tlsNote] : [tlsNote]) }),
		});
	}
	return { kind: 'fields', client: 'outlook-express', method, title, rows };
}
