// Apple Mail (Mac; iPhone and iPad use the same words): POP account fields in its labels, in the
// page's language. Pure. The configuration profile in ./mobileconfig.ts sets the same values in one step.
import type { Settings } from '../settings/schema.ts';
import type { Words } from '../i18n/index.ts';
import { emailOf, isIncoming, secretWords, target } from './common.ts';
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
		{ label: incoming ? w.incomingServer : w.outgoingServer, value: s.host },
		{ label: w.userName, value: account },
		{ label: w.password, value: words.config.typeIt, note: secretWords(settings, method, words) },
		{ label: w.port, value: String(s.port) },
		{
			label: w.useSsl,
			value: s.tls === 'none' ? w.off : w.on,
			...(s.tls === 'starttls' ? { note: w.starttlsNote } : {}),
		},
		{ label: w.authentication, value: w.passwordAuth },
	);
	return { kind: 'fields', client: 'apple-mail', method, title: incoming ? w.incomingTitle : w.outgoingTitle, rows };
}
