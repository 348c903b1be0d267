import { test } from '@playwright/test';
import { expectAccessible, pagePaths } from './site.ts';

// Every page of both editions, at desktop size.
for (const path of pagePaths()) {
	test(`axe finds no violation on ${path}`, ({ page }) => expectAccessible(page, path));
}
