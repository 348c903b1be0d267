// Which notices a page shows, as of a day: published (dated on or before it), not past their end,
// and affecting the page (its clients, its methods, or the page named). The home page shows every
// current notice. Pure; the day is the build's (src/util/dates.ts buildDate), so tests fix it.
//
// A static site is as current as its last build: a notice whose end date passes between two builds
// is still in the HTML. Its banner carries the end date, and the banners' script hides it on the
// reader's device from the next day on (src/components/NoticeBanners.astro); the notices page marks
// it expired at the next build. A notice dated after the build's day is left out everywhere until a
// build on or after that day (so a notice can be written ahead).
import type { Notice } from '../content/notices.ts';
import type { Locale } from '../i18n/index.ts';
import { idToUrl } from '../content/pages.ts';

/** Dated on or before `today`. */
export const isPublished = (n: Pick<Notice, 'date'>, today: string) => n.date <= today;

/** Past its end date at `today` (until is the last day it shows). */
export const isExpired = (n: Pick<Notice, 'until'>, today: string) => n.until !== undefined && n.until < today;

/** Published and not expired. */
export const isCurrent = (n: Pick<Notice, 'date' | 'until'>, today: string) => isPublished(n, today) && !isExpired(n, today);

/** A page as the notices see it: its language-free id ('' for home) and its walkthrough front matter. */
export interface NoticeTarget {
	baseId: string;
	clients?: readonly string[] | undefined;
	methods?: readonly string[] | undefined;
}

/** Does the notice concern this page (home: every notice)? */
export function affects(n: Pick<Notice, 'affects'>, page: NoticeTarget): boolean {
	if (page.baseId === '') return true;
	const { clients, methods, pages } = n.affects;
	return (
		pages.includes(idToUrl(page.baseId)) ||
		(page.clients ?? []).some((c) => clients.includes(c)) ||
		(page.methods ?? []).some((m) => methods.includes(m))
	);
}

/** The banners of a page in an edition at `today`: current notices of that language concerning it, newest first. */
export function bannersFor(notices: readonly Notice[], locale: Locale, page: NoticeTarget, today: string): Notice[] {
	return notices.filter((n) => n.locale === locale && isCurrent(n, today) && affects(n, page));
}

/** The notices page and the feed of an edition: every published notice, newest first. */
export function publishedNotices(notices: readonly Notice[], locale: Locale, today: string): Notice[] {
	return notices.filter((n) => n.locale === locale && isPublished(n, today));
}
