// Every page fits its screen (issue 21): on every page of both editions, at twelve widths from
// 320 to 1440 px, in light and dark, nothing inside <main> is wider than the viewport, and no box
// inside it scrolls or clips sideways, so every table cell, value and quoted message can be read
// without scrolling. The one exception is a code block (a config file), which may scroll: it is
// focusable and named, so a keyboard can scroll it and a screen reader says what it is, and a shadow
// at its edge shows that there is more.
import { expect, test } from '@playwright/test';
import { overflows, pagePaths } from './site.ts';

const WIDTHS = [320, 360, 390, 430, 480, 600, 700, 768, 900, 1024, 1280, 1440];
const SCHEMES = ['light', 'dark'] as const;

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
