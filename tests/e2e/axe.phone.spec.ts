import { test } from '@playwright/test';
import { expectAccessible } from './site.ts';

// On a phone: one page of each kind (the layout differs by width, not by page).
for (const path of [
	'/',
	'/mail/',
	'/mail/clients/',
	'/mail/clients/sylpheed-apop/',
	'/mail/clients/command-line/',
	'/mail/settings/',
	'/en/mail/clients/thunderbird/',
	'/notices/',
	'/en/notices/',
	'/mail/service/',
]) {
	test(`axe finds no violation on ${path}`, ({ page }) => expectAccessible(page, path));
}
