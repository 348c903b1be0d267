import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSettings, parseSettings, readDomain, SettingsError } from '../../../src/settings/load.ts';
import { encodeShiftJis } from '../../integration/shift-jis.ts';

const good = readFileSync('content/settings.yaml', 'utf8');

// Run parseSettings on text and return the SettingsError it throws.
function problemsOf(text: string): SettingsError {
	try {
		parseSettings(text, 'content/settings.yaml');
	} catch (e) {
		if (e instanceof SettingsError) return e;
		throw e;
	}
	throw new Error('expected the settings to be refused');
}

// Line number (1-based) of the first line of `text` containing `needle`.
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('parseSettings', () => {
	it('accepts the real settings file', () => {
		const s = parseSettings(good);
		expect(s.incoming.pop3s).toMatchObject({ host: 'pop3.club.kyutech.ac.jp', port: 995, tls: 'implicit' });
		expect(s.outgoing.smtp.deliversOnlyTo).toEqual(['club.kyutech.ac.jp']);
	});

	const cases: { name: string; edit: (t: string) => string; line: string; path: string; says: RegExp }[] = [
		{
			name: 'port out of range',
			edit: (t) => t.replace('port: 995', 'port: 99999'),
			line: 'port: 99999',
			path: 'incoming.pop3s.port',
			says: /at most 65535/,
		},
		{
			name: 'port as a string',
			edit: (t) => t.replace('port: 995', 'port: "995"'),
			line: 'port: "995"',
			path: 'incoming.pop3s.port',
			says: /received "995"/,
		},
		{
			name: 'unknown key (typo)',
			edit: (t) => t.replace('    host: smtp.club', '    hots: smtp.club'),
			line: 'hots:',
			path: 'outgoing.smtp.hots',
			says: /did you mean "host"/,
		},
		{
			name: 'host with a space',
			edit: (t) => t.replace('host: pop3.club.kyutech.ac.jp', 'host: pop3 club.kyutech.ac.jp'),
			line: 'host: pop3 club',
			path: 'incoming.pop3s.host',
			says: /no spaces/,
		},
		{
			name: 'login password in clear',
			edit: (t) => t.replace(/port: 587\n {4}tls: starttls/, 'port: 587\n    tls: none'),
			line: 'tls: none\n    auth: login',
			path: 'outgoing.submission.tls',
			says: /clear text/,
		},
		{
			name: 'unknown TLS mode',
			edit: (t) => t.replace('tls: starttls', 'tls: ssl'),
			line: 'tls: ssl',
			path: 'outgoing.submission.tls',
			says: /implicit|starttls|none/,
		},
	];
	for (const c of cases) {
		it(`refuses ${c.name} with file:line and path`, () => {
			const text = c.edit(good);
			expect(text).not.toBe(good);
			const err = problemsOf(text);
			const wanted = c.line.includes('\n') ? lineOf(text, 'port: 587') + 1 : lineOf(text, c.line);
			const p = err.problems.find((x) => x.path === c.path);
			expect(p, err.message).toBeDefined();
			expect(p!.line).toBe(wanted);
			expect(p!.message).toMatch(c.says);
			expect(err.message).toContain(`content/settings.yaml:${wanted}: ${c.path}`);
		});
	}

	it("refuses a note without its English text, at the note's line", () => {
		const text = good.replace(/\n +en: The 2004 page gives no port number; this is the standard SMTP port \(RFC 5321\)\./, '');
		expect(text).not.toBe(good);
		const err = problemsOf(text);
		const p = err.problems.find((x) => x.path === 'outgoing.smtp.assumptions.port.en');
		expect(p, err.message).toBeDefined();
		// The key of the note (the "port:" under smtp's assumptions) is where the English goes.
		const notes = text.split('\n');
		const line = notes.findIndex((l, i) => l.trim() === 'port:' && (notes[i + 1] ?? '').includes('SMTP の標準ポート')) + 1;
		expect(p!.line).toBe(line);
		expect(p!.message).toMatch(/missing: add "en: …" here/);
		expect(err.message).toContain(`content/settings.yaml:${line}: outgoing.smtp.assumptions.port.en: missing`);
	});

	it('refuses a note written in one language only (a plain string), pointing at it', () => {
		const text = good.replace(/port:\n +ja: (2004年のページにはポート番号がありません。POP3 [^\n]*)\n +en: [^\n]*/, 'port: $1');
		expect(text).not.toBe(good);
		const err = problemsOf(text);
		const p = err.problems.find((x) => x.path === 'incoming.apop.assumptions.port');
		expect(p, err.message).toBeDefined();
		expect(p!.line).toBe(lineOf(text, 'port: 2004年のページにはポート番号がありません。POP3'));
		expect(p!.message).toMatch(/both languages.*ja: ….*en: …/);
	});

	it('reports every problem at once', () => {
		const err = problemsOf(good.replace('port: 995', 'port: 0').replace('port: 465', 'port: 70000'));
		expect(err.problems.map((p) => p.path)).toEqual(['incoming.pop3s.port', 'outgoing.submissions.port']);
	});

	it('reports YAML syntax errors with a line', () => {
		const err = problemsOf(good.replace('domain: club.kyutech.ac.jp', 'domain: [club'));
		expect(err.problems[0]!.message).toMatch(/YAML syntax/);
		expect(err.problems[0]!.line).toBeGreaterThan(0);
	});

	it('reports a YAML syntax error at file:line:column with a hint, once, and formats it as every other problem', () => {
		const lines = good.trimEnd().split('\n').length;
		const err = problemsOf(`${good.trimEnd()}\n- extra: 1\n`);
		expect(err.problems).toHaveLength(1);
		expect(err.problems[0]).toMatchObject({ line: lines + 1, column: 1, path: '' });
		expect(err.message).toContain(
			`content/settings.yaml:${lines + 1}:1: YAML syntax error: A block sequence may not be used as an implicit map key\n      → check the indentation`,
		);
	});
});

describe('loadSettings and readDomain', () => {
	const root = mkdtempSync(join(tmpdir(), 'kit-settings-'));
	mkdirSync(join(root, 'content'));
	const write = (bytes: string | Buffer) => writeFileSync(join(root, 'content/settings.yaml'), bytes);

	it('refuses a settings file saved as Shift_JIS, at the line of its first Japanese character', () => {
		write(encodeShiftJis(good));
		const wanted = good.split('\n').findIndex((l) => /[^\p{ASCII}]/u.test(l)) + 1;
		try {
			loadSettings('content/settings.yaml', root);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(SettingsError);
			expect((e as SettingsError).asProblems).toEqual([
				expect.objectContaining({ file: 'content/settings.yaml', line: wanted, message: expect.stringMatching(/not UTF-8.*Shift_JIS/) }),
			]);
		}
	});

	it('accepts a BOM and CRLF line ends', () => {
		write(`\uFEFF${good.replaceAll('\n', '\r\n')}`);
		expect(loadSettings('content/settings.yaml', root).domain).toBe('club.kyutech.ac.jp');
	});

	it('reads the domain for the Astro config without throwing, even from a broken file', () => {
		write(`${good}\n- extra: 1\n`);
		expect(readDomain('content/settings.yaml', root)).toBe('club.kyutech.ac.jp');
		write('domain: [club\n');
		expect(readDomain('content/settings.yaml', root)).toBeUndefined();
		rmSync(join(root, 'content/settings.yaml'));
		expect(readDomain('content/settings.yaml', root)).toBeUndefined();
		rmSync(root, { recursive: true, force: true });
	});
});
