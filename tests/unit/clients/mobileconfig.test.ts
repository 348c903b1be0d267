import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { appleMobileconfig, checkMobileconfig, mobileconfigContent, parsePlist, uuidV5 } from '../../../src/clients/mobileconfig.ts';
import { edited, real } from './fixtures.ts';
import { ja } from '../../../src/i18n/ja.ts';

const xml = appleMobileconfig(real, ja);

// Read a plist with python3's plistlib and return it as JSON.
function plistlib(text: string): Record<string, unknown> {
	const out = execFileSync(
		'/usr/bin/python3',
		['-c', 'import sys, json, plistlib; print(json.dumps(plistlib.loads(sys.stdin.buffer.read()), ensure_ascii=False))'],
		{ input: text },
	);
	return JSON.parse(out.toString());
}

describe('appleMobileconfig', () => {
	it('passes the checker (syntax, required keys, every value against the settings)', () => {
		expect(checkMobileconfig(xml, real, ja)).toEqual([]);
	});
	it('is a plist python3 plistlib reads back to the intended values', () => {
		const p = plistlib(xml);
		expect(p).toMatchObject({
			PayloadType: 'Configuration',
			PayloadVersion: 1,
			PayloadIdentifier: 'jp.ac.kyutech.club.mail',
			PayloadRemovalDisallowed: false,
		});
		const mail = (p['PayloadContent'] as Record<string, unknown>[])[0];
		expect(mail).toMatchObject({
			PayloadType: 'com.apple.mail.managed',
			PayloadVersion: 1,
			PayloadIdentifier: 'jp.ac.kyutech.club.mail.pop3s',
			EmailAccountType: 'EmailTypePOP',
			IncomingMailServerHostName: 'pop3.club.kyutech.ac.jp',
			IncomingMailServerPortNumber: 995,
			IncomingMailServerUseSSL: true,
			IncomingMailServerAuthentication: 'EmailAuthPassword',
			OutgoingMailServerHostName: 'smtp.club.kyutech.ac.jp',
			OutgoingMailServerPortNumber: 587,
			OutgoingMailServerUseSSL: true,
			OutgoingMailServerAuthentication: 'EmailAuthPassword',
			OutgoingPasswordSameAsIncomingPassword: true,
		});
		expect(mail).not.toHaveProperty('IncomingMailServerUsername');
		expect(p).toEqual(JSON.parse(JSON.stringify(mobileconfigContent(real, ja))));
	});
	it('derives stable, distinct v5 UUIDs from the identifiers', () => {
		expect(appleMobileconfig(real, ja)).toBe(xml);
		const p = parsePlist(xml) as Record<string, unknown>;
		const mail = (p['PayloadContent'] as Record<string, unknown>[])[0]!;
		expect(p['PayloadUUID']).toBe(uuidV5('mobileconfig:jp.ac.kyutech.club.mail'));
		expect(mail['PayloadUUID']).not.toBe(p['PayloadUUID']);
	});
	it('escapes names from the settings', () => {
		const s = edited((s) => (s.organization.shortName = `<b>&"'委員会`));
		const out = appleMobileconfig(s, ja);
		expect(checkMobileconfig(out, s, ja)).toEqual([]);
		expect(plistlib(out)['PayloadDisplayName']).toBe(`<b>&"'委員会 メール設定`);
	});
});

describe('uuidV5', () => {
	it('matches RFC 4122 (the same as python uuid.uuid5(NAMESPACE_URL, name))', () => {
		expect(uuidV5('mobileconfig:jp.ac.kyutech.club.mail')).toBe('0501B5FD-8E34-5FF4-B253-6F9C247AA987');
	});
});

describe('checkMobileconfig', () => {
	const broken: [string, (x: string) => string, RegExp][] = [
		[
			'a missing required key',
			(x) => x.replace(/\t*<key>EmailAccountType<\/key>\n\t*<string>EmailTypePOP<\/string>\n/, ''),
			/missing mail payload key EmailAccountType/,
		],
		[
			'a wrong type',
			(x) => x.replace('<integer>995</integer>', '<string>995</string>'),
			/IncomingMailServerPortNumber: expected 995, found "995"/,
		],
		[
			'an unexpected key',
			(x) => x.replace('<key>PayloadVersion</key>', '<key>Foo</key><string>x</string><key>PayloadVersion</key>'),
			/unexpected key Foo/,
		],
		['a missing DOCTYPE', (x) => x.replace(/<!DOCTYPE[^>]*>\n/, ''), /unexpected DOCTYPE/],
		['broken XML', (x) => x.replace('</dict>\n</plist>', '</plist>'), /closes <dict>/],
	];
	for (const [name, edit, message] of broken) {
		it(`reports ${name}`, () => {
			expect(checkMobileconfig(edit(xml), real, ja).join('\n')).toMatch(message);
		});
	}
	it('reports a value that differs from the settings', () => {
		const s = edited((s) => (s.outgoing.submission = { ...s.outgoing.submission, port: 2587 }));
		expect(checkMobileconfig(xml, s, ja)).toContain('mail payload OutgoingMailServerPortNumber: expected 2587, found 587');
	});
});
