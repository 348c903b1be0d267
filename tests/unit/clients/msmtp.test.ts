import { describe, expect, it } from 'vitest';
import { msmtpSnippet } from '../../../src/clients/msmtp.ts';
import { directives, real } from './fixtures.ts';
import { ja } from '../../../src/i18n/ja.ts';

describe('msmtpSnippet', () => {
	const cases = [
		{
			method: 'submission',
			has: [
				'host smtp.club.kyutech.ac.jp',
				'port 587',
				'tls on',
				'tls_starttls on',
				'tls_certcheck on',
				'tls_trust_file /etc/ssl/certs/ca-certificates.crt',
				'auth on',
				'user yskhashi',
			],
		},
		{
			method: 'submissions',
			has: [
				'host smtp.club.kyutech.ac.jp',
				'port 465',
				'tls on',
				'tls_starttls off',
				'tls_certcheck on',
				'tls_trust_file /etc/ssl/certs/ca-certificates.crt',
				'auth on',
				'user yskhashi',
			],
		},
		{ method: 'smtp', has: ['host smtp.club.kyutech.ac.jp', 'port 25', 'tls off', 'auth off'] },
	] as const;
	for (const c of cases) {
		it(`${c.method}: ${c.has.slice(1, 4).join(', ')}`, () => {
			const f = msmtpSnippet(real, c.method, 'yskhashi', ja);
			expect(f).toMatchObject({ filename: '.msmtprc', mode: 0o600 });
			const d = directives(f.text);
			for (const line of c.has) expect(d).toContain(line);
			expect(d).toContain('from yskhashi@club.kyutech.ac.jp');
			expect(d.at(-1)).toMatch(/^account default : \S+$/);
		});
	}
	it('warns that plain SMTP only delivers to the club domain', () => {
		expect(msmtpSnippet(real, 'smtp', 'u', ja).text).toMatch(/club\.kyutech\.ac\.jp 宛にしか届けません/);
	});
	it('connects elsewhere with tls_host_override naming the real host', () => {
		const d = directives(msmtpSnippet(real, 'submissions', 'u', ja, { connectAddress: '127.0.0.1', caFile: '/tmp/ca.crt' }).text);
		expect(d).toEqual(
			expect.arrayContaining(['host 127.0.0.1', 'tls_host_override smtp.club.kyutech.ac.jp', 'tls_trust_file /tmp/ca.crt']),
		);
	});
});
