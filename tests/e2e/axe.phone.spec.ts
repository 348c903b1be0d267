import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { pagePaths } from './site.ts';

// On a phone: one page of each kind (the layout differs by width, not by page).
const pages = pagePaths().filter((p) => ['/', '/mail/', '/mail/clients/sylpheed-apop/', '/mail/clients/command-line/', '/mail/settings/', '/en/mail/clients/thunderbird/'].includes(p));

for (const path of pages) {
	test(`axe finds no violation on ${path}`, async ({ page }) => {
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(String(e)));
		await page.goto(path);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		expect(errors).toEqual([]);
	});
}
