// msmtp: a ~/.msmtprc for submission (STARTTLS), submissions (implicit TLS) or plain SMTP.
// Pure; depends on ./common.
//
// Platforms (command-line.md: Debian/Ubuntu, Fedora/RHEL, macOS): the file is the same everywhere
// except the CA bundle path, which defaults to Debian's; the page's #ca-file table gives the other
// systems' files (Fedora /etc/pki/tls/certs/ca-bundle.crt, macOS /etc/ssl/cert.pem) and says to
// change that one line.
import type { Settings } from '../settings/schema.ts';
import { describe, emailOf, organizationWords, secretWords, smtpLimitWords, target, unconfirmedComment } from './common.ts';
import type { FileSnippet, Method, SnippetOptions } from './types.ts';
import type { Words } from '../i18n/index.ts';

export const msmtpMethods = ['submission', 'submissions', 'smtp'] as const satisfies readonly Method[];
type MsmtpMethod = (typeof msmtpMethods)[number];

/** Build ~/.msmtprc for one sending method, its comments in the words' language. */
export function msmtpSnippet(
	settings: Settings,
	method: MsmtpMethod,
	account: string,
	words: Words,
	options: SnippetOptions = {},
): FileSnippet {
	const w = words.config;
	const t = target(settings, method, options);
	const tls = t.service.tls;
	const auth = t.service.auth !== 'none';
	const name = settings.organization.identifier.split('.').reverse().join('-');
	const lines = [
		`# ~/.msmtprc: ${organizationWords(settings, words)} ${describe(settings, method, words)}`,
		...unconfirmedComment(settings, [method], words),
		`# ${w.msmtp.chmod}`,
	];
	if (auth) {
		lines.push(
			`# ${w.passwordIs(secretWords(settings, method, words))}`,
			...w.msmtp.noPassword.map((l) => `# ${l}`),
			`#   machine ${t.connect} login ${account} password ${w.passwordSlot}`,
			`# ${w.msmtp.passwordeval}`,
			`#   passwordeval "secret-tool lookup host ${t.host} user ${account}"`,
		);
	} else {
		lines.push(`# ${w.warning(smtpLimitWords(settings, words))}`);
	}
	lines.push('', 'defaults');
	if (tls !== 'none') {
		lines.push(`# ${w.msmtp.verify}`, 'tls on', 'tls_certcheck on', `tls_trust_file ${t.caFile}`);
	} else {
		lines.push('tls off');
	}
	lines.push('', `account ${name}`, `host ${t.connect}`, `port ${t.port}`);
	if (tls !== 'none') {
		lines.push(`tls_starttls ${tls === 'starttls' ? 'on' : 'off'}`);
		if (t.redirected) lines.push(`tls_host_override ${t.host}`);
	}
	lines.push(`from ${emailOf(settings, account)}`);
	if (auth) lines.push('auth on', `user ${account}`);
	else lines.push('auth off');
	lines.push('', `account default : ${name}`);
	return {
		kind: 'file',
		client: 'msmtp',
		method,
		filename: '.msmtprc',
		path: '~/.msmtprc',
		language: 'sh',
		text: lines.join('\n') + '\n',
		mode: 0o600,
	};
}
