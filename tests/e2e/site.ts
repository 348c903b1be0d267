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

/**
 * What overflows at the current size (issue 21), each as "what: how much": the page scrolling
 * sideways, an element in <main> past the viewport, or a box in it that scrolls or clips sideways,
 * except a code block that may scroll (focusable, named, with its edge shadow). The outermost only:
 * what lies inside a reported or clipping box is judged by that box.
 */
export function overflows(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const describe = (el: Element) => {
			const cls = [...el.classList].slice(0, 2).join('.');
			const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
			return `<${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}> "${text}"`;
		};
		const viewport = document.documentElement.clientWidth;
		const root = document.documentElement;
		if (root.scrollWidth > viewport) found.push(`the page scrolls sideways by ${root.scrollWidth - viewport}px`);
		// A code block may scroll when it can be reached by keyboard, is named, and shows that it scrolls
		// (the edge shadows of code.css).
		const scrollableCode = (el: Element) =>
			el.matches('.kit-code pre') &&
			el.getAttribute('tabindex') === '0' &&
			(el.getAttribute('aria-label') ?? '') !== '' &&
			getComputedStyle(el).backgroundImage.includes('radial-gradient');
		const clipped = new Set<Element>();
		const reported = new Set<Element>();
		for (const el of document.querySelectorAll('main *')) {
			if (!el.checkVisibility() || el.closest('.kit-sr, dialog:not([open])')) continue;
			// Inside a box that scrolls or clips, the box itself is what is judged.
			const parent = el.parentElement!;
			if (clipped.has(parent) || reported.has(parent)) {
				clipped.add(el);
				continue;
			}
			const rect = el.getBoundingClientRect();
			// Visually hidden (a card table's header row, screen-reader text): 1 px, clipped on purpose.
			if (rect.width <= 1 || rect.height <= 1) {
				clipped.add(el);
				continue;
			}
			if (rect.right > viewport + 0.5) {
				found.push(`${describe(el)} ends ${Math.round(rect.right - viewport)}px past the screen`);
				reported.add(el);
			}
			const style = getComputedStyle(el);
			const scrolls = style.overflowX !== 'visible';
			if (scrolls) clipped.add(el);
			if (scrolls && el.scrollWidth > el.clientWidth + 1 && !scrollableCode(el))
				found.push(`${describe(el)} scrolls sideways (${el.scrollWidth}px in ${el.clientWidth}px)`);
		}
		return found;
	});
}
