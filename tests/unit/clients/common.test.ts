import { describe, expect, it } from 'vitest';
import { assertAccount, isValidAccount, secretWords } from '../../../src/clients/common.ts';
import { ACCOUNT } from '../../../src/settings/placeholders.ts';
import { real } from './fixtures.ts';
import { ja } from '../../../src/i18n/ja.ts';

describe('isValidAccount', () => {
	const cases: [string, boolean][] = [
		['yskhashi', true],
		['_svc', true],
		['a.b-c_1', true],
		['A', true],
		['a'.repeat(32), true],
		['a'.repeat(33), false],
		['', false],
		['-rf', false],
		['1abc', false],
		['a b', false],
		['a"b', false],
		["a'b", false],
		['<script>', false],
		['a\nb', false],
		['a;b', false],
		['a@b', false],
		['a/b', false],
		['学生', false],
		['ａｂｃ', false],
	];
	for (const [name, ok] of cases) {
		it(`${JSON.stringify(name.length > 20 ? `${name.slice(0, 20)}…(${name.length})` : name)} → ${ok}`, () => {
			expect(isValidAccount(name)).toBe(ok);
		});
	}
});

describe('assertAccount', () => {
	it('accepts the ACCOUNT sentinel and valid names', () => {
		expect(() => assertAccount(ACCOUNT)).not.toThrow();
		expect(() => assertAccount('yskhashi')).not.toThrow();
	});
	it('refuses an invalid name and says what a valid one looks like, shortening very long input', () => {
		expect(() => assertAccount('<script>')).toThrow(/invalid account name "<script>".*letter or "_" first/);
		expect(() => assertAccount('x'.repeat(10_000))).toThrow(/x{40}…"/);
	});
});

describe('secretWords', () => {
	it('names the login password of the login host for POP3 over SSL and SMTP-AUTH', () => {
		expect(secretWords(real, 'pop3s', ja)).toBe('共用計算機 (ruby) のログインパスワード');
		expect(secretWords(real, 'submission', ja)).toContain('ログインパスワード');
	});
	it('names the popauth APOP password for APOP, and says it is not the login password', () => {
		expect(secretWords(real, 'apop', ja)).toMatch(/popauth.*APOP.*ログインパスワードではありません/);
		expect(secretWords(real, 'apops', ja)).toMatch(/popauth/);
	});
	it('says there is none for plain SMTP', () => {
		expect(secretWords(real, 'smtp', ja)).toMatch(/なし/);
	});
});
