import { describe, expect, it } from 'vitest';
import { muttSnippet } from '../../../src/clients/mutt.ts';
import { directives, real } from './fixtures.ts';
import { ja } from '../../../src/i18n/ja.ts';

const TLS = [
	'set ssl_force_tls = yes',
	'set ssl_ca_certificates_file = "/etc/ssl/certs/ca-certificates.crt"',
	'set ssl_verify_host = yes',
	'set ssl_use_tlsv1 = no',
	'set ssl_use_tlsv1_1 = no',
];

describe('muttSnippet', () => {
	const cases = [
		{ method: 'pop3s', has: ['set pop_host = "pops://yskhashi@pop3.club.kyutech.ac.jp:995/"', 'set pop_authenticators = "user"', ...TLS] },
		{ method: 'apops', has: ['set pop_host = "pops://yskhashi@pop3.club.kyutech.ac.jp:995/"', 'set pop_authenticators = "apop"', ...TLS] },
		{ method: 'apop', has: ['set pop_host = "pop://yskhashi@pop3.club.kyutech.ac.jp:110/"', 'set pop_authenticators = "apop"', 'set ssl_force_tls = no', 'set ssl_starttls = yes', 'set ssl_verify_host = yes'] },
		{ method: 'submission', has: ['set smtp_url = "smtp://yskhashi@smtp.club.kyutech.ac.jp:587/"', 'set ssl_starttls = yes', ...TLS] },
		{ method: 'submissions', has: ['set smtp_url = "smtps://yskhashi@smtp.club.kyutech.ac.jp:465/"', ...TLS] },
		{ method: 'smtp', has: ['set smtp_url = "smtp://smtp.club.kyutech.ac.jp:25/"', 'set ssl_force_tls = no', 'set ssl_starttls = yes'] },
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
	it('tells how to keep the password out of the file (a sourced secrets file)', () => {
		expect(muttSnippet(real, 'pop3s', 'u', ja).text).toMatch(/^# source ~\/\.mutt\/secrets$/m);
		expect(muttSnippet(real, 'submission', 'u', ja).text).toMatch(/set smtp_pass/);
	});
	it('ignores connectAddress (mutt cannot check another name) but honours caFile', () => {
		const d = directives(muttSnippet(real, 'pop3s', 'u', ja, { connectAddress: '127.0.0.1', caFile: '/tmp/ca.crt' }).text);
		expect(d).toContain('set pop_host = "pops://u@pop3.club.kyutech.ac.jp:995/"');
		expect(d).toContain('set ssl_ca_certificates_file = "/tmp/ca.crt"');
	});
});
