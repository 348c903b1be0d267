import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { baseId, localeOf, localizedId, strings, type Words } from '../../src/i18n/index.ts';
import { ja } from '../../src/i18n/ja.ts';
import { en } from '../../src/i18n/en.ts';
import { calloutsPlugin } from '../../src/markdown/plugins/callouts.ts';
import { headingIdsPlugin } from '../../src/markdown/plugins/headingIds.ts';
import { placeholdersPlugin } from '../../src/markdown/plugins/placeholders.ts';
import { tablesPlugin } from '../../src/markdown/plugins/tables.ts';
import { snippet } from '../../src/clients/index.ts';
import { fetchmailSnippet } from '../../src/clients/fetchmail.ts';
import { thunderbirdSnippet } from '../../src/clients/thunderbird.ts';
import { appleMobileconfig } from '../../src/clients/mobileconfig.ts';
import { placeholderValues } from '../../src/settings/placeholders.ts';
import { createMarkdownRenderer } from '../../src/markdown/renderer.ts';
import { real } from './clients/fixtures.ts';

const JAPANESE = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;

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
});

// Walk two tables side by side: the same keys everywhere, a function where the other has one,
// no empty text; `visit` sees each English text (its path and whether it is a glossed Japanese label).
function compare(a: unknown, b: unknown, path: string, visit: (path: string, text: string, japaneseLabel: boolean) => void): void {
	if (typeof a === 'function') {
		expect(typeof b, path).toBe('function');
		expect((b as (...args: unknown[]) => unknown).length, `${path}: same parameters`).toBe((a as (...args: unknown[]) => unknown).length);
		return;
	}
	if (typeof a === 'string') {
		if (typeof b === 'object' && b !== null && 'gloss' in b) {
			const label = b as { ja: string; gloss: string };
			expect(label.ja, `${path}: the glossed label is the Japanese table's`).toBe(a);
			expect(label.gloss.length, path).toBeGreaterThan(0);
			visit(`${path}.gloss`, label.gloss, false);
			visit(`${path}.ja`, label.ja, true);
			return;
		}
		expect(typeof b, path).toBe('string');
		expect((b as string).length, `${path} is empty`).toBeGreaterThan(0);
		visit(path, b as string, false);
		return;
	}
	expect(typeof b, path).toBe('object');
	expect(Object.keys(b as object).sort(), path).toEqual(Object.keys(a as object).sort());
	for (const k of Object.keys(a as object))
		compare((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, visit);
}

describe('the words tables', () => {
	it('have the same shape in both languages, every text filled in', () => {
		const { locale: _ja, ...jaWords } = ja;
		const { locale: _en, ...enWords } = en;
		compare(jaWords, enWords, 'words', () => {});
		expect(strings('ja').locale).toBe('ja');
		expect(strings('en').locale).toBe('en');
	});

	it('the English table is English, but for Japanese interface labels (each with a gloss)', () => {
		const { locale: _ja, ...jaWords } = ja;
		const { locale: _en, ...enWords } = en;
		const japanese: string[] = [];
		compare(jaWords, enWords, 'words', (path, text, label) => {
			if (!label && JAPANESE.test(text)) japanese.push(`${path}: ${text}`);
		});
		// Functions too: called with plain arguments, they must answer in English.
		const sample = (f: (...a: never[]) => unknown) => {
			try {
				return f(...(['x', 'y', 'z', 'w'] as never[]));
			} catch {
				return f(...([['x', 'y']] as never[])); // a function of a list (sentences)
			}
		};
		const calls = (v: unknown, path: string): void => {
			if (typeof v === 'function') {
				const out = sample(v as (...a: never[]) => unknown);
				for (const s of [out].flat()) if (typeof s === 'string' && JAPANESE.test(s)) japanese.push(`${path}(): ${s}`);
			} else if (v && typeof v === 'object' && !('gloss' in v)) for (const [k, x] of Object.entries(v)) calls(x, `${path}.${k}`);
		};
		calls(enWords, 'words');
		expect(japanese).toEqual([]);
	});

	it('plugins and generators need the words of a language: none has a default (each call below does not compile)', () => {
		const md = new MarkdownIt();
		// @ts-expect-error: callouts need the words table
		expect(() => calloutsPlugin(md)).toThrow();
		// @ts-expect-error: callouts need the words table
		expect(() => calloutsPlugin(md, { otherContainers: [] })).toThrow();
		// @ts-expect-error: heading anchors need the words table
		expect(() => headingIdsPlugin(md)).toThrow();
		// @ts-expect-error: the account placeholder is a word of the page's language
		placeholdersPlugin(md, { values: new Map() });
		// @ts-expect-error: generated tables need the words table
		expect(() => tablesPlugin(md, { settings: real, pages: [] })).toThrow();
		// @ts-expect-error: placeholders' TLS and password words come from the table
		expect(() => placeholderValues(real)).toThrow();
		// @ts-expect-error: a generator needs the words table
		expect(() => fetchmailSnippet(real, 'pop3s', 'u')).toThrow();
		// @ts-expect-error: a generator needs the words table
		expect(() => thunderbirdSnippet(real, 'pop3s', 'u')).toThrow();
		// @ts-expect-error: the registry passes the words table on
		expect(() => snippet(real, 'mutt', 'pop3s', 'u')).toThrow();
		// @ts-expect-error: the Apple profile's names are words too
		expect(() => appleMobileconfig(real)).toThrow();
		// Type-only: the renderer takes the language of its pages, with no default.
		const noLocale = () =>
			// @ts-expect-error: the renderer needs the locale of its pages
			createMarkdownRenderer({ settings: real, highlighter: undefined as never, pages: [] });
		expect(typeof noLocale).toBe('function');
	});

	it('a table missing a word does not compile', () => {
		const { siteTitle: _, ...withoutTitle } = en;
		// @ts-expect-error: siteTitle is missing
		const missing: Words = withoutTitle;
		// @ts-expect-error: a callout title is missing
		const partial: Words = { ...en, callouts: { note: 'Note', tip: 'Tip', warning: 'Caution' } };
		// @ts-expect-error: a gloss is not optional: a Japanese label on an English page needs its meaning
		const label: Words['config']['becky']['labels']['userId'] = { ja: 'ユーザーID' };
		const unglossed: Words = {
			...en,
			config: { ...en.config, becky: { ...en.config.becky, labels: { ...en.config.becky.labels, userId: label } } },
		};
		expect([missing, partial, unglossed].length).toBe(3);
	});
});
