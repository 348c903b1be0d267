// Helpers every generator shares: account validation, the resolved service for a method, and the
// words (in the language of the table passed in) for which secret a password field wants, and the
// unconfirmed mark's words. Pure; depends on ../settings and the words' shape (../i18n).
import { ACCOUNT, type AssumableField } from '../settings/placeholders.ts';
import { service, siteUrl, type Service, type Settings } from '../settings/schema.ts';
import { SYSTEM_CA_FILE, type Method, type SnippetOptions } from './types.ts';
import { isValidAccount } from '../settings/account.ts';
import type { Words } from '../i18n/index.ts';

export { isValidAccount } from '../settings/account.ts';

/** The oldest TLS version every generated file accepts (fetchmail sslproto, stunnel sslVersionMin, mutt). */
export const MIN_TLS = '1.2';

/** Throw a helpful Error unless `account` is the ACCOUNT sentinel or a valid login name. */
export function assertAccount(account: string): void {
	if (account === ACCOUNT || isValidAccount(account)) return;
	const shown = account.length > 40 ? `${account.slice(0, 40)}…` : account;
	throw new Error(
		`invalid account name ${JSON.stringify(shown)}: expected a login name of 1 to 32 characters ` +
			'(a letter or "_" first, then letters, digits, "_", "." or "-")',
	);
}

/** The mail address of an account. */
export function emailOf(settings: Settings, account: string): string {
	return `${account}@${settings.domain}`;
}

/** Everything a file generator needs to know about one method's server, options applied. */
export interface Target {
	method: Method;
	service: Service;
	/** The host name as in settings: the name the certificate must carry. */
	host: string;
	/** Where to connect: the host name, or options.connectAddress. */
	connect: string;
	/** True when connecting to an address other than the host name (the certificate name must then be given). */
	redirected: boolean;
	port: number;
	caFile: string;
}

/** Resolve a method's service with the generator options. */
export function target(settings: Settings, method: Method, options: SnippetOptions = {}): Target {
	const s = service(settings, method);
	const connect = options.connectAddress ?? s.host;
	return {
		method,
		service: s,
		host: s.host,
		connect,
		redirected: connect !== s.host,
		port: s.port,
		caFile: options.caFile ?? SYSTEM_CA_FILE,
	};
}

/** The login host as the words' language names it, e.g. "共用計算機 (ruby)" or "the shared computer (ruby)". */
export function loginHostWords(settings: Settings, words: Pick<Words, 'locale'>): string {
	const label = words.locale === 'en' ? settings.loginHost.labelEn : settings.loginHost.label;
	return `${label} (${settings.loginHost.name})`;
}

/** The commission's short name in the words' language. */
export function organizationWords(settings: Settings, words: Pick<Words, 'locale'>): string {
	return words.locale === 'en' ? settings.organization.shortNameEn : settings.organization.shortName;
}

/** Which secret a password field wants (e.g. "共用計算機 (ruby) のログインパスワード"). */
export function secretWords(settings: Settings, method: Method, words: Pick<Words, 'locale' | 'config'>): string {
	const s = service(settings, method);
	const secret = words.config.secret;
	if (s.auth === 'none') return secret.none;
	return secret[s.auth](loginHostWords(settings, words));
}

/** A one-line description of a method's connection, e.g. "POP3 over SSL (pop3.example:995, SSL/TLS)". */
export function describe(settings: Settings, method: Method, words: Pick<Words, 'config'>): string {
	const s = service(settings, method);
	return `${s.label} (${s.host}:${s.port}, ${words.config.tls[s.tls]})`;
}

/** True for receiving methods. */
export function isIncoming(settings: Settings, method: Method): boolean {
	return method in settings.incoming;
}

/** The warning for plain SMTP: which domains it delivers to. */
export function smtpLimitWords(settings: Settings, words: Pick<Words, 'config'>): string {
	const only = settings.outgoing.smtp.deliversOnlyTo ?? [settings.domain];
	return words.config.smtpLimit(only.join(', '));
}

/** Why a field of a method's service is not confirmed yet (settings `assumptions:`, in the words' language), or undefined. */
export function unconfirmedWhy(
	settings: Settings,
	method: Method,
	field: AssumableField,
	words: Pick<Words, 'locale'>,
): string | undefined {
	return service(settings, method).assumptions?.[field]?.[words.locale];
}

/** Spread into a field row whose value comes from `field`: marks it when the value is unconfirmed. */
export function unconfirmedRow(
	settings: Settings,
	method: Method,
	field: AssumableField,
	words: Pick<Words, 'locale'>,
): { unconfirmed?: string; unconfirmedKey?: string } {
	const why = unconfirmedWhy(settings, method, field, words);
	return why === undefined ? {} : { unconfirmed: why, unconfirmedKey: `${method}.${field}` };
}

/**
 * The comment lines a config file carries for the unconfirmed values it uses (the same mark the
 * pages show, in the words' language), e.g. "# 要確認: smtp.example の ポート 587 は…"; none when all
 * are confirmed.
 */
export function unconfirmedComment(
	settings: Settings,
	methods: readonly Method[],
	words: Pick<
		Words,
		'locale' | 'tls' | 'auth' | 'config' | 'unconfirmed' | 'unconfirmedFile' | 'fieldHost' | 'fieldPort' | 'fieldTls' | 'fieldAuth'
	>,
	prefix = '#',
): string[] {
	const fieldWords: Record<AssumableField, string> = {
		host: words.fieldHost,
		port: words.fieldPort,
		tls: words.fieldTls,
		auth: words.fieldAuth,
	};
	const items: string[] = [];
	for (const method of methods) {
		const s = service(settings, method);
		const fields = (['host', 'port', 'tls', 'auth'] as const).filter((f) => s.assumptions?.[f] !== undefined);
		if (!fields.length) continue;
		const shown = { host: s.host, port: String(s.port), tls: words.tls[s.tls], auth: words.auth[s.auth] };
		items.push(words.config.unconfirmedItem(s.host, words.config.unconfirmedFields(fields.map((f) => `${fieldWords[f]} ${shown[f]}`))));
	}
	if (!items.length) return [];
	return words.config
		.unconfirmedLines(
			words.unconfirmed,
			words.config.unconfirmedItems(items),
			words.unconfirmedFile,
			`${siteUrl(settings.domain)}/${words.locale === 'ja' ? '' : `${words.locale}/`}mail/settings/#unconfirmed`,
		)
		.map((l) => `${prefix} ${l}`);
}
