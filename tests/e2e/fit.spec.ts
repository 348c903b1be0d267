// Every page fits its screen (issue 21): on every page of both editions, at 320, 360, 390, 430,
// 768, 1024 and 1280 px, in light and dark, nothing inside <main> is wider than the viewport, and no box
// inside it scrolls or clips sideways, so every table cell, value and quoted message can be read
// without scrolling. The one exception is a code block (a config file), which may scroll: it is
// focusable and named, so a keyboard can scroll it and a screen reader says what it is, and a shadow
// at its edge shows that there is more.
import { expect, test, type Page } from '@playwright/test';
import { pagePaths } from './site.ts';

const WIDTHS = [320, 360, 390, 430, 768, 1024, 1280];
const SCHEMES = ['light', 'dark'] as const;

/** What overflows at the current size, each as "what: how much". */
function overflows(page: Page): Promise<string[]> {
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

for (const path of pagePaths()) {
	test(`${path} fits every width in both schemes`, async ({ page }) => {
		await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
		await page.goto(path);
		const failures: string[] = [];
		for (const scheme of SCHEMES) {
			await page.emulateMedia({ colorScheme: scheme });
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 800 });
				for (const f of await overflows(page)) failures.push(`${path} at ${width}px (${scheme}): ${f}`);
			}
		}
		expect(failures).toEqual([]);
	});
}
