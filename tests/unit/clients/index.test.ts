import { describe, expect, it } from 'vitest';
import {
	clientIds,
	clients,
	fieldsSnippet,
	fieldValue,
	fieldWords,
	fileSnippet,
	snippet,
	supports,
	type Method,
} from '../../../src/clients/index.ts';
import { ACCOUNT } from '../../../src/settings/placeholders.ts';
import { incomingIds, outgoingIds } from '../../../src/settings/schema.ts';
import { real } from './fixtures.ts';
import { ja } from '../../../src/i18n/ja.ts';

const allMethods: Method[] = [...incomingIds, ...outgoingIds];
const pairs = clientIds.flatMap((c) => clients[c].methods.map((m) => [c, m] as const));

describe('the registry', () => {
	it('lists every client once, with its id, kind and only settings methods', () => {
		expect(Object.keys(clients).sort()).toEqual([...clientIds].sort());
		for (const id of clientIds) {
			expect(clients[id].id).toBe(id);
			expect(clients[id].methods.length).toBeGreaterThan(0);
			for (const m of clients[id].methods) expect(allMethods).toContain(m);
		}
	});
	it('marks the three 2004 clients historical and gives GUI clients field tables, CLI clients files', () => {
		expect(clientIds.filter((c) => clients[c].historical)).toEqual(['outlook-express', 'sylpheed', 'becky']);
		for (const [c, m] of pairs) expect(snippet(real, c, m, 'yskhashi', ja).kind).toBe(clients[c].kind === 'gui' ? 'fields' : 'file');
	});
	it('covers what the walkthrough pages promise', () => {
		expect(clients.becky.methods).toEqual(expect.arrayContaining(['apop', 'apops', 'smtp']));
		expect(clients.sylpheed.methods).toEqual(expect.arrayContaining(['apop', 'pop3s', 'apops']));
		expect(clients['outlook-express'].methods).toContain('pop3s');
		expect(supports('stunnel', 'pop3s') && supports('stunnel', 'submissions')).toBe(true);
	});
});

describe('snippet()', () => {
	it('refuses an unsupported client × method, listing what the client supports and who supports the method', () => {
		expect(() => snippet(real, 'outlook-express', 'apop', 'yskhashi', ja)).toThrow(
			/Outlook Express \(outlook-express\) has no "apop" setting: it supports pop3s, smtp, submission; "apop" is supported by sylpheed, becky, thunderbird, fetchmail, getmail, mutt/,
		);
		expect(() => snippet(real, 'msmtp', 'pop3s', 'yskhashi', ja)).toThrow(/it supports submission, submissions, smtp/);
		expect(() => snippet(real, 'stunnel', 'submission', 'yskhashi', ja)).toThrow(/it supports pop3s, apops, submissions/);
	});
	it('refuses an unknown client', () => {
		expect(() => snippet(real, 'pine' as never, 'pop3s', 'yskhashi', ja)).toThrow(/unknown client "pine"/);
	});
	it('puts the ACCOUNT sentinel where the account goes', () => {
		// Classic Outlook sends with "the same settings as my incoming mail server": its outgoing table
		// names no account of its own (its incoming table has it). The new Outlook's form, as its only
		// source shows it, has no box for the receiving user name (its page says what that means).
		const reusesIncoming = (c: string, m: string) =>
			(c === 'outlook' && !(m in real.incoming)) || (c === 'outlook-new' && m in real.incoming);
		for (const [c, m] of pairs) {
			const s = snippet(real, c, m, ACCOUNT, ja);
			const text = s.kind === 'file' ? s.text : s.rows.map((r) => fieldValue(r, ja)).join('\n');
			if (reusesIncoming(c, m)) expect(text, `${c} ${m}`).not.toContain(ACCOUNT);
			else if (m !== 'smtp' || c === 'msmtp' || c === 'mutt' || c === 'thunderbird') expect(text, `${c} ${m}`).toContain(ACCOUNT);
		}
	});
	it('throws on every invalid account for every client and method (nothing can break a file)', () => {
		const bad = ['a"b', '<script>alert(1)</script>', 'a\nb', 'x'.repeat(1000), '山田', '', '--help', 'a b', 'a$b', 'a`id`'];
		for (const [c, m] of pairs)
			for (const a of bad) expect(() => snippet(real, c, m, a, ja), `${c} ${m} ${JSON.stringify(a)}`).toThrow(/invalid account name/);
	});
	it('fileSnippet and fieldsSnippet refuse the other kind', () => {
		expect(() => fileSnippet(real, 'thunderbird', 'pop3s', 'u', ja)).toThrow(/field table/);
		expect(() => fieldsSnippet(real, 'fetchmail', 'pop3s', 'u', ja)).toThrow(/gives a file/);
	});
	it('says in every password-taking snippet which secret it wants', () => {
		for (const [c, m] of pairs) {
			const s = snippet(real, c, m, 'yskhashi', ja);
			const auth = (m in real.incoming ? real.incoming[m as 'pop3s'] : real.outgoing[m as 'smtp']).auth;
			if (auth === 'none') continue;
			const text =
				s.kind === 'file'
					? s.text
					: s.rows
							.map((row) => ({ ...row, ...fieldWords(row, ja) }))
							.map((r) => `${r.label} ${r.value} ${r.note ?? ''}`)
							.join('\n');
			expect(text, `${c} ${m}`).toMatch(auth === 'apop-password' ? /popauth/ : /ruby.*ログインパスワード/);
		}
	});
	it('never writes a password into a file, and every TLS file verifies certificates', () => {
		for (const [c, m] of pairs) {
			const s = snippet(real, c, m, 'yskhashi', ja);
			if (s.kind !== 'file') continue;
			const live = s.text.split('\n').filter((l) => !/^\s*[#;]/.test(l));
			expect(live.join('\n'), `${c} ${m}`).not.toMatch(/^\s*(password|passwordeval|password_command|set (pop|smtp)_pass)\b/m);
			const tls = (m in real.incoming ? real.incoming[m as 'pop3s'] : real.outgoing[m as 'smtp']).tls;
			// mutt names no CA file: the variable exists only in GnuTLS builds, and every build the
			// page names trusts the system CAs already (src/clients/mutt.ts); it verifies the host name.
			if (tls !== 'none' && c === 'mutt') expect(live, `${c} ${m}`).toContain('set ssl_verify_host = yes');
			else if (tls !== 'none') expect(s.text, `${c} ${m}`).toContain('/etc/ssl/certs/ca-certificates.crt');
		}
	});
});
