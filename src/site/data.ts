// Build-time data shared by the Astro views: the settings (loaded once, from the file the content
// loader is given: src/content/sources.ts), per language the navigation tree (computed once per
// build, not once per page), and the notices with their feeds.
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadSettings, SettingsError } from '../settings/load.ts';
import { contentError } from '../content/report.ts';
import { manualSources } from '../content/sources.ts';
import type { Settings } from '../settings/schema.ts';
import { buildTree, type NavNode } from './nav.ts';
import { baseId, locales, strings, type Locale } from '../i18n/index.ts';
import { readNotices } from '../content/render-cache.ts';
import type { Notice } from '../content/notices.ts';
import { buildDate } from '../util/dates.ts';
import { atomFeed } from './feed.ts';
import { publishedNotices } from './notices.ts';
import { siteUrl } from './config.ts';

let settings: Settings | undefined;
/** The validated settings (the loader's settings file); a broken file throws the manual's one error (file:line, no stack). */
export function getSettings(): Settings {
	try {
		settings ??= loadSettings(manualSources.settings);
	} catch (e) {
		// The dev server asks for it while matching routes, before the middleware shows the loader's problems.
		throw e instanceof SettingsError ? contentError(e.asProblems, import.meta.env.DEV, import.meta.env.DEV ? process.cwd() : undefined) : e;
	}
	return settings;
}

export type Page = CollectionEntry<'manual'>;

/** A page's id in the tree of its language ('' is that language's home page). */
export const pageId = (p: Page) => (p.id === 'index' ? '' : p.id);

export interface Site {
	pages: Page[];
	/** Page ids that exist (both languages). */
	ids: Set<string>;
	/** Navigation trees by language; their node ids are language-free ("mail/x"). */
	roots: Record<Locale, NavNode>;
}

let site: Promise<Site> | undefined;
/** All pages and the navigation trees, computed once per build. */
export function getSite(): Promise<Site> {
	site ??= getCollection('manual').then((pages) => {
		const tree = (locale: Locale) =>
			buildTree(
				pages
					.filter((p) => p.data.locale === locale)
					.map((p) => ({
						id: baseId(pageId(p)),
						url: p.data.url,
						title: p.data.title,
						label: p.data.sidebarLabel,
						order: p.data.order,
						historical: p.data.historical,
						hidden: p.data.hidden,
					})),
			);
		return {
			pages,
			ids: new Set(pages.map(pageId)),
			roots: Object.fromEntries(locales.map((l) => [l, tree(l)])) as Record<Locale, NavNode>,
		};
	});
	return site;
}

/** Every notice of both editions (what the loader wrote; src/content/render-cache.ts readNotices). */
export async function getNotices(): Promise<Notice[]> {
	const { pages } = await getSite();
	return pages[0] ? readNotices(pages[0]) : [];
}

/** An edition's Atom feed of its published notices, as of the build's day. */
export async function noticesFeed(locale: Locale, site: URL | undefined): Promise<Response> {
	const today = buildDate();
	const settings = getSettings();
	const xml = atomFeed({
		notices: publishedNotices(await getNotices(), locale, today),
		locale,
		words: strings(locale),
		site: (site ?? new URL(siteUrl(settings.domain))).origin,
		author: locale === 'en' ? settings.organization.nameEn : settings.organization.name,
		today,
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
