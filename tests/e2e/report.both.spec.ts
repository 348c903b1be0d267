// The report form (issue 25): on the troubleshooting overview, reached from a walkthrough, it
// composes a report with the page the reader came from, the settings' values and the typed account;
// flags a pasted password and then holds back copy and mail; its mail link carries the report,
// encoded, to the commission's address; copy puts it on the clipboard; and it makes no request to
// another origin. Both editions; fits 320 px and passes axe in light and dark.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { parseSettings } from '../../src/settings/load.ts';
import { overflows } from './site.ts';

const settings = parseSettings(readFileSync('content/settings.yaml', 'utf8'));
const editions = [
	{
		prefix: '',
		ask: '委員会に尋ねてください。',
		account: 'アカウント名: s1234567',
		page: '見ていたページ: ',
		flagged: 'パスワードらしいもの',
	},
	{
		prefix: '/en',
		ask: 'ask the commission.',
		account: 'Account name: s1234567',
		page: 'Page I was reading: ',
		flagged: 'looks like it contains a password',
	},
];

for (const e of editions) {
	test(`${e.prefix || '/'}: from a step to a report that can be copied and mailed, never a password`, async ({
		page,
		context,
		baseURL,
	}) => {
		const origin = new URL(baseURL!).origin;
		const elsewhere: string[] = [];
		page.on('request', (r) => new URL(r.url()).origin !== origin && !r.url().startsWith('data:') && elsewhere.push(r.url()));
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });

		// From the Thunderbird page's step help to the form, which knows where the reader came from.
		await page.goto(`${e.prefix}/mail/clients/thunderbird/`);
		const help = page.locator('ol.kit-steps > li').nth(3).locator('details.kit-step-help');
		await help.locator('summary').click();
		await help.getByRole('link', { name: e.ask }).click();
		await expect(page).toHaveURL(new RegExp(`${e.prefix}/mail/troubleshooting/\\?from=.*#report$`));
		const form = page.locator('kit-report form');
		await expect(form).toBeVisible();

		await form.locator('#kit-report-client').selectOption({ label: 'Thunderbird' });
		await form.locator('#kit-report-version').fill('128.5');
		await form.locator('#kit-report-account').fill('s1234567');
		await form.locator('#kit-report-message').fill('サーバー pop3.club.kyutech.ac.jp に接続できません。');
		const text = form.locator('#kit-report-text');
		const report = await text.inputValue();
		expect(report).toContain(`${e.page}${origin}${e.prefix}/mail/clients/thunderbird/`);
		expect(report).toContain(e.account);
		expect(report).toContain('Thunderbird');
		expect(report).toContain('128.5');
		for (const s of [settings.incoming.pop3s, settings.outgoing.submission]) {
			expect(report).toContain(`${s.label}: ${s.host}`);
			expect(report).toContain(String(s.port));
		}

		// The mail link: the commission's address, the report as its body, encoded.
		const href = (await form.locator('.kit-report__mail').getAttribute('href'))!;
		const mail = new URL(href);
		expect(`${mail.protocol}${mail.pathname}`).toBe(`mailto:${settings.organization.contact.email}`);
		expect(mail.searchParams.get('body')).toBe(report.replace(/\n/g, '\r\n'));

		// Copy puts the report on the clipboard.
		await form.getByRole('button', { name: /コピー|Copy/ }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(report);

		// A pasted password is flagged, and copy and mail wait until it is gone.
		await form.locator('#kit-report-message').fill('password: hunter22');
		await expect(form.getByRole('alert')).toContainText(e.flagged);
		await expect(form.locator('#kit-report-message')).toHaveAttribute('aria-invalid', 'true');
		await expect(form.getByRole('button', { name: /コピー|Copy/ })).toBeDisabled();
		await expect(form.locator('.kit-report__mail')).toHaveAttribute('aria-disabled', '');
		await form.locator('#kit-report-message').fill('');
		await expect(form.getByRole('alert')).toBeHidden();
		await expect(form.getByRole('button', { name: /コピー|Copy/ })).toBeEnabled();

		// No field asks for a password, and nothing went anywhere else.
		await expect(form.locator('input[type=password], [autocomplete*=password]')).toHaveCount(0);
		expect(elsewhere).toEqual([]);
	});

	test(`${e.prefix || '/'}: the form fits 320 px and passes axe, light and dark; each walkthrough links to it`, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 800 });
		await page.goto(`${e.prefix}/mail/troubleshooting/#report`);
		await page.locator('#kit-report-message').fill('password: hunter22');
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			expect(await overflows(page), scheme).toEqual([]);
			const { violations } = await new AxeBuilder({ page }).include('kit-report').analyze();
			expect(violations.map((v) => `${v.id} (${scheme}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		}
		await page.goto(`${e.prefix}/mail/clients/apple-mail/`);
		const end = page.locator('.kit-report-link a');
		await expect(end).toHaveAttribute(
			'href',
			`${e.prefix}/mail/troubleshooting/?from=${encodeURIComponent(`${e.prefix}/mail/clients/apple-mail/`)}#report`,
		);
	});
}

test('the account typed in the header is the report’s, and no field asks for a password', async ({ page }) => {
	await page.goto('/mail/troubleshooting/');
	await page.evaluate(() => localStorage.setItem('kit-mail-account', 's7654321'));
	await page.reload();
	await expect(page.locator('#kit-report-account')).toHaveValue('s7654321');
	await expect(page.locator('#kit-report-text')).toHaveValue(/アカウント名: s7654321/);
	await expect(page.locator('kit-report input[type=password]')).toHaveCount(0);
});
