// A page with unconfirmed marks says once, near its top, what they mean and where to turn (the
// all-settings page's #unconfirmed section, which says what to try and whom to ask); a page
// without marks does not. Read from the built pages of both editions.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pagePaths } from './site.ts';

const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
const main = (page: string) => page.slice(page.indexOf('<main'), page.indexOf('</main>'));

test('each page with unconfirmed marks has the notice once, before its content; others have none', () => {
	let withMarks = 0;
	for (const path of pagePaths()) {
		const body = main(html(path));
		const marks = body.split('class="kit-unconfirmed"').length - 1;
		const notices = body.split('class="kit-unconfirmed-note"').length - 1;
		expect(notices, `${path}: ${marks} marks`).toBe(marks > 0 ? 1 : 0);
		if (marks) {
			withMarks++;
			expect(body.indexOf('kit-unconfirmed-note'), path).toBeLessThan(body.indexOf('class="kit-content"'));
			const link = /class="kit-unconfirmed-note"[^>]*>[^]*?<a href="([^"]+)"/.exec(body)![1];
			expect(link).toBe(path.startsWith('/en/') ? '/en/mail/settings/#unconfirmed' : '/mail/settings/#unconfirmed');
		}
	}
	expect(withMarks).toBeGreaterThan(10);
});

test('the #unconfirmed section says what to try (the other methods the settings offer), then whom to ask', async ({ page }) => {
	for (const [path, ask] of [
		['/mail/settings/', '/start/#ask'],
		['/en/mail/settings/', '/en/start/#ask'],
	] as const) {
		await page.goto(`${path}#unconfirmed`);
		const steps = page.locator('#unconfirmed ~ ol.kit-unconfirmed-help > li');
		expect(await steps.count()).toBeGreaterThanOrEqual(2);
		await expect(steps.first()).toContainText(/995/);
		await expect(steps.last().getByRole('link')).toHaveAttribute('href', ask);
	}
});
