import { describe, expect, it } from 'vitest';
import { breadcrumbs, buildTree, prevNext, readingOrder, sidebar, type NavPage } from '../../../src/site/nav.ts';
import { buildToc } from '../../../src/site/toc.ts';

const pages: NavPage[] = [
	{ id: '', url: '/', title: 'ホーム', order: 0 },
	{ id: 'mail', url: '/mail/', title: 'メールの設定', order: 1 },
	{ id: 'mail/smtp-auth', url: '/mail/smtp-auth/', title: 'SMTP-AUTH', order: 5 },
	{ id: 'mail/apop-password', url: '/mail/apop-password/', title: 'APOPパスワード', order: 2 },
	{ id: 'mail/clients', url: '/mail/clients/', title: 'メーラー', order: 3 },
	{ id: 'mail/clients/thunderbird', url: '/mail/clients/thunderbird/', title: 'Thunderbird', order: 1 },
	{ id: 'mail/clients/becky-apop', url: '/mail/clients/becky-apop/', title: 'Becky!', order: 9, historical: 2004 },
	{ id: 'mail/secret', url: '/mail/secret/', title: 'hidden', order: 1, hidden: true },
	{ id: 'about', url: '/about/', title: '概要', order: 2 },
	{ id: 'about/team', url: '/about/team/', title: 'メンバー', order: 1 },
];

describe('buildTree', () => {
	const tree = buildTree(pages);
	it('nests by id and sorts siblings by order', () => {
		expect(tree.children.map((c) => c.id)).toEqual(['mail', 'about']);
		expect(tree.children[0]!.children.map((c) => c.id)).toEqual(['mail/apop-password', 'mail/clients', 'mail/smtp-auth']);
		expect(tree.children[0]!.children[1]!.children.map((c) => c.label)).toEqual(['Thunderbird', 'Becky!']);
	});
	it('leaves hidden pages out', () => {
		expect(readingOrder(tree).map((n) => n.id)).not.toContain('mail/secret');
	});
	it('creates a folder node for a folder without index.md', () => {
		const t = buildTree([{ id: 'a/b', url: '/a/b/', title: 'B', order: 1 }]);
		expect(t.children[0]).toMatchObject({ id: 'a', children: [{ id: 'a/b' }] });
		expect(t.children[0]!.url).toBeUndefined();
	});
});

describe('sidebar', () => {
	const tree = buildTree(pages);
	it('marks the current page and opens only the sections on its path', () => {
		const items = sidebar(tree, 'mail/clients/thunderbird');
		const mail = items.find((i) => i.url === '/mail/')!;
		expect(mail.section!.open).toBe(true);
		const clients = mail.section!.items.find((i) => i.url === '/mail/clients/')!;
		expect(clients.section!.open).toBe(true);
		expect(clients.section!.items.find((i) => i.current)?.url).toBe('/mail/clients/thunderbird/');
		const about = items.find((i) => i.url === '/about/')!;
		expect(about.section).toEqual({ open: false, count: 1, items: [] });
	});
	it('marks exactly one current item', () => {
		const flat = (xs: ReturnType<typeof sidebar>): boolean[] => xs.flatMap((x) => [x.current, ...flat(x.section?.items ?? [])]);
		expect(flat(sidebar(tree, 'mail/smtp-auth')).filter(Boolean)).toHaveLength(1);
		expect(flat(sidebar(tree, '')).filter(Boolean)).toHaveLength(1);
	});
});

describe('sidebar groups expandable in place', () => {
	const tree = buildTree(pages);
	const flat = (xs: ReturnType<typeof sidebar>): number => xs.reduce((n, x) => n + 1 + flat(x.section?.items ?? []), 0);
	it('renders the pages of closed sections while they fit the budget, shallowest first', () => {
		const items = sidebar(tree, '', 10);
		const mail = items.find((i) => i.url === '/mail/')!;
		expect(mail.section!.open).toBe(false);
		expect(mail.section!.items.map((i) => i.url)).toEqual(['/mail/apop-password/', '/mail/clients/', '/mail/smtp-auth/']);
		const clients = mail.section!.items.find((i) => i.url === '/mail/clients/')!;
		expect(clients.section).toMatchObject({ open: false, count: 2 });
		expect(clients.section!.items.map((i) => i.label)).toEqual(['Thunderbird', 'Becky!']);
		expect(items.find((i) => i.url === '/about/')!.section!.items).toHaveLength(1);
	});
	it('leaves out the sections that do not fit, deepest first', () => {
		// 3 (mail) + 1 (about) fit in 4; the clients' 2 pages do not.
		const items = sidebar(tree, '', 4);
		const clients = items.find((i) => i.url === '/mail/')!.section!.items.find((i) => i.url === '/mail/clients/')!;
		expect(clients.section).toEqual({ open: false, count: 2, items: [] });
		expect(items.find((i) => i.url === '/about/')!.section!.items).toHaveLength(1);
	});
	it('bounds a page of a large site by the budget plus the current path', () => {
		const big: NavPage[] = [{ id: '', url: '/', title: 'home', order: 0 }];
		for (let s = 0; s < 10; s++) {
			big.push({ id: `s${s}`, url: `/s${s}/`, title: `S${s}`, order: s });
			for (let p = 0; p < 100; p++) big.push({ id: `s${s}/p${p}`, url: `/s${s}/p${p}/`, title: `P${p}`, order: p });
		}
		const t = buildTree(big);
		// Home + 10 sections, the current section's 100 pages, and 100 more (one other section).
		expect(flat(sidebar(t, 's3/p7', 100))).toBe(1 + 10 + 100 + 100);
		expect(flat(sidebar(t, 's3/p7', 150))).toBe(1 + 10 + 100 + 100);
		expect(flat(sidebar(t, 's3/p7'))).toBe(1 + 10 + 100);
	});
});

describe('prevNext and breadcrumbs', () => {
	const tree = buildTree(pages);
	it('follows reading order across sections', () => {
		expect(prevNext(tree, 'mail/clients/becky-apop')).toMatchObject({
			prev: { id: 'mail/clients/thunderbird' },
			next: { id: 'mail/smtp-auth' },
		});
		expect(prevNext(tree, '').prev).toBeUndefined();
		expect(prevNext(tree, 'about/team').next).toBeUndefined();
	});
	it('lists ancestors with pages', () => {
		expect(breadcrumbs(tree, 'mail/clients/thunderbird').map((b) => b.url)).toEqual(['/', '/mail/', '/mail/clients/']);
		expect(breadcrumbs(tree, 'mail').map((b) => b.url)).toEqual(['/']);
		expect(breadcrumbs(tree, '')).toEqual([]);
	});
});

describe('buildToc', () => {
	it('nests h3 under h2 and ignores other depths', () => {
		const toc = buildToc([
			{ depth: 3, slug: 'early', text: 'early' },
			{ depth: 2, slug: 'a', text: 'A' },
			{ depth: 3, slug: 'a1', text: 'A1' },
			{ depth: 4, slug: 'deep', text: 'deep' },
			{ depth: 2, slug: 'b', text: 'B' },
		]);
		expect(toc.map((t) => [t.slug, t.children.map((c) => c.slug)])).toEqual([
			['early', []],
			['a', ['a1']],
			['b', []],
		]);
	});
});
