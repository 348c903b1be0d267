import { expect, test } from '@playwright/test';
import { openDrawerIfNarrow, pagePaths } from './site.ts';

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

test('the header carries the commission menu, external entries marked', async ({ page }) => {
	await page.goto('/mail/');
	await openDrawerIfNarrow(page);
	const menu = page.getByRole('navigation', { name: '委員会のメニュー' });
	await expect(menu.getByRole('link')).toHaveCount(10);
	await expect(menu.getByRole('link', { name: 'マニュアル', exact: true })).toHaveAttribute('aria-current', 'page');
	await expect(menu.getByRole('link', { name: /^委員会概要.*（外部サイト）/ })).toBeVisible();
	await expect(page.locator('footer')).toContainText('(C) 2004 九州工業大学 学生自治ネットワーク委員会');
	await expect(page.locator('footer')).toContainText('K.I.T. Student Administered Network Commission');
});

test('the page is usable by keyboard: skip link, then content', async ({ page }) => {
	await page.goto('/mail/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: '本文へスキップ' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#kit-main$/);
});
