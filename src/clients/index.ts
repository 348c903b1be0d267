// The client registry: which clients exist, which methods each supports, and one entry point that
// turns settings + account into a snippet (a field table or a whole config file). Pure.
import type { Settings } from '../settings/schema.ts';
import type { Words } from '../i18n/index.ts';
import { appleMailMethods, appleMailSnippet } from './apple-mail.ts';
import { beckyMethods, beckySnippet } from './becky.ts';
import { MIN_TLS, assertAccount } from './common.ts';
import { fetchmailMethods, fetchmailSnippet } from './fetchmail.ts';
import { getmailMethods, getmailSnippet } from './getmail.ts';
import { msmtpMethods, msmtpSnippet } from './msmtp.ts';
import { muttMethods, muttPairSnippet, muttReceiveMethods, muttSendWays, muttSnippet, type MuttReceive, type MuttSend } from './mutt.ts';
import { OUTLOOK_EXPRESS_MAX_TLS, outlookExpressMethods, outlookExpressSnippet } from './outlook-express.ts';
import { outlookMethods, outlookSnippet } from './outlook.ts';
import { outlookNewMethods, outlookNewSnippet } from './outlook-new.ts';
import { stunnelMethods, stunnelSnippet } from './stunnel.ts';
import { sylpheedMethods, sylpheedSnippet } from './sylpheed.ts';
import { thunderbirdLabels, thunderbirdMethods, thunderbirdSnippet } from './thunderbird.ts';
import { PROFILE_AUTHENTICATIONS } from './mobileconfig.ts';
import { screenLabelPlaceholders } from './screen-labels.ts';
import {
	clientIds,
	type ClientId,
	type ClientInfo,
	type FieldsSnippet,
	type FileSnippet,
	type Method,
	type Snippet,
	type SnippetOptions,
} from './types.ts';

export type {
	ClientId,
	ClientInfo,
	CheckboxRow,
	CheckboxWords,
	ChoiceRow,
	FieldRow,
	FieldsSnippet,
	FileSnippet,
	Method,
	Snippet,
	SnippetLanguage,
	SnippetOptions,
	TextRow,
} from './types.ts';
export { fieldLabel, fieldValue, fieldWords } from './rows.ts';
export { clientIds, SYSTEM_CA_FILE } from './types.ts';
export { isValidAccount, assertAccount, secretWords, describe, smtpLimitWords } from './common.ts';
export { thunderbirdAutoconfig, checkAutoconfig, autoconfigSchema, AUTOCONFIG_FILENAME, AUTOCONFIG_PATHS } from './autoconfig.ts';
export { appleMobileconfig, checkMobileconfig, parsePlist, uuidV5, MOBILECONFIG_FILENAME, MOBILECONFIG_MIME } from './mobileconfig.ts';
export { STUNNEL_LOCAL_PORTS, stunnelConfig, type StunnelMethod } from './stunnel.ts';
export { parseXml } from './xml.ts';
export { MUTT_VIA_MSMTP, muttPairSnippet, muttReceiveMethods, muttSendWays, type MuttReceive, type MuttSend } from './mutt.ts';

type Generator<S extends Snippet> = (settings: Settings, method: never, account: string, words: Words, options: SnippetOptions) => S;
interface Entry<S extends Snippet> {
	info: ClientInfo;
	generate: Generator<S>;
}

// Pair a client's info with its generator; `methods` types the generator's method argument.
function entry<M extends Method, S extends Snippet>(
	info: Omit<ClientInfo, 'methods'>,
	methods: readonly M[],
	generate: (settings: Settings, method: M, account: string, words: Words, options: SnippetOptions) => S,
): Entry<S> {
	return { info: { ...info, methods: [...methods] }, generate: generate as Generator<S> };
}

const registry: Record<ClientId, Entry<Snippet>> = {
	'outlook-express': entry(
		{ id: 'outlook-express', name: 'Outlook Express', kind: 'gui', historical: true },
		outlookExpressMethods,
		outlookExpressSnippet,
	),
	sylpheed: entry({ id: 'sylpheed', name: 'Sylpheed', kind: 'gui', historical: true }, sylpheedMethods, sylpheedSnippet),
	becky: entry({ id: 'becky', name: 'Becky! Internet Mail', kind: 'gui', historical: true }, beckyMethods, beckySnippet),
	thunderbird: entry({ id: 'thunderbird', name: 'Thunderbird', kind: 'gui', historical: false }, thunderbirdMethods, thunderbirdSnippet),
	'apple-mail': entry({ id: 'apple-mail', name: 'Apple Mail', kind: 'gui', historical: false }, appleMailMethods, appleMailSnippet),
	outlook: entry({ id: 'outlook', name: 'Outlook (classic)', kind: 'gui', historical: false }, outlookMethods, outlookSnippet),
	'outlook-new': entry({ id: 'outlook-new', name: 'Outlook (new)', kind: 'gui', historical: false }, outlookNewMethods, outlookNewSnippet),
	fetchmail: entry({ id: 'fetchmail', name: 'fetchmail', kind: 'cli', historical: false }, fetchmailMethods, fetchmailSnippet),
	getmail: entry({ id: 'getmail', name: 'getmail6', kind: 'cli', historical: false }, getmailMethods, getmailSnippet),
	mutt: entry({ id: 'mutt', name: 'mutt', kind: 'cli', historical: false }, muttMethods, muttSnippet),
	msmtp: entry({ id: 'msmtp', name: 'msmtp', kind: 'cli', historical: false }, msmtpMethods, msmtpSnippet),
	stunnel: entry({ id: 'stunnel', name: 'stunnel', kind: 'cli', historical: false }, stunnelMethods, stunnelSnippet),
};

/** Every client, keyed by id, with its display name, kind and supported methods. */
export const clients: Record<ClientId, ClientInfo> = Object.fromEntries(clientIds.map((id) => [id, registry[id].info])) as Record<
	ClientId,
	ClientInfo
>;

/** A client's name as the words' language writes it. */
export function clientName(client: ClientId, words: Pick<Words, 'clientNames'>): string {
	return (words.clientNames as Partial<Record<ClientId, string>>)[client] ?? clients[client].name;
}

/** True when `client` can be configured for `method`. */
export function supports(client: ClientId, method: Method): boolean {
	return clients[client].methods.includes(method);
}

/**
 * Generate the snippet for one client and method, for `account` (a login name, or the ACCOUNT
 * sentinel the site personalises in the browser), in the language of `words`. Throws on an unknown client, an unsupported
 * method (naming the supported ones) or an invalid account name.
 */
export function snippet(
	settings: Settings,
	client: ClientId,
	method: Method,
	account: string,
	words: Words,
	options: SnippetOptions = {},
): Snippet {
	const e = registry[client];
	if (!e) throw new Error(`unknown client "${String(client)}": known clients are ${clientIds.join(', ')}`);
	if (!e.info.methods.includes(method)) {
		const others = clientIds.filter((id) => supports(id, method));
		throw new Error(
			`${e.info.name} (${client}) has no "${method}" setting: it supports ${e.info.methods.join(', ')}` +
				(others.length ? `; "${method}" is supported by ${others.join(', ')}` : ''),
		);
	}
	assertAccount(account);
	return e.generate(settings, method as never, account, words, options);
}

/** Like snippet() for a client whose snippets are files (command-line clients). */
export function fileSnippet(
	settings: Settings,
	client: ClientId,
	method: Method,
	account: string,
	words: Words,
	options: SnippetOptions = {},
): FileSnippet {
	const s = snippet(settings, client, method, account, words, options);
	if (s.kind !== 'file') throw new Error(`${client} gives a field table, not a file`);
	return s;
}

/** Like snippet() for a client whose snippets are field tables (GUI clients). */
export function fieldsSnippet(settings: Settings, client: ClientId, method: Method, account: string, words: Words): FieldsSnippet {
	const s = snippet(settings, client, method, account, words);
	if (s.kind !== 'fields') throw new Error(`${client} gives a file, not a field table`);
	return s;
}

/** Every combined mutt file: each receiving method × each way of sending, with comments in the words' language. */
export function muttPairs(settings: Settings, account: string, words: Words): FileSnippet[] {
	assertAccount(account);
	return muttReceiveMethods.flatMap((receive) => muttSendWays.map((send) => muttPairSnippet(settings, receive, send, account, words)));
}

/**
 * The combined mutt file for `config mutt RECEIVE SEND`; throws naming the choices when either is
 * not one mutt can combine.
 */
export function muttPair(settings: Settings, receive: string, send: string, account: string, words: Words): FileSnippet {
	if (!(muttReceiveMethods as readonly string[]).includes(receive))
		throw new Error(`mutt cannot receive by "${receive}": write one of ${muttReceiveMethods.join(', ')}`);
	if (!(muttSendWays as readonly string[]).includes(send))
		throw new Error(`mutt cannot send by "${send}": write one of ${muttSendWays.join(', ')}`);
	assertAccount(account);
	return muttPairSnippet(settings, receive as MuttReceive, send as MuttSend, account, words);
}

/**
 * Placeholder keys for facts and labels that belong to the clients, not to the servers: the
 * oldest TLS the generated files use, Outlook Express's newest TLS, the authentication kinds an
 * Apple profile can carry, and the GUI clients' screen words (./screen-labels.ts, in the page's
 * language). Pages write TLS {{ tls.min }}, ［{{ thunderbird.outgoingServers }}］ … so that a page and a
 * generator cannot disagree.
 */
export function clientPlaceholders(locale: 'ja' | 'en'): Map<string, string> {
	const v = new Map<string, string>();
	v.set('tls.min', MIN_TLS);
	v.set('outlook-express.maxTls', OUTLOOK_EXPRESS_MAX_TLS);
	v.set('apple-mail.profileAuthentications', PROFILE_AUTHENTICATIONS.join(locale === 'ja' ? '・' : ', '));
	for (const [key, label] of Object.entries(thunderbirdLabels[locale])) v.set(`thunderbird.${key}`, label);
	for (const [key, label] of screenLabelPlaceholders(locale)) v.set(key, label);
	return v;
}
