// The search dialog, on desktop and phone: nothing of search loads before it opens; `/`, Ctrl+K
// and the button open it with focus in the field; results link to pages and sections; keys move
// through the results; Escape closes and returns focus; it fits a 360 px phone; without JS the
// button is hidden.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const searchRequests = (page: Page) => {
	const seen: string[] = [];
	page.on('request', (r) => {
		const path = new URL(r.url()).pathname;
		if (path.startsWith('/pagefind/')) seen.push(path);
	});
	return seen;
};

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'マニュアルを検索' });
const fieldOf = (page: Page) => page.getByRole('searchbox', { name: '検索する言葉' });
const resultLinks = (page: Page) => dialogOf(page).locator('#kit-search-results a');
/** The first search loads Pagefind's WebAssembly and index: give it time on a busy machine. */
const loaded = { timeout: 20_000 };

test('no search file loads before search opens; / opens it with focus in the field', async ({ page }) => {
	const requests = searchRequests(page);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto('/mail/');
	await page.waitForLoadState('networkidle');
	expect(requests).toEqual([]);

	const button = page.getByRole('button', { name: '検索' });
	await expect(button).toBeVisible();
	await page.keyboard.press('/');
	await expect(dialogOf(page)).toBeVisible();
	await expect(fieldOf(page)).toBeFocused();
	await expect.poll(() => requests).toContain('/pagefind/kit-search-dialog.js');

	await fieldOf(page).fill('stunnel');
	await expect(resultLinks(page).first()).toHaveAttribute('href', '/mail/ssl-wrapper/', loaded);
	await expect(dialogOf(page).getByRole('status')).toContainText('stunnel');
	expect(requests).toContain('/pagefind/pagefind.js');
	expect(errors).toEqual([]);
});

test('Ctrl+K opens search; Enter opens the first result', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Control+k');
	await expect(fieldOf(page)).toBeFocused();
	await page.keyboard.type('popauth');
	await expect(resultLinks(page).first()).toHaveAttribute('href', '/mail/apop-password/', loaded);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/mail\/apop-password\/$/);
});

test('results show the page and its sections; a section link goes to that section', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: '検索' }).click();
	await fieldOf(page).fill('checkHost');
	const hit = dialogOf(page).locator('.kit-search__hit').first();
	await expect(hit.locator('.kit-search__link').first()).toHaveAttribute('href', '/mail/ssl-wrapper/', loaded);
	await expect(hit.locator('.kit-search__link').first()).toContainText('SSL未対応メーラー + SSL');
	const section = hit.locator('.kit-search__link--section').first();
	await expect(section).toHaveAttribute('href', /^\/mail\/ssl-wrapper\/#[\w-]+$/);
	await expect(section.locator('mark').first()).toBeVisible();
	const href = (await section.getAttribute('href'))!;
	await section.click();
	await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
	await expect(dialogOf(page)).toBeHidden();
	await expect(page.locator(href.slice(href.indexOf('#')))).toBeInViewport();
});

test('arrow keys move through the results; Escape closes and focus returns to the button', async ({ page }) => {
	await page.goto('/mail/smtp-auth/');
	const button = page.getByRole('button', { name: '検索' });
	await button.click();
	await fieldOf(page).fill('APOP');
	const links = resultLinks(page);
	await expect(links.nth(2)).toBeVisible(loaded);
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(fieldOf(page)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialogOf(page)).toBeHidden();
	await expect(button).toBeFocused();
	// Opening again keeps the query and its results.
	await page.keyboard.press('Control+k');
	await expect(fieldOf(page)).toHaveValue('APOP');
	await expect(links.first()).toBeVisible();
});

test('a query with no match says so', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('/');
	await fieldOf(page).fill('zzzqqqxxx');
	await expect(dialogOf(page).getByRole('status')).toContainText('一致するページはありません', loaded);
	await expect(resultLinks(page)).toHaveCount(0);
});

test('axe finds no violation with the dialog open and showing results', async ({ page }) => {
	await page.goto('/mail/');
	await page.keyboard.press('/');
	await fieldOf(page).fill('証明書');
	await expect(resultLinks(page).first()).toBeVisible(loaded);
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('on a 360 px phone the dialog fills the screen without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/mail/clients/thunderbird/');
	const button = page.getByRole('button', { name: '検索' });
	await expect(button).toBeInViewport();
	await button.click();
	await fieldOf(page).fill('送信サーバー');
	await expect(resultLinks(page).first()).toBeVisible(loaded);
	const box = (await dialogOf(page).boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(360);
	await expect(page.getByRole('button', { name: '閉じる' })).toBeInViewport();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await page.getByRole('button', { name: '閉じる' }).click();
	await expect(dialogOf(page)).toBeHidden();
	await expect(button).toBeFocused();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the search button is hidden', async ({ page }) => {
		await page.goto('/mail/');
		await expect(page.locator('.kit-search__button')).toBeHidden();
	});
});
