// Locales: the Japanese edition at /, the English one at /en/. Page ids carry the locale
// ("mail/x" is Japanese, "en/mail/x" English). Pure.
import { ja, type UiStrings } from './ja.ts';
import { en } from './en.ts';

export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ja';

const uiStrings: Record<Locale, UiStrings> = { ja, en };

/** The UI strings of a locale. */
export function strings(locale: Locale): UiStrings {
	return uiStrings[locale];
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

/** The names of the commission's menu entries (the 2004 page's header), per language. */
export const menuLabels: Record<Locale, string[]> = {
	ja: ['委員会概要', '各種申請', 'サービス', 'サポート', 'リンク', 'マニュアル', 'BBS', 'FAQ', '管理者各位', 'リサーチ'],
	en: ['About us', 'Applications', 'Services', 'Support', 'Links', 'Manual', 'BBS', 'FAQ', 'For administrators', 'Research'],
};

/** The language names the switcher shows (each in its own language). */
export const languageNames: Record<Locale, string> = { ja: '日本語', en: 'English' };
