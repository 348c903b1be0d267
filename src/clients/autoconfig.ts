// Thunderbird autoconfig (config-v1.1.xml): POP3 over SSL as the default, APOP over SSL as the
// alternative, submission (then submissions) for sending; plus a checker of our own schema for this
// subset and of every value against the settings. Pure; depends on ./xml and ./schema-check.
import type { AuthKind, Settings, TlsMode } from '../settings/schema.ts';
import { checkElement, childrenNamed, type ElementSpec } from './schema-check.ts';
import { parseXml } from './xml.ts';
import { escapeXml } from '../util/escape.ts';
import type { Method } from './types.ts';
import { unconfirmedComment } from './common.ts';
// One file at the fixed addresses Thunderbird asks, for both editions: its comments are Japanese
// (the language test exempts this file).
import { ja } from '../i18n/ja.ts';

/** Served at https://autoconfig.DOMAIN/mail/config-v1.1.xml and /.well-known/autoconfig/mail/config-v1.1.xml. */
export const AUTOCONFIG_FILENAME = 'config-v1.1.xml';
export const AUTOCONFIG_PATHS = ['/mail/config-v1.1.xml', '/.well-known/autoconfig/mail/config-v1.1.xml'] as const;

/** The incoming methods in the file, default first, and the outgoing ones likewise. */
export const AUTOCONFIG_INCOMING = ['pop3s', 'apops'] as const satisfies readonly Method[];
export const AUTOCONFIG_OUTGOING = ['submission', 'submissions'] as const satisfies readonly Method[];

const socketTypes: Record<TlsMode, string> = { implicit: 'SSL', starttls: 'STARTTLS', none: 'plain' };
const authentications: Record<AuthKind, string> = {
	'login-password': 'password-cleartext',
	// Thunderbird uses CRAM-MD5 if offered, else APOP when the greeting carries a timestamp.
	'apop-password': 'password-encrypted',
	none: 'none',
};

// Emit one <incomingServer>/<outgoingServer> element from a service.
function server(
	tag: 'incomingServer' | 'outgoingServer',
	type: string,
	s: { host: string; port: number; tls: TlsMode; auth: AuthKind },
	unconfirmed: string[] = [],
): string[] {
	return [
		`    <${tag} type="${type}">`,
		// The 要確認 mark of the pages, for whoever reads the file.
		...unconfirmed.map((line) => `      <!-- ${escapeXml(line.replace(/^# /, '')).replaceAll('--', '- -')} -->`),
		`      <hostname>${escapeXml(s.host)}</hostname>`,
		`      <port>${s.port}</port>`,
		`      <socketType>${socketTypes[s.tls]}</socketType>`,
		...(s.auth === 'none' ? [] : ['      <username>%EMAILLOCALPART%</username>']),
		`      <authentication>${authentications[s.auth]}</authentication>`,
		`    </${tag}>`,
	];
}

/** Build config-v1.1.xml from the settings. */
export function thunderbirdAutoconfig(settings: Settings): string {
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<!-- Generated from content/settings.yaml: edit that file, not this one. -->',
		'<clientConfig version="1.1">',
		`  <emailProvider id="${escapeXml(settings.domain)}">`,
		`    <domain>${escapeXml(settings.domain)}</domain>`,
		`    <displayName>${escapeXml(settings.organization.name)}</displayName>`,
		`    <displayShortName>${escapeXml(settings.organization.shortName)}</displayShortName>`,
		...AUTOCONFIG_INCOMING.flatMap((id) => server('incomingServer', 'pop3', settings.incoming[id], unconfirmedComment(settings, [id], ja))),
		...AUTOCONFIG_OUTGOING.flatMap((id) => server('outgoingServer', 'smtp', settings.outgoing[id], unconfirmedComment(settings, [id], ja))),
		'  </emailProvider>',
		'</clientConfig>',
	];
	return lines.join('\n') + '\n';
}

const HOST = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i;
const PORT = /^([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$/;
const leaf = (name: string, text: RegExp): ElementSpec => ({ name, text });
// One server element; `type` and the authentication values differ by direction.
const serverSpec = (name: string, type: string, auth: RegExp): ElementSpec => ({
	name,
	attrs: { type: new RegExp(`^${type}$`) },
	children: [
		{ spec: leaf('hostname', HOST), min: 1, max: 1 },
		{ spec: leaf('port', PORT), min: 1, max: 1 },
		{ spec: leaf('socketType', /^(plain|SSL|STARTTLS)$/), min: 1, max: 1 },
		{ spec: leaf('username', /^(%EMAILLOCALPART%|%EMAILADDRESS%)$/), min: 0, max: 1 },
		{ spec: leaf('authentication', auth), min: 1, max: 1 },
	],
});

/** Our schema for the subset of config-v1.1.xml we emit (there is no official XSD). */
export const autoconfigSchema: ElementSpec = {
	name: 'clientConfig',
	attrs: { version: /^1\.1$/ },
	children: [
		{
			spec: {
				name: 'emailProvider',
				attrs: { id: HOST },
				children: [
					{ spec: leaf('domain', HOST), min: 1, max: 10 },
					{ spec: leaf('displayName', /^\S.*$/), min: 1, max: 1 },
					{ spec: leaf('displayShortName', /^\S.*$/), min: 1, max: 1 },
					{ spec: serverSpec('incomingServer', 'pop3', /^(password-cleartext|password-encrypted)$/), min: 1, max: 10 },
					{ spec: serverSpec('outgoingServer', 'smtp', /^(password-cleartext|password-encrypted|none)$/), min: 1, max: 10 },
				],
			},
			min: 1,
			max: 1,
		},
	],
};

/** Check autoconfig XML against our schema and, value by value, against the settings; return problems. */
export function checkAutoconfig(xml: string, settings: Settings): string[] {
	let root;
	try {
		root = parseXml(xml).root;
	} catch (e) {
		return [(e as Error).message];
	}
	const problems = checkElement(root, autoconfigSchema);
	if (problems.length > 0) return problems;
	const provider = root.children[0]!;
	const expect = (what: string, got: string | undefined, want: string) => {
		if (got !== want) problems.push(`${what}: expected ${JSON.stringify(want)}, found ${JSON.stringify(got)}`);
	};
	expect('emailProvider id', provider.attrs['id'], settings.domain);
	expect('domain', childrenNamed(provider, 'domain')[0]?.text, settings.domain);
	expect('displayName', childrenNamed(provider, 'displayName')[0]?.text, settings.organization.name);
	expect('displayShortName', childrenNamed(provider, 'displayShortName')[0]?.text, settings.organization.shortName);
	const compare = (
		tag: string,
		ids: readonly Method[],
		services: Record<string, { host: string; port: number; tls: TlsMode; auth: AuthKind }>,
	) => {
		const found = childrenNamed(provider, tag);
		if (found.length !== ids.length) problems.push(`${tag}: expected ${ids.length} (${ids.join(', ')}), found ${found.length}`);
		ids.forEach((id, i) => {
			const el = found[i];
			if (!el) return;
			const s = services[id]!;
			const text = (name: string) => childrenNamed(el, name)[0]?.text;
			expect(`${tag}[${i}] (${id}) hostname`, text('hostname'), s.host);
			expect(`${tag}[${i}] (${id}) port`, text('port'), String(s.port));
			expect(`${tag}[${i}] (${id}) socketType`, text('socketType'), socketTypes[s.tls]);
			expect(`${tag}[${i}] (${id}) authentication`, text('authentication'), authentications[s.auth]);
			if (s.auth !== 'none') expect(`${tag}[${i}] (${id}) username`, text('username'), '%EMAILLOCALPART%');
		});
	};
	compare('incomingServer', AUTOCONFIG_INCOMING, settings.incoming);
	compare('outgoingServer', AUTOCONFIG_OUTGOING, settings.outgoing);
	return problems;
}
