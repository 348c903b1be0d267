import { describe, expect, it } from 'vitest';
import { getmailSnippet } from '../../../src/clients/getmail.ts';
import { directives, real } from './fixtures.ts';
import { ja } from '../../../src/i18n/ja.ts';

// Parse getmailrc's sections into key → value maps.
function ini(text: string): Record<string, Record<string, string>> {
	const out: Record<string, Record<string, string>> = {};
	let section = '';
	for (const line of directives(text)) {
		const head = /^\[(\w+)\]$/.exec(line);
		if (head) {
			section = head[1]!;
			out[section] = {};
			continue;
		}
		const kv = /^(\w+) = (.+)$/.exec(line);
		if (!kv || !section) throw new Error(`not an ini line: ${line}`);
		out[section]![kv[1]!] = kv[2]!;
	}
	return out;
}

describe('getmailSnippet', () => {
	const cases = [
		{ method: 'pop3s', type: 'SimplePOP3SSLRetriever', port: '995', apop: false, tls: true },
		{ method: 'apops', type: 'SimplePOP3SSLRetriever', port: '995', apop: true, tls: true },
		{ method: 'apop', type: 'SimplePOP3Retriever', port: '110', apop: true, tls: false },
	] as const;
	for (const c of cases) {
		it(`${c.method}: ${c.type} on ${c.port}${c.apop ? ' with use_apop' : ''}`, () => {
			const f = getmailSnippet(real, c.method, 'yskhashi', ja);
			expect(f).toMatchObject({ filename: 'getmailrc', path: '~/.config/getmail/getmailrc', language: 'ini', mode: 0o600 });
			const rc = ini(f.text);
			expect(rc['retriever']).toEqual({
				type: c.type,
				server: 'pop3.club.kyutech.ac.jp',
				port: c.port,
				username: 'yskhashi',
				...(c.apop ? { use_apop: 'true' } : {}),
				// getmail6 verifies nothing without ca_certs.
				...(c.tls ? { ca_certs: '/etc/ssl/certs/ca-certificates.crt' } : {}),
			});
			expect(rc['destination']).toEqual({ type: 'Maildir', path: '~/Maildir/' });
			expect(rc['options']).toEqual({ read_all: 'false', delete: 'false' });
		});
	}
	it('connects elsewhere but checks the certificate for the real name (ssl_cert_hostname)', () => {
		const rc = ini(getmailSnippet(real, 'apops', 'u', ja, { connectAddress: '127.0.0.1', caFile: '/tmp/ca.crt' }).text);
		expect(rc['retriever']).toMatchObject({ server: '127.0.0.1', ca_certs: '/tmp/ca.crt', ssl_cert_hostname: 'pop3.club.kyutech.ac.jp' });
	});
});
