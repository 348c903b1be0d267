// The notices' Atom feed, read back with a real feed parser: each edition lists its own notices,
// newest first, with absolute links; ended ones say so; the same notices give the same bytes.
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../src/content/notices.ts';
import { absoluteLinks, atomFeed, feedPath } from '../../../src/site/feed.ts';
import { publishedNotices } from '../../../src/site/notices.ts';
import { strings, type Locale } from '../../../src/i18n/index.ts';

const base = {
	summary: 'S & <b>',
	severity: 'warning',
	affects: { clients: [], methods: [], pages: [] },
	html: '<p>本文 <a href="/mail/">link</a></p>',
} as const;
const notices: Notice[] = [
	{ ...base, id: 'b', locale: 'ja', file: 'content/notices/b.md', title: '新しいお知らせ', date: '2026-05-01' },
	{ ...base, id: 'b', locale: 'en', file: 'content/en/notices/b.md', title: 'Newer notice', date: '2026-05-01' },
	{ ...base, id: 'a', locale: 'ja', file: 'content/notices/a.md', title: '終わったお知らせ', date: '2026-01-10', until: '2026-02-28' },
	{ ...base, id: 'a', locale: 'en', file: 'content/en/notices/a.md', title: 'Ended notice', date: '2026-01-10', until: '2026-02-28' },
	{ ...base, id: 'c', locale: 'en', file: 'content/en/notices/c.md', title: 'Future notice', date: '2026-12-01' },
];
const site = 'https://www.example.ac.jp';
const feedOf = (locale: Locale, today = '2026-06-01') =>
	atomFeed({ notices: publishedNotices(notices, locale, today), locale, words: strings(locale), site, author: 'Commission', today });

describe('the notices feed', () => {
	it('parses as Atom and lists the Japanese notices in the Japanese feed', () => {
		const feed = parseFeed(feedOf('ja'));
		expect(feed.meta.type).toBe('atom');
		expect(feed.title).toBe(strings('ja').notices.feedTitle);
		expect(feed.url).toBe(`${site}/notices/`);
		expect(feed.items.map((i) => i.title)).toEqual(['新しいお知らせ', `終わったお知らせ (${strings('ja').notices.expired})`]);
		expect(feed.items.map((i) => i.url)).toEqual([`${site}/notices/#b`, `${site}/notices/#a`]);
		expect(feed.items[0]!.published?.toISOString()).toBe('2026-04-30T15:00:00.000Z');
		expect(feed.items[0]!.description).toBe('S & <b>');
		expect(feed.items[0]!.content).toContain('本文');
		// A reader shows the content away from the site: the site's own links are absolute.
		expect(feed.items[0]!.content).toContain(`<a href="${site}/mail/">link</a>`);
		expect(feed.items[1]!.content).toContain('2026年2月28日');
	});
	it('lists the English notices in the English feed, without the future one', () => {
		const feed = parseFeed(feedOf('en'));
		expect(feed.title).toBe('Notices — Mail Setup Manual');
		expect(feed.items.map((i) => i.title)).toEqual(['Newer notice', 'Ended notice (Ended)']);
		expect(feed.items.map((i) => i.id)).toEqual([`${site}/en/notices/#b`, `${site}/en/notices/#a`]);
		expect(feed.self).toBe(`${site}${feedPath('en')}`);
	});
	it('makes only site paths absolute', () => {
		expect(
			absoluteLinks(
				'<a href="/mail/">a</a><a href="https://x.example/">b</a><a href="//cdn/">c</a><a href="#x">d</a><img src="/i.png">',
				site,
			),
		).toBe(
			`<a href="${site}/mail/">a</a><a href="https://x.example/">b</a><a href="//cdn/">c</a><a href="#x">d</a><img src="${site}/i.png">`,
		);
	});
	it("is the same for the same notices (its date is the newest notice's, not the clock's)", () => {
		expect(feedOf('en')).toBe(feedOf('en'));
		expect(parseFeed(feedOf('en')).updated?.toISOString()).toBe('2026-04-30T15:00:00.000Z');
	});
});
