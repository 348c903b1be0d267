// Locales: the Japanese edition at /, the English one at /en/. Page ids carry the locale
// ("mail/x" is Japanese, "en/mail/x" English). Every word a page shows comes from the locale's
// table (ja.ts, en.ts), passed to the views, plugins and generators that need it. Pure.
import { ja, type Words } from './ja.ts';
import { en } from './en.ts';

export type { JaLabel, UiText, Words } from './ja.ts';

export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];

const tables: Record<Locale, Words> = { ja, en };

/** Every word of a locale. */
export function strings(locale: Locale): Words {
	return tables[locale];
}

/** The locale of a page id. */
export function localeOf(id: string): Locale {
	return id === 'en' || id.startsWith('en/') ? 'en' : 'ja';
}

/** The page id without its locale prefix ("en/mail/x" → "mail/x", "en" → ""). */
export function baseId(id: string): string {
	return localeOf(id) === 'en' ? id.replace(/^en\/?/, '') : id;
}

/** The id of the same page in another locale. */
export function localizedId(id: string, locale: Locale): string {
	const base = baseId(id);
	if (locale === 'ja') return base;
	return base ? `${locale}/${base}` : locale;
}

/** The locale of a site path ("/en/…" is English). */
export function localeOfPath(pathname: string): Locale {
	return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'ja';
}

/** The site path prefix of a locale's pages and files: '' for Japanese, '/en' for English. */
export function pathPrefix(locale: Locale): string {
	return locale === 'ja' ? '' : `/${locale}`;
}

/** The language names the switcher shows (each in its own language, marked with its lang). */
export const languageNames: Record<Locale, string> = { ja: '日本語', en: 'English' };
