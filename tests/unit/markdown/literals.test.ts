import { describe, expect, it } from 'vitest';
import { findLiterals, literalsOptions, literalsPlugin } from '../../../src/markdown/plugins/literals.ts';
import { placeholdersPlugin } from '../../../src/markdown/plugins/placeholders.ts';
import { literals, mdWith, render, values } from './setup.ts';
import { ja } from '../../../src/i18n/ja.ts';

const options = literalsOptions(values, literals);

describe('literalsOptions', () => {
	it('maps each host and port to the keys that hold it', () => {
		expect(options.hosts).toEqual(
			new Map([
				['pop3.club.kyutech.ac.jp', ['pop3s.host', 'apop.host', 'apops.host']],
				['smtp.club.kyutech.ac.jp', ['smtp.host', 'submission.host', 'submissions.host']],
			]),
		);
		expect(options.ports).toEqual(
			new Map([
				[995, ['pop3s.port', 'apops.port']],
				[110, ['apop.port']],
				[25, ['smtp.port']],
				[587, ['submission.port']],
				[465, ['submissions.port']],
			]),
		);
	});
});

describe('findLiterals', () => {
	// Table: text → the literals found ("host:value" / "port:value").
	const cases: [string, string, string[]][] = [
		['a host in text', 'サーバーは pop3.club.kyutech.ac.jp です', ['host:pop3.club.kyutech.ac.jp']],
		['a host in upper case', 'SMTP.CLUB.KYUTECH.AC.JP', ['host:SMTP.CLUB.KYUTECH.AC.JP']],
		['a host in a URL', 'https://smtp.club.kyutech.ac.jp/x', ['host:smtp.club.kyutech.ac.jp']],
		['not a longer host name', 'xpop3.club.kyutech.ac.jp と pop3.club.kyutech.ac.jp.example と mail-pop3.club.kyutech.ac.jp', []],
		['a host at the end of a sentence', 'pop3.club.kyutech.ac.jp.', ['host:pop3.club.kyutech.ac.jp']],
		['the mail domain is not a server', 'user@club.kyutech.ac.jp', []],
		['ポート before a port', 'ポート 995 を使う', ['port:995']],
		['ポート番号は before a port', 'ポート番号は587です', ['port:587']],
		['port = in a config file', 'port = 465', ['port:465']],
		['"port": in JSON', '"port": 110', ['port:110']],
		['host:port', 'smtp.club.kyutech.ac.jp:25', ['host:smtp.club.kyutech.ac.jp', 'port:25']],
		['placeholder host:port', '{{ submission.host }}:587', ['port:587']],
		['番 after a port', '110番を使います', ['port:110']],
		['番ポート after a space', '465 番ポート', ['port:465']],
		['a number that is not a port', '995 件のメール、2025年、RFC 5321', []],
		['a time is not host:port', '12:25 に', []],
		['a port that is not a service port', 'ポート 993', []],
		['part of a longer number', 'ポート 9950', []],
	];
	for (const [name, text, want] of cases) {
		it(name, () => {
			expect(findLiterals(text, options).map((l) => `${l.kind}:${l.value}`)).toEqual(want);
		});
	}
});

describe('literalsPlugin', () => {
	const md = mdWith((m) => literalsPlugin(m, options));
	const at = (line: number, message: string, hint: string) => ({ file: 'content/mail/page.md', line, message, hint });
	const popHint =
		'write {{ pop3s.host }}, {{ apop.host }} or {{ apops.host }} (whichever service the text is about) so it follows the settings';

	it('reports literals in text, inline code, links and code blocks at their lines', () => {
		const src = [
			'# 受信',
			'',
			'サーバーは',
			'pop3.club.kyutech.ac.jp です。', // 4
			'送信は `smtp.club.kyutech.ac.jp` の', // 5
			'ポート `587` です。', // 6
			'',
			'[pop3.club.kyutech.ac.jp](https://pop3.club.kyutech.ac.jp/)', // 8: one report for text and address
			'',
			'```ini',
			'[server]',
			'host = smtp.club.kyutech.ac.jp', // 12
			'port = 25', // 13
			'```',
			'',
			'| 項目 | 値 |',
			'| - | - |',
			'| ポート | 110番 |', // 18
			'',
		].join('\n');
		const smtpHint =
			'write {{ smtp.host }}, {{ submission.host }} or {{ submissions.host }} (whichever service the text is about) so it follows the settings';
		expect(render(md, src, 20).env.problems).toEqual([
			at(24, 'host name pop3.club.kyutech.ac.jp is written literally', popHint),
			at(25, 'host name smtp.club.kyutech.ac.jp is written literally', smtpHint),
			at(26, 'port 587 is written literally', 'write {{ submission.port }} so it follows the settings'),
			at(28, 'host name pop3.club.kyutech.ac.jp is written literally', popHint),
			at(32, 'host name smtp.club.kyutech.ac.jp is written literally', smtpHint),
			at(33, 'port 25 is written literally', 'write {{ smtp.port }} so it follows the settings'),
			at(38, 'port 110 is written literally', 'write {{ apop.port }} so it follows the settings'),
		]);
	});

	it('reads the source, so placeholders are not literals (even when expanded by the placeholders plugin)', () => {
		// Applied in either order: literals' rule sits after 'inline', placeholders' before 'text_join'.
		for (const both of [
			mdWith(
				(m) => literalsPlugin(m, options),
				(m) => placeholdersPlugin(m, { values, accountPlaceholder: ja.accountPlaceholder }),
			),
			mdWith(
				(m) => placeholdersPlugin(m, { values, accountPlaceholder: ja.accountPlaceholder }),
				(m) => literalsPlugin(m, options),
			),
		]) {
			const { env, html } = render(both, 'サーバー {{ pop3s.host }}:{{ pop3s.port }}、ポート {{ smtp.port }}\n\n`{{ smtp.host }}`\n');
			expect(env.problems).toEqual([]);
			expect(html).toContain('pop3.club.kyutech.ac.jp:995');
		}
	});

	it('refuses the bare sets of literalValues with a clear error', () => {
		expect(() => mdWith((m) => literalsPlugin(m, literals as never))).toThrow(/literalsOptions\(/);
	});

	it('reports a port after a placeholder host', () => {
		expect(render(md, 'x\n{{ pop3s.host }}:995\n', 0).env.problems).toEqual([
			at(
				2,
				'port 995 is written literally',
				'write {{ pop3s.port }} or {{ apops.port }} (whichever service the text is about) so it follows the settings',
			),
		]);
	});
});
