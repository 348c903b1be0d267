// The report a student hands the commission (src/troubleshooting/report.ts): composed from what they
// typed and the site's values, a pasted password flagged, the mail link encoded.
import { describe, expect, it } from 'vitest';
import { composeReport, looksLikePassword, mailtoHref, reportPage } from '../../../src/troubleshooting/report.ts';
import { fillMessage, quotedMessages } from '../../../src/troubleshooting/messages.ts';
import { reportValues } from '../../../src/markdown/plugins/reportForm.ts';
import { ja } from '../../../src/i18n/ja.ts';
import { en } from '../../../src/i18n/en.ts';
import { settings } from '../markdown/setup.ts';

const fields = {
	when: '2026/12/8 14:03',
	page: 'https://example.invalid/mail/clients/thunderbird/',
	client: 'Thunderbird',
	os: 'Windows',
	version: '128.5',
	account: 's1234567',
	doing: '手順 4',
	message: 'サーバーに接続できません。',
};

describe('the composed report', () => {
	it('holds the page, the typed fields, the account and every value the settings give', () => {
		const values = reportValues(settings, ja);
		const text = composeReport(fields, values, ja.report.lines);
		for (const v of Object.values(fields)) expect(text).toContain(v);
		expect(values).toHaveLength(6);
		expect(text).toContain(`受信 POP3 over SSL: ${settings.incoming.pop3s.host} ポート ${settings.incoming.pop3s.port}、SSL/TLS`);
		expect(text).toContain(
			`送信 ${settings.outgoing.submission.label}: ${settings.outgoing.submission.host} ポート ${settings.outgoing.submission.port}`,
		);
		expect(text).not.toMatch(/パスワード|password/i);
	});

	it('says "none" for what was left empty, in the edition’s words', () => {
		const text = composeReport({ ...fields, os: '', message: '  ' }, reportValues(settings, en), en.report.lines);
		expect(text).toContain('Operating system: (none)');
		expect(text).toMatch(/Message I saw:\n\(none\)$/);
	});
});

describe('a pasted password', () => {
	it.each([
		'password: hunter22',
		'Password=hunter22',
		'パスワード：abc123',
		'pw: s3cret!',
		'set pop_pass="hunter22"',
		'password "hunter22"',
		'account default\npassword hunter22',
	])('is flagged: %s', (text) => expect(looksLikePassword(text)).toBe(true));

	it('is not seen in any message the manual quotes, nor in an ordinary sentence about a password', () => {
		for (const q of quotedMessages) {
			const text = fillMessage(q.text, { host: 'pop3.club.kyutech.ac.jp', port: 995, user: 's1234567' });
			expect(looksLikePassword(text), `${q.client}: ${text}`).toBe(false);
		}
		for (const text of [
			'Password not accepted',
			'パスワードが違います',
			'The password for s1234567 was refused',
			'I typed my password twice',
		])
			expect(looksLikePassword(text), text).toBe(false);
	});
});

describe('the mail link', () => {
	it('encodes subject and body (line breaks as CRLF) and keeps the address', () => {
		const href = mailtoHref('postmaster@club.kyutech.ac.jp', '問い合わせ & 質問?', 'a=1&b\n#2 100%');
		expect(href.startsWith('mailto:postmaster@club.kyutech.ac.jp?subject=')).toBe(true);
		const url = new URL(href);
		expect(url.searchParams.get('subject')).toBe('問い合わせ & 質問?');
		expect(url.searchParams.get('body')).toBe('a=1&b\r\n#2 100%');
		expect(href).not.toMatch(/[ \n#&](?![a-z]+=)/);
	});
});

describe('the page the reader came from', () => {
	it('is a path of this site made absolute, and nothing else', () => {
		expect(reportPage('/mail/clients/thunderbird/', 'https://m.example')).toBe('https://m.example/mail/clients/thunderbird/');
		for (const bad of [null, '', '//evil.example/x', 'https://evil.example/', 'javascript:alert(1)', '/a b'])
			expect(reportPage(bad, 'https://m.example'), String(bad)).toBe('');
	});
});
