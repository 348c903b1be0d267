import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openDrawerIfNarrow, pagePaths } from './site.ts';
import { parseSettings } from '../../src/settings/load.ts';
import { siteUrl } from '../../src/settings/schema.ts';

const pages = pagePaths();

test('the sitemap lists the whole manual', () => {
	expect(pages).toContain('/');
	expect(pages).toContain('/mail/apop-password/');
	expect(pages.length).toBeGreaterThanOrEqual(15);
});

test('following "next" from the home page visits every page once, in sidebar order', async ({ page }) => {
	// One navigation per page of the Japanese edition: longer than the default 60 s under load.
	test.setTimeout(180_000);
	await page.goto('/');
	const seen: string[] = [new URL(page.url()).pathname];
	for (let i = 0; i < pages.length; i++) {
		const next = page.locator('a[rel=next]');
		if ((await next.count()) === 0) break;
		await next.click();
		const path = new URL(page.url()).pathname;
		expect(seen).not.toContain(path);
		seen.push(path);
		// The sidebar marks the page being read, and the page links back to where we came from.
		await expect(page.locator('#kit-sidebar a[aria-current=page]')).toHaveAttribute('href', path);
		await expect(page.locator('a[rel=prev]')).toHaveAttribute('href', seen.at(-2)!);
	}
	expect([...seen].sort()).toEqual(pages.filter((p) => !p.startsWith('/en/')).sort());
});

test('breadcrumbs lead back up the tree', async ({ page }) => {
	await page.goto('/mail/clients/thunderbird/');
	const crumbs = page.getByRole('navigation', { name: 'パンくずリスト' });
	await expect(crumbs.getByRole('link')).toHaveText(['ホーム', /メールの設定/, 'メーラー別の設定']);
	await crumbs.getByRole('link', { name: 'メーラー別の設定' }).click();
	await expect(page).toHaveURL(/\/mail\/clients\/$/);
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
	const response = await page.goto('/mail/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
	await page.getByRole('link', { name: 'マニュアルのトップへ' }).click();
	await expect(page).toHaveURL(/\/$/);
});

test('an unknown address under /en/ shows the English 404 page with a way back to the English edition', async ({ page }) => {
	const response = await page.goto('/en/mail/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.getByRole('link', { name: 'Go to the manual’s top page' }).click();
	await expect(page).toHaveURL(/\/en\/$/);
});

test('the header carries the commission menu; an entry whose address is unknown leads to the start page’s list', async ({ page }) => {
	await page.goto('/mail/');
	await openDrawerIfNarrow(page);
	const menu = page.getByRole('navigation', { name: '委員会のメニュー' });
	await expect(menu.getByRole('link')).toHaveCount(10);
	await expect(page.locator('footer')).toContainText('(C) 2004 九州工業大学 学生自治ネットワーク委員会');
	await expect(page.locator('footer')).toContainText('K.I.T. Student Administered Network Commission');
	// Every address is unknown in the settings: the entry leads to the list that says so.
	await menu.getByRole('link', { name: '各種申請', exact: true }).click();
	await expect(page).toHaveURL(/\/start\/#commission$/);
	const list = page.getByRole('table', { name: '委員会のページの一覧' });
	await expect(list.getByRole('row', { name: /各種申請/ })).toContainText('まだ分かりません');
});

// The commission's pages are not this manual: no entry of the menu (header and drawer) and no link
// of the footer leads back to the manual's own home, on any page of either edition. (The site's
// title in the header is the manual's home link on purpose, and is not part of either.)
test('no commission menu or footer link leads to the manual’s own home', async ({ page, baseURL }) => {
	const homes = new Set(['/', '/en/', '/index.html', '/en/index.html']);
	const published = siteUrl(parseSettings(readFileSync('content/settings.yaml', 'utf8')).domain);
	for (const path of pages) {
		await page.goto(path);
		const hrefs = await page
			.locator('nav.kit-commission a, footer a')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs.length, path).toBeGreaterThanOrEqual(20);
		for (const href of hrefs) {
			const url = new URL(href);
			const own = url.origin === new URL(baseURL!).origin || url.origin === published;
			expect(own && homes.has(url.pathname) && url.hash === '', `${path}: ${href}`).toBe(false);
		}
	}
});

test('the page is usable by keyboard: skip link, then content', async ({ page }) => {
	await page.goto('/mail/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: '本文へスキップ' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#kit-main$/);
});
