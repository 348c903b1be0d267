import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1366, height: 800 } });

test('the page TOC highlights the section being read', async ({ page }) => {
	await page.goto('/mail/');
	const toc = page.locator('kit-toc');
	await expect(toc).toBeVisible();
	const links = toc.locator('a:not([href="#top"])');
	const count = await links.count();
	expect(count).toBeGreaterThan(2);
	// Jump to the last section: its link becomes current, and only it.
	const last = links.nth(count - 1);
	const href = (await last.getAttribute('href'))!;
	await page.evaluate((id) => document.getElementById(decodeURIComponent(id))!.scrollIntoView({ block: 'start' }), href.slice(1));
	await expect(last).toHaveAttribute('aria-current', 'true');
	await expect(toc.locator('a[aria-current]')).toHaveCount(1);
	// Back to the top: the first section is current again.
	await page.evaluate(() => window.scrollTo(0, 0));
	await expect(links.first()).toHaveAttribute('aria-current', 'true');
});

test('"Topへ戻る" returns to the top of the page', async ({ page }) => {
	await page.goto('/mail/');
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.locator('footer').getByRole('link', { name: 'Topへ戻る' }).click();
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(10);
});
