import { expect, test } from '@playwright/test';
import { openDrawerIfNarrow } from './site.ts';

test.describe('language', () => {
	test('the switcher keeps the reader on the same page, and lang is set per page', async ({ page }) => {
		await page.goto('/mail/smtp-auth/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await openDrawerIfNarrow(page);
		await page.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/en\/mail\/smtp-auth\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('nav[aria-label="Manual contents"]')).toHaveCount(1);
		await openDrawerIfNarrow(page);
		await page.getByRole('link', { name: '日本語' }).click();
		await expect(page).toHaveURL(/\/mail\/smtp-auth\/$/);
	});

	test('every Japanese page has an English page', async ({ page, request }) => {
		const xml = await (await request.get('/sitemap.xml')).text();
		const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		const ja = paths.filter((p) => !p.startsWith('/en/'));
		for (const p of ja) expect(paths, `English edition of ${p}`).toContain(p === '/' ? '/en/' : `/en${p}`);
		await page.goto('/en/');
		await expect(page.locator('.kit-untranslated')).toHaveCount(0);
	});
});

test.describe('dark mode', () => {
	test('follows the system, and the choice is remembered without a flash', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/mail/');
		const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const dark = await bg();
		await page.emulateMedia({ colorScheme: 'light' });
		const light = await bg();
		expect(dark).not.toBe(light);
		// Choose dark while the system is light: kept across pages, applied before first paint.
		await openDrawerIfNarrow(page);
		await page.getByRole('combobox', { name: '配色' }).selectOption('dark');
		expect(await bg()).toBe(dark);
		await page.goto('/mail/smtp-auth/', { waitUntil: 'commit' });
		await page.waitForSelector('body');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await bg()).toBe(dark);
		await openDrawerIfNarrow(page);
		await page.getByRole('combobox', { name: '配色' }).selectOption('auto');
		expect(await bg()).toBe(light);
	});
});

test.describe('print', () => {
	test('a walkthrough prints as a setup sheet with the reader’s account filled in', async ({ page }) => {
		await page.goto('/mail/clients/thunderbird/');
		await page.getByLabel('あなたのアカウント名').fill('s1234567');
		await page.getByRole('button', { name: '反映' }).click();
		await page.emulateMedia({ media: 'print' });
		for (const hidden of ['#kit-sidebar', '.kit-commission', '.kit-pagination', 'kit-account-form', '.kit-toc']) {
			await expect(page.locator(hidden).first(), hidden).toBeHidden();
		}
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('kit-account').first()).toHaveText('s1234567');
	});
});

test.describe('page footer', () => {
	test('shows when the page last changed', async ({ page }) => {
		await page.goto('/mail/apop-password/');
		const time = page.locator('.kit-meta time');
		await expect(time).toHaveCount(1);
		expect(Date.parse((await time.getAttribute('datetime'))!)).toBeGreaterThan(Date.parse('2026-01-01'));
	});
});
