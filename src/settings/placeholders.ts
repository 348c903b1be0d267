// Flatten the settings into the `{{ key }}` values that Markdown may use. Pure; depends on ./schema.
import { commissionPageIds, incomingIds, outgoingIds, service, siteUrl, type Settings } from './schema.ts';
import type { Words } from '../i18n/index.ts';

/**
 * The sentinel that stands for the reader's account name in generated text. Renderers turn it into
 * an element the browser fills in; without JS the element shows a visible placeholder.
 */
export const ACCOUNT = '__ACCOUNT__';

/**
 * Every placeholder key → its text in the words' language. `account` and `email` contain the
 * ACCOUNT sentinel.
 */
export function placeholderValues(
	settings: Settings,
	words: Pick<Words, 'locale' | 'tls' | 'auth' | 'imap' | 'cloudClients'>,
): Map<string, string> {
	const { tls, auth, locale } = words;
	const v = new Map<string, string>();
	v.set('domain', settings.domain);
	v.set('loginHost', settings.loginHost.name);
	v.set('loginHost.address', settings.loginHost.address);
	v.set('loginHost.label', locale === 'en' ? settings.loginHost.labelEn : settings.loginHost.label);
	v.set('organization.name', settings.organization.name);
	v.set('organization.nameEn', settings.organization.nameEn);
	v.set('organization.contact', settings.organization.contact.email);
	v.set('siteHost', new URL(siteUrl(settings.domain)).host);
	v.set('exampleAccount', settings.exampleAccount);
	v.set('account', ACCOUNT);
	v.set('email', `${ACCOUNT}@${settings.domain}`);
	for (const id of [...incomingIds, ...outgoingIds]) {
		const s = service(settings, id);
		v.set(`${id}.host`, s.host);
		v.set(`${id}.port`, String(s.port));
		v.set(`${id}.label`, s.label);
		v.set(`${id}.tls`, tls[s.tls]);
		v.set(`${id}.auth`, auth[s.auth]);
	}
	v.set('smtp.deliversOnlyTo', (settings.outgoing.smtp.deliversOnlyTo ?? [settings.domain]).join(', '));
	// Whether IMAP is offered, marked like every unconfirmed value while the settings say it is assumed.
	const imap = settings.imap;
	const unconfirmed = imap.assumptions?.offered !== undefined;
	v.set('imap.offered', `${imap.offered ? words.imap.offered : words.imap.notOffered}${unconfirmed ? words.imap.toConfirm : ''}`);
	// Whether mail services' own servers may connect (the new Outlook): marked like any unconfirmed value (unconfirmedValues).
	v.set('cloudClients.accepted', settings.cloudClients.accepted ? words.cloudClients.accepted : words.cloudClients.notAccepted);
	return v;
}

/**
 * The keys whose values are method names: each service's label ("POP3 over SSL", "SMTP-AUTH
 * (STARTTLS)") and its TLS mode ("SSL/TLS", "STARTTLS"). In running prose such a name is one term and
 * never wraps inside itself (the placeholders plugin's `noWrap`).
 */
export const methodNameKeys: ReadonlySet<string> = new Set([...incomingIds, ...outgoingIds].flatMap((id) => [`${id}.label`, `${id}.tls`]));

/** The fields of a service that `assumptions:` can mark unconfirmed. */
export const assumableFields = ['host', 'port', 'tls', 'auth'] as const;
export type AssumableField = (typeof assumableFields)[number];

/**
 * Every unconfirmed value: the placeholder key of each service field listed under the service's
 * `assumptions:` (e.g. "submission.port") → the settings file's note on why, in the words' language. The one source of
 * the 要確認 mark on pages, field tables, config files and generated files.
 */
export function unconfirmedValues(settings: Settings, words: Pick<Words, 'locale'>): Map<string, string> {
	const keys = new Map<string, string>();
	for (const id of [...incomingIds, ...outgoingIds]) {
		const assumptions = service(settings, id).assumptions ?? {};
		for (const field of assumableFields) {
			const why = assumptions[field];
			if (why !== undefined) keys.set(`${id}.${field}`, why[words.locale]);
		}
	}
	const cloud = settings.cloudClients.assumptions?.accepted;
	if (cloud !== undefined) keys.set('cloudClients.accepted', cloud[words.locale]);
	const contact = settings.organization.contact.assumptions?.email;
	if (contact !== undefined) keys.set('organization.contact', contact[words.locale]);
	const login = settings.loginHost.assumptions?.address;
	if (login !== undefined) keys.set('loginHost.address', login[words.locale]);
	return keys;
}

/**
 * The facts about the service as a whole that the settings still call assumptions (IMAP, the
 * connections of mail services' own servers), each with its value and why, in the words' language:
 * the all-settings page lists them under its table, where every unconfirmed mark points.
 */
export function unconfirmedFacts(
	settings: Settings,
	words: Pick<Words, 'locale' | 'imap' | 'cloudClients' | 'facts' | 'commissionPages'>,
): { name: string; value: string; why: string; code?: true }[] {
	const facts: { name: string; value: string; why: string; code?: true }[] = [];
	const imap = settings.imap.assumptions?.offered;
	if (imap)
		facts.push({
			name: words.facts.imap,
			value: settings.imap.offered ? words.imap.offered : words.imap.notOffered,
			why: imap[words.locale],
		});
	const cloud = settings.cloudClients.assumptions?.accepted;
	if (cloud)
		facts.push({
			name: words.facts.cloudClients,
			value: settings.cloudClients.accepted ? words.cloudClients.accepted : words.cloudClients.notAccepted,
			why: cloud[words.locale],
		});
	const contact = settings.organization.contact.assumptions?.email;
	if (contact)
		facts.push({ name: words.facts.contact, value: settings.organization.contact.email, why: contact[words.locale], code: true });
	const login = settings.loginHost.assumptions?.address;
	if (login)
		facts.push({
			name: words.facts.login(settings.loginHost.name),
			value: settings.loginHost.address,
			why: login[words.locale],
			code: true,
		});
	const unknown = commissionPageIds.filter((id) => settings.organization.links[id] === 'unknown');
	if (unknown.length)
		facts.push({
			name: words.facts.commissionPages,
			value: words.facts.unknownPages(unknown.map((id) => words.commissionPages[id])),
			why: words.facts.unknownPagesWhy,
		});
	return facts;
}

/** Host names and ports that must not be written literally in content (they come from settings). */
export function literalValues(settings: Settings): { hosts: Set<string>; ports: Set<number> } {
	const hosts = new Set<string>();
	const ports = new Set<number>();
	for (const id of [...incomingIds, ...outgoingIds]) {
		const s = service(settings, id);
		hosts.add(s.host);
		ports.add(s.port);
	}
	hosts.add(settings.loginHost.address);
	return { hosts, ports };
}
