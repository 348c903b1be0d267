// Real servers for the real-client suite, all private to one temp directory and bound to loopback:
// a throw-away CA and server certificate (the real host names in the SAN), a wrong CA, a private
// Dovecot instance (POP3, POP3S, submission, submissions) and an aiosmtpd sink.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { run } from './proc.ts';

/** The unprivileged user that owns mailboxes and runs every client (clients refuse or warn as root). */
export const NOBODY = { uid: 65534, gid: 65534 };

/** Ask the kernel for `n` free TCP ports on 127.0.0.1. */
export async function freePorts(n: number): Promise<number[]> {
	const ports: number[] = [];
	while (ports.length < n) {
		const port = await new Promise<number>((resolve, reject) => {
			const s = createServer();
			s.on('error', reject);
			s.listen(0, '127.0.0.1', () => {
				const p = (s.address() as { port: number }).port;
				s.close(() => resolve(p));
			});
		});
		if (!ports.includes(port)) ports.push(port);
	}
	return ports;
}

/** Wait until something accepts TCP connections on host:port. */
export async function waitForPort(host: string, port: number, timeoutMs = 10_000): Promise<void> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const ok = await new Promise<boolean>((resolve) => {
			const s = connect({ host, port }, () => {
				s.destroy();
				resolve(true);
			});
			s.setTimeout(1000, () => {
				s.destroy();
				resolve(false);
			});
			s.on('error', () => resolve(false));
		});
		if (ok) return;
		if (Date.now() > until) throw new Error(`nothing listens on ${host}:${port} after ${timeoutMs} ms`);
		await new Promise((r) => setTimeout(r, 50));
	}
}

export interface Certificates {
	caFile: string;
	wrongCaFile: string;
	certFile: string;
	keyFile: string;
}

// Run openssl and throw with its output on failure.
async function openssl(args: string[], cwd: string): Promise<void> {
	const r = await run(['openssl', ...args], { cwd });
	if (r.code !== 0) throw new Error(`openssl ${args[0]} failed:\n${r.output}`);
}

/** Make a throw-away CA, a server certificate for `hosts` signed by it, and an unrelated CA. */
export async function makeCertificates(dir: string, hosts: string[]): Promise<Certificates> {
	mkdirSync(dir, { recursive: true });
	const ca = ['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'];
	await openssl(
		[
			'req',
			'-x509',
			'-newkey',
			'ec',
			'-pkeyopt',
			'ec_paramgen_curve:P-256',
			'-nodes',
			'-keyout',
			'ca.key',
			'-out',
			'ca.crt',
			'-days',
			'2',
			'-subj',
			'/CN=mail test CA',
			...ca,
		],
		dir,
	);
	await openssl(
		[
			'req',
			'-x509',
			'-newkey',
			'ec',
			'-pkeyopt',
			'ec_paramgen_curve:P-256',
			'-nodes',
			'-keyout',
			'wrong-ca.key',
			'-out',
			'wrong-ca.crt',
			'-days',
			'2',
			'-subj',
			'/CN=unrelated CA',
			...ca,
		],
		dir,
	);
	await openssl(
		[
			'req',
			'-newkey',
			'ec',
			'-pkeyopt',
			'ec_paramgen_curve:P-256',
			'-nodes',
			'-keyout',
			'server.key',
			'-out',
			'server.csr',
			'-subj',
			`/CN=${hosts[0]}`,
		],
		dir,
	);
	writeFileSync(
		join(dir, 'server.ext'),
		`subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n`,
	);
	await openssl(
		[
			'x509',
			'-req',
			'-in',
			'server.csr',
			'-CA',
			'ca.crt',
			'-CAkey',
			'ca.key',
			'-CAcreateserial',
			'-out',
			'server.crt',
			'-days',
			'2',
			'-extfile',
			'server.ext',
		],
		dir,
	);
	return {
		caFile: join(dir, 'ca.crt'),
		wrongCaFile: join(dir, 'wrong-ca.crt'),
		certFile: join(dir, 'server.crt'),
		keyFile: join(dir, 'server.key'),
	};
}

export interface DovecotPorts {
	pop3: number;
	pop3s: number;
	submission: number;
	submissions: number;
	sink: number;
}

export interface Dovecot {
	configFile: string;
	logFile: string;
	/** A user's Maildir (owned by NOBODY). */
	maildirOf(user: string): string;
	/** Log text written after `offset` (byte offset from `logSize()`). */
	logSince(offset: number): string;
	logSize(): number;
	stop(): Promise<void>;
}

/**
 * Start a private Dovecot: POP3 (plain, also on 127.0.0.2 where it is not "secure", and on 127.0.0.3
 * without STLS), POP3S,
 * submission (STARTTLS; also on 127.0.0.2) and submissions (implicit TLS), relaying to the sink.
 * Two passdbs, filtered by mechanism, give each user a login password (USER/PASS, SMTP AUTH) and
 * a different APOP secret, and neither works in the other's place.
 */
export async function startDovecot(
	dir: string,
	certs: Certificates,
	ports: DovecotPorts,
	accounts: { users: string[]; loginPassword: string; apopPassword: string },
	hostname: string,
	onSpawn: (stop: () => Promise<void>, kill: () => void) => void,
): Promise<Dovecot> {
	const { users, loginPassword, apopPassword } = accounts;
	for (const d of ['run', 'state', 'mail']) mkdirSync(join(dir, d), { recursive: true });
	chownSync(join(dir, 'mail'), NOBODY.uid, NOBODY.gid);
	const maildirOf = (user: string) => join(dir, 'mail', user);
	for (const user of users) {
		const maildir = maildirOf(user);
		for (const d of ['cur', 'new', 'tmp']) mkdirSync(join(maildir, d), { recursive: true });
		for (const d of [maildir, join(maildir, 'cur'), join(maildir, 'new'), join(maildir, 'tmp')]) chownSync(d, NOBODY.uid, NOBODY.gid);
	}
	// The login password is stored hashed, as a real login host would; the APOP secret must be plain.
	const hash = await run(['doveadm', 'pw', '-s', 'SHA512-CRYPT', '-p', loginPassword]);
	if (hash.code !== 0) throw new Error(`doveadm pw failed:\n${hash.output}`);
	const loginDb = join(dir, 'login.passwd');
	const apopDb = join(dir, 'apop.passwd');
	writeFileSync(loginDb, users.map((u) => `${u}:${hash.output.trim()}\n`).join(''));
	writeFileSync(apopDb, users.map((u) => `${u}:{PLAIN}${apopPassword}\n`).join(''));
	const dovecotGid = Number((await run(['getent', 'group', 'dovecot'])).output.split(':')[2]);
	for (const f of [loginDb, apopDb]) {
		chownSync(f, 0, dovecotGid);
		chmodSync(f, 0o640);
	}
	const logFile = join(dir, 'dovecot.log');
	writeFileSync(logFile, '');
	const configFile = join(dir, 'dovecot.conf');
	writeFileSync(
		configFile,
		`# Private test instance: nothing outside ${dir} is touched.
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${logFile}
instance_name = kit-mail-test-${process.pid}
protocols = pop3 submission
listen = 127.0.0.1
hostname = ${hostname}
ssl = yes
ssl_cert = <${certs.certFile}
ssl_key = <${certs.keyFile}
ssl_min_protocol = TLSv1.2
# No USER/PASS or AUTH PLAIN without TLS (127.0.0.1 -> 127.0.0.1 counts as secure; 127.0.0.2 does not).
disable_plaintext_auth = yes
auth_mechanisms = plain login apop
auth_verbose = yes
auth_failure_delay = 0
default_internal_user = dovecot
default_login_user = dovenull
mail_location = maildir:${dir}/mail/%u
submission_relay_host = 127.0.0.1
submission_relay_port = ${ports.sink}
submission_relay_trusted = yes
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${apopDb}
  mechanisms = apop
}
passdb {
  driver = passwd-file
  args = ${loginDb}
  mechanisms = plain login
}
userdb {
  driver = static
  args = uid=${NOBODY.uid} gid=${NOBODY.gid} home=${dir}/mail/%u
}
service anvil {
  # Renamed so the auth process finds no penalty socket: no growing delay after refused logins.
  unix_listener anvil-auth-penalty {
    path = anvil-auth-penalty-disabled
  }
}
# POP3 on 127.0.0.3 offers no STLS: a server where APOP can only run unencrypted.
local 127.0.0.3 {
  ssl = no
}
service pop3-login {
  inet_listener pop3 {
    address = 127.0.0.1, 127.0.0.2, 127.0.0.3
    port = ${ports.pop3}
  }
  inet_listener pop3s {
    port = ${ports.pop3s}
    ssl = yes
  }
}
service submission-login {
  inet_listener submission {
    address = 127.0.0.1, 127.0.0.2
    port = ${ports.submission}
  }
  inet_listener submissions {
    port = ${ports.submissions}
    ssl = yes
  }
}
`,
	);
	// Foreground (-F): Dovecot stays our child, so we know its PID and it dies with a failed run.
	const child = spawn('dovecot', ['-F', '-c', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
	child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
	const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
	const stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		await run(['doveadm', '-c', configFile, 'stop'], { timeoutMs: 5000 });
		const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
		await exited;
		clearTimeout(timer);
	};
	// On a signal there is no time to wait for doveadm: SIGTERM makes the master stop its children.
	const kill = () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
	};
	onSpawn(stop, kill);
	try {
		for (const p of [ports.pop3, ports.pop3s, ports.submission, ports.submissions]) await waitForPort('127.0.0.1', p);
		await waitForPort('127.0.0.2', ports.pop3);
		await waitForPort('127.0.0.3', ports.pop3);
	} catch (e) {
		await stop();
		throw new Error(`${(e as Error).message}\n${output}\n${readFileSync(logFile, 'utf8')}`, { cause: e });
	}
	return {
		configFile,
		logFile,
		maildirOf,
		logSize: () => readFileSync(logFile).length,
		logSince: (offset) => readFileSync(logFile).subarray(offset).toString('utf8'),
		stop,
	};
}

export interface Sink {
	dir: string;
	/** The messages received so far (with X-Sink-From / X-Sink-To envelope headers). */
	messages(): string[];
	stop(): Promise<void>;
}

/**
 * Start the aiosmtpd sink on 127.0.0.1:port; it stops when we close its stdin (or die). With
 * `relayOnlyTo` it refuses recipients outside those domains (plain SMTP without SMTP-AUTH).
 */
export async function startSink(dir: string, port: number, script: string, relayOnlyTo?: string[]): Promise<Sink> {
	mkdirSync(dir, { recursive: true });
	const child: ChildProcess = spawn(
		'/usr/bin/python3',
		[script, '127.0.0.1', String(port), dir, ...(relayOnlyTo ? [relayOnlyTo.join(',')] : [])],
		{ stdio: ['pipe', 'pipe', 'pipe'] },
	);
	let output = '';
	child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
	child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
	const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
	try {
		await waitForPort('127.0.0.1', port);
	} catch (e) {
		child.kill();
		throw new Error(`the SMTP sink did not start: ${(e as Error).message}\n${output}`, { cause: e });
	}
	return {
		dir,
		messages: () =>
			readdirSync(dir)
				.filter((f) => f.endsWith('.eml'))
				.sort()
				.map((f) => readFileSync(join(dir, f), 'utf8')),
		stop: async () => {
			child.stdin!.end();
			const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
			await exited;
			clearTimeout(timer);
		},
	};
}

/**
 * Start a port that drops connections like a firewall (tests/mail/blackhole.py): a client's connect
 * waits until its own timeout. Resolves once the port is in that state; stop() ends it.
 */
export async function startBlackhole(port: number, script: string): Promise<{ stop(): Promise<void> }> {
	const child: ChildProcess = spawn('/usr/bin/python3', [script, '127.0.0.1', String(port)], { stdio: ['pipe', 'pipe', 'pipe'] });
	let output = '';
	const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`the blackhole port did not start:\n${output}`)), 5000);
		const onData = (d: Buffer) => {
			output += d.toString();
			if (output.includes('ready')) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout!.on('data', onData);
		child.stderr!.on('data', onData);
		child.on('close', () => {
			clearTimeout(timer);
			reject(new Error(`the blackhole port exited:\n${output}`));
		});
	});
	return {
		stop: async () => {
			child.stdin!.end();
			const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
			await exited;
			clearTimeout(timer);
		},
	};
}
