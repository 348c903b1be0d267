import { expect, test } from '@playwright/test';

test('on a phone the sidebar opens from the menu button and closes with Escape', async ({ page }) => {
	await page.goto('/mail/smtp-auth/');
	const sidebar = page.locator('#kit-sidebar');
	const button = page.getByRole('button', { name: 'メニュー' });
	await expect(sidebar).toBeHidden();
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await button.click();
	await expect(sidebar).toBeVisible();
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	await expect(sidebar.locator('a[aria-current=page]')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(sidebar).toBeHidden();
	await expect(button).toBeFocused();
	// A link in the open menu navigates.
	await button.click();
	await sidebar.getByRole('link', { name: 'APOP パスワードの設定' }).click();
	await expect(page).toHaveURL(/\/mail\/apop-password\/$/);
});

test('no page scrolls sideways on a 360 px phone', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of [
		'/',
		'/mail/',
		'/mail/clients/command-line/',
		'/mail/settings/',
		'/mail/clients/sylpheed-apop/',
		'/notices/',
		'/en/notices/',
	]) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});

test('the page TOC is a collapsible box above the content on a phone', async ({ page }) => {
	await page.goto('/mail/');
	const box = page.locator('details.kit-toc-mobile');
	await expect(box).toBeVisible();
	await box.locator('summary').click();
	const first = box.locator('a').first();
	await first.click();
	await expect(page).toHaveURL(/#/);
});

test('without JavaScript the sidebar follows the content', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
	const page = await context.newPage();
	await page.goto('/mail/');
	await expect(page.locator('#kit-sidebar')).toBeVisible();
	await expect(page.getByRole('button', { name: 'メニュー' })).toBeHidden();
	await context.close();
});
