import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkAutoconfig, thunderbirdAutoconfig } from '../../../src/clients/autoconfig.ts';
import { childrenNamed } from '../../../src/clients/schema-check.ts';
import { parseXml } from '../../../src/clients/xml.ts';
import { edited, real } from './fixtures.ts';

const xml = thunderbirdAutoconfig(real);

describe('thunderbirdAutoconfig', () => {
	it('passes our schema and the value-by-value check', () => {
		expect(checkAutoconfig(xml, real)).toEqual([]);
	});
	it('offers POP3 over SSL first, then APOP over SSL with password-encrypted, and submission for sending', () => {
		const provider = parseXml(xml).root.children[0]!;
		const server = (el: (typeof provider.children)[number]) => Object.fromEntries(el.children.map((c) => [c.name, c.text]));
		expect(provider.attrs).toEqual({ id: 'club.kyutech.ac.jp' });
		expect(childrenNamed(provider, 'incomingServer').map(server)).toEqual([
			{
				hostname: 'pop3.club.kyutech.ac.jp',
				port: '995',
				socketType: 'SSL',
				username: '%EMAILLOCALPART%',
				authentication: 'password-cleartext',
			},
			{
				hostname: 'pop3.club.kyutech.ac.jp',
				port: '995',
				socketType: 'SSL',
				username: '%EMAILLOCALPART%',
				authentication: 'password-encrypted',
			},
		]);
		expect(childrenNamed(provider, 'outgoingServer').map(server)[0]).toEqual({
			hostname: 'smtp.club.kyutech.ac.jp',
			port: '587',
			socketType: 'STARTTLS',
			username: '%EMAILLOCALPART%',
			authentication: 'password-cleartext',
		});
		expect(childrenNamed(provider, 'incomingServer').every((s) => s.attrs['type'] === 'pop3')).toBe(true);
	});
	it('is well-formed for an independent parser (python3 minidom)', () => {
		const out = execFileSync(
			'/usr/bin/python3',
			['-c', 'import sys, xml.dom.minidom as m; print(m.parseString(sys.stdin.buffer.read()).documentElement.tagName)'],
			{ input: xml },
		);
		expect(out.toString().trim()).toBe('clientConfig');
	});
	it('escapes names from the settings', () => {
		const s = edited((s) => (s.organization.name = `<script>alert("x")</script> & 'co'`));
		const out = thunderbirdAutoconfig(s);
		expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;co&apos;');
		expect(checkAutoconfig(out, s)).toEqual([]);
	});
});

describe('checkAutoconfig', () => {
	const broken: [string, (x: string) => string, RegExp][] = [
		['a missing <port>', (x) => x.replace('<port>995</port>', ''), /expected at least 1 <port>/],
		[
			'an unknown socketType',
			(x) => x.replace('<socketType>STARTTLS</socketType>', '<socketType>TLS</socketType>'),
			/socketType: text "TLS" does not match/,
		],
		['an extra element', (x) => x.replace('<domain>', '<foo/><domain>'), /unexpected <foo>/],
		['a wrong version', (x) => x.replace('version="1.1"', 'version="1.0"'), /attribute version="1.0"/],
		[
			'elements out of order',
			(x) =>
				x
					.replace(/(<outgoingServer[\s\S]*?<\/outgoingServer>)\s*([\s\S]*?)(<\/emailProvider>)/, '$2$3')
					.replace(
						'<incomingServer',
						'<outgoingServer type="smtp"><hostname>a</hostname><port>1</port><socketType>SSL</socketType><authentication>none</authentication></outgoingServer><incomingServer',
					),
			/unexpected <incomingServer>|expected at least 1 <outgoingServer>/,
		],
		['not well-formed', (x) => x.replace('</clientConfig>', ''), /never closed/],
	];
	for (const [name, edit, message] of broken) {
		it(`reports ${name}`, () => {
			expect(checkAutoconfig(edit(xml), real).join('\n')).toMatch(message);
		});
	}
	it('reports a value that differs from the settings', () => {
		const s = edited((s) => (s.incoming.pop3s = { ...s.incoming.pop3s, port: 9995 }));
		expect(checkAutoconfig(xml, s)).toEqual(['incomingServer[0] (pop3s) port: expected "9995", found "995"']);
	});
});
