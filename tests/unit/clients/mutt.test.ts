import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUTT_VIA_MSMTP, muttMethods, muttPairSnippet, muttReceiveMethods, muttSendWays, muttSnippet } from '../../../src/clients/mutt.ts';
import { muttPair, muttPairs } from '../../../src/clients/index.ts';
import { ACCOUNT } from '../../../src/settings/placeholders.ts';
import { directives, real } from './fixtures.ts';
import { ja } from '../../../src/i18n/ja.ts';

const CERT = ['set ssl_verify_host = yes', 'set ssl_use_tlsv1 = no', 'set ssl_use_tlsv1_1 = no'];
const hook = (url: string, force: 'yes' | 'no') => `account-hook '${url}' 'set ssl_force_tls = ${force} ssl_starttls = yes'`;

describe('muttSnippet', () => {
	const cases = [
		{
			method: 'pop3s',
			has: [
				'set pop_host = "pops://yskhashi@pop3.club.kyutech.ac.jp:995/"',
				'set pop_authenticators = "user"',
				hook('^pops://([^@/]+@)?pop3[.]club[.]kyutech[.]ac[.]jp:995/', 'yes'),
				...CERT,
			],
		},
		{
			method: 'apops',
			has: [
				'set pop_host = "pops://yskhashi@pop3.club.kyutech.ac.jp:995/"',
				'set pop_authenticators = "apop"',
				hook('^pops://([^@/]+@)?pop3[.]club[.]kyutech[.]ac[.]jp:995/', 'yes'),
				...CERT,
			],
		},
		{
			method: 'apop',
			has: [
				'set pop_host = "pop://yskhashi@pop3.club.kyutech.ac.jp:110/"',
				'set pop_authenticators = "apop"',
				hook('^pop://([^@/]+@)?pop3[.]club[.]kyutech[.]ac[.]jp:110/', 'no'),
				...CERT,
			],
		},
		{
			method: 'submission',
			has: [
				'set smtp_url = "smtp://yskhashi@smtp.club.kyutech.ac.jp:587/"',
				hook('^smtp://([^@/]+@)?smtp[.]club[.]kyutech[.]ac[.]jp:587/', 'yes'),
				...CERT,
			],
		},
		{
			method: 'submissions',
			has: [
				'set smtp_url = "smtps://yskhashi@smtp.club.kyutech.ac.jp:465/"',
				hook('^smtps://([^@/]+@)?smtp[.]club[.]kyutech[.]ac[.]jp:465/', 'yes'),
				...CERT,
			],
		},
		{
			method: 'smtp',
			has: [
				'set smtp_url = "smtp://smtp.club.kyutech.ac.jp:25/"',
				hook('^smtp://([^@/]+@)?smtp[.]club[.]kyutech[.]ac[.]jp:25/', 'no'),
				...CERT,
			],
		},
	] as const;
	for (const c of cases) {
		it(`${c.method}: ${c.has[0]}`, () => {
			const f = muttSnippet(real, c.method, 'yskhashi', ja);
			expect(f).toMatchObject({ filename: '.muttrc', mode: 0o600 });
			const d = directives(f.text);
			for (const line of c.has) expect(d).toContain(line);
			expect(d).toContain('set from = "yskhashi@club.kyutech.ac.jp"');
		});
	}
	it('sets $ssl_force_tls and $ssl_starttls only in the account-hook of its own server, so appended files cannot override each other', () => {
		for (const m of muttMethods) {
			const d = directives(muttSnippet(real, m, 'u', ja).text);
			expect(d.filter((l) => /ssl_force_tls|ssl_starttls/.test(l) && !l.startsWith('account-hook '))).toEqual([]);
			expect(d.filter((l) => l.startsWith('account-hook '))).toHaveLength(1);
		}
	});
	it('tells how to keep the password out of the file (a sourced secrets file)', () => {
		expect(muttSnippet(real, 'pop3s', 'u', ja).text).toMatch(/^# source ~\/\.mutt\/secrets$/m);
		expect(muttSnippet(real, 'submission', 'u', ja).text).toMatch(/set smtp_pass/);
	});
	it('ignores connectAddress (mutt cannot check another name); a private caFile adds the GnuTLS-only line', () => {
		const d = directives(muttSnippet(real, 'pop3s', 'u', ja, { connectAddress: '127.0.0.1', caFile: '/tmp/ca.crt' }).text);
		expect(d).toContain('set pop_host = "pops://u@pop3.club.kyutech.ac.jp:995/"');
		expect(d).toContain('set ssl_ca_certificates_file = "/tmp/ca.crt"');
	});
});

describe('muttPairSnippet: one file for receive × send', () => {
	it('offers every receiving method with every way of sending (12 files)', () => {
		const all = muttPairs(real, ACCOUNT, ja);
		expect(all.map((f) => `${f.method}+${f.send}`)).toEqual(muttReceiveMethods.flatMap((r) => muttSendWays.map((s) => `${r}+${s}`)));
	});
	it('holds both halves: the receive lines and the send lines, each with its own hook', () => {
		const d = directives(muttPairSnippet(real, 'apop', 'submission', 'u', ja).text);
		expect(d).toContain(hook('^pop://([^@/]+@)?pop3[.]club[.]kyutech[.]ac[.]jp:110/', 'no'));
		expect(d).toContain(hook('^smtp://([^@/]+@)?smtp[.]club[.]kyutech[.]ac[.]jp:587/', 'yes'));
		expect(d.filter((l) => l.startsWith('set from ='))).toHaveLength(1);
		expect(d.filter((l) => l === 'set ssl_verify_host = yes')).toHaveLength(1);
	});
	it('sends through msmtp: no smtp_url, and the page tells the same two lines', () => {
		const f = muttPairSnippet(real, 'pop3s', 'msmtp', 'u', ja);
		const d = directives(f.text);
		expect(d.filter((l) => l.startsWith('set smtp_url'))).toEqual([]);
		for (const l of MUTT_VIA_MSMTP) expect(d).toContain(l);
		// Unset before anything could set it again: the sendmail line comes after.
		expect(d.indexOf('unset smtp_url')).toBeLessThan(d.indexOf('set sendmail = "msmtp"'));
		const page = readFileSync('content/mail/clients/command-line.md', 'utf8');
		expect(page).toContain('```config mutt pop3s msmtp');
	});
	it('refuses what mutt cannot combine, naming the choices', () => {
		expect(() => muttPair(real, 'submission', 'pop3s', ACCOUNT, ja)).toThrow(
			/mutt cannot receive by "submission": write one of pop3s, apops, apop/,
		);
		expect(() => muttPair(real, 'pop3s', 'sendmail', ACCOUNT, ja)).toThrow(
			/mutt cannot send by "sendmail": write one of submission, submissions, smtp, msmtp/,
		);
	});
});

// Variables and commands of mutt's GnuTLS and OpenSSL builds, from init.h (see the fixture's source).
const builds = JSON.parse(readFileSync('tests/unit/clients/fixtures/mutt-variables.json', 'utf8')) as {
	source: string;
	both: string[];
	gnutlsOnly: string[];
	opensslOnly: string[];
	commands: string[];
};

/** Every variable a mutt file names (in `set`, `unset` and inside account-hook commands) and every command. */
function used(text: string): { variables: string[]; commands: string[] } {
	const variables = new Set<string>();
	const commands = new Set<string>();
	for (const line of directives(text)) {
		const command = line.split(/\s+/)[0]!;
		commands.add(command);
		// The command an account-hook runs is the last quoted argument.
		const inner = command === 'account-hook' ? /'([^']*)'\s*$/.exec(line)![1]! : line;
		// Quoted values become "", a trailing # comment goes; then: NAME [= VALUE] NAME [= VALUE] …
		const words = inner
			.replace(/"[^"]*"/g, '""')
			.replace(/\s#.*$/, '')
			.trim()
			.split(/\s+/);
		if (!['set', 'unset', 'toggle', 'reset'].includes(words[0]!)) continue;
		for (let i = 1; i < words.length; i++) {
			variables.add(words[i]!.replace(/^(no|inv)(?=ssl_|pop_|smtp_)/, ''));
			if (words[i + 1] === '=') i += 2;
		}
	}
	return { variables: [...variables], commands: [...commands] };
}

describe('the generated mutt files against both builds (fixture from mutt source)', () => {
	it('the fixture has the variables that differ', () => {
		expect(builds.source).toMatch(/mutt-2-2-12-rel/);
		expect(builds.gnutlsOnly).toContain('ssl_ca_certificates_file');
		expect(builds.opensslOnly).toContain('ssl_usesystemcerts');
		expect(builds.commands).toContain('account-hook');
		expect(builds.commands).not.toContain('ifdef');
	});
	const files = [...muttMethods.map((m) => muttSnippet(real, m, ACCOUNT, ja)), ...muttPairs(real, ACCOUNT, ja)];
	for (const f of files) {
		it(`${f.method}${f.send ? ` + ${f.send}` : ''}: only variables and commands both builds know`, () => {
			const { variables, commands } = used(f.text);
			expect(variables.length).toBeGreaterThan(3);
			expect(variables.filter((v) => !builds.both.includes(v))).toEqual([]);
			expect(commands.filter((c) => !builds.commands.includes(c))).toEqual([]);
		});
	}
	it('the variable reader sees the GnuTLS-only line (so the checks above can fail)', () => {
		const { variables } = used(muttSnippet(real, 'pop3s', 'u', ja, { caFile: '/tmp/ca.crt' }).text);
		expect(variables.filter((v) => !builds.both.includes(v))).toEqual(['ssl_ca_certificates_file']);
		expect(used(hook('^x', 'yes')).variables.sort()).toEqual(['ssl_force_tls', 'ssl_starttls']);
	});
});
