import { describe, expect, it } from 'vitest';
import { fetchmailSnippet } from '../../../src/clients/fetchmail.ts';
import { directives, edited, real } from './fixtures.ts';
import { ja } from '../../../src/i18n/ja.ts';

describe('fetchmailSnippet', () => {
	const cases = [
		{ method: 'pop3s', poll: 'poll pop3.club.kyutech.ac.jp with protocol pop3 service 995', ssl: true },
		{ method: 'apops', poll: 'poll pop3.club.kyutech.ac.jp with protocol apop service 995', ssl: true },
		{ method: 'apop', poll: 'poll pop3.club.kyutech.ac.jp with protocol apop service 110', ssl: false },
	] as const;
	for (const c of cases) {
		it(`${c.method}: ${c.poll}${c.ssl ? ', verified TLS 1.2+' : ', no TLS and a warning'}`, () => {
			const f = fetchmailSnippet(real, c.method, 'yskhashi', ja);
			expect(f).toMatchObject({ kind: 'file', client: 'fetchmail', method: c.method, filename: '.fetchmailrc', mode: 0o600 });
			const d = directives(f.text);
			expect(d[0]).toBe(c.poll);
			expect(d).toContain('user "yskhashi" there');
			const ssl = d.find((l) => l.startsWith('ssl '));
			if (c.ssl) {
				expect(ssl).toBe('ssl sslproto "TLS1.2+" sslcertck sslcertfile "/etc/ssl/certs/ca-certificates.crt"');
			} else {
				expect(ssl).toBeUndefined();
				expect(f.text).toMatch(/本文は暗号化されません/);
			}
			expect(f.text).toMatch(/~\/\.netrc/);
		});
	}
	it('connects elsewhere with `via` and still checks the certificate for the real name', () => {
		const f = fetchmailSnippet(real, 'pop3s', 'u1', ja, { connectAddress: '127.0.0.1', caFile: '/tmp/ca.crt' });
		const d = directives(f.text);
		expect(d[0]).toBe('poll pop3.club.kyutech.ac.jp via 127.0.0.1 with protocol pop3 service 995');
		expect(d).toContain('ssl sslproto "TLS1.2+" sslcertck sslcertfile "/tmp/ca.crt" sslcommonname "pop3.club.kyutech.ac.jp"');
	});
	it('follows the settings (host and port)', () => {
		const s = edited((s) => (s.incoming.pop3s = { ...s.incoming.pop3s, host: 'mail.example.ac.jp', port: 1995 }));
		expect(directives(fetchmailSnippet(s, 'pop3s', 'u', ja).text)[0]).toBe('poll mail.example.ac.jp with protocol pop3 service 1995');
	});
});
