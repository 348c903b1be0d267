// Helpers every generator shares: account validation, the resolved service for a method, and the
// Japanese words for which secret a password field wants. Pure; depends on ../settings.
import { ACCOUNT, authWords, tlsWords, type AssumableField } from '../settings/placeholders.ts';
import { ja } from '../i18n/ja.ts';
import { commissionSite } from '../site/config.ts';
import { service, type Service, type Settings } from '../settings/schema.ts';
import { SYSTEM_CA_FILE, type Method, type SnippetOptions } from './types.ts';
import { isValidAccount } from '../settings/account.ts';

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

/** Which secret a password field wants, in Japanese (e.g. "共用計算機 (ruby) のログインパスワード"). */
export function secretWords(settings: Settings, method: Method): string {
	const s = service(settings, method);
	const host = `${settings.loginHost.label} (${settings.loginHost.name})`;
	switch (s.auth) {
		case 'login-password':
			return `${host} のログインパスワード`;
		case 'apop-password':
			return `popauth で設定した APOP 専用のパスワード (${host} のログインパスワードではありません)`;
		case 'none':
			return 'なし (認証しません)';
	}
}

/** A one-line Japanese description of a method's connection, e.g. "POP3 over SSL (pop3.example:995, SSL/TLS)". */
export function describe(settings: Settings, method: Method): string {
	const s = service(settings, method);
	const tls = { implicit: 'SSL/TLS', starttls: 'STARTTLS', none: '暗号化なし' }[s.tls];
	return `${s.label} (${s.host}:${s.port}, ${tls})`;
}

/** True for receiving methods. */
export function isIncoming(settings: Settings, method: Method): boolean {
	return method in settings.incoming;
}

/** The warning for plain SMTP: which domains it delivers to. */
export function smtpLimitWords(settings: Settings): string {
	const only = settings.outgoing.smtp.deliversOnlyTo ?? [settings.domain];
	return `認証なしの SMTP は ${only.join(', ')} 宛にしか届けません。ほかの宛先には SMTP-AUTH を使ってください。`;
}

/** Why a field of a method's service is not confirmed yet (settings `assumptions:`), or undefined. */
export function unconfirmedWhy(settings: Settings, method: Method, field: AssumableField): string | undefined {
	return service(settings, method).assumptions?.[field];
}

/** Spread into a field row whose value comes from `field`: marks it when the value is unconfirmed. */
export function unconfirmedRow(settings: Settings, method: Method, field: AssumableField): { unconfirmed?: string } {
	const why = unconfirmedWhy(settings, method, field);
	return why === undefined ? {} : { unconfirmed: why };
}

const fieldWords: Record<AssumableField, string> = { host: ja.fieldHost, port: ja.fieldPort, tls: ja.fieldTls, auth: ja.fieldAuth };

/**
 * The comment lines a config file carries for the unconfirmed values it uses (the same 要確認
 * mark the pages show), e.g. "# 要確認: smtp.example の ポート 587 は…"; none when all are confirmed.
 */
export function unconfirmedComment(settings: Settings, methods: readonly Method[], prefix = '#'): string[] {
	const items: string[] = [];
	for (const method of methods) {
		const s = service(settings, method);
		const fields = (['host', 'port', 'tls', 'auth'] as const).filter((f) => s.assumptions?.[f] !== undefined);
		if (!fields.length) continue;
		const shown = { host: s.host, port: String(s.port), tls: tlsWords[s.tls], auth: authWords[s.auth] };
		items.push(`${s.host} の${fields.map((f) => `${fieldWords[f]} ${shown[f]}`).join('・')}`);
	}
	if (!items.length) return [];
	return [
		`${prefix} ${ja.unconfirmed}: ${items.join('、')} は、${ja.unconfirmedFile}。`,
		`${prefix} つながらないときは ${commissionSite(settings.domain)}mail/settings/#unconfirmed を見てください。`,
	];
}
