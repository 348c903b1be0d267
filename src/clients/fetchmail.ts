// fetchmail: a ~/.fetchmailrc for POP3 over SSL, APOP and APOP over SSL. Pure; depends on ./common.
//
// Platforms (command-line.md: Debian/Ubuntu, Fedora/RHEL, macOS): the file is the same everywhere
// except the CA bundle path, which defaults to Debian's; the page's #ca-file table gives the other
// systems' files (Fedora /etc/pki/tls/certs/ca-bundle.crt, macOS /etc/ssl/cert.pem) and says to
// change that one line.
import type { Settings } from '../settings/schema.ts';
import { MIN_TLS, describe, organizationWords, secretWords, target, unconfirmedComment } from './common.ts';
import type { FileSnippet, Method, SnippetOptions } from './types.ts';
import type { Words } from '../i18n/index.ts';

export const fetchmailMethods = ['pop3s', 'apops', 'apop'] as const satisfies readonly Method[];
type FetchmailMethod = (typeof fetchmailMethods)[number];

/** Build ~/.fetchmailrc for one receiving method, its comments in the words' language. */
export function fetchmailSnippet(
	settings: Settings,
	method: FetchmailMethod,
	account: string,
	words: Words,
	options: SnippetOptions = {},
): FileSnippet {
	const w = words.config;
	const t = target(settings, method, options);
	const tls = t.service.tls !== 'none';
	const protocol = t.service.auth === 'apop-password' ? 'apop' : 'pop3';
	const lines = [
		`# ~/.fetchmailrc: ${organizationWords(settings, words)} ${describe(settings, method, words)}`,
		...unconfirmedComment(settings, [method], words),
		`# ${w.fetchmail.chmod}`,
		`# ${w.passwordIs(secretWords(settings, method, words))}`,
		...w.fetchmail.noPassword.map((l) => `# ${l}`),
		`#   machine ${t.host} login ${account} password ${w.passwordSlot}`,
	];
	if (!tls) lines.push(...w.fetchmail.clearApop.map((l) => `# ${l}`));
	// `via` keeps the real host name as the poll name (for ~/.netrc) while connecting elsewhere.
	lines.push(`poll ${t.host}${t.redirected ? ` via ${t.connect}` : ''} with protocol ${protocol} service ${t.port}`);
	lines.push(`\tuser "${account}" there`);
	if (tls) {
		// sslcertck: refuse a certificate that does not verify; sslproto: TLS 1.2 or newer only.
		let ssl = `\tssl sslproto "TLS${MIN_TLS}+" sslcertck sslcertfile "${t.caFile}"`;
		if (t.redirected) ssl += ` sslcommonname "${t.host}"`;
		lines.push(ssl);
	}
	lines.push(`\t# keep    # ${w.fetchmail.keep}`);
	return {
		kind: 'file',
		client: 'fetchmail',
		method,
		filename: '.fetchmailrc',
		path: '~/.fetchmailrc',
		language: 'sh',
		text: lines.join('\n') + '\n',
		mode: 0o600,
	};
}
