// mutt: ~/.muttrc for receiving (POP3 over SSL, APOP over SSL, APOP), for sending (submission,
// submissions, plain SMTP), and whole files for one receive × send pair (or receive + msmtp).
// Pure; depends on ./common.
//
// Every file must work on the mutt builds the manual names (command-line.md):
//   - Debian and Ubuntu: GnuTLS build; /etc/Muttrc sets ssl_ca_certificates_file to the system
//     bundle ("System-wide CA file managed by the ca-certificates package", Debian's mutt package).
//   - Fedora and RHEL: GnuTLS build (mutt.spec: `--with-gnutls`, and `rm -f mutt_ssl.c` per the
//     crypto policies); its mutt-1.8.0-cabundle.patch makes the system CA bundle the default.
//   - macOS (Homebrew formula mutt.rb: `--with-ssl=openssl@3`): OpenSSL build; $ssl_usesystemcerts
//     (default yes) loads OpenSSL's default verify paths.
// `ssl_ca_certificates_file` exists only in GnuTLS builds (init.h: `# ifdef USE_SSL_GNUTLS`), and an
// OpenSSL build stops at it as an unknown variable; `ssl_usesystemcerts` exists only in OpenSSL
// builds. mutt has no `ifdef` command to test for either (its Commands table in init.h has none;
// `ifdef` is NeoMutt's), so the files name neither: every build above already trusts the system
// CAs. Only the test suite's private CA (options.caFile) writes the GnuTLS variable (Debian's build
// runs the suite). tests/unit/clients/fixtures/mutt-variables.json holds both builds' variables,
// from init.h at mutt-2-2-12-rel (Debian 12 and Fedora ship 2.2.12, Homebrew 2.2.14).
//
// $ssl_force_tls is one global option, but receiving by APOP on a port without STLS needs it off
// while sending needs it on. So no file sets it globally: an `account-hook` matching the one
// server URL sets it (and $ssl_starttls) right before mutt connects there (hook.c
// mutt_account_hook, called by mutt_conn_find for POP and SMTP connections alike). A receive
// file and a send file therefore work appended in either order.
import type { Settings } from '../settings/schema.ts';
import { describe, emailOf, isIncoming, organizationWords, secretWords, smtpLimitWords, target, unconfirmedComment } from './common.ts';
import { SYSTEM_CA_FILE, type FileSnippet, type Method, type SnippetOptions } from './types.ts';
import type { Words } from '../i18n/index.ts';

export const muttMethods = ['pop3s', 'apops', 'apop', 'submission', 'submissions', 'smtp'] as const satisfies readonly Method[];
type MuttMethod = (typeof muttMethods)[number];
export const muttReceiveMethods = ['pop3s', 'apops', 'apop'] as const satisfies readonly MuttMethod[];
export type MuttReceive = (typeof muttReceiveMethods)[number];
/** How a combined file sends: one of mutt's own SMTP methods, or through msmtp ($sendmail). */
export const muttSendWays = ['submission', 'submissions', 'smtp', 'msmtp'] as const;
export type MuttSend = (typeof muttSendWays)[number];

/** The mutt commands that send through msmtp instead of mutt's own SMTP (see muttPairSnippet). */
export const MUTT_VIA_MSMTP = ['unset smtp_url', 'set sendmail = "msmtp"'] as const;

interface Part {
	/** Which password the service wants (a comment line), and mutt's variable for it; none without auth. */
	secret?: { line: string; variable: string } | undefined;
	/** The service's own lines (pop_host…, smtp_url…, account-hook). */
	body: string[];
}

// A mutt regular expression for one server URL as mutt_conn_find builds it
// ("scheme://[user@]host:port/"); `[.]` keeps dots literal without backslashes.
function urlPattern(scheme: string, host: string, port: number): string {
	return `^${scheme}://([^@/]+@)?${host.replaceAll('.', '[.]')}:${port}/`;
}

// The lines of one method, without the shared header and certificate lines.
function part(settings: Settings, method: MuttMethod, account: string, words: Words, options: SnippetOptions): Part {
	const w = words.config;
	const { connectAddress: _ignored, ...rest } = options;
	const t = target(settings, method, rest);
	const tls = t.service.tls;
	const secretVar = isIncoming(settings, method) ? 'pop_pass' : 'smtp_pass';
	const secretLine = isIncoming(settings, method) ? w.mutt.receivePassword : w.mutt.sendPassword;
	const secret =
		t.service.auth === 'none' ? undefined : { line: `# ${secretLine(secretWords(settings, method, words))}`, variable: secretVar };
	const body: string[] = [];
	let scheme: string;
	if (isIncoming(settings, method)) {
		scheme = tls === 'implicit' ? 'pops' : 'pop';
		body.push(
			`set pop_host = "${scheme}://${account}@${t.host}:${t.port}/"`,
			// Name the one mechanism the server accepts for this secret, so mutt never falls back.
			`set pop_authenticators = "${t.service.auth === 'apop-password' ? 'apop' : 'user'}"`,
			`set pop_delete = no    # ${w.mutt.popDelete}`,
			`# ${w.mutt.fetchKey}`,
		);
		if (tls === 'none') body.push(...w.clearApop.map((l) => `# ${l}`));
	} else {
		scheme = tls === 'implicit' ? 'smtps' : 'smtp';
		const user = t.service.auth === 'none' ? '' : `${account}@`;
		body.push(`set smtp_url = "${scheme}://${user}${t.host}:${t.port}/"`);
		if (t.service.auth === 'none') body.push(`# ${w.warning(smtpLimitWords(settings, words))}`);
	}
	body.push(
		tls === 'none' ? `# ${w.mutt.hookOptional(`${t.host}:${t.port}`)}` : `# ${w.mutt.hookForce(`${t.host}:${t.port}`)}`,
		`account-hook '${urlPattern(scheme, t.host, t.port)}' 'set ssl_force_tls = ${tls === 'none' ? 'no' : 'yes'} ssl_starttls = yes'`,
	);
	return { secret, body };
}

// Certificate checks every file ends with; see the header for why no CA file is named.
function certificateLines(words: Words, options: SnippetOptions): string[] {
	const w = words.config.mutt;
	const lines = w.verify.map((l) => `# ${l}`);
	const caFile = options.caFile ?? SYSTEM_CA_FILE;
	if (caFile !== SYSTEM_CA_FILE) lines.push(`# ${w.gnutlsOnly}`, `set ssl_ca_certificates_file = "${caFile}"`);
	lines.push('set ssl_verify_host = yes', 'set ssl_use_tlsv1 = no', 'set ssl_use_tlsv1_1 = no');
	return lines;
}

// Assemble a whole ~/.muttrc from parts.
function file(
	settings: Settings,
	methods: MuttMethod[],
	account: string,
	title: string,
	parts: Part[],
	extra: string[],
	words: Words,
	options: SnippetOptions,
): FileSnippet {
	const w = words.config;
	const method = methods[0]!;
	const lines = [`# ~/.muttrc: ${organizationWords(settings, words)} ${title}`, ...unconfirmedComment(settings, methods, words)];
	const secrets = parts.flatMap((p) => (p.secret ? [p.secret] : []));
	if (secrets.length) {
		lines.push(
			...secrets.map((s) => s.line),
			...w.mutt
				.noPassword(
					secrets.map((s) => s.variable),
					w.passwordSlot,
				)
				.map((l) => `# ${l}`),
			'# source ~/.mutt/secrets',
		);
	}
	lines.push(`set from = "${emailOf(settings, account)}"`, ...parts.flatMap((p) => p.body), ...extra, ...certificateLines(words, options));
	return {
		kind: 'file',
		client: 'mutt',
		method,
		filename: '.muttrc',
		path: '~/.muttrc',
		language: 'sh',
		text: lines.join('\n') + '\n',
		mode: 0o600,
	};
}

/**
 * Build ~/.muttrc lines for one method. mutt checks the certificate against the host it connects
 * to and has no option to name another, so `options.connectAddress` is ignored (tests resolve the
 * real host name to loopback instead). Comments are in the words' language.
 */
export function muttSnippet(
	settings: Settings,
	method: MuttMethod,
	account: string,
	words: Words,
	options: SnippetOptions = {},
): FileSnippet {
	const note = `# ${words.config.mutt.together}`;
	return withNote(
		file(
			settings,
			[method],
			account,
			describe(settings, method, words),
			[part(settings, method, account, words, options)],
			[],
			words,
			options,
		),
		note,
	);
}

// Put a comment line right after a file's first line.
function withNote(f: FileSnippet, note: string): FileSnippet {
	const [first, ...rest] = f.text.split('\n');
	return { ...f, text: [first, note, ...rest].join('\n') };
}

/**
 * One ~/.muttrc that receives by `receive` and sends by `send`: mutt's own SMTP, or msmtp (mutt
 * runs $sendmail only while $smtp_url is unset, send.c/sendlib.c: smtp_url takes precedence).
 * The file's `method` is the receiving one; `send` says how it sends.
 */
export function muttPairSnippet(
	settings: Settings,
	receive: MuttReceive,
	send: MuttSend,
	account: string,
	words: Words,
	options: SnippetOptions = {},
): FileSnippet {
	const parts = [part(settings, receive, account, words, options)];
	let title = `${describe(settings, receive, words)} + `;
	let extra: string[] = [];
	if (send === 'msmtp') {
		title += 'msmtp';
		extra = [`# ${words.config.mutt.viaMsmtp}`, ...MUTT_VIA_MSMTP];
	} else {
		title += describe(settings, send, words);
		parts.push(part(settings, send, account, words, options));
	}
	return { ...file(settings, send === 'msmtp' ? [receive] : [receive, send], account, title, parts, extra, words, options), send };
}
