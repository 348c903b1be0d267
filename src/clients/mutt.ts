// mutt: a ~/.muttrc fragment for receiving (POP3 over SSL, APOP over SSL, APOP) or sending
// (submission, submissions, plain SMTP). Pure; depends on ./common.
import type { Settings } from '../settings/schema.ts';
import { describe, emailOf, isIncoming, organizationWords, secretWords, smtpLimitWords, target } from './common.ts';
import type { FileSnippet, Method, SnippetOptions } from './types.ts';
import type { Words } from '../i18n/index.ts';

export const muttMethods = ['pop3s', 'apops', 'apop', 'submission', 'submissions', 'smtp'] as const satisfies readonly Method[];
type MuttMethod = (typeof muttMethods)[number];

/**
 * Build ~/.muttrc lines for one method. mutt checks the certificate against the host it connects
 * to and has no option to name another, so `options.connectAddress` is ignored (tests resolve the
 * real host name to loopback instead). Comments are in the words' language.
 */
export function muttSnippet(settings: Settings, method: MuttMethod, account: string, words: Words, options: SnippetOptions = {}): FileSnippet {
	const w = words.config;
	const { connectAddress: _ignored, ...rest } = options;
	const t = target(settings, method, rest);
	const tls = t.service.tls;
	const incoming = isIncoming(settings, method);
	const secretVar = incoming ? 'pop_pass' : 'smtp_pass';
	const lines = [`# ~/.muttrc: ${organizationWords(settings, words)} ${describe(settings, method, words)}`];
	lines.push(`# ${w.mutt.together}`);
	if (t.service.auth !== 'none') {
		lines.push(
			`# ${w.passwordIs(secretWords(settings, method, words))}`,
			...w.mutt.noPassword(secretVar, w.passwordSlot).map((l) => `# ${l}`),
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
			`set pop_delete = no    # ${w.mutt.popDelete}`,
			`# ${w.mutt.fetchKey}`,
		);
		if (tls === 'none') lines.push(...w.clearApop.map((l) => `# ${l}`));
	} else {
		const scheme = tls === 'implicit' ? 'smtps' : 'smtp';
		const user = t.service.auth === 'none' ? '' : `${account}@`;
		lines.push(`set smtp_url = "${scheme}://${user}${t.host}:${t.port}/"`);
		if (tls === 'starttls') lines.push('set ssl_starttls = yes');
		if (t.service.auth === 'none') lines.push(`# ${w.warning(smtpLimitWords(settings, words))}`);
	}
	if (tls !== 'none') {
		lines.push(
			`# ${w.mutt.forceTls}`,
			'set ssl_force_tls = yes',
			`set ssl_ca_certificates_file = "${t.caFile}"`,
			'set ssl_verify_host = yes',
			'set ssl_use_tlsv1 = no',
			'set ssl_use_tlsv1_1 = no',
		);
	} else {
		lines.push(
			...w.mutt.optionalTls.map((l) => `# ${l}`),
			'set ssl_force_tls = no',
			'set ssl_starttls = yes',
			`set ssl_ca_certificates_file = "${t.caFile}"`,
			'set ssl_verify_host = yes',
		);
	}
	return { kind: 'file', client: 'mutt', method, filename: '.muttrc', path: '~/.muttrc', language: 'sh', text: lines.join('\n') + '\n', mode: 0o600 };
}
