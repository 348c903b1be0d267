// The real-client suite (issue 5): real mail clients, configured only by the files src/clients
// generates from the real content/settings.yaml, against a private Dovecot (POP3, POP3S,
// submission, submissions) and an aiosmtpd sink, all on loopback. Proof comes from Dovecot's log
// ("Login: user=<u>, method=APOP|PLAIN, …, TLS") and from the messages that arrive.
//
// THE ONE OVERRIDE: `onLoopback()` below is the only thing that changes what the generators see.
//   - port -> the test port of the same service (Dovecot and the sink listen on free high ports);
//   - host -> connect to 127.0.0.1 (SnippetOptions.connectAddress) while every client still checks
//     the certificate against the real host name (fetchmail `via` + `sslcommonname`, getmail6
//     `ssl_cert_hostname`, msmtp `tls_host_override`, stunnel `checkHost`). mutt has no option to
//     name another host, so its file keeps the real name and mutt runs in a private mount namespace
//     whose /etc/hosts maps the real names to 127.0.0.1 (`unshare -m`; nothing outside changes);
//   - CA -> the throw-away CA that signed the test certificate (SAN = the real host names).
// Negative cases call the same function with an unrelated CA or a host name the certificate lacks.
// Passwords are supplied the way each file's comments tell the user: ~/.netrc (fetchmail, msmtp),
// the password prompt on a terminal (getmail6), ~/.mutt/secrets sourced by mutt.
//
// Run: npm run test:mail   (vitest with tests/mail/vitest.config.ts; as root: it starts Dovecot and
// runs each client as `nobody`). One vitest test per check, grouped by client; the groups run at
// once, each with its own account. The last test fails when a message the troubleshooting pages
// quote was not found in a client's real output, so running only a few checks (`-t pattern`) fails
// it too, unless the pattern leaves it out.
// KEEP_MAIL_TMP=1 keeps the temp directory (configs, logs, mailboxes) for debugging.
import { spawn, type ChildProcess } from 'node:child_process';
import {
	accessSync,
	chmodSync,
	chownSync,
	constants,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, test } from 'vitest';
import {
	appleMobileconfig,
	checkAutoconfig,
	checkMobileconfig,
	fileSnippet,
	muttPairSnippet,
	muttReceiveMethods,
	stunnelConfig,
	thunderbirdAutoconfig,
	type ClientId,
	type FileSnippet,
	type Method,
	type MuttReceive,
	type MuttSend,
	type SnippetOptions,
} from '../../src/clients/index.ts';
import { mobileconfigContent } from '../../src/clients/mobileconfig.ts';
import { loadSettings } from '../../src/settings/load.ts';
import { locales, strings } from '../../src/i18n/index.ts';
import { incomingIds, outgoingIds, service, type Settings } from '../../src/settings/schema.ts';
import {
	fillMessage,
	messagePattern,
	OUTSIDE_RECIPIENT,
	quotedMessages,
	runnableClients,
	sourceKinds,
	type FailureId,
	type MessageClient,
	type QuotedMessage,
} from '../../src/troubleshooting/messages.ts';
import { opensslCheck, type OpensslMethod } from '../../src/troubleshooting/openssl.ts';
import { killGroup, killRunning, run, sh, type Answer, type RunResult } from './proc.ts';
import {
	freePorts,
	makeCertificates,
	NOBODY,
	startBlackhole,
	startDovecot,
	startSink,
	waitForPort,
	type Dovecot,
	type DovecotPorts,
	type Sink,
} from './servers.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');

// ---------------------------------------------------------------------------------------------
// The one override.

interface TestPorts extends ServerPorts {
	/**
	 * Local ports the stunnel tunnels accept on: each group has its own (two groups start stunnel at
	 * the same time; on one shared port the second stunnel cannot listen, and its client reaches the
	 * first one's tunnel).
	 */
	tunnelPop3: number;
	tunnelSmtp: number;
}

/** The ports of the servers every group shares. */
interface ServerPorts extends DovecotPorts {
	/** A port nothing listens on (connection refused). */
	closed: number;
	/** A port that drops connections like a firewall (the client times out). */
	blackhole: number;
	/** The plain SMTP server that relays only to the club domain (no SMTP-AUTH). */
	relaySink: number;
}

/**
 * Point the real settings at the loopback servers: each service's port becomes its test port, the
 * client connects to 127.0.0.1 but verifies the certificate for `host` (the real name unless a
 * negative case passes a wrong one), and trusts `caFile`. Plain SMTP (no auth) goes to the sink.
 */
function onLoopback(
	real: Settings,
	ports: TestPorts,
	caFile: string,
	host?: string,
	portOverride?: number,
): { settings: Settings; options: SnippetOptions } {
	const port: Record<Method, number> = {
		pop3s: ports.pop3s,
		apop: ports.pop3,
		apops: ports.pop3s,
		submission: ports.submission,
		submissions: ports.submissions,
		smtp: ports.sink,
	};
	const settings: Settings = structuredClone(real);
	for (const id of incomingIds)
		settings.incoming[id] = { ...settings.incoming[id], port: portOverride ?? port[id], ...(host ? { host } : {}) };
	for (const id of outgoingIds)
		settings.outgoing[id] = { ...settings.outgoing[id], port: portOverride ?? port[id], ...(host ? { host } : {}) };
	return {
		settings,
		options: {
			connectAddress: '127.0.0.1',
			caFile,
			localPorts: { pop3s: ports.tunnelPop3, apops: ports.tunnelPop3, submissions: ports.tunnelSmtp },
		},
	};
}

// ---------------------------------------------------------------------------------------------
// Requirements: fail (never skip) naming the Debian packages to install.

const REQUIRED: { path: string; pkg: string }[] = [
	{ path: '/usr/sbin/dovecot', pkg: 'dovecot-core' },
	{ path: '/usr/bin/doveadm', pkg: 'dovecot-core' },
	{ path: '/usr/lib/dovecot/pop3', pkg: 'dovecot-pop3d' },
	{ path: '/usr/lib/dovecot/submission', pkg: 'dovecot-submissiond' },
	{ path: '/usr/bin/fetchmail', pkg: 'fetchmail' },
	{ path: '/usr/bin/getmail', pkg: 'getmail6' },
	{ path: '/usr/bin/mutt', pkg: 'mutt' },
	{ path: '/usr/bin/msmtp', pkg: 'msmtp' },
	{ path: '/usr/bin/swaks', pkg: 'swaks' },
	{ path: '/usr/bin/stunnel4', pkg: 'stunnel4' },
	{ path: '/usr/bin/openssl', pkg: 'openssl' },
	{ path: '/usr/bin/python3', pkg: 'python3' },
	{ path: '/usr/bin/script', pkg: 'bsdutils' },
	{ path: '/usr/bin/unshare', pkg: 'util-linux' },
	{ path: '/usr/bin/setpriv', pkg: 'util-linux' },
	{ path: '/usr/bin/mount', pkg: 'mount' },
];

// Return the Debian packages whose programs (or the aiosmtpd module) are missing.
async function missingPackages(): Promise<string[]> {
	const missing = new Set<string>();
	for (const { path, pkg } of REQUIRED) {
		try {
			accessSync(path, constants.X_OK);
		} catch {
			missing.add(pkg);
		}
	}
	if (!missing.has('python3')) {
		const r = await run(['/usr/bin/python3', '-c', 'import aiosmtpd']);
		if (r.code !== 0) missing.add('python3-aiosmtpd');
	}
	// swaks speaks TLS only with Net::SSLeay (a Recommends that --no-install-recommends leaves out).
	if ((await run(['perl', '-MNet::SSLeay', '-e', '1'])).code !== 0) missing.add('libnet-ssleay-perl');
	return [...missing];
}

// ---------------------------------------------------------------------------------------------
// Checks: each is one vitest test, named; a group's checks run in order, the groups at once.

/** Declare one check of a group; its body gets the group's world (servers, account, ports). */
type Check = (name: string, body: (w: World) => Promise<void>) => void;

// Throw with the client's output attached unless `ok`.
function expect(ok: boolean, what: string, r?: RunResult): void {
	if (!ok)
		throw new Error(
			`${what}${r ? `\n--- exit ${r.code}${r.timedOut ? ' (timed out)' : ''}; output:\n${r.output.trim().slice(-1500)}` : ''}`,
		);
}

// ---------------------------------------------------------------------------------------------
// The world the clients run in.

/** Every account's passwords on the test server: the login password and a different APOP secret. */
const PASSWORDS = { login: 'Login-pass-7Qz', apop: 'Apop-secret-3Kx' } as const;

interface World {
	tmp: string;
	real: Settings;
	/** The account this group of checks uses (each group has its own, so groups run concurrently). */
	user: string;
	/** That account's Maildir on the server. */
	maildir: string;
	loginPassword: string;
	apopPassword: string;
	ports: TestPorts;
	certs: { caFile: string; wrongCaFile: string };
	dovecot: Dovecot;
	sink: Sink;
	/** Plain SMTP that refuses to relay outside the club domain. */
	relaySink: Sink;
	hostsFile: string;
	wrongHost: string;
}

let homeCount = 0;

// Make a fresh home directory owned by `nobody`.
function newHome(w: World, label: string): string {
	const h = join(w.tmp, 'homes', `${String(++homeCount).padStart(2, '0')}-${label}`);
	mkdirSync(h, { recursive: true });
	chownSync(h, NOBODY.uid, NOBODY.gid);
	chmodSync(h, 0o700);
	return h;
}

// Write `text` at `~/rel` inside home `h` (parents too), owned by nobody, with `mode`.
function put(h: string, rel: string, text: string, mode = 0o600): string {
	const path = join(h, rel.replace(/^~\//, ''));
	let dir = dirname(path);
	const toChown: string[] = [];
	while (dir.length > h.length && !existsSync(dir)) {
		toChown.push(dir);
		dir = dirname(dir);
	}
	mkdirSync(dirname(path), { recursive: true });
	for (const d of toChown) chownSync(d, NOBODY.uid, NOBODY.gid);
	writeFileSync(path, text);
	chownSync(path, NOBODY.uid, NOBODY.gid);
	chmodSync(path, mode);
	return path;
}

// Install a generated file at the path and with the mode the snippet says.
function install(h: string, file: FileSnippet): string {
	return put(h, file.path, file.text, file.mode ?? 0o644);
}

/**
 * How a negative case departs from the working setup: an unrelated CA, a host name the certificate
 * lacks, another port (closed, or one that drops packets), a change to the generated file (the
 * mistake a student makes, e.g. encryption switched off), extra command-line arguments (a short
 * timeout, so the suite does not wait minutes).
 */
interface Variant {
	caFile?: string;
	host?: string;
	port?: number;
	edit?: (text: string) => string;
	args?: string[];
	/** Recipient instead of the usual outside address. */
	to?: string;
	/** mutt on a terminal: keys to press after G, each when its prompt shows. */
	keys?: Answer[];
}

// The clients run the Japanese edition's files; the English edition's differ only in comments
// (tests/unit/clients/languages.test.ts compares them line by line).
const words = strings('ja');

// Generate a client's file through the one override (and the variant's edit).
function generate(w: World, client: ClientId, method: Method, variant: Variant = {}): { file: FileSnippet; settings: Settings } {
	const { settings, options } = onLoopback(w.real, w.ports, variant.caFile ?? w.certs.caFile, variant.host, variant.port);
	const file = fileSnippet(settings, client, method, w.user, words, options);
	return { file: variant.edit ? { ...file, text: variant.edit(file.text) } : file, settings };
}

// Run argv as `nobody` with HOME = h.
function asNobody(argv: string[]): string[] {
	return ['setpriv', `--reuid=${NOBODY.uid}`, `--regid=${NOBODY.gid}`, '--clear-groups', ...argv];
}
const envFor = (h: string, extra: Record<string, string> = {}) => ({ HOME: h, USER: 'nobody', LOGNAME: 'nobody', TERM: 'xterm', ...extra });

// Put one fresh message with `token` as its subject into the user's mailbox (only that one).
function seed(w: World, token: string): void {
	for (const sub of ['new', 'cur']) for (const f of readdirSync(join(w.maildir, sub))) rmSync(join(w.maildir, sub, f));
	const file = join(w.maildir, 'new', `${Date.now()}.${token}.test`);
	writeFileSync(
		file,
		`From: sender@example.org\nTo: ${w.user}@${w.real.domain}\nSubject: ${token}\nMessage-ID: <${token}@test>\n\nbody of ${token}\n`,
	);
	chownSync(file, NOBODY.uid, NOBODY.gid);
}

let tokenCount = 0;
const newToken = (label: string) => `t${++tokenCount}-${label}-${process.pid}`;

// Wait until Dovecot logged a login for the user with `method` (and TLS or not) after `offset`.
async function expectLogin(
	w: World,
	offset: number,
	service: 'pop3' | 'submission',
	method: 'APOP' | 'PLAIN' | 'LOGIN',
	tls: boolean,
	lip = '127.0.0.1',
): Promise<void> {
	const re = new RegExp(
		`${service}-login: Info: Login: user=<${w.user}>, method=${method}, rip=[^,]+, lip=${lip.replace(/\./g, '\\.')}, mpid=\\d+(, (TLS|secured))?`,
	);
	let log = '';
	for (let i = 0; i < 40; i++) {
		log = w.dovecot.logSince(offset);
		const m = re.exec(log);
		if (m) {
			const got = m[2] === 'TLS';
			expect(got === tls, `Dovecot logged the login ${tls ? 'without' : 'with'} TLS: ${m[0]}`);
			return;
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(
		`Dovecot logged no "${service}-login: Login: user=<${w.user}>, method=${method}, …${tls ? ', TLS' : ''}"; its log since:\n${log.trim().slice(-1200)}`,
	);
}

// Expect no successful login of the group's user after `offset` (and, if given, one of its log
// lines matching `refusal`, waited for: Dovecot logs a refusal when the client hangs up, a moment
// after the client exits). Only lines about this user (or `about`) count: other groups run too.
async function expectNoLogin(w: World, offset: number, refusal?: RegExp, about = `user=<${w.user}>`): Promise<void> {
	const lines = () =>
		w.dovecot
			.logSince(offset)
			.split('\n')
			.filter((l) => l.includes(about))
			.join('\n');
	let log = lines();
	for (let i = 0; i < 60 && (refusal ? !refusal.test(log) : i < 4); i++) {
		await new Promise((r) => setTimeout(r, 50));
		log = lines();
	}
	expect(!/Info: Login: /.test(log), `Dovecot logged a successful login:\n${log.trim()}`);
	if (refusal) expect(refusal.test(log), `Dovecot's log lacks ${refusal}:\n${log.trim()}`);
}

// Wait for a message whose text contains `token` to arrive in the sink.
async function expectInSink(w: World, token: string): Promise<string> {
	for (let i = 0; i < 60; i++) {
		const m = w.sink.messages().find((t) => t.includes(token));
		if (m) return m;
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`no message with "${token}" arrived in the SMTP sink`);
}
const notInSink = (w: World, token: string) => !w.sink.messages().some((t) => t.includes(token));

// A message to send, with `token` as subject.
const message = (w: World, token: string, to = OUTSIDE_RECIPIENT) =>
	`From: ${w.user}@${w.real.domain}\nTo: ${to}\nSubject: ${token}\n\nbody of ${token}\n`;

// ---------------------------------------------------------------------------------------------
// Client runners: each installs the generated file in a fresh home, supplies the secret as the
// file's comments say, runs the real client as nobody, and returns its result.

// fetchmail reads ~/.fetchmailrc and the password from ~/.netrc; it forwards mail to the sink.
async function fetchmail(w: World, method: Method, secret: string, variant: Variant = {}): Promise<RunResult> {
	const h = newHome(w, `fetchmail-${method}`);
	const { file, settings } = generate(w, 'fetchmail', method, variant);
	install(h, file);
	put(h, '.netrc', `machine ${service(settings, method).host} login ${w.user} password ${secret}\n`);
	return run(asNobody(['fetchmail', '--nodetach', '--nosyslog', '--smtphost', `127.0.0.1/${w.ports.sink}`, ...(variant.args ?? [])]), {
		env: envFor(h),
		timeoutMs: 15_000,
	});
}

// getmail6 reads ~/.config/getmail/getmailrc and asks for the password on the terminal.
async function getmail(w: World, method: Method, secret: string, variant: Variant = {}): Promise<{ r: RunResult; maildir: string }> {
	const h = newHome(w, `getmail-${method}`);
	const { file } = generate(w, 'getmail', method, variant);
	const rc = install(h, file);
	for (const d of ['cur', 'new', 'tmp']) put(h, `Maildir/${d}/.keep`, '');
	const cmd = ['getmail', '--getmaildir', dirname(rc), '--rcfile', 'getmailrc'].map(sh).join(' ');
	const r = await run(asNobody(['script', '-qec', cmd, '/dev/null']), {
		env: envFor(h),
		answer: { prompt: /Enter password for [^\n]*: ?$/, text: secret },
		timeoutMs: 15_000,
	});
	return { r, maildir: join(h, 'Maildir') };
}

// mutt reads ~/.muttrc (+ ~/.mutt/secrets, as its comments say) in a namespace with our /etc/hosts.
async function mutt(
	w: World,
	method: Method,
	secret: string,
	mode: 'fetch' | 'send' | 'fetch-fails',
	token: string,
	variant: Variant = {},
): Promise<{ r: RunResult; spool: string }> {
	const h = newHome(w, `mutt-${method}`);
	const { file } = generate(w, 'mutt', method, variant);
	install(h, file);
	put(h, '.mutt/secrets', `set ${mode === 'fetch' ? 'pop_pass' : 'smtp_pass'} = "${secret}"\n`);
	return runMutt(h, mode, token, w.hostsFile, variant);
}

// Run mutt as nobody with home `h` (its ~/.muttrc and ~/.mutt/secrets in place) in a mount
// namespace whose /etc/hosts is `hostsFile`: fetch by POP (G), a fetch that fails (the variant's keys),
// or send one message with `token`.
async function runMutt(
	h: string,
	mode: 'fetch' | 'send' | 'fetch-fails',
	token: string,
	hostsFile: string,
	variant: Variant = {},
): Promise<{ r: RunResult; spool: string }> {
	if (!existsSync(join(h, 'Mail'))) {
		mkdirSync(join(h, 'Mail'));
		chownSync(join(h, 'Mail'), NOBODY.uid, NOBODY.gid);
	}
	const spool = join(h, 'spool');
	const base = ['mutt', '-n', '-F', join(h, '.muttrc'), '-e', `source ${join(h, '.mutt/secrets')}`];
	let inner: string[];
	let input: string | undefined;
	let answer: Answer[] | undefined;
	if (mode === 'fetch') {
		// POP needs a terminal: fetch (G), then quit.
		inner = ['script', '-qec', [...base, '-e', 'push <fetch-mail><quit>'].map(sh).join(' '), '/dev/null'];
	} else if (mode === 'fetch-fails') {
		// A failing fetch, typed as a person would: mutt draws its error only when it waits for a key
		// (a pushed <quit> would leave before). Press G on the index, then the variant's keys, each
		// once mutt shows what it answers.
		inner = ['script', '-qec', base.map(sh).join(' '), '/dev/null'];
		put(h, 'spool', ''); // an empty mailbox: mutt opens its index without complaining first
		answer = [{ prompt: /Mutt: /, text: 'G', enter: false }, ...(variant.keys ?? [])];
	} else {
		inner = [...base, '-s', token, '--', variant.to ?? OUTSIDE_RECIPIENT];
		input = `body of ${token}\n`;
	}
	const argv = ['unshare', '-m', 'sh', '-c', 'mount --bind "$0" /etc/hosts && exec "$@"', hostsFile, ...asNobody(inner)];
	const r = await run(argv, {
		env: envFor(h, { MAIL: spool }),
		...(input === undefined ? {} : { input }),
		...(answer ? { answer } : {}),
		timeoutMs: 15_000,
	});
	return { r, spool };
}

// msmtp reads ~/.msmtprc and the password from ~/.netrc.
async function msmtp(w: World, method: Method, secret: string, token: string, variant: Variant = {}): Promise<RunResult> {
	const h = newHome(w, `msmtp-${method}`);
	const { file } = generate(w, 'msmtp', method, variant);
	install(h, file);
	put(h, '.netrc', `machine 127.0.0.1 login ${w.user} password ${secret}\n`);
	return run(asNobody(['msmtp', '-t', ...(variant.args ?? [])]), {
		env: envFor(h),
		input: message(w, token, variant.to),
		timeoutMs: 15_000,
	});
}

// Start stunnel with the generated stunnel.conf (one tunnel, or `both`: POP3S and submissions in one
// file); return a stopper. Resolves once it listens.
async function stunnel(
	w: World,
	method: Method | 'both',
	variant: Variant = {},
): Promise<{ stop: () => Promise<void>; port: number; output: () => string }> {
	const h = newHome(w, `stunnel-${method}`);
	let conf: string;
	if (method === 'both') {
		const { settings, options } = onLoopback(w.real, w.ports, variant.caFile ?? w.certs.caFile, variant.host);
		conf = put(h, '~/stunnel.conf', stunnelConfig(settings, ['pop3s', 'submissions'], w.user, words, options), 0o644);
	} else {
		conf = install(h, generate(w, 'stunnel', method, variant).file);
	}
	const port = method === 'submissions' ? w.ports.tunnelSmtp : w.ports.tunnelPop3;
	const child: ChildProcess = spawn('setpriv', [`--reuid=${NOBODY.uid}`, `--regid=${NOBODY.gid}`, '--clear-groups', 'stunnel4', conf], {
		env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', ...envFor(h) },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	children.add(child);
	let output = '';
	child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
	child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
	const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
	const stop = async () => {
		killGroup(child);
		await closed;
		children.delete(child);
	};
	try {
		await waitForPort('127.0.0.1', port, 5000);
	} catch (e) {
		await stop();
		throw new Error(`stunnel did not start: ${(e as Error).message}\n${output}`, { cause: e });
	}
	return { stop, port, output: () => output };
}

// The plain POP3 client (python poplib): through a tunnel, or probing the server directly.
function popclient(
	host: string,
	port: number,
	mode: 'user' | 'apop',
	user: string,
	secret: string,
	tls?: { caFile: string; name: string },
): Promise<RunResult> {
	const args = ['/usr/bin/python3', join(HERE, 'popclient.py'), host, String(port), mode, user, secret];
	if (tls) args.push('tls', tls.caFile, tls.name);
	return run(args, { timeoutMs: 15_000 });
}

// swaks, for SMTP AUTH without a config file.
function swaks(w: World, host: string, port: number, token: string, extra: string[]): Promise<RunResult> {
	return run(
		[
			'swaks',
			'--server',
			host,
			'--port',
			String(port),
			'--from',
			`${w.user}@${w.real.domain}`,
			'--to',
			'friend@example.org',
			'--header',
			`Subject: ${token}`,
			'--body',
			`body of ${token}`,
			...extra,
		],
		{ timeoutMs: 15_000 },
	);
}

// ---------------------------------------------------------------------------------------------
// The checks.

const certRefusal = /certificate|verif|ssl|tls|handshake/i;
// The variants a negative case passes to the one override.
const wrongCaOf = (w: World) => ({ caFile: w.certs.wrongCaFile });
const wrongHostOf = (w: World) => ({ host: w.wrongHost });
const closedOf = (w: World) => ({ port: w.ports.closed });
const droppedOf = (w: World) => ({ port: w.ports.blackhole });

// fetchmail: POP3S, APOP over TLS, APOP; wrong secrets; wrong CA and host name.
function fetchmailGroup(check: Check): void {
	const { login, apop } = PASSWORDS;
	for (const [method, secret, logMethod, tls] of [
		['pop3s', login, 'PLAIN', true],
		['apops', apop, 'APOP', true],
		['apop', apop, 'APOP', false],
	] as const) {
		check(`fetchmail ${method}: ${logMethod}${tls ? ' over TLS' : ' without TLS'}, message forwarded`, async (w) => {
			const token = newToken(`fetchmail-${method}`);
			seed(w, token);
			const offset = w.dovecot.logSize();
			const r = await fetchmail(w, method, secret);
			expect(r.code === 0, 'fetchmail did not retrieve the message', r);
			await expectLogin(w, offset, 'pop3', logMethod, tls);
			await expectInSink(w, token);
		});
	}
	check('fetchmail apops with the login password: refused (APOP wants the popauth secret)', async (w) => {
		seed(w, newToken('fetchmail-apop-wrong'));
		const offset = w.dovecot.logSize();
		const r = await fetchmail(w, 'apops', login);
		expect(r.code === 3, 'fetchmail did not report an authentication failure (exit 3)', r);
		await expectNoLogin(w, offset, /auth failed.*method=APOP/);
		expectQuoted(w, r.output, 'fetchmail', 'auth-failed', 'apops');
	});
	check('fetchmail pop3s with the APOP password: refused (USER/PASS wants the login password)', async (w) => {
		seed(w, newToken('fetchmail-pop3s-wrong'));
		const offset = w.dovecot.logSize();
		const r = await fetchmail(w, 'pop3s', apop);
		expect(r.code === 3, 'fetchmail did not report an authentication failure (exit 3)', r);
		await expectNoLogin(w, offset, /auth failed.*method=PLAIN/);
	});
	for (const [label, variantOf, failure] of [
		['an unrelated CA', wrongCaOf, 'untrusted-ca'],
		['a wrong host name', wrongHostOf, 'wrong-host'],
	] as const) {
		check(`fetchmail pop3s with ${label}: certificate refused`, async (w) => {
			const variant = variantOf(w);
			seed(w, newToken('fetchmail-cert'));
			const offset = w.dovecot.logSize();
			const r = await fetchmail(w, 'pop3s', login, variant);
			expect(r.code === 2 && certRefusal.test(r.output), 'fetchmail did not refuse the certificate (exit 2)', r);
			await expectNoLogin(w, offset);
			expectQuoted(w, r.output, 'fetchmail', failure, 'pop3s', variant);
		});
	}
}

// getmail6: POP3S, APOP over SSL, APOP; wrong CA and host name.
function getmailGroup(check: Check): void {
	const { login, apop } = PASSWORDS;
	for (const [method, secret, logMethod, tls] of [
		['pop3s', login, 'PLAIN', true],
		['apops', apop, 'APOP', true],
		['apop', apop, 'APOP', false],
	] as const) {
		check(`getmail6 ${method}: ${logMethod}${tls ? ' over TLS' : ' without TLS'}, message in ~/Maildir`, async (w) => {
			const token = newToken(`getmail-${method}`);
			seed(w, token);
			const offset = w.dovecot.logSize();
			const { r, maildir } = await getmail(w, method, secret);
			expect(r.code === 0, 'getmail failed', r);
			await expectLogin(w, offset, 'pop3', logMethod, tls);
			const got = readdirSync(join(maildir, 'new')).map((f) => readFileSync(join(maildir, 'new', f), 'utf8'));
			expect(
				got.some((t) => t.includes(`Subject: ${token}`)),
				`~/Maildir/new lacks the message (${got.length} files)`,
				r,
			);
		});
	}
	for (const [label, variantOf] of [
		['an unrelated CA', wrongCaOf],
		['a wrong host name', wrongHostOf],
	] as const) {
		check(`getmail6 pop3s with ${label}: certificate refused`, async (w) => {
			const variant = variantOf(w);
			seed(w, newToken('getmail-cert'));
			const offset = w.dovecot.logSize();
			const { r } = await getmail(w, 'pop3s', login, variant);
			expect(r.code !== 0 && certRefusal.test(r.output) && !r.timedOut, 'getmail did not refuse the certificate', r);
			await expectNoLogin(w, offset);
		});
	}
}

// mutt: POP over SSL (USER and APOP), sending by submission and submissions; wrong CA and host.
function muttGroup(check: Check): void {
	const { login, apop } = PASSWORDS;
	for (const [method, secret, logMethod] of [
		['pop3s', login, 'PLAIN'],
		['apops', apop, 'APOP'],
	] as const) {
		check(`mutt ${method}: ${logMethod} over TLS, message fetched into the spool`, async (w) => {
			const token = newToken(`mutt-${method}`);
			seed(w, token);
			const offset = w.dovecot.logSize();
			const { r, spool } = await mutt(w, method, secret, 'fetch', token);
			expect(r.code === 0 && !r.timedOut, 'mutt failed', r);
			await expectLogin(w, offset, 'pop3', logMethod, true);
			expect(existsSync(spool) && readFileSync(spool, 'utf8').includes(`Subject: ${token}`), 'the spool lacks the message', r);
		});
	}
	check('mutt apop (pop://, port 110): APOP, upgraded with STARTTLS because the server offers it', async (w) => {
		const token = newToken('mutt-apop');
		seed(w, token);
		const offset = w.dovecot.logSize();
		const { r, spool } = await mutt(w, 'apop', apop, 'fetch', token);
		expect(r.code === 0 && !r.timedOut, 'mutt failed', r);
		await expectLogin(w, offset, 'pop3', 'APOP', true);
		expect(existsSync(spool) && readFileSync(spool, 'utf8').includes(`Subject: ${token}`), 'the spool lacks the message', r);
	});
	check('mutt smtp (no auth): message delivered to the plain SMTP server', async (w) => {
		const token = newToken('mutt-smtp');
		const { r } = await mutt(w, 'smtp', '', 'send', token);
		expect(r.code === 0, 'mutt could not send', r);
		await expectInSink(w, token);
	});
	for (const method of ['submission', 'submissions'] as const) {
		check(`mutt ${method}: SMTP AUTH over TLS, message relayed to the sink`, async (w) => {
			const token = newToken(`mutt-${method}`);
			const offset = w.dovecot.logSize();
			const { r } = await mutt(w, method, login, 'send', token);
			expect(r.code === 0, 'mutt could not send', r);
			await expectLogin(w, offset, 'submission', 'PLAIN', true);
			await expectInSink(w, token);
		});
	}
	for (const [label, variantOf, method] of [
		['an unrelated CA', wrongCaOf, 'submission'],
		['a wrong host name', wrongHostOf, 'submissions'],
	] as const) {
		check(`mutt ${method} with ${label}: certificate refused`, async (w) => {
			const variant = variantOf(w);
			const token = newToken('mutt-cert');
			const offset = w.dovecot.logSize();
			const { r } = await mutt(w, method, login, 'send', token, variant);
			expect(r.code !== 0 && !r.timedOut && certRefusal.test(r.output), 'mutt did not refuse the certificate', r);
			await expectNoLogin(w, offset);
			expect(notInSink(w, token), 'the message arrived anyway');
		});
	}
}

// A hosts file for mutt's namespace: each real host name → the given loopback address.
function hostsFileFor(w: World, name: string, address: Partial<Record<'pop3' | 'smtp', string>>): string {
	const pop3 = w.real.incoming.pop3s.host;
	const smtp = w.real.outgoing.submission.host;
	const path = join(w.tmp, `hosts-${name}`);
	writeFileSync(path, `127.0.0.1\tlocalhost\n${address.pop3 ?? '127.0.0.1'}\t${pop3}\n${address.smtp ?? '127.0.0.1'}\t${smtp}\n`);
	chmodSync(path, 0o644);
	return path;
}

// mutt with ONE ~/.muttrc for a receive × send pair, as the page offers them (muttPairSnippet),
// both halves exercised with the same file; APOP also against a POP3 listener without STLS
// (127.0.0.3), where the send half must still force TLS; the single-method files appended in both
// orders; and mutt sending through msmtp by the page's file.
function muttPairGroup(check: Check): void {
	const { login, apop } = PASSWORDS;
	const secretOf = (w: World, m: Method) => (service(w.real, m).auth === 'apop-password' ? apop : login);
	// mutt's /etc/hosts: every name on 127.0.0.1, or the POP3 host on 127.0.0.3 (no STLS there).
	const hostsOf = (w: World, pop3: 'stls' | 'no-stls') =>
		pop3 === 'stls' ? hostsFileFor(w, 'pair', {}) : hostsFileFor(w, 'pair-nostls', { pop3: '127.0.0.3' });
	// Install `text` as ~/.muttrc with both secrets; fetch, check the POP login; send, check the relay.
	const both = async (
		w: World,
		label: string,
		text: string,
		receive: MuttReceive,
		send: 'submission' | 'submissions' | 'smtp',
		pop3: 'stls' | 'no-stls',
	) => {
		const hostsFile = hostsOf(w, pop3);
		const h = newHome(w, `mutt-${label}`);
		put(h, '.muttrc', text);
		put(h, '.mutt/secrets', `set pop_pass = "${secretOf(w, receive)}"\nset smtp_pass = "${login}"\n`);
		const token = newToken(`mutt-${label}`);
		seed(w, token);
		let offset = w.dovecot.logSize();
		const fetched = await runMutt(h, 'fetch', token, hostsFile);
		expect(fetched.r.code === 0 && !fetched.r.timedOut, 'mutt could not fetch', fetched.r);
		const lip = pop3 === 'no-stls' ? '127.0.0.3' : '127.0.0.1';
		// Over TLS unless APOP on port 110 without STLS (with STLS offered, mutt upgrades).
		const tls = service(w.real, receive).tls === 'implicit' || pop3 === 'stls';
		await expectLogin(w, offset, 'pop3', service(w.real, receive).auth === 'apop-password' ? 'APOP' : 'PLAIN', tls, lip);
		expect(
			existsSync(fetched.spool) && readFileSync(fetched.spool, 'utf8').includes(`Subject: ${token}`),
			'the spool lacks the message',
			fetched.r,
		);
		offset = w.dovecot.logSize();
		const sent = await runMutt(h, 'send', token, hostsFile);
		expect(sent.r.code === 0 && !sent.r.timedOut, 'mutt could not send', sent.r);
		if (send !== 'smtp') await expectLogin(w, offset, 'submission', 'PLAIN', true);
		await expectInSink(w, token);
	};
	const pairFile = (w: World, receive: MuttReceive, send: MuttSend) => {
		const { settings, options } = onLoopback(w.real, w.ports, w.certs.caFile);
		return muttPairSnippet(settings, receive, send, w.user, words, options).text;
	};
	for (const receive of muttReceiveMethods) {
		for (const send of ['submission', 'submissions', 'smtp'] as const) {
			check(`mutt ${receive} + ${send}: one file fetches and sends`, (w) =>
				both(w, `${receive}-${send}`, pairFile(w, receive, send), receive, send, 'stls'),
			);
		}
	}
	for (const send of ['submission', 'submissions'] as const) {
		check(`mutt apop + ${send}, POP3 port without STLS: APOP unencrypted, sending still over TLS`, (w) =>
			both(w, `apop-nostls-${send}`, pairFile(w, 'apop', send), 'apop', send, 'no-stls'),
		);
	}
	// The single-method files, appended into one ~/.muttrc in either order (their comments say so).
	for (const [first, second] of [
		['apop', 'submission'],
		['submission', 'apop'],
	] as const) {
		check(`mutt: the ${first} file, then the ${second} file, in one ~/.muttrc (no STLS on POP3)`, (w) =>
			both(
				w,
				`append-${first}-${second}`,
				generate(w, 'mutt', first).file.text + generate(w, 'mutt', second).file.text,
				'apop',
				'submission',
				'no-stls',
			),
		);
	}
	// The page's mutt + msmtp file. In mutt's namespace the SMTP host name leads nowhere (127.0.0.9,
	// nothing listens), so only msmtp (which connects to 127.0.0.1 by its own file) can deliver.
	const viaMsmtp = async (w: World, label: string, text: string) => {
		const unreachable = hostsFileFor(w, 'pair-msmtp', { smtp: '127.0.0.9' });
		const h = newHome(w, `mutt-${label}`);
		put(h, '.muttrc', text);
		put(h, '.mutt/secrets', `set pop_pass = "${login}"\n`);
		install(h, generate(w, 'msmtp', 'submission').file);
		put(h, '.netrc', `machine 127.0.0.1 login ${w.user} password ${login}\n`);
		const token = newToken(`mutt-${label}`);
		const offset = w.dovecot.logSize();
		return { token, offset, ...(await runMutt(h, 'send', token, unreachable)) };
	};
	check("mutt + msmtp (the page's file): mutt hands the message to msmtp, which relays it by SMTP AUTH", async (w) => {
		const { r, token, offset } = await viaMsmtp(w, 'msmtp', pairFile(w, 'pop3s', 'msmtp'));
		expect(r.code === 0 && !r.timedOut, 'mutt could not send', r);
		await expectLogin(w, offset, 'submission', 'PLAIN', true);
		const m = await expectInSink(w, token);
		// Dovecot's Received line names the client's EHLO: msmtp's (its `domain` defaults to
		// "localhost", msmtp(1)); mutt's own SMTP would greet with this machine's name.
		expect(/^Received: from localhost \(/m.test(m), `Dovecot did not get the message from msmtp (EHLO localhost):\n${m.slice(0, 800)}`);
	});
	check('mutt + msmtp the old way (smtp_url kept, only sendmail set): mutt ignores msmtp', async (w) => {
		const old = pairFile(w, 'pop3s', 'submission') + 'set sendmail = "msmtp"\n';
		const { r, token } = await viaMsmtp(w, 'msmtp-old', old);
		expect(r.code !== 0 && notInSink(w, token), 'mutt sent through msmtp although smtp_url was set', r);
	});
}

// msmtp: 587 STARTTLS, 465, plain SMTP; the APOP secret refused; wrong CA and host name.
function msmtpGroup(check: Check): void {
	const { login, apop } = PASSWORDS;
	for (const method of ['submission', 'submissions'] as const) {
		check(`msmtp ${method} (${method === 'submission' ? 'STARTTLS' : 'implicit TLS'}): SMTP AUTH, message relayed`, async (w) => {
			const token = newToken(`msmtp-${method}`);
			const offset = w.dovecot.logSize();
			const r = await msmtp(w, method, login, token);
			expect(r.code === 0, 'msmtp could not send', r);
			await expectLogin(w, offset, 'submission', 'PLAIN', true);
			await expectInSink(w, token);
		});
	}
	check('msmtp smtp (no auth, no TLS): message delivered to the plain SMTP server', async (w) => {
		const token = newToken('msmtp-smtp');
		const r = await msmtp(w, 'smtp', '', token);
		expect(r.code === 0, 'msmtp could not send', r);
		await expectInSink(w, token);
	});
	check('msmtp submission with the APOP password: refused', async (w) => {
		const token = newToken('msmtp-wrong');
		const offset = w.dovecot.logSize();
		const r = await msmtp(w, 'submission', apop, token);
		expect(r.code !== 0 && /auth/i.test(r.output), 'msmtp was not refused', r);
		await expectNoLogin(w, offset);
		expect(notInSink(w, token), 'the message arrived anyway');
	});
	for (const [label, variantOf, method] of [
		['an unrelated CA', wrongCaOf, 'submission'],
		['a wrong host name', wrongHostOf, 'submissions'],
		['an unrelated CA', wrongCaOf, 'submissions'],
		['a wrong host name', wrongHostOf, 'submission'],
	] as const) {
		check(`msmtp ${method} with ${label}: certificate refused`, async (w) => {
			const variant = variantOf(w);
			const token = newToken('msmtp-cert');
			const offset = w.dovecot.logSize();
			const r = await msmtp(w, method, login, token, variant);
			expect(r.code !== 0 && certRefusal.test(r.output), 'msmtp did not refuse the certificate', r);
			await expectNoLogin(w, offset);
			expect(notInSink(w, token), 'the message arrived anyway');
		});
	}
}

// stunnel in client mode with clients that have no SSL; wrong CA and host name.
function stunnelGroup(check: Check): void {
	const { login, apop } = PASSWORDS;
	for (const [method, mode, secret, logMethod] of [
		['pop3s', 'user', login, 'PLAIN'],
		['apops', 'apop', apop, 'APOP'],
	] as const) {
		check(`stunnel ${method} + plain POP3 client (${mode.toUpperCase()}): Dovecot sees ${logMethod} over TLS`, async (w) => {
			const token = newToken(`stunnel-${method}`);
			seed(w, token);
			const tunnel = await stunnel(w, method);
			try {
				const offset = w.dovecot.logSize();
				const r = await popclient('127.0.0.1', tunnel.port, mode, w.user, secret);
				expect(r.code === 0 && r.output.includes(`Subject: ${token}`), 'no message through the tunnel', r);
				await expectLogin(w, offset, 'pop3', logMethod, true);
			} finally {
				await tunnel.stop();
			}
		});
	}
	check('stunnel submissions + swaks without TLS (AUTH PLAIN): relayed, Dovecot sees TLS', async (w) => {
		const token = newToken('stunnel-smtp');
		const tunnel = await stunnel(w, 'submissions');
		try {
			const offset = w.dovecot.logSize();
			const r = await swaks(w, '127.0.0.1', tunnel.port, token, ['--auth', 'PLAIN', '--auth-user', w.user, '--auth-password', login]);
			expect(r.code === 0, 'swaks could not send through the tunnel', r);
			await expectLogin(w, offset, 'submission', 'PLAIN', true);
			await expectInSink(w, token);
		} finally {
			await tunnel.stop();
		}
	});
	check('stunnel with both tunnels in one file: POP3 (USER) and SMTP AUTH through one process', async (w) => {
		const token = newToken('stunnel-both');
		seed(w, token);
		const tunnel = await stunnel(w, 'both');
		try {
			await waitForPort('127.0.0.1', w.ports.tunnelSmtp, 5000);
			const offset = w.dovecot.logSize();
			const pop = await popclient('127.0.0.1', w.ports.tunnelPop3, 'user', w.user, login);
			expect(pop.code === 0 && pop.output.includes(`Subject: ${token}`), 'no message through the POP3 tunnel', pop);
			await expectLogin(w, offset, 'pop3', 'PLAIN', true);
			const smtp = await swaks(w, '127.0.0.1', w.ports.tunnelSmtp, `${token}-sent`, [
				'--auth',
				'PLAIN',
				'--auth-user',
				w.user,
				'--auth-password',
				login,
			]);
			expect(smtp.code === 0, 'swaks could not send through the SMTP tunnel', smtp);
			await expectLogin(w, offset, 'submission', 'PLAIN', true);
			await expectInSink(w, `${token}-sent`);
		} finally {
			await tunnel.stop();
		}
	});
	for (const [label, variantOf, failure] of [
		['an unrelated CA', wrongCaOf, 'untrusted-ca'],
		['a wrong host name', wrongHostOf, 'wrong-host'],
	] as const) {
		check(`stunnel pop3s with ${label}: certificate refused, the client gets nothing`, async (w) => {
			const variant = variantOf(w);
			const tunnel = await stunnel(w, 'pop3s', variant);
			try {
				const offset = w.dovecot.logSize();
				const r = await popclient('127.0.0.1', tunnel.port, 'user', w.user, login);
				expect(r.code !== 0, 'the POP3 client logged in through a tunnel that should have refused the certificate', r);
				await expectNoLogin(w, offset);
				for (let i = 0; i < 50 && !/Rejected by CERT/.test(tunnel.output()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
				expect(
					/certificate verify failed|CERT: |verif|check/i.test(tunnel.output()),
					`stunnel's log does not say why:\n${tunnel.output().slice(-800)}`,
				);
				expectQuoted(w, tunnel.output(), 'stunnel', failure, 'pop3s', variant);
			} finally {
				await tunnel.stop();
			}
		});
	}
}

// swaks for SMTP AUTH, and the server policy the manual relies on, probed directly.
function policyGroup(check: Check): void {
	const { login, apop } = PASSWORDS;
	check('swaks submission: STARTTLS + AUTH PLAIN with the login password, certificate verified', async (w) => {
		const token = newToken('swaks-587');
		const offset = w.dovecot.logSize();
		const r = await swaks(w, '127.0.0.1', w.ports.submission, token, [
			'--tls',
			'--tls-verify',
			'--tls-ca-path',
			w.certs.caFile,
			'--tls-sni',
			w.real.outgoing.submission.host,
			'--auth',
			'PLAIN',
			'--auth-user',
			w.user,
			'--auth-password',
			login,
		]);
		expect(r.code === 0, 'swaks could not send', r);
		await expectLogin(w, offset, 'submission', 'PLAIN', true);
		await expectInSink(w, token);
	});
	check('swaks submissions: implicit TLS + AUTH LOGIN with the login password', async (w) => {
		const token = newToken('swaks-465');
		const offset = w.dovecot.logSize();
		const r = await swaks(w, '127.0.0.1', w.ports.submissions, token, [
			'--tlsc',
			'--tls-verify',
			'--tls-ca-path',
			w.certs.caFile,
			'--tls-sni',
			w.real.outgoing.submission.host,
			'--auth',
			'LOGIN',
			'--auth-user',
			w.user,
			'--auth-password',
			login,
		]);
		expect(r.code === 0, 'swaks could not send', r);
		await expectLogin(w, offset, 'submission', 'LOGIN', true);
		await expectInSink(w, token);
	});
	check('swaks submission with the APOP password: AUTH refused', async (w) => {
		const token = newToken('swaks-wrong');
		const offset = w.dovecot.logSize();
		const r = await swaks(w, '127.0.0.1', w.ports.submission, token, [
			'--tls',
			'--auth',
			'PLAIN',
			'--auth-user',
			w.user,
			'--auth-password',
			apop,
		]);
		expect(r.code !== 0 && /535/.test(r.output), 'AUTH was not refused with 535', r);
		await expectNoLogin(w, offset);
		expect(notInSink(w, token), 'the message arrived anyway');
	});
	check('swaks on 127.0.0.2 without TLS: AUTH not offered, password never sent', async (w) => {
		const token = newToken('swaks-plain');
		const r = await swaks(w, '127.0.0.2', w.ports.submission, token, ['--auth', 'PLAIN', '--auth-user', w.user, '--auth-password', login]);
		expect(
			r.code !== 0 && /did not advertise|not advertised|AUTH/i.test(r.output) && !r.output.includes('AUTH PLAIN '),
			'AUTH without TLS was not refused',
			r,
		);
		expect(notInSink(w, token), 'the message arrived anyway');
	});
	check('POP3 USER/PASS on 127.0.0.2 without TLS: refused before the password is checked', async (w) => {
		const offset = w.dovecot.logSize();
		const r = await popclient('127.0.0.2', w.ports.pop3, 'user', w.user, login);
		expect(r.code !== 0 && /Plaintext authentication disallowed/.test(r.output), 'USER/PASS without TLS was not refused', r);
		await expectNoLogin(w, offset, /Plaintext authentication disabled/, 'lip=127.0.0.2');
	});
	check('POP3 APOP on 127.0.0.2 without TLS: accepted (only a digest crosses the wire), no TLS in the log', async (w) => {
		const token = newToken('apop-plain');
		seed(w, token);
		const offset = w.dovecot.logSize();
		const r = await popclient('127.0.0.2', w.ports.pop3, 'apop', w.user, apop);
		expect(r.code === 0 && r.output.includes(token), 'APOP failed', r);
		await expectLogin(w, offset, 'pop3', 'APOP', false, '127.0.0.2');
	});
	check('POP3S USER/PASS with the APOP password: refused', async (w) => {
		const offset = w.dovecot.logSize();
		const r = await popclient('127.0.0.1', w.ports.pop3s, 'user', w.user, apop, {
			caFile: w.certs.caFile,
			name: w.real.incoming.pop3s.host,
		});
		expect(r.code !== 0 && /Authentication failed/.test(r.output), 'the APOP secret opened USER/PASS', r);
		await expectNoLogin(w, offset, /auth failed.*method=PLAIN/);
	});
	check('POP3S APOP with the login password: refused', async (w) => {
		const offset = w.dovecot.logSize();
		const r = await popclient('127.0.0.1', w.ports.pop3s, 'apop', w.user, login, {
			caFile: w.certs.caFile,
			name: w.real.incoming.pop3s.host,
		});
		expect(r.code !== 0 && /Authentication failed/.test(r.output), 'the login password opened APOP', r);
		await expectNoLogin(w, offset, /auth failed.*method=APOP/);
	});
}

// ---------------------------------------------------------------------------------------------
// Failures the troubleshooting pages explain: each quoted message (src/troubleshooting/messages.ts)
// must appear in the real output of its client in the same failure.

/** The quoted messages found in real output so far (the last check asserts that none is missing). */
const proven = new Set<QuotedMessage>();

// What a terminal would show: mutt draws its screen with control sequences; drop them and CRs.
/* eslint-disable no-control-regex -- terminal control sequences start with ESC, which is what these remove */
const screenText = (output: string) =>
	output
		.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '')
		.replace(/\x1b[()][0-9A-Za-z]/g, '')
		.replace(/\x1b[=>78]/g, '')
		.replace(/\r/g, '');
/* eslint-enable no-control-regex */

/** True for a message of a client that runs in this suite (the only ones it can prove). */
const runs = (q: QuotedMessage) => (runnableClients as readonly string[]).includes(q.client);

/**
 * Assert that every message the manual quotes for `client` in `failure` (talking to `method`'s
 * server) is in the client's output, with {host} {port} {user} filled with this run's values.
 */
function expectQuoted(w: World, output: string, client: MessageClient, failure: FailureId, method: Method, values: Variant = {}): void {
	// Only clients that run here are proven; whether a message carries a source never decides it.
	const quoted = quotedMessages.filter((q) => q.client === client && q.failure === failure && q.method === method && runs(q));
	const shown = screenText(output);
	expect(
		quoted.length > 0,
		`src/troubleshooting/messages.ts quotes no ${client} message for ${failure} (${method}); the client printed:\n${shown.trim().slice(-1500)}`,
	);
	for (const q of quoted) {
		const text = fillMessage(q.text, {
			host: values.host ?? service(w.real, method).host,
			port: values.port ?? testPort(w, method),
			user: w.user,
		});
		expect(
			messagePattern(text).test(shown),
			`${client} did not print the message the manual quotes for ${failure}:\n  ${JSON.stringify(text)}\nit printed:\n${shown.trim().slice(-1500)}`,
		);
		proven.add(q);
	}
}

/** The loopback port of a method's server. */
function testPort(w: World, method: Method): number {
	return {
		pop3s: w.ports.pop3s,
		apop: w.ports.pop3,
		apops: w.ports.pop3s,
		submission: w.ports.submission,
		submissions: w.ports.submissions,
		smtp: w.ports.sink,
	}[method];
}

/** Run the manual's openssl s_client check (src/troubleshooting/openssl.ts), typing its lines. */
function openssl(w: World, method: OpensslMethod, variant: { caFile?: string; host?: string; port?: number } = {}): Promise<RunResult> {
	const settings = variant.host ? onLoopback(w.real, w.ports, w.certs.caFile, variant.host).settings : w.real;
	const c = opensslCheck(settings, method, {
		connectAddress: '127.0.0.1',
		caFile: variant.caFile ?? w.certs.caFile,
		port: variant.port ?? testPort(w, method),
	});
	// Type each line once the server has spoken (its greeting, then the answer to the line before).
	const spoke = /^(\+OK|-ERR|[2-5]\d\d[ -])/m;
	return run(c.argv, { answer: c.typed.map((text) => ({ prompt: spoke, text })), timeoutMs: 10_000 });
}

const SHORT_TIMEOUT = 3;

// Receiving fails: a wrong password, the APOP secret and the login password swapped, the wrong
// port, a port that drops packets, a certificate not to trust.
function receiveFailuresGroup(check: Check): void {
	const wrong = 'Not-the-password-1';
	check('fetchmail pop3s with a wrong password: the message the manual quotes', async (w) => {
		const r = await fetchmail(w, 'pop3s', wrong);
		expect(r.code === 3, 'fetchmail did not report an authentication failure (exit 3)', r);
		expectQuoted(w, r.output, 'fetchmail', 'auth-failed', 'pop3s');
	});
	check('fetchmail pop3s to a closed port: connection refused', async (w) => {
		const closed = closedOf(w);
		const r = await fetchmail(w, 'pop3s', w.loginPassword, closed);
		expect(r.code !== 0, 'fetchmail succeeded', r);
		expectQuoted(w, r.output, 'fetchmail', 'refused', 'pop3s', closed);
	});
	check(`fetchmail pop3s to a port that drops packets (-t ${SHORT_TIMEOUT}): timeout`, async (w) => {
		const dropped = droppedOf(w);
		const r = await fetchmail(w, 'pop3s', w.loginPassword, { ...dropped, args: ['-t', String(SHORT_TIMEOUT)] });
		expect(r.code !== 0 && !r.timedOut, 'fetchmail did not give up by itself', r);
		expectQuoted(w, r.output, 'fetchmail', 'timeout', 'pop3s', dropped);
	});
	check('getmail6 pop3s with a wrong password: the message the manual quotes', async (w) => {
		const { r } = await getmail(w, 'pop3s', wrong);
		expect(r.code !== 0 && !r.timedOut, 'getmail did not fail', r);
		expectQuoted(w, r.output, 'getmail', 'auth-failed', 'pop3s');
	});
	check('getmail6 apops with the login password: the same message', async (w) => {
		const { r } = await getmail(w, 'apops', w.loginPassword);
		expect(r.code !== 0 && !r.timedOut, 'getmail did not fail', r);
		expectQuoted(w, r.output, 'getmail', 'auth-failed', 'apops');
	});
	check('getmail6 pop3s to a closed port: connection refused', async (w) => {
		const closed = closedOf(w);
		const { r } = await getmail(w, 'pop3s', w.loginPassword, closed);
		expect(r.code !== 0 && !r.timedOut, 'getmail did not fail', r);
		expectQuoted(w, r.output, 'getmail', 'refused', 'pop3s', closed);
	});
	check(`getmail6 pop3s to a port that drops packets (timeout = ${SHORT_TIMEOUT}): timeout`, async (w) => {
		const dropped = droppedOf(w);
		const { r } = await getmail(w, 'pop3s', w.loginPassword, {
			...dropped,
			edit: (t) => t.replace(/^\[retriever\]$/m, `[retriever]\ntimeout = ${SHORT_TIMEOUT}`),
		});
		expect(r.code !== 0 && !r.timedOut, 'getmail did not give up by itself', r);
		expectQuoted(w, r.output, 'getmail', 'timeout', 'pop3s', dropped);
	});
}

// Receiving fails, continued (a group of its own, so that it runs beside the first): mutt on a
// terminal, stunnel's log, openssl s_client.
function receiveFailuresGroup2(check: Check): void {
	const wrong = 'Not-the-password-1';
	check('mutt pop3s with a wrong password: the message the manual quotes', async (w) => {
		// mutt asks for the password again; Ctrl-G gives up.
		const { r } = await mutt(w, 'pop3s', wrong, 'fetch-fails', newToken('mutt-wrong'), {
			keys: [
				{ prompt: /Password for /, text: '\x07', enter: false },
				{ prompt: /\S/, text: 'q', enter: false },
			],
		});
		expect(!r.timedOut, 'mutt hung', r);
		expectQuoted(w, r.output, 'mutt', 'auth-failed', 'pop3s');
	});
	check('mutt apops with the login password: the same message', async (w) => {
		const { r } = await mutt(w, 'apops', w.loginPassword, 'fetch-fails', newToken('mutt-mixup'), {
			keys: [
				{ prompt: /Password for /, text: '\x07', enter: false },
				{ prompt: /\S/, text: 'q', enter: false },
			],
		});
		expect(!r.timedOut, 'mutt hung', r);
		expectQuoted(w, r.output, 'mutt', 'auth-failed', 'apops');
	});
	check('mutt pop3s with an unrelated CA: certificate refused', async (w) => {
		const { r } = await mutt(w, 'pop3s', w.loginPassword, 'fetch-fails', newToken('mutt-ca'), {
			...wrongCaOf(w),
			keys: [
				{ prompt: /\(r\)eject/, text: 'r', enter: false },
				{ prompt: /Error connecting/, text: 'q', enter: false },
			],
		});
		expect(!r.timedOut, 'mutt hung', r);
		expectQuoted(w, r.output, 'mutt', 'untrusted-ca', 'pop3s');
	});
	check('mutt pop3s to a closed port: connection refused', async (w) => {
		const closed = closedOf(w);
		const { r } = await mutt(w, 'pop3s', w.loginPassword, 'fetch-fails', newToken('mutt-closed'), {
			...closed,
			keys: [{ prompt: /Error connecting/, text: 'q', enter: false }],
		});
		expect(!r.timedOut, 'mutt hung', r);
		expectQuoted(w, r.output, 'mutt', 'refused', 'pop3s', closed);
	});
	check('stunnel pop3s to a closed port: the tunnel says so in its log', async (w) => {
		const closed = closedOf(w);
		const tunnel = await stunnel(w, 'pop3s', closed);
		try {
			const r = await popclient('127.0.0.1', tunnel.port, 'user', w.user, w.loginPassword);
			expect(r.code !== 0, 'the POP3 client got through', r);
			// stunnel logs the refusal a moment after the client gave up (later on a busy machine).
			for (let i = 0; i < 50 && !/Connection refused/.test(tunnel.output()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
			expectQuoted(w, tunnel.output(), 'stunnel', 'refused', 'pop3s', closed);
		} finally {
			await tunnel.stop();
		}
	});
	check("openssl s_client POP3S (the manual's command): verified, the server greets", async (w) => {
		const r = await openssl(w, 'pop3s');
		expect(r.code === 0, 'openssl failed', r);
		expect(/^\+OK/m.test(r.output), 'no POP3 greeting', r);
		expectQuoted(w, r.output, 'openssl', 'ok', 'pop3s');
	});
	for (const [failure, variantOf] of [
		['untrusted-ca', wrongCaOf],
		['wrong-host', wrongHostOf],
		['refused', closedOf],
	] as const) {
		check(`openssl s_client POP3S, ${failure}: what the manual says it prints`, async (w) => {
			const variant = variantOf(w);
			const r = await openssl(w, 'pop3s', variant);
			expectQuoted(w, r.output, 'openssl', failure, 'pop3s', variant);
		});
	}
}

// Sending fails: a wrong password, no STARTTLS, STARTTLS where there is none, relaying refused,
// the wrong port; openssl s_client for STARTTLS and implicit TLS.
function sendFailuresGroup(check: Check): void {
	const wrong = 'Not-the-password-1';
	// The student's mistake: encryption switched off on the submission port (to 127.0.0.2, where
	// Dovecot does not count the connection as secure, as a real client over the network).
	const noTls = {
		edit: (t: string) =>
			t
				.replace(/^tls on$/m, 'tls off')
				.replace(/^tls_(starttls|trust_file|certcheck|host_override) .*\n/gm, '')
				.replace(/^host 127\.0\.0\.1$/m, 'host 127.0.0.2'),
	};
	check('msmtp submission with a wrong password: the message the manual quotes', async (w) => {
		const token = newToken('msmtp-wrong');
		const r = await msmtp(w, 'submission', wrong, token);
		expect(r.code !== 0, 'msmtp sent', r);
		expectQuoted(w, r.output, 'msmtp', 'auth-failed', 'submission');
	});
	check('msmtp submission without STARTTLS: the server offers no AUTH', async (w) => {
		const r = await msmtp(w, 'submission', w.loginPassword, newToken('msmtp-notls'), noTls);
		expect(r.code !== 0, 'msmtp sent', r);
		expectQuoted(w, r.output, 'msmtp', 'no-auth-offered', 'submission');
	});
	check('msmtp submission (STARTTLS) against a server without STARTTLS: refused by msmtp', async (w) => {
		const r = await msmtp(w, 'submission', w.loginPassword, newToken('msmtp-nostarttls'), { port: w.ports.sink });
		expect(r.code !== 0, 'msmtp sent', r);
		expectQuoted(w, r.output, 'msmtp', 'no-starttls', 'submission', { port: w.ports.sink });
	});
	check('msmtp smtp (no SMTP-AUTH) to an outside address: relaying refused', async (w) => {
		const token = newToken('msmtp-relay');
		const r = await msmtp(w, 'smtp', '', token, { port: w.ports.relaySink });
		expect(r.code !== 0, 'msmtp sent', r);
		expectQuoted(w, r.output, 'msmtp', 'relay-denied', 'smtp', { port: w.ports.relaySink });
	});
	check('msmtp smtp (no SMTP-AUTH) to a club address: delivered (the same server relays locally)', async (w) => {
		const token = newToken('msmtp-local');
		const r = await msmtp(w, 'smtp', '', token, { port: w.ports.relaySink, to: `friend@${w.real.domain}` });
		expect(r.code === 0, 'msmtp could not send to the club domain', r);
		expect(
			w.relaySink.messages().some((m) => m.includes(token)),
			'the message did not arrive',
		);
	});
	check('msmtp submission to a closed port: connection refused', async (w) => {
		const closed = closedOf(w);
		const r = await msmtp(w, 'submission', w.loginPassword, newToken('msmtp-closed'), closed);
		expect(r.code !== 0, 'msmtp sent', r);
		expectQuoted(w, r.output, 'msmtp', 'refused', 'submission', closed);
	});
	check(`msmtp submission to a port that drops packets (--timeout=${SHORT_TIMEOUT}): timeout`, async (w) => {
		const dropped = droppedOf(w);
		const r = await msmtp(w, 'submission', w.loginPassword, newToken('msmtp-drop'), { ...dropped, args: [`--timeout=${SHORT_TIMEOUT}`] });
		expect(r.code !== 0 && !r.timedOut, 'msmtp did not give up by itself', r);
		expectQuoted(w, r.output, 'msmtp', 'timeout', 'submission', dropped);
	});
	for (const [failure, variantOf] of [
		['untrusted-ca', wrongCaOf],
		['wrong-host', wrongHostOf],
	] as const) {
		check(`msmtp submission, ${failure}: the message the manual quotes`, async (w) => {
			const variant = variantOf(w);
			const r = await msmtp(w, 'submission', w.loginPassword, newToken('msmtp-cert'), variant);
			expect(r.code !== 0, 'msmtp sent', r);
			expectQuoted(w, r.output, 'msmtp', failure, 'submission', variant);
		});
	}
	check('mutt submission with a wrong password: the message the manual quotes', async (w) => {
		const { r } = await mutt(w, 'submission', wrong, 'send', newToken('mutt-wrong'));
		expect(r.code !== 0 && !r.timedOut, 'mutt sent', r);
		expectQuoted(w, r.output, 'mutt', 'auth-failed', 'submission');
	});
	check('mutt smtp (no SMTP-AUTH) to an outside address: relaying refused', async (w) => {
		const { r } = await mutt(w, 'smtp', '', 'send', newToken('mutt-relay'), { port: w.ports.relaySink });
		expect(r.code !== 0 && !r.timedOut, 'mutt sent', r);
		expectQuoted(w, r.output, 'mutt', 'relay-denied', 'smtp', { port: w.ports.relaySink });
	});
	check('swaks submission with a wrong password: AUTH refused', async (w) => {
		const r = await swaks(w, '127.0.0.1', w.ports.submission, newToken('swaks-wrong'), [
			'--tls',
			'--auth',
			'PLAIN',
			'--auth-user',
			w.user,
			'--auth-password',
			wrong,
		]);
		expect(r.code !== 0, 'swaks sent', r);
		expectQuoted(w, r.output, 'swaks', 'auth-failed', 'submission');
	});
	check('swaks submission without STARTTLS: AUTH not offered', async (w) => {
		const r = await swaks(w, '127.0.0.2', w.ports.submission, newToken('swaks-notls'), [
			'--auth',
			'PLAIN',
			'--auth-user',
			w.user,
			'--auth-password',
			w.loginPassword,
		]);
		expect(r.code !== 0, 'swaks sent', r);
		expectQuoted(w, r.output, 'swaks', 'no-auth-offered', 'submission');
	});
	for (const method of ['submission', 'submissions'] as const) {
		check(`openssl s_client ${method} (the manual's command): verified, the server offers AUTH after TLS`, async (w) => {
			const r = await openssl(w, method);
			expect(r.code === 0 && /^250[- ]AUTH /m.test(r.output), 'no AUTH in the EHLO answer', r);
			expectQuoted(w, r.output, 'openssl', 'ok', method);
		});
	}
	check('openssl s_client -starttls smtp against a server without STARTTLS', async (w) => {
		const r = await openssl(w, 'submission', { port: w.ports.sink });
		expectQuoted(w, r.output, 'openssl', 'no-starttls', 'submission', { port: w.ports.sink });
	});
}

// The generated files for Thunderbird and Apple devices (no server needed).
function filesGroup(check: Check): void {
	check('Thunderbird config-v1.1.xml: our schema and every value against the settings', async (w) => {
		const problems = checkAutoconfig(thunderbirdAutoconfig(w.real), w.real);
		expect(problems.length === 0, problems.join('\n'));
	});
	check('Thunderbird config-v1.1.xml: well-formed for an independent parser (python xml.dom.minidom)', async (w) => {
		const r = await run(
			[
				'/usr/bin/python3',
				'-c',
				'import sys, xml.dom.minidom as m; d = m.parseString(sys.stdin.buffer.read()); print(d.documentElement.tagName)',
			],
			{ input: thunderbirdAutoconfig(w.real) },
		);
		expect(r.code === 0 && r.output.trim() === 'clientConfig', 'minidom could not parse it', r);
	});
	for (const locale of locales) {
		const words = strings(locale);
		check(`Apple .mobileconfig (${locale}): plist keys and values against the settings`, async (w) => {
			const problems = checkMobileconfig(appleMobileconfig(w.real, words), w.real, words);
			expect(problems.length === 0, problems.join('\n'));
		});
		check(`Apple .mobileconfig (${locale}): python plistlib reads exactly the intended values`, async (w) => {
			const r = await run(
				[
					'/usr/bin/python3',
					'-c',
					'import sys, json, plistlib; print(json.dumps(plistlib.loads(sys.stdin.buffer.read()), sort_keys=True, ensure_ascii=False))',
				],
				{ input: appleMobileconfig(w.real, words) },
			);
			expect(r.code === 0, 'plistlib could not parse it', r);
			const sorted = (v: unknown): unknown =>
				Array.isArray(v)
					? v.map(sorted)
					: v && typeof v === 'object'
						? Object.fromEntries(
								Object.keys(v)
									.sort()
									.map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
							)
						: v;
			expect(
				JSON.stringify(JSON.parse(r.output)) === JSON.stringify(sorted(mobileconfigContent(w.real, words))),
				`plistlib read different values:\n${r.output}`,
			);
		});
	}
}

// ---------------------------------------------------------------------------------------------
// Set up, run, tear down (on failure and on signals too).

const children = new Set<ChildProcess>();
const cleanups: (() => Promise<void>)[] = [];
let cleaning: Promise<void> | undefined;

// Undo everything we started, newest first; safe to call more than once.
function cleanup(): Promise<void> {
	cleaning ??= (async () => {
		for (const child of children) killGroup(child);
		for (const step of cleanups.reverse()) {
			try {
				await step();
			} catch (e) {
				console.error(`cleanup: ${(e as Error).message}`);
			}
		}
	})();
	return cleaning;
}

/** Signal every process we started, at once (no waiting): Dovecot's master stops its own children. */
const kills: (() => void)[] = [];
function killNow(): void {
	for (const child of children) killGroup(child);
	killRunning();
	for (const kill of [...kills].reverse()) {
		try {
			kill();
		} catch {
			/* already gone */
		}
	}
}

// Stopped from outside (Ctrl-C, the runner ending: vitest exits on SIGTERM at once, and this
// worker goes with it), afterAll never runs: signal the servers and clients synchronously so that
// none is left running, then end as the signal asks.
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
function onSignal(signal: NodeJS.Signals): void {
	console.log(`\n${signal}: stopping the servers`);
	stopListening();
	killNow();
	process.kill(process.pid, signal);
}
function stopListening(): void {
	for (const s of signals) process.off(s, onSignal);
	process.off('exit', killNow);
	process.off('disconnect', killNow);
}
for (const s of signals) process.on(s, onSignal);
process.on('exit', killNow);
process.on('disconnect', killNow); // the runner is gone

const real = loadSettings('content/settings.yaml', ROOT);
const hosts = [...new Set([...incomingIds, ...outgoingIds].map((id) => service(real, id).host))];

// Each group gets its own account (the example account first), so the groups run at once; a
// group's checks run one after another (they share its mailbox).
const groups: { title: string; suffix: string; checks: (check: Check) => void }[] = [
	{ title: 'fetchmail', suffix: '', checks: fetchmailGroup },
	{ title: 'getmail6', suffix: '.gm', checks: getmailGroup },
	{ title: 'mutt', suffix: '.mutt', checks: muttGroup },
	{ title: 'msmtp', suffix: '.msmtp', checks: msmtpGroup },
	{ title: 'mutt: one file per receive × send pair, and mutt + msmtp', suffix: '.pair', checks: muttPairGroup },
	{ title: 'stunnel (client mode) with clients that have no SSL', suffix: '.tunnel', checks: stunnelGroup },
	{ title: 'swaks and the server policy', suffix: '.policy', checks: policyGroup },
	{ title: 'generated files for Thunderbird and Apple devices', suffix: '.files', checks: filesGroup },
	{
		title: 'receiving fails: the messages the troubleshooting page quotes (fetchmail, getmail6)',
		suffix: '.rfail',
		checks: receiveFailuresGroup,
	},
	{
		title: 'receiving fails: the messages the troubleshooting page quotes (mutt, stunnel, openssl)',
		suffix: '.rfail2',
		checks: receiveFailuresGroup2,
	},
	{ title: 'sending fails: the messages the troubleshooting page quotes', suffix: '.sfail', checks: sendFailuresGroup },
];
const users = groups.map((g) => `${real.exampleAccount}${g.suffix}`);

/** What the groups share once the servers run (each group adds its own account and tunnel ports). */
let shared: (Omit<World, 'user' | 'maildir' | 'ports'> & { ports: ServerPorts }) | undefined;
/** Each group's two tunnel ports (taken with the servers' in one call, so all differ). */
let tunnelPorts: number[] = [];

// The programs, root, then the servers. A failure here fails the suite with its message and no
// check runs (never a silent pass).
beforeAll(async () => {
	const missing = await missingPackages();
	expect(missing.length === 0, `missing programs. Install them with:\n  apt-get install --no-install-recommends ${missing.join(' ')}`);
	expect(
		process.getuid?.() === 0,
		`this suite must run as root (uid ${process.getuid?.()}) to start Dovecot and run the clients as nobody; it changes nothing outside its temp directory`,
	);

	const tmp = mkdtempSync('/tmp/kit-mail-');
	chmodSync(tmp, 0o755); // Dovecot's unprivileged processes and `nobody` must reach inside
	const removeTmp = () => {
		if (process.env['KEEP_MAIL_TMP']) console.log(`kept ${tmp}`);
		else rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
	};
	cleanups.push(async () => removeTmp());
	kills.push(removeTmp);
	const [pop3, pop3s, submission, submissions, sink, closed, blackhole, relaySink, ...tunnels] = await freePorts(8 + 2 * groups.length);
	tunnelPorts = tunnels;
	const ports: ServerPorts = {
		pop3: pop3!,
		pop3s: pop3s!,
		submission: submission!,
		submissions: submissions!,
		sink: sink!,
		closed: closed!,
		blackhole: blackhole!,
		relaySink: relaySink!,
	};
	const wrongHost = `wrong-name.${real.domain}`;
	const hostsFile = join(tmp, 'hosts');
	writeFileSync(hostsFile, `127.0.0.1\tlocalhost\n127.0.0.1\t${[...hosts, wrongHost].join(' ')}\n`);
	chmodSync(hostsFile, 0o644);

	const certs = await makeCertificates(join(tmp, 'ca'), hosts);
	for (const f of readdirSync(join(tmp, 'ca'))) chmodSync(join(tmp, 'ca', f), f.endsWith('.key') ? 0o600 : 0o644);
	chmodSync(join(tmp, 'ca'), 0o755);
	const sinkServer = await startSink(join(tmp, 'sink'), ports.sink, join(HERE, 'sink.py'));
	cleanups.push(() => sinkServer.stop());
	const relaySinkServer = await startSink(
		join(tmp, 'relay-sink'),
		ports.relaySink,
		join(HERE, 'sink.py'),
		real.outgoing.smtp.deliversOnlyTo ?? [real.domain],
	);
	cleanups.push(() => relaySinkServer.stop());
	const hole = await startBlackhole(ports.blackhole, join(HERE, 'blackhole.py'));
	cleanups.push(() => hole.stop());
	const dovecot = await startDovecot(
		join(tmp, 'dovecot'),
		certs,
		ports,
		{ users, loginPassword: PASSWORDS.login, apopPassword: PASSWORDS.apop },
		real.outgoing.submission.host,
		(stop, kill) => {
			cleanups.push(stop);
			kills.push(kill);
		},
	);
	console.log(
		`servers started: CA for ${hosts.join(', ')}; Dovecot POP3 ${ports.pop3}, POP3S ${ports.pop3s}, submission ${ports.submission}, submissions ${ports.submissions}; sink ${ports.sink}`,
	);
	shared = {
		tmp,
		real,
		loginPassword: PASSWORDS.login,
		apopPassword: PASSWORDS.apop,
		ports,
		certs,
		dovecot,
		sink: sinkServer,
		relaySink: relaySinkServer,
		hostsFile,
		wrongHost,
	};
});

afterAll(async () => {
	await cleanup();
	stopListening();
});

for (const [i, g] of groups.entries()) {
	describe(g.title, { concurrent: true }, () => {
		let w: World | undefined;
		beforeAll(() => {
			if (!shared) throw new Error('the servers are not running (see the error above)');
			const ports: TestPorts = { ...shared.ports, tunnelPop3: tunnelPorts[2 * i]!, tunnelSmtp: tunnelPorts[2 * i + 1]! };
			w = { ...shared, ports, user: users[i]!, maildir: shared.dovecot.maildirOf(users[i]!) };
		});
		// `concurrent: false`: the group runs beside the others, its own checks in order.
		g.checks((name, body) => test(name, { concurrent: false }, () => body(w!)));
	});
}

// After every group (a suite that is not concurrent waits for the concurrent ones before it).
describe('the troubleshooting pages', () => {
	test('every message of a client that runs here was found in its real output; every other one is quoted from a cited source', () => {
		// Two explicit kinds, decided by the client, never by whether a source is attached: a client
		// that runs here is proven by a failing case (a source on it would be an exemption, so it
		// fails); a client that cannot run here (Thunderbird, Outlook) is quoted from documentation of
		// a known kind, which the pages name (src/markdown/plugins/messages.ts).
		const missing = quotedMessages.filter((q) => runs(q) && !proven.has(q));
		expect(
			missing.length === 0,
			`no check proved these (add a failing case that makes the client print them, or remove them):\n${missing.map((q) => `  ${q.client} ${q.failure} (${q.method}): ${JSON.stringify(q.text)}`).join('\n')}`,
		);
		const exempted = quotedMessages.filter((q) => runs(q) && q.source);
		expect(
			exempted.length === 0,
			`a client that runs here is proven, not cited: ${exempted.map((q) => `${q.client} ${JSON.stringify(q.text)}`).join(', ')}`,
		);
		const documented = quotedMessages.filter((q) => !runs(q));
		const unsourced = documented.filter((q) => !q.source || !(sourceKinds as readonly string[]).includes(q.source.kind) || !q.source.url);
		expect(
			unsourced.length === 0,
			`messages of clients that cannot run here need a source of a known kind (${sourceKinds.join(', ')}): ${unsourced.map((q) => `${q.client} ${JSON.stringify(q.text)}`).join(', ')}`,
		);
		const byKind = sourceKinds.map((k) => `${documented.filter((q) => q.source!.kind === k).length} ${k}`).join(', ');
		console.log(
			`${proven.size} quoted messages proven against real output; ${documented.length} quoted from documentation, not run here (${byKind})`,
		);
	});
});
