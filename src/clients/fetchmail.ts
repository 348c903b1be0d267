// fetchmail: a ~/.fetchmailrc for POP3 over SSL, APOP and APOP over SSL. Pure; depends on ./common.
//
// Platforms (command-line.md: Debian/Ubuntu, Fedora/RHEL, macOS): the file is the same everywhere
// except the CA bundle path, which defaults to Debian's; the page's #ca-file table gives the other
// systems' files (Fedora /etc/pki/tls/certs/ca-bundle.crt, macOS /etc/ssl/cert.pem) and says to
// change that one line.
import type { Settings } from '../settings/schema.ts';
import { MIN_TLS, describe, secretWords, target, unconfirmedComment } from './common.ts';
import type { FileSnippet, Method, SnippetOptions } from './types.ts';

export const fetchmailMethods = ['pop3s', 'apops', 'apop'] as const satisfies readonly Method[];
type FetchmailMethod = (typeof fetchmailMethods)[number];

/** Build ~/.fetchmailrc for one receiving method. */
export function fetchmailSnippet(settings: Settings, method: FetchmailMethod, account: string, options: SnippetOptions = {}): FileSnippet {
	const t = target(settings, method, options);
	const tls = t.service.tls !== 'none';
	const protocol = t.service.auth === 'apop-password' ? 'apop' : 'pop3';
	const lines = [
		`# ~/.fetchmailrc: ${settings.organization.shortName} ${describe(settings, method)}`,
		...unconfirmedComment(settings, [method]),
		'# 保存したら chmod 600 ~/.fetchmailrc (fetchmail は他人が読めるファイルを拒否します)。',
		`# パスワード: ${secretWords(settings, method)}。`,
		'# パスワードはこのファイルに書きません。fetchmail は ~/.netrc (chmod 600) を探し、',
		'# 見つからなければ起動時に尋ねます。~/.netrc に書く場合の例:',
		`#   machine ${t.host} login ${account} password (パスワード)`,
	];
	if (!tls) {
		lines.push(
			'# 注意: SSL なしの APOP が隠すのはパスワードだけで、メールの本文は暗号化されません。',
			'# 2007 年に見つかった弱点もあるため、できるだけ APOP over SSL か POP3 over SSL を使ってください。',
		);
	}
	// `via` keeps the real host name as the poll name (for ~/.netrc) while connecting elsewhere.
	lines.push(`poll ${t.host}${t.redirected ? ` via ${t.connect}` : ''} with protocol ${protocol} service ${t.port}`);
	lines.push(`\tuser "${account}" there`);
	if (tls) {
		// sslcertck: refuse a certificate that does not verify; sslproto: TLS 1.2 or newer only.
		let ssl = `\tssl sslproto "TLS${MIN_TLS}+" sslcertck sslcertfile "${t.caFile}"`;
		if (t.redirected) ssl += ` sslcommonname "${t.host}"`;
		lines.push(ssl);
	}
	lines.push('\t# keep    # 受信したメールをサーバーにも残す場合は、この行の先頭の # を消します');
	return { kind: 'file', client: 'fetchmail', method, filename: '.fetchmailrc', path: '~/.fetchmailrc', language: 'sh', text: lines.join('\n') + '\n', mode: 0o600 };
}
