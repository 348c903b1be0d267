// The 2004 page, complete: every item of it (tests/e2e/seed-items.ts) is found in the built
// Japanese site: menu entries and footer on every page, each sentence, step, field value, note and
// link somewhere in the pages' text, 目次へ戻る where a page has sections. 100 %: the only
// differences are the named ones in seed-items.ts (each with its reason).
import { expect, test } from '@playwright/test';
import { pagePaths } from './site.ts';
import { seedItems } from './seed-items.ts';

/** Compare text as a reader would: NFKC (full-width brackets → ASCII), no white space. */
const normal = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

test('every item of the 2004 page is in the Japanese site', async ({ page }) => {
	const paths = pagePaths().filter((p) => !p.startsWith('/en/'));
	expect(paths.length).toBeGreaterThan(10);
	// The text of each page as built (textContent: also what only phones show, e.g. 目次へ戻る).
	const texts: string[] = [];
	for (const path of paths) {
		await page.goto(path);
		texts.push(
			normal(
				await page.locator('body').evaluate((b) => {
					const copy = b.cloneNode(true) as HTMLElement;
					for (const s of copy.querySelectorAll('script, style, template')) s.remove();
					return copy.textContent ?? '';
				}),
			),
		);
	}
	const site = texts.join('\n');
	const missing = seedItems.filter((i) => !site.includes(normal(i.site ?? i.text))).map((i) => `${i.kind}: ${i.site ?? i.text}`);
	const found = seedItems.length - missing.length;
	console.log(
		`seed items found: ${found}/${seedItems.length} (${((found / seedItems.length) * 100).toFixed(0)} %), ${seedItems.filter((i) => i.site).length} with a named difference`,
	);
	expect(missing).toEqual([]);
	// Menu and footer are on every page, not only somewhere.
	for (const i of seedItems.filter((i) => i.kind === 'menu' || i.kind === 'footer')) {
		expect(
			texts.filter((t) => !t.includes(normal(i.text))),
			`"${i.text}" missing on some pages`,
		).toEqual([]);
	}
	// A named difference is a difference: the seed's own wording must not be what the site has.
	for (const i of seedItems.filter((i) => i.site)) expect(i.why, i.text).toBeTruthy();
});

test("目次へ戻る leads to the page's contents on a phone-sized screen", async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	// The pages that hold the seed's five sections, each of which ended with 目次へ戻る.
	for (const path of ['/mail/', '/mail/mailers/', '/mail/apop-password/', '/mail/clients/', '/mail/ssl-wrapper/']) {
		await page.goto(path);
		await expect(page.locator('.kit-back-to-toc a').last(), path).toBeVisible();
	}
	await page.goto('/mail/');
	const links = page.locator('.kit-back-to-toc a');
	expect(await links.count()).toBe(await page.locator('.kit-content > h2').count());
	await links.first().click();
	await expect(page).toHaveURL(/#kit-contents$/);
	await expect(page.locator('#kit-contents')).toBeInViewport();
});
