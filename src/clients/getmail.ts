// getmail6: a getmailrc for POP3 over SSL, APOP over SSL and APOP. Pure; depends on ./common.
//
// Platforms (command-line.md: Debian/Ubuntu, Fedora/RHEL, macOS): the file is the same everywhere
// except the CA bundle path, which defaults to Debian's; the page's #ca-file table gives the other
// systems' files (Fedora /etc/pki/tls/certs/ca-bundle.crt, macOS /etc/ssl/cert.pem) and says to
// change that one line.
import type { Settings } from '../settings/schema.ts';
import { describe, organizationWords, secretWords, target, unconfirmedComment } from './common.ts';
import type { FileSnippet, Method, SnippetOptions } from './types.ts';
import type { Words } from '../i18n/index.ts';

export const getmailMethods = ['pop3s', 'apops', 'apop'] as const satisfies readonly Method[];
type GetmailMethod = (typeof getmailMethods)[number];

/** Build ~/.config/getmail/getmailrc for one receiving method, its comments in the words' language. */
export function getmailSnippet(
	settings: Settings,
	method: GetmailMethod,
	account: string,
	words: Words,
	options: SnippetOptions = {},
): FileSnippet {
	const w = words.config;
	const t = target(settings, method, options);
	const tls = t.service.tls !== 'none';
	const apop = t.service.auth === 'apop-password';
	const lines = [
		`# getmailrc (getmail6): ${organizationWords(settings, words)} ${describe(settings, method, words)}`,
		...unconfirmedComment(settings, [method], words),
		`# ${w.getmail.where}`,
		`# ${w.passwordIs(secretWords(settings, method, words))}`,
		...w.getmail.noPassword.map((l) => `# ${l}`),
		`#   password_command = ("secret-tool", "lookup", "host", "${t.host}", "user", "${account}")`,
	];
	if (!tls) lines.push(...w.clearApop.map((l) => `# ${l}`));
	lines.push(
		'',
		'[retriever]',
		`type = ${tls ? 'SimplePOP3SSLRetriever' : 'SimplePOP3Retriever'}`,
		`server = ${t.connect}`,
		`port = ${t.port}`,
		`username = ${account}`,
	);
	if (apop) lines.push('use_apop = true');
	if (tls) {
		// Without ca_certs getmail6 does not verify the certificate at all.
		lines.push(`# ${w.getmail.caCerts}`, `ca_certs = ${t.caFile}`);
		if (t.redirected) lines.push(`ssl_cert_hostname = ${t.host}`);
	}
	lines.push(
		'',
		'[destination]',
		`# ${w.getmail.maildir}`,
		'type = Maildir',
		'path = ~/Maildir/',
		'',
		'[options]',
		`# ${w.getmail.readNew}`,
		'read_all = false',
		'delete = false',
	);
	return {
		kind: 'file',
		client: 'getmail',
		method,
		filename: 'getmailrc',
		path: '~/.config/getmail/getmailrc',
		language: 'ini',
		text: lines.join('\n') + '\n',
		mode: 0o600,
	};
}
