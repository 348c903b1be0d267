import { describe, expect, it } from 'vitest';
import { STUNNEL_LOCAL_PORTS, stunnelConfig, stunnelSnippet } from '../../../src/clients/stunnel.ts';
import { directives, edited, real } from './fixtures.ts';
import { ja } from '../../../src/i18n/ja.ts';

describe('stunnelSnippet', () => {
	const cases = [
		{
			method: 'pop3s',
			host: 'pop3.club.kyutech.ac.jp',
			port: 995,
			local: 10110,
			mailer: /受信サーバー \(POP3\): 127\.0\.0\.1 {3}ポート: 10110 {3}SSL: 使わない/,
		},
		{ method: 'apops', host: 'pop3.club.kyutech.ac.jp', port: 995, local: 10110, mailer: /認証方式 APOP/ },
		{
			method: 'submissions',
			host: 'smtp.club.kyutech.ac.jp',
			port: 465,
			local: 10025,
			mailer: /送信サーバー \(SMTP\): 127\.0\.0\.1 {3}ポート: 10025/,
		},
	] as const;
	for (const c of cases) {
		it(`${c.method}: accept 127.0.0.1:${c.local} → ${c.host}:${c.port}, chain and host verified`, () => {
			const f = stunnelSnippet(real, c.method, 'yskhashi', ja);
			expect(f).toMatchObject({ filename: 'stunnel.conf', language: 'ini' });
			expect(STUNNEL_LOCAL_PORTS[c.method]).toBe(c.local);
			expect(directives(f.text)).toEqual([
				'foreground = yes',
				'pid =',
				`[${c.method}]`,
				'client = yes',
				`accept = 127.0.0.1:${c.local}`,
				`connect = ${c.host}:${c.port}`,
				`sni = ${c.host}`,
				'verifyChain = yes',
				'CAfile = /etc/ssl/certs/ca-certificates.crt',
				`checkHost = ${c.host}`,
				'sslVersionMin = TLSv1.2',
			]);
			// The comments tell the mailer without SSL what to connect to.
			expect(f.text).toMatch(c.mailer);
			expect(f.text).toMatch(/アカウント名: yskhashi/);
		});
	}
	it('takes the connect address, CA and local port from options (tests)', () => {
		const d = directives(
			stunnelSnippet(real, 'pop3s', 'u', ja, { connectAddress: '127.0.0.1', caFile: '/tmp/ca.crt', localPorts: { pop3s: 4000 } }).text,
		);
		expect(d).toEqual(
			expect.arrayContaining([
				'accept = 127.0.0.1:4000',
				'connect = 127.0.0.1:995',
				'checkHost = pop3.club.kyutech.ac.jp',
				'CAfile = /tmp/ca.crt',
			]),
		);
	});
	it('refuses a service that is not implicit TLS', () => {
		const s = edited((s) => (s.outgoing.submissions = { ...s.outgoing.submissions, tls: 'starttls' }));
		expect(() => stunnelSnippet(s, 'submissions', 'u', ja)).toThrow(/implicit-TLS services only/);
	});
	it('puts several tunnels into one file (receiving and sending), each verified', () => {
		const d = directives(stunnelConfig(real, ['pop3s', 'submissions'], 'yskhashi', ja));
		expect(d.filter((l) => l.startsWith('['))).toEqual(['[pop3s]', '[submissions]']);
		expect(d.filter((l) => l === 'verifyChain = yes')).toHaveLength(2);
		expect(d).toEqual(
			expect.arrayContaining(['accept = 127.0.0.1:10110', 'accept = 127.0.0.1:10025', 'checkHost = smtp.club.kyutech.ac.jp']),
		);
	});
	it('refuses two tunnels on one local port, and an invalid account', () => {
		expect(() => stunnelConfig(real, ['pop3s', 'apops'], 'u', ja)).toThrow(/local port 10110/);
		expect(() => stunnelConfig(real, ['pop3s'], 'a"b', ja)).toThrow(/invalid account name/);
	});
});
