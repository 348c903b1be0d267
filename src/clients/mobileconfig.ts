// Apple configuration profile (.mobileconfig, an unsigned XML plist) with one POP mail payload:
// POP3 over SSL and the recommended SMTP-AUTH service. UUIDs are derived from identifiers so a
// re-install replaces the profile instead of adding a second one. Pure but for node:crypto.
import { createHash } from 'node:crypto';
import type { Settings } from '../settings/schema.ts';
import { checkElement, type ElementSpec } from './schema-check.ts';
import { parseXml, type XmlElement } from './xml.ts';
import { escapeXml } from '../util/escape.ts';
import { loginHostWords, organizationWords, unconfirmedComment } from './common.ts';
import type { Words } from '../i18n/index.ts';

export const MOBILECONFIG_FILENAME = 'kyutech-club-mail.mobileconfig';
export const MOBILECONFIG_MIME = 'application/x-apple-aspen-config';

/** RFC 4122 namespace for URLs; our names are "mobileconfig:" + payload identifier. */
const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** Derive an RFC 4122 version-5 (SHA-1, name-based) UUID from a name. */
export function uuidV5(name: string, namespace = NAMESPACE_URL): string {
	const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
	const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
	bytes[6] = (bytes[6]! & 0x0f) | 0x50;
	bytes[8] = (bytes[8]! & 0x3f) | 0x80;
	const hex = bytes.toString('hex').toUpperCase();
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

// Serialise a plist value with sorted dictionary keys (stable output), indented by tabs.
function plist(value: PlistValue, depth: number): string {
	const pad = '\t'.repeat(depth);
	if (typeof value === 'string') return `${pad}<string>${escapeXml(value)}</string>`;
	if (typeof value === 'number') {
		if (!Number.isInteger(value)) throw new Error(`plist integers only, got ${value}`);
		return `${pad}<integer>${value}</integer>`;
	}
	if (typeof value === 'boolean') return `${pad}<${value}/>`;
	if (Array.isArray(value)) return [`${pad}<array>`, ...value.map((v) => plist(v, depth + 1)), `${pad}</array>`].join('\n');
	const entries = Object.keys(value)
		.sort()
		.flatMap((k) => [`${pad}\t<key>${escapeXml(k)}</key>`, plist(value[k]!, depth + 1)]);
	return [`${pad}<dict>`, ...entries, `${pad}</dict>`].join('\n');
}

/**
 * Every value Apple's Mail payload takes for IncomingMailServerAuthentication (Apple's
 * "Mail" payload reference: EmailAuthNone, EmailAuthPassword, EmailAuthCRAMMD5, EmailAuthNTLM,
 * EmailAuthHTTPMD5). APOP is not among them, so a profile cannot set up APOP.
 */
export const PROFILE_AUTHENTICATIONS = [
	'EmailAuthNone',
	'EmailAuthPassword',
	'EmailAuthCRAMMD5',
	'EmailAuthNTLM',
	'EmailAuthHTTPMD5',
] as const;

/** The profile's content as a plain object (also what the checker compares against). */
export function mobileconfigContent(settings: Settings, words: Words): { [key: string]: PlistValue } {
	const w = words.config.mobileconfig;
	const org = organizationWords(settings, words);
	const pop = settings.incoming.pop3s;
	const smtp = settings.outgoing.submission;
	const base = `${settings.organization.identifier}.mail`;
	const mailId = `${base}.pop3s`;
	const auth = (a: string): (typeof PROFILE_AUTHENTICATIONS)[number] => (a === 'none' ? 'EmailAuthNone' : 'EmailAuthPassword');
	const mail = {
		PayloadType: 'com.apple.mail.managed',
		PayloadVersion: 1,
		PayloadIdentifier: mailId,
		PayloadUUID: uuidV5(`mobileconfig:${mailId}`),
		PayloadDisplayName: w.mailName(org),
		PayloadDescription: w.mailDescription(pop.label, smtp.label),
		EmailAccountType: 'EmailTypePOP',
		EmailAccountDescription: `${org} (${settings.domain})`,
		IncomingMailServerHostName: pop.host,
		IncomingMailServerPortNumber: pop.port,
		IncomingMailServerUseSSL: pop.tls !== 'none',
		IncomingMailServerAuthentication: auth(pop.auth),
		OutgoingMailServerHostName: smtp.host,
		OutgoingMailServerPortNumber: smtp.port,
		OutgoingMailServerUseSSL: smtp.tls !== 'none',
		OutgoingMailServerAuthentication: auth(smtp.auth),
		// Both use the login password of the login host, so iOS asks for it once.
		OutgoingPasswordSameAsIncomingPassword: pop.auth === smtp.auth,
	};
	return {
		PayloadType: 'Configuration',
		PayloadVersion: 1,
		PayloadIdentifier: base,
		PayloadUUID: uuidV5(`mobileconfig:${base}`),
		PayloadDisplayName: w.profileName(org),
		// The installer shows this text: it carries the unconfirmed mark of the values the profile sets.
		PayloadDescription: [
			w.profileDescription(settings.domain, pop.label, smtp.label, loginHostWords(settings, words)),
			...unconfirmedComment(settings, ['pop3s', 'submission'], words, '').map((l) => l.trim()),
		].join('\n'),
		PayloadOrganization: words.locale === 'en' ? settings.organization.nameEn : settings.organization.name,
		PayloadRemovalDisallowed: false,
		PayloadContent: [mail],
	};
}

/** Build the .mobileconfig XML plist. */
export function appleMobileconfig(settings: Settings, words: Words): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
		'<plist version="1.0">',
		plist(mobileconfigContent(settings, words), 0),
		'</plist>',
		'',
	].join('\n');
}

// Turn a parsed plist element back into a value (the subset we emit).
function plistValue(el: XmlElement): PlistValue {
	switch (el.name) {
		case 'string':
			return el.text;
		case 'integer':
			if (!/^-?[0-9]+$/.test(el.text)) throw new Error(`line ${el.line}: <integer> holds ${JSON.stringify(el.text)}`);
			return Number(el.text);
		case 'true':
		case 'false':
			return el.name === 'true';
		case 'array':
			return el.children.map(plistValue);
		case 'dict': {
			const out: { [key: string]: PlistValue } = {};
			for (let i = 0; i < el.children.length; i += 2) {
				const key = el.children[i]!;
				const value = el.children[i + 1];
				if (key.name !== 'key' || !value) throw new Error(`line ${key.line}: <dict> needs <key> followed by a value`);
				if (key.text in out) throw new Error(`line ${key.line}: duplicate key ${key.text}`);
				out[key.text] = plistValue(value);
			}
			return out;
		}
		default:
			throw new Error(`line ${el.line}: unexpected <${el.name}> in a plist`);
	}
}

/** Parse an XML plist (the subset we emit) into a value. */
export function parsePlist(xml: string): PlistValue {
	const doc = parseXml(xml);
	if (doc.doctype !== 'plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd"') {
		throw new Error(`unexpected DOCTYPE ${JSON.stringify(doc.doctype)}`);
	}
	const shape: ElementSpec = { name: 'plist', attrs: { version: /^1\.0$/ } };
	const problems = checkElement({ ...doc.root, children: [] }, shape);
	if (problems.length || doc.root.children.length !== 1) throw new Error(problems[0] ?? '<plist> must hold exactly one value');
	return plistValue(doc.root.children[0]!);
}

const REQUIRED_TOP = ['PayloadType', 'PayloadVersion', 'PayloadIdentifier', 'PayloadUUID', 'PayloadContent'];
const REQUIRED_MAIL = [
	'PayloadType',
	'PayloadVersion',
	'PayloadIdentifier',
	'PayloadUUID',
	'EmailAccountType',
	'IncomingMailServerHostName',
	'IncomingMailServerPortNumber',
	'IncomingMailServerUseSSL',
	'IncomingMailServerAuthentication',
	'OutgoingMailServerHostName',
	'OutgoingMailServerPortNumber',
	'OutgoingMailServerUseSSL',
	'OutgoingMailServerAuthentication',
];
const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/;

/** Check a .mobileconfig: plist syntax, required keys and types, and every value against the settings. */
export function checkMobileconfig(xml: string, settings: Settings, words: Words): string[] {
	let value: PlistValue;
	try {
		value = parsePlist(xml);
	} catch (e) {
		return [(e as Error).message];
	}
	const problems: string[] = [];
	const isDict = (v: PlistValue | undefined): v is { [key: string]: PlistValue } =>
		typeof v === 'object' && v !== null && !Array.isArray(v);
	if (!isDict(value)) return ['the top level is not a <dict>'];
	const mail = Array.isArray(value['PayloadContent']) ? value['PayloadContent'][0] : undefined;
	if (!isDict(mail)) return ['PayloadContent must be an array holding the mail payload <dict>'];
	for (const k of REQUIRED_TOP) if (!(k in value)) problems.push(`missing top-level key ${k}`);
	for (const k of REQUIRED_MAIL) if (!(k in mail)) problems.push(`missing mail payload key ${k}`);
	for (const [where, dict] of [
		['top level', value],
		['mail payload', mail],
	] as const) {
		if (typeof dict['PayloadUUID'] !== 'string' || !UUID.test(dict['PayloadUUID']))
			problems.push(`${where}: PayloadUUID is not an upper-case v5 UUID`);
	}
	if (value['PayloadUUID'] === mail['PayloadUUID']) problems.push('the two PayloadUUIDs must differ');
	// Every key and value must equal what the settings give, types included.
	const want = mobileconfigContent(settings, words);
	const compare = (where: string, got: { [key: string]: PlistValue }, expected: { [key: string]: PlistValue }) => {
		for (const [k, v] of Object.entries(expected)) {
			if (k === 'PayloadContent') continue;
			if (got[k] !== v) problems.push(`${where} ${k}: expected ${JSON.stringify(v)}, found ${JSON.stringify(got[k])}`);
		}
		for (const k of Object.keys(got)) if (!(k in expected)) problems.push(`${where}: unexpected key ${k}`);
	};
	compare('top level', value, want);
	compare('mail payload', mail, (want['PayloadContent'] as { [key: string]: PlistValue }[])[0]!);
	return problems;
}
