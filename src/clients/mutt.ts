// mutt: a ~/.muttrc fragment for receiving (POP3 over SSL, APOP over SSL, APOP) or sending
// (submission, submissions, plain SMTP). Pure; depends on ./common.
import type { Settings } from '../settings/schema.ts';
import { describe, emailOf, isIncoming, secretWords, smtpLimitWords, target } from './common.ts';
import type { FileSnippet, Method, SnippetOptions } from './types.ts';

export const muttMethods = ['pop3s', 'apops', 'apop', 'submission', 'submissions', 'smtp'] as const satisfies readonly Method[];
type MuttMethod = (typeof muttMethods)[number];

/**
 * Build ~/.muttrc lines for one method. mutt checks the certificate against the host it connects
 * to and has no option to name another, so `options.connectAddress` is ignored (tests resolve the
 * real host name to loopback instead).
 */
export function muttSnippet(settings: Settings, method: MuttMethod, account: string, options: SnippetOptions = {}): FileSnippet {
	const { connectAddress: _ignored, ...rest } = options;
	const t = target(settings, method, rest);
	const tls = t.service.tls;
	const incoming = isIncoming(settings, method);
	const secretVar = incoming ? 'pop_pass' : 'smtp_pass';
	const lines = [`# ~/.muttrc: ${settings.organization.shortName} ${describe(settings, method)}`];
	lines.push('# 受信と送信の設定は、同じ ~/.muttrc に続けて書けます。');
	if (t.service.auth !== 'none') {
		lines.push(
			`# パスワード: ${secretWords(settings, method)}。`,
			'# パスワードはこのファイルに書きません。mutt が接続のときに尋ねます。保存したい場合は',
			`# 別のファイル ~/.mutt/secrets (chmod 600) に set ${secretVar} = "(パスワード)" と書き、次の行の # を消します。`,
			'# source ~/.mutt/secrets',
		);
	}
	lines.push(`set from = "${emailOf(settings, account)}"`);
	if (incoming) {
		const scheme = tls === 'implicit' ? 'pops' : 'pop';
		lines.push(
			`set pop_host = "${scheme}://${account}@${t.host}:${t.port}/"`,
			// Name the one mechanism the server accepts for this secret, so mutt never falls back.
			`set pop_authenticators = "${t.service.auth === 'apop-password' ? 'apop' : 'user'}"`,
			'set pop_delete = no    # 受信したメールをサーバーにも残す (消すなら yes)',
			'# G キーで受信します。受信したメールは $spoolfile (ふつうは $MAIL) に入ります。',
		);
		if (tls === 'none') {
			lines.push(
				'# 注意: SSL なしの APOP が隠すのはパスワードだけで、メールの本文は暗号化されません。',
				'# できるだけ APOP over SSL か POP3 over SSL を使ってください。',
			);
		}
	} else {
		const scheme = tls === 'implicit' ? 'smtps' : 'smtp';
		const user = t.service.auth === 'none' ? '' : `${account}@`;
		lines.push(`set smtp_url = "${scheme}://${user}${t.host}:${t.port}/"`);
		if (tls === 'starttls') lines.push('set ssl_starttls = yes');
		if (t.service.auth === 'none') lines.push(`# 注意: ${smtpLimitWords(settings)}`);
	}
	if (tls !== 'none') {
		lines.push(
			'# 暗号化できなければ接続しません。証明書とホスト名は必ず確かめます。',
			'set ssl_force_tls = yes',
			`set ssl_ca_certificates_file = "${t.caFile}"`,
			'set ssl_verify_host = yes',
			'set ssl_use_tlsv1 = no',
			'set ssl_use_tlsv1_1 = no',
		);
	} else {
		lines.push(
			'# この接続は暗号化を前提にしません。サーバーが STARTTLS を提供していれば暗号化し、',
			'# そのときは証明書とホスト名を確かめます。',
			'set ssl_force_tls = no',
			'set ssl_starttls = yes',
			`set ssl_ca_certificates_file = "${t.caFile}"`,
			'set ssl_verify_host = yes',
		);
	}
	return { kind: 'file', client: 'mutt', method, filename: '.muttrc', path: '~/.muttrc', language: 'sh', text: lines.join('\n') + '\n', mode: 0o600 };
}
