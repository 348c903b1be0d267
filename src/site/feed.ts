// The notices as an Atom feed, one per edition (/notices/feed.atom, /en/notices/feed.atom), made
// with the `feed` library. Deterministic: the feed's date is its newest notice's, never the build's
// clock, so the same notices give the same bytes. Pure.
import { Feed } from 'feed';
import type { Notice } from '../content/notices.ts';
import { idToUrl } from '../content/pages.ts';
import { NOTICES_PAGE_ID } from '../content/notices.ts';
import { localizedId, type Locale, type Words } from '../i18n/index.ts';
import { escapeHtml } from '../util/escape.ts';
import { isExpired } from './notices.ts';

/** The feed's site path in an edition. */
export const feedPath = (locale: Locale) => `${noticesPath(locale)}feed.atom`;

/** The notices page's site path in an edition. */
export const noticesPath = (locale: Locale) => idToUrl(localizedId(NOTICES_PAGE_ID, locale));

/** A day as the feed's time: midnight in Japan. */
const dayTime = (day: string) => new Date(`${day}T00:00:00+09:00`);

export interface FeedOptions {
	/** The edition's published notices, newest first (src/site/notices.ts publishedNotices). */
	notices: readonly Notice[];
	locale: Locale;
	words: Pick<Words, 'notices' | 'day'>;
	/** The site's address (https://www.…), without a trailing slash. */
	site: string;
	/** The commission's name in the edition's language (the feed's author). */
	author: string;
	/** The build's day: expired notices say so; the feed's date when there is no notice. */
	today: string;
}

/**
 * A notice's HTML with the site's own links and pictures made absolute: a feed reader shows the
 * content away from the site, and many readers do not resolve "/mail/…" against the feed's address.
 */
export const absoluteLinks = (html: string, site: string) => html.replace(/\b(href|src)="\/(?!\/)/g, `$1="${site}/`);

/** The Atom XML of an edition's notices. */
export function atomFeed({ notices, locale, words, site, author, today }: FeedOptions): string {
	const page = new URL(noticesPath(locale), site).href;
	const feed = new Feed({
		id: page,
		link: page,
		title: words.notices.feedTitle,
		language: locale,
		updated: dayTime(notices[0]?.date ?? today),
		feedLinks: { atom: new URL(feedPath(locale), site).href },
		author: { name: author },
		generator: false,
	});
	for (const n of notices) {
		const ended = isExpired(n, today);
		const period = n.until
			? `<p>${escapeHtml(ended ? words.notices.expiredNote(words.day(n.until)) : words.notices.until(words.day(n.until)))}</p>`
			: '';
		feed.addItem({
			title: escapeHtml(ended ? `${n.title} (${words.notices.expired})` : n.title),
			id: `${page}#${n.id}`,
			link: `${page}#${n.id}`,
			date: dayTime(n.date),
			published: dayTime(n.date),
			description: escapeHtml(n.summary),
			content: `${absoluteLinks(n.html, site)}${period}`,
		});
	}
	return feed.atom1();
}
