import { describe, expect, it } from 'vitest';
import { baseId, localeOf, localizedId, strings } from '../../src/i18n/index.ts';
import { ja } from '../../src/i18n/ja.ts';

describe('locales', () => {
	it.each([
		['', 'ja', '', 'en'],
		['mail/smtp-auth', 'ja', 'mail/smtp-auth', 'en/mail/smtp-auth'],
		['en', 'en', '', 'en'],
		['en/mail/smtp-auth', 'en', 'mail/smtp-auth', 'en/mail/smtp-auth'],
		['english-page', 'ja', 'english-page', 'en/english-page'],
	])('%s is %s, base %s, English %s', (id, locale, base, english) => {
		expect(localeOf(id)).toBe(locale);
		expect(baseId(id)).toBe(base);
		expect(localizedId(id, 'en')).toBe(english);
		expect(localizedId(english, 'ja')).toBe(base);
	});

	it('has every UI string in both languages, none empty', () => {
		const keys = Object.keys(ja).sort();
		expect(Object.keys(strings('en')).sort()).toEqual(keys);
		for (const k of keys) expect(strings('en')[k as keyof typeof ja].length, k).toBeGreaterThan(0);
	});
});
