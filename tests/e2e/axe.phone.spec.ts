import { test } from '@playwright/test';
import { expectAccessible, pagePaths } from './site.ts';

// Every page of both editions at phone widths (issue 21), in both colour schemes: a narrow screen
// is where tables turn to cards, values shrink and boxes could scroll (scrollable-region-focusable).
// axe.spec.ts covers desktop width.
const SIZES = [320, 390].flatMap((width) => (['light', 'dark'] as const).map((scheme) => ({ width, scheme })));

for (const path of pagePaths()) {
	test(`axe finds no violation on ${path} at phone widths`, ({ page }) => expectAccessible(page, path, SIZES));
}
