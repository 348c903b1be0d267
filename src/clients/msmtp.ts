// msmtp: a ~/.msmtprc for submission (STARTTLS), submissions (implicit TLS) or plain SMTP.
// Pure; depends on ./common.
//
// Platforms (command-line.md: Debian/Ubuntu, Fedora/RHEL, macOS): the file is the same everywhere
// except the CA bundle path, which defaults to Debian's; the page's #ca-file table gives the other
// systems' files (Fedora /etc/pki/tls/certs/ca-bundle.crt, macOS /etc/ssl/cert.pem) and says to
// change that one line.
import type { Settings } from '../settings/schema.ts';
import { describe, emailOf, secretWords, smtpLimitWords, target, unconfirmedComment } from './common.ts';
import type { FileSnippet, Method, SnippetOptions } from './types.ts';

export const msmtpMethods = ['submission', 'submissions', 'smtp'] as const satisfies readonly Method[];
type MsmtpMethod = (typeof msmtpMethods)[number];

/** Build ~/.msmtprc for one sending method. */
export function msmtpSnippet(settings: Settings, method: MsmtpMethod, account: string, options: SnippetOptions = {}): FileSnippet {
	const t = target(settings, method, options);
	const tls = t.service.tls;
	const auth = t.service.auth !== 'none';
	const name = settings.organization.identifier.split('.').reverse().join('-');
	const lines = [
		`# ~/.msmtprc: ${settings.organization.shortName} ${describe(settings, method)}`,
		...unconfirmedComment(settings, [method]),
		'# 保存したら chmod 600 ~/.msmtprc。送信: msmtp -t < メール',
	];
	if (auth) {
		lines.push(
			`# パスワード: ${secretWords(settings, method)}。`,
			'# パスワードはこのファイルに書きません。msmtp は ~/.netrc (chmod 600) を探し、',
			'# 見つからなければ送信のときに尋ねます。~/.netrc に書く場合の例:',
			`#   machine ${t.connect} login ${account} password (パスワード)`,
			'# パスワード管理ソフトから読み出す場合は passwordeval を使います。例:',
			`#   passwordeval "secret-tool lookup host ${t.host} user ${account}"`,
		);
	} else {
		lines.push(`# 注意: ${smtpLimitWords(settings)}`);
	}
	lines.push('', 'defaults');
	if (tls !== 'none') {
		lines.push('# 証明書とホスト名を必ず確かめます。', 'tls on', 'tls_certcheck on', `tls_trust_file ${t.caFile}`);
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
	return { kind: 'file', client: 'msmtp', method, filename: '.msmtprc', path: '~/.msmtprc', language: 'sh', text: lines.join('\n') + '\n', mode: 0o600 };
}
