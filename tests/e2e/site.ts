// Shared helpers for the e2e tests.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Every page path of the built site, from dist/sitemap.xml. */
export function pagePaths(): string[] {
	const xml = readFileSync('dist/sitemap.xml', 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/**
 * Open `path` and expect axe to find no violation and the page to log no error; with `sizes`, at
 * each width and colour scheme in turn (the page loaded once).
 */
export async function expectAccessible(page: Page, path: string, sizes: { width: number; scheme: 'light' | 'dark' }[] = []): Promise<void> {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(String(e)));
	if (sizes[0]) await page.setViewportSize({ width: sizes[0].width, height: 800 });
	await page.goto(path);
	const found: string[] = [];
	for (const size of sizes.length ? sizes : [undefined]) {
		if (size) {
			await page.setViewportSize({ width: size.width, height: 800 });
			await page.emulateMedia({ colorScheme: size.scheme });
		}
		const results = await new AxeBuilder({ page }).analyze();
		const at = size ? ` (${size.width} px, ${size.scheme})` : '';
		for (const v of results.violations) found.push(`${v.id}${at}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	}
	expect(found).toEqual([]);
	expect(errors).toEqual([]);
}

/**
 * On a narrow screen the language switch, the theme and the commission menu are in the drawer
 * behind the menu button: open it (no-op on a wide screen, where they are in the header).
 */
export async function openDrawerIfNarrow(page: Page): Promise<void> {
	// After a click that navigates, wait for the new page's styles: before them the menu button
	// shows at any width, and a click on it then waits for a button that CSS has since hidden.
	await page.waitForLoadState('load');
	const button = page.locator('kit-menu button');
	if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}
