// Apple Mail: POP account fields in the Mac's Mail labels, in the page's language. iPhone and iPad
// name two of them differently (the page's iPhone steps and pictures use those words), so those rows
// say the iPhone word in their note. Pure. The configuration profile in ./mobileconfig.ts sets the same values in one step.
import type { Settings } from '../settings/schema.ts';
import type { Words } from '../i18n/index.ts';
import { emailOf, isIncoming, secretWords, target, unconfirmedRow } from './common.ts';
import type { FieldRow, FieldsSnippet, Method } from './types.ts';

export const appleMailMethods = ['pop3s', 'submission', 'submissions'] as const satisfies readonly Method[];
type AppleMailMethod = (typeof appleMailMethods)[number];

/** Build the Apple Mail field table for one method. */
export function appleMailSnippet(settings: Settings, method: AppleMailMethod, account: string, words: Words): FieldsSnippet {
	const w = words.config.appleMail;
	const s = target(settings, method).service;
	const incoming = isIncoming(settings, method);
	const rows: FieldRow[] = [];
	if (incoming)
		rows.push(
			{ label: w.accountType, kind: 'choice', value: 'POP', copy: false },
			{ label: w.email, kind: 'text', value: emailOf(settings, account), copy: true },
		);
	rows.push(
		{
			label: incoming ? w.incomingServer : w.outgoingServer,
			kind: 'text',
			value: s.host,
			copy: true,
			note: w.onIos(incoming ? w.iosIncomingServer : w.iosOutgoingServer),
			...unconfirmedRow(settings, method, 'host', words),
		},
		{ label: w.userName, kind: 'text', value: account, copy: true },
		{ label: w.password, kind: 'text', value: '', secret: true, copy: false, note: secretWords(settings, method, words) },
		{
			label: w.port,
			kind: 'text',
			value: String(s.port),
			copy: true,
			note: w.onIos(w.iosPort),
			...unconfirmedRow(settings, method, 'port', words),
		},
		{
			label: w.useSsl,
			kind: 'checkbox',
			value: s.tls !== 'none',
			says: { on: w.on, off: w.off },
			copy: false,
			...unconfirmedRow(settings, method, 'tls', words),
			note: words.config.sentences([w.onIos(w.iosUseSsl), ...(s.tls === 'starttls' ? [w.starttlsNote] : [])]),
		},
		{ label: w.authentication, kind: 'choice', value: w.passwordAuth, copy: false },
	);
	return { kind: 'fields', client: 'apple-mail', method, title: incoming ? w.incomingTitle : w.outgoingTitle, rows };
}
