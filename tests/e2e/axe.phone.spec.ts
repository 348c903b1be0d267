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
	// Graded labels with their marks, the label-sources list and the error-code cards (issue 20).
	'/mail/clients/outlook/',
	'/en/mail/troubleshooting/outlook/',
]) {
	test(`axe finds no violation on ${path}`, ({ page }) => expectAccessible(page, path));
}
