// getmail6: a getmailrc for POP3 over SSL, APOP over SSL and APOP. Pure; depends on ./common.
//
// Platforms (command-line.md: Debian/Ubuntu, Fedora/RHEL, macOS): the file is the same everywhere
// except the CA bundle path, which defaults to Debian's; the page's #ca-file table gives the other
// systems' files (Fedora /etc/pki/tls/certs/ca-bundle.crt, macOS /etc/ssl/cert.pem) and says to
// change that one line.
import type { Settings } from '../settings/schema.ts';
import { describe, secretWords, target, unconfirmedComment } from './common.ts';
import type { FileSnippet, Method, SnippetOptions } from './types.ts';

export const getmailMethods = ['pop3s', 'apops', 'apop'] as const satisfies readonly Method[];
type GetmailMethod = (typeof getmailMethods)[number];

/** Build ~/.config/getmail/getmailrc for one receiving method. */
export function getmailSnippet(settings: Settings, method: GetmailMethod, account: string, options: SnippetOptions = {}): FileSnippet {
	const t = target(settings, method, options);
	const tls = t.service.tls !== 'none';
	const apop = t.service.auth === 'apop-password';
	const lines = [
		`# getmailrc (getmail6): ${settings.organization.shortName} ${describe(settings, method)}`,
		...unconfirmedComment(settings, [method]),
		'# 保存場所: ~/.config/getmail/getmailrc (chmod 600)。受信: getmail',
		`# パスワード: ${secretWords(settings, method)}。`,
		'# パスワードはこのファイルに書きません。getmail が起動時に尋ねます。',
		'# 保存したい場合は password_command でパスワード管理ソフトから読み出します。例:',
		`#   password_command = ("secret-tool", "lookup", "host", "${t.host}", "user", "${account}")`,
	];
	if (!tls) {
		lines.push(
			'# 注意: SSL なしの APOP が隠すのはパスワードだけで、メールの本文は暗号化されません。',
			'# できるだけ APOP over SSL か POP3 over SSL を使ってください。',
		);
	}
	lines.push('', '[retriever]', `type = ${tls ? 'SimplePOP3SSLRetriever' : 'SimplePOP3Retriever'}`, `server = ${t.connect}`, `port = ${t.port}`, `username = ${account}`);
	if (apop) lines.push('use_apop = true');
	if (tls) {
		// Without ca_certs getmail6 does not verify the certificate at all.
		lines.push('# ca_certs があるときだけ getmail6 は証明書とホスト名を確かめます。消さないでください。', `ca_certs = ${t.caFile}`);
		if (t.redirected) lines.push(`ssl_cert_hostname = ${t.host}`);
	}
	lines.push(
		'',
		'[destination]',
		'# 先に作っておきます: mkdir -p ~/Maildir/cur ~/Maildir/new ~/Maildir/tmp',
		'type = Maildir',
		'path = ~/Maildir/',
		'',
		'[options]',
		'# 新しいメールだけを受信し、サーバーにも残します (消すなら delete = true)。',
		'read_all = false',
		'delete = false',
	);
	return { kind: 'file', client: 'getmail', method, filename: 'getmailrc', path: '~/.config/getmail/getmailrc', language: 'ini', text: lines.join('\n') + '\n', mode: 0o600 };
}
