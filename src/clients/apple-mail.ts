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
	if (incoming) rows.push({ label: w.accountType, value: 'POP' }, { label: w.email, value: emailOf(settings, account) });
	rows.push(
		{ label: incoming ? w.incomingServer : w.outgoingServer, value: s.host, ...unconfirmedRow(settings, method, 'host', words) },
		{ label: w.userName, value: account },
		{ label: w.password, value: words.config.typeIt, note: secretWords(settings, method, words) },
		{ label: w.port, value: String(s.port), note: w.onIos(w.iosPort), ...unconfirmedRow(settings, method, 'port', words) },
		{
			label: w.useSsl,
			value: s.tls === 'none' ? w.off : w.on,
			...unconfirmedRow(settings, method, 'tls', words),
			note: words.config.sentences([w.onIos(w.iosUseSsl), ...(s.tls === 'starttls' ? [w.starttlsNote] : [])]),
		},
		{ label: w.authentication, value: w.passwordAuth },
	);
	return { kind: 'fields', client: 'apple-mail', method, title: incoming ? w.incomingTitle : w.outgoingTitle, rows };
}
