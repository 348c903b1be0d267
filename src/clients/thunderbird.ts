// Thunderbird: manual-setup fields in its labels, in the page's language (Thunderbird has both
// interfaces: 受信サーバー / Incoming server). Pure.
import type { Settings } from '../settings/schema.ts';
import type { Words } from '../i18n/index.ts';
import { emailOf, isIncoming, secretWords, smtpLimitWords, target, unconfirmedRow } from './common.ts';
import { ja } from '../i18n/ja.ts';
import { en } from '../i18n/en.ts';
import type { FieldRow, FieldsSnippet, Method } from './types.ts';

export const thunderbirdMethods = ['pop3s', 'apops', 'apop', 'submission', 'submissions', 'smtp'] as const satisfies readonly Method[];
type ThunderbirdMethod = (typeof thunderbirdMethods)[number];

/**
 * Thunderbird's own words for the places the pages send readers to, in its Japanese and English
 * interfaces (the account tree of Account Settings; the outgoing-server pane is titled
 * 送信サーバー設定, see content/mail/clients/images/thunderbird/account-outgoing.png, a real capture).
 * The words live in src/i18n (config.thunderbird.places); pages name them through {{ thunderbird.KEY }}.
 */
export const thunderbirdLabels = { ja: ja.config.thunderbird.places, en: en.config.thunderbird.places } as const;

/** Build the Thunderbird field table for one method. */
export function thunderbirdSnippet(settings: Settings, method: ThunderbirdMethod, account: string, words: Words): FieldsSnippet {
	const w = words.config.thunderbird;
	const s = target(settings, method).service;
	const incoming = isIncoming(settings, method);
	const rows: FieldRow[] = [{ label: w.email, kind: 'text', value: emailOf(settings, account), copy: true }];
	if (incoming) rows.push({ label: w.protocol, kind: 'choice', value: 'POP3', copy: false });
	rows.push(
		{ label: w.hostname, kind: 'text', value: s.host, copy: true, ...unconfirmedRow(settings, method, 'host', words) },
		{ label: w.port, kind: 'text', value: String(s.port), copy: true, ...unconfirmedRow(settings, method, 'port', words) },
		{ label: w.security, kind: 'choice', value: w.securityChoices[s.tls], copy: false, ...unconfirmedRow(settings, method, 'tls', words) },
	);
	if (s.auth === 'apop-password') {
		rows.push({ label: w.authMethod, kind: 'choice', value: w.encryptedPassword, copy: false, note: w.apopNote });
	} else if (s.auth === 'login-password') {
		rows.push({ label: w.authMethod, kind: 'choice', value: w.normalPassword, copy: false });
	} else {
		rows.push({ label: w.authMethod, kind: 'choice', value: w.noAuth, copy: false, note: smtpLimitWords(settings, words) });
	}
	if (s.auth !== 'none') {
		rows.push(
			{ label: w.username, kind: 'text', value: account, copy: true },
			{ label: w.password, kind: 'text', value: '', secret: true, copy: false, note: secretWords(settings, method, words) },
		);
	}
	if (incoming) {
		rows.push({
			label: w.leaveOnServer,
			kind: 'checkbox',
			value: 'optional',
			says: { optional: w.asYouLike },
			copy: false,
			note: w.leaveOnServerNote,
		});
	}
	return {
		kind: 'fields',
		client: 'thunderbird',
		method,
		title: `Thunderbird: ${incoming ? w.places.incomingServer : w.places.outgoingServers}`,
		rows,
	};
}
