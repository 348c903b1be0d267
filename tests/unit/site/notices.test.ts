// Which notices a page shows on a fixed day: published, not past their end, concerning the page.
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../src/content/notices.ts';
import { affects, bannersFor, isCurrent, isExpired, isPublished, publishedNotices } from '../../../src/site/notices.ts';

const notice = (id: string, fields: Partial<Notice> = {}): Notice => ({
	id,
	locale: 'ja',
	file: `content/notices/${id}.md`,
	title: id,
	summary: '',
	date: '2026-01-10',
	severity: 'info',
	affects: { clients: [], methods: [], pages: [] },
	html: '',
	...fields,
});

describe('a notice on a day', () => {
	const n = notice('n', { date: '2026-01-10', until: '2026-03-31' });
	it('is published from its date', () => {
		expect(isPublished(n, '2026-01-09')).toBe(false);
		expect(isPublished(n, '2026-01-10')).toBe(true);
	});
	it('shows through its end date, then is expired', () => {
		expect(isCurrent(n, '2026-03-31')).toBe(true);
		expect(isExpired(n, '2026-03-31')).toBe(false);
		expect(isCurrent(n, '2026-04-01')).toBe(false);
		expect(isExpired(n, '2026-04-01')).toBe(true);
	});
	it('without an end date never expires', () => {
		expect(isCurrent(notice('m'), '2099-12-31')).toBe(true);
	});
});

describe('the pages a notice concerns', () => {
	const n = notice('n', { affects: { clients: ['sylpheed'], methods: ['apop'], pages: ['/mail/service/'] } });
	it('by client, by method, by page, and always the home page', () => {
		expect(affects(n, { baseId: 'mail/clients/sylpheed-pop3s', clients: ['sylpheed'], methods: ['pop3s'] })).toBe(true);
		expect(affects(n, { baseId: 'mail/clients/becky-apop', clients: ['becky'], methods: ['apop', 'smtp'] })).toBe(true);
		expect(affects(n, { baseId: 'mail/service' })).toBe(true);
		expect(affects(n, { baseId: '' })).toBe(true);
		expect(affects(n, { baseId: 'mail/clients/thunderbird', clients: ['thunderbird'], methods: ['pop3s', 'submission'] })).toBe(false);
		expect(affects(n, { baseId: 'mail/settings' })).toBe(false);
	});
	it('gives each edition its own notices, current ones only, newest first', () => {
		const all = [
			notice('new', { date: '2026-05-01', affects: { clients: [], methods: [], pages: ['/mail/'] } }),
			notice('new', { date: '2026-05-01', locale: 'en', affects: { clients: [], methods: [], pages: ['/mail/'] } }),
			notice('ended', { date: '2026-01-01', until: '2026-02-01', affects: { clients: [], methods: [], pages: ['/mail/'] } }),
			notice('future', { date: '2026-09-01', affects: { clients: [], methods: [], pages: ['/mail/'] } }),
			notice('other', { date: '2026-04-01', affects: { clients: [], methods: [], pages: ['/mail/settings/'] } }),
		];
		expect(bannersFor(all, 'ja', { baseId: 'mail' }, '2026-06-01').map((x) => `${x.locale}:${x.id}`)).toEqual(['ja:new']);
		expect(bannersFor(all, 'en', { baseId: 'mail' }, '2026-06-01').map((x) => `${x.locale}:${x.id}`)).toEqual(['en:new']);
		expect(bannersFor(all, 'ja', { baseId: '' }, '2026-06-01').map((x) => x.id)).toEqual(['new', 'other']);
		expect(publishedNotices(all, 'ja', '2026-06-01').map((x) => x.id)).toEqual(['new', 'ended', 'other']);
	});
});
