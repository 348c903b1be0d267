// stunnel 5 in client mode: an SSL wrapper for mailers without SSL. The mailer talks plain POP3 or
// SMTP to a local port; stunnel carries it over verified TLS to POP3S or submissions. Pure.
//
// Platforms the page (ssl-wrapper.md) names: Linux, macOS and Windows. `foreground` and `pid` exist
// only outside Windows (stunnel src/options.c: both under `#ifndef USE_WIN32`, stunnel-5.75), and
// the Windows build stops at an option it does not know; so the file says, above those lines, to
// delete them on Windows. The CA file differs per system: Debian's bundle is the default here; the
// Windows installer ships `ca-certs.pem` in its config folder (tools/stunnel.nsi, and the sample
// tools/stunnel.conf uses `CAfile = ca-certs.pem`); the page lists each system's file.
import type { Settings } from '../settings/schema.ts';
import { MIN_TLS, assertAccount, describe, isIncoming, organizationWords, secretWords, target, unconfirmedComment } from './common.ts';
import type { FileSnippet, Method, SnippetOptions } from './types.ts';
import type { Words } from '../i18n/index.ts';

export const stunnelMethods = ['pop3s', 'apops', 'submissions'] as const satisfies readonly Method[];
export type StunnelMethod = (typeof stunnelMethods)[number];

/** Local ports the tunnel accepts on unless options say otherwise (unprivileged, easy to remember). */
export const STUNNEL_LOCAL_PORTS: Record<StunnelMethod, number> = { pop3s: 10110, apops: 10110, submissions: 10025 };

// The comment block and [section] of one tunnel.
function tunnel(settings: Settings, method: StunnelMethod, account: string, words: Words, options: SnippetOptions): string[] {
	const w = words.config.stunnel;
	const t = target(settings, method, options);
	if (t.service.tls !== 'implicit') {
		throw new Error(`stunnel wraps implicit-TLS services only, but ${method} has tls: ${t.service.tls} in the settings`);
	}
	const local = options.localPorts?.[method] ?? STUNNEL_LOCAL_PORTS[method];
	const incoming = isIncoming(settings, method);
	const kind = incoming ? w.incomingKind : w.outgoingKind;
	const authWords = t.service.auth === 'apop-password' ? w.authApop : incoming ? w.authUser : w.authSmtp;
	// The lines that make stunnel verify the server; the comment above them counts them.
	const verify = ['verifyChain = yes', `CAfile = ${t.caFile}`, `checkHost = ${t.host}`];
	return [
		`; ${w.tunnelTo(describe(settings, method, words))}`,
		...unconfirmedComment(settings, [method], words, ';'),
		`;   ${w.mailerSettings(kind, local)}`,
		`;   ${w.accountName(account, authWords)}`,
		`;   ${w.passwordLine(secretWords(settings, method, words))}`,
		`[${method}]`,
		'client = yes',
		`accept = 127.0.0.1:${local}`,
		`connect = ${t.connect}:${t.port}`,
		`sni = ${t.host}`,
		`; ${w.verify(verify.length)}`,
		...verify,
		`; ${w.minTls(MIN_TLS)}`,
		`sslVersionMin = TLSv${MIN_TLS}`,
	];
}

/** Build one stunnel.conf holding a tunnel for each of `methods` (e.g. pop3s and submissions), its comments in the words' language. */
export function stunnelConfig(
	settings: Settings,
	methods: readonly StunnelMethod[],
	account: string,
	words: Words,
	options: SnippetOptions = {},
): string {
	const w = words.config.stunnel;
	assertAccount(account);
	const ports = methods.map((m) => options.localPorts?.[m] ?? STUNNEL_LOCAL_PORTS[m]);
	const clash = ports.find((p, i) => ports.indexOf(p) !== i);
	if (clash !== undefined) throw new Error(`two tunnels would accept on local port ${clash}: choose one of ${methods.join(', ')} per port`);
	const lines = [
		`; ${w.title(organizationWords(settings, words))}`,
		...w.intro.map((l) => `; ${l}`),
		'',
		`; ${w.notOnWindows(2)}`,
		'foreground = yes',
		'pid =',
	];
	for (const m of methods) lines.push('', ...tunnel(settings, m, account, words, options));
	return lines.join('\n') + '\n';
}

/** Build stunnel.conf for one method (one tunnel). */
export function stunnelSnippet(
	settings: Settings,
	method: StunnelMethod,
	account: string,
	words: Words,
	options: SnippetOptions = {},
): FileSnippet {
	const text = stunnelConfig(settings, [method], account, words, options);
	return { kind: 'file', client: 'stunnel', method, filename: 'stunnel.conf', path: '~/stunnel.conf', language: 'ini', text };
}
