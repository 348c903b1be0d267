// Notices in the browser (the built site's own notices; which page shows which, on fixed days, is
// tests/integration/notices.test.ts): a dismissal survives a reload and leaves the other notices,
// on every page; without JavaScript the banners show and cannot be dismissed; a banner past its end
// date on the reader's clock hides itself; the keyboard reaches the dismiss buttons; the banners, the
// notices page and a walkthrough's "checked with" fit a 320 px screen; the feed is served as Atom.
import { expect, test, type Page } from '@playwright/test';

const banners = (page: Page) => page.locator('.kit-notices [data-notice]');

test('a dismissed notice stays dismissed after a reload and on other pages, and the others still show', async ({ page }) => {
	await page.goto('/');
	const all = banners(page);
	expect(await all.count(), 'the home page shows at least two current notices').toBeGreaterThanOrEqual(2);
	const first = all.nth(0);
	const second = all.nth(1);
	const id = (await first.getAttribute('data-notice'))!;
	await first.locator('[data-dismiss]').click();
	await expect(first).toBeHidden();
	await expect(second).toBeVisible();
	await page.reload();
	await expect(page.locator(`[data-notice="${id}"]`)).toBeHidden();
	await expect(banners(page).nth(1)).toBeVisible();
	expect(JSON.parse((await page.evaluate(() => localStorage.getItem('kit-notices-dismissed')))!)).toEqual([id]);
	// The notices page still lists it.
	await page.goto(`/notices/#${id.split('@')[0]}`);
	await expect(page.locator(`article#${id.split('@')[0]}`)).toBeVisible();
	// Dismissing every notice leaves no empty region behind.
	await page.goto('/');
	const open = page.locator('.kit-notices [data-dismiss]:visible');
	for (let left = await open.count(); left > 0; left--) await open.first().click();
	await expect(page.locator('.kit-notices')).toBeHidden();
	await page.reload();
	await expect(page.locator('.kit-notices')).toBeHidden();
});

test('the English edition dismisses its notices the same way, independently of the page', async ({ page }) => {
	await page.goto('/en/');
	const first = banners(page).first();
	const id = (await first.getAttribute('data-notice'))!;
	await first.locator('[data-dismiss]').click();
	await page.goto('/en/notices/');
	// The notice's pages: wherever it shows as a banner, it is now hidden.
	const pages = await page
		.locator(`article#${id.split('@')[0]} .kit-notice__pages a`)
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	for (const path of pages) {
		await page.goto(path);
		await expect(page.locator(`[data-notice="${id}"]`)).toBeHidden();
	}
});

test('without JavaScript the banners show and cannot be dismissed', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	const count = await banners(page).count();
	expect(count).toBeGreaterThanOrEqual(2);
	for (let i = 0; i < count; i++) await expect(banners(page).nth(i)).toBeVisible();
	await expect(page.locator('.kit-notices [data-dismiss]').first()).toBeHidden();
	await context.close();
});

test("a banner whose end date has passed on the reader's clock hides itself (a notice that ended after the build)", async ({ page }) => {
	// Give the first banner an end date, as a notice with until: has, and read the page on fixed days.
	await page.route('**/', async (route) => {
		const response = await route.fetch();
		const html = (await response.text()).replace(/(<div class="kit-notice [^"]*" data-notice="[^"]*")/, '$1 data-until="2026-01-31"');
		await route.fulfill({ response, body: html });
	});
	await page.clock.setFixedTime(new Date('2026-01-31T23:30:00+09:00'));
	await page.goto('/');
	await expect(banners(page).first()).toHaveAttribute('data-until', '2026-01-31');
	await expect(banners(page).first()).toBeVisible();
	await page.clock.setFixedTime(new Date('2026-02-01T00:30:00+09:00'));
	await page.reload();
	await expect(banners(page).first()).toBeHidden();
	await expect(banners(page).nth(1)).toBeVisible();
});

test('the keyboard reaches each dismiss button, and focus moves to the next notice', async ({ page }) => {
	await page.goto('/');
	const buttons = page.locator('.kit-notices [data-dismiss]');
	await buttons.first().focus();
	await expect(buttons.first()).toHaveAccessibleName(/を閉じる$/);
	await page.keyboard.press('Enter');
	await expect(buttons.nth(1)).toBeFocused();
	await page.keyboard.press('Space');
	await expect(buttons.nth(2)).toBeFocused();
});

for (const path of ['/', '/notices/', '/en/notices/', '/mail/service/', '/en/mail/clients/thunderbird/', '/mail/clients/command-line/']) {
	test(`banners, notices and "checked with" fit a 320 px screen on ${path}`, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 700 });
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		for (const box of await page.locator('.kit-notice, .kit-notice-entry, .kit-checked').all()) {
			const sticks = await box.evaluate((el) => el.scrollWidth - el.clientWidth);
			expect(sticks, 'nothing sticks out of a notice or the checked list').toBeLessThanOrEqual(0);
		}
		// A banner's "more" link is one word ("詳しく"): it never breaks across lines.
		for (const more of await page.locator('.kit-notice a:visible').all()) {
			const lines = await more.evaluate((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size);
			expect(lines, `"${await more.innerText()}" on one line`).toBe(1);
		}
	});
}

test('each edition links its Atom feed, served as Atom', async ({ page, request }) => {
	for (const [path, feed] of [
		['/mail/', '/notices/feed.atom'],
		['/en/mail/', '/en/notices/feed.atom'],
	] as const) {
		await page.goto(path);
		await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', feed);
		const response = await request.get(feed);
		expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
		expect(await response.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
	}
});
