import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseSettings } from '../../src/settings/load.ts';
import { ja } from '../../src/i18n/ja.ts';
import { en } from '../../src/i18n/en.ts';

const settings = parseSettings(readFileSync('content/settings.yaml', 'utf8'));

test.describe('the reader’s account name', () => {
	test('typed once, it fills every snippet on every page, and can be cleared', async ({ page }) => {
		await page.goto('/mail/clients/thunderbird/');
		const accounts = page.locator('kit-account');
		expect(await accounts.count()).toBeGreaterThan(3);
		await expect(accounts.first()).toHaveText(ja.accountPlaceholder);
		await page.getByLabel('あなたのアカウント名').fill('s1234567');
		await page.getByRole('button', { name: '反映' }).click();
		await expect(page.getByRole('status')).toHaveText('設定例に反映しました');
		for (const el of await accounts.all()) await expect(el).toHaveText('s1234567');
		// Another page, another kind of snippet: the file snippets use it too.
		await page.goto('/mail/clients/command-line/');
		await expect(page.getByLabel('あなたのアカウント名')).toHaveValue('s1234567');
		const fetchmail = page.locator('figure.kit-snippet', { hasText: '.fetchmailrc' }).first();
		await expect(fetchmail.locator('pre')).toContainText('user "s1234567"');
		// And the English edition shares it.
		await page.goto('/en/mail/clients/thunderbird/');
		await expect(page.locator('kit-account').first()).toHaveText('s1234567');
		await page.getByRole('button', { name: 'Clear' }).click();
		await expect(page.locator('kit-account').first()).toHaveText(en.accountPlaceholder);
		await page.goto('/mail/clients/thunderbird/');
		await expect(page.locator('kit-account').first()).toHaveText(ja.accountPlaceholder);
	});

	test('applies as you type, and the result is announced once', async ({ page }) => {
		await page.goto('/mail/clients/thunderbird/');
		// Every text the live region is given, from now on.
		await page.evaluate(() => {
			const said: string[] = [];
			(window as unknown as { said: string[] }).said = said;
			const status = document.querySelector('#kit-account-status')!;
			new MutationObserver(() => status.textContent && said.push(status.textContent)).observe(status, {
				childList: true,
				characterData: true,
				subtree: true,
			});
		});
		const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
		const input = page.getByLabel('あなたのアカウント名');
		await input.pressSequentially('s1234567', { delay: 60 });
		// Applied without Enter or the button.
		for (const el of await page.locator('kit-account').all()) await expect(el).toHaveText('s1234567');
		await expect(page.locator('#kit-account-status')).toHaveText('設定例に反映しました');
		await page.waitForTimeout(1500);
		expect(await said()).toEqual(['設定例に反映しました']);
		expect(await page.evaluate(() => localStorage.getItem('kit-mail-account'))).toBe('s1234567');
		// Mid-word, a character that is not allowed is not scolded at once; after a pause it is, once.
		await input.pressSequentially(' x', { delay: 60 });
		await expect(input).not.toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#kit-account-status')).not.toContainText('32文字以内');
		await expect(page.locator('#kit-account-status')).toContainText('32文字以内');
		await expect(input).toHaveAttribute('aria-invalid', 'true');
		// The refused value is not applied: the examples keep the last good name.
		await expect(page.locator('kit-account').first()).toHaveText('s1234567');
		// Correcting it applies it again and clears the refusal.
		await input.press('Backspace');
		await input.press('Backspace');
		await input.pressSequentially('8', { delay: 60 });
		await expect(page.locator('kit-account').first()).toHaveText('s12345678');
		await expect(input).not.toHaveAttribute('aria-invalid', 'true');
		await page.waitForTimeout(1500);
		const all = await said();
		expect(all.filter((t) => t === '設定例に反映しました')).toHaveLength(2);
		expect(all.filter((t) => t.includes('32文字以内'))).toHaveLength(1);
		// Enter still works.
		await input.press('Enter');
		await expect(page.locator('#kit-account-status')).toHaveText('設定例に反映しました');
	});

	for (const bad of ['<script>alert(1)</script>', '"quoted"', "o'brien", 'ユーザー', 'a'.repeat(33), 'Has Space']) {
		test(`refuses ${JSON.stringify(bad.slice(0, 20))} and never injects it`, async ({ page }) => {
			let dialogs = 0;
			page.on('dialog', (d) => {
				dialogs++;
				void d.dismiss();
			});
			await page.goto('/mail/clients/thunderbird/');
			const input = page.getByLabel('あなたのアカウント名');
			await input.fill(bad);
			await page.getByRole('button', { name: '反映' }).click();
			await expect(input).toHaveAttribute('aria-invalid', 'true');
			await expect(page.getByRole('status')).toContainText('32文字以内');
			await expect(page.locator('kit-account').first()).toHaveText(ja.accountPlaceholder);
			expect(await page.evaluate(() => localStorage.getItem('kit-mail-account'))).toBeNull();
			expect(await page.locator('kit-account script, kit-account *').count()).toBe(0);
			expect(dialogs).toBe(0);
		});
	}

	test('a value planted in storage by hand is ignored unless valid', async ({ page }) => {
		await page.goto('/mail/');
		await page.evaluate(() => localStorage.setItem('kit-mail-account', '<img src=x onerror=alert(1)>'));
		await page.goto('/mail/clients/thunderbird/');
		await expect(page.locator('kit-account').first()).toHaveText(ja.accountPlaceholder);
		expect(await page.locator('kit-account img').count()).toBe(0);
	});

	test('copy buttons copy the value as shown', async ({ page, context, browserName }) => {
		test.skip(browserName !== 'chromium', 'clipboard permissions are Chromium-specific');
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/mail/clients/thunderbird/');
		await page.getByLabel('あなたのアカウント名').fill('s1234567');
		await page.getByRole('button', { name: '反映' }).click();
		const row = page.locator('.kit-fields tr', { hasText: settings.incoming.pop3s.host }).first();
		await row.getByRole('button').click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(settings.incoming.pop3s.host);
		const user = page.locator('.kit-fields tr', { has: page.locator('kit-account') }).first();
		await user.getByRole('button').click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('s1234567');
	});

	test('download gives the file with the account filled in', async ({ page }) => {
		await page.goto('/mail/clients/command-line/');
		await page.getByLabel('あなたのアカウント名').fill('s1234567');
		await page.getByRole('button', { name: '反映' }).click();
		const figure = page.locator('figure.kit-snippet', { hasText: '.fetchmailrc' }).first();
		const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('link', { name: 'ダウンロード' }).click()]);
		expect(download.suggestedFilename()).toBe('fetchmailrc');
		const text = readFileSync((await download.path())!, 'utf8');
		expect(text).toContain('user "s1234567"');
		expect(text).toContain(settings.incoming.pop3s.host);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('snippets are complete, with a visible placeholder, and downloads are real files', async ({ page, request }) => {
		await page.goto('/mail/clients/command-line/');
		await expect(page.locator('kit-account-form')).toBeHidden();
		await expect(page.locator('kit-account').first()).toHaveText(ja.accountPlaceholder);
		await expect(page.locator('.kit-copy__button').first()).toBeHidden();
		const href = await page
			.locator('figure.kit-snippet', { hasText: '.fetchmailrc' })
			.first()
			.getByRole('link', { name: 'ダウンロード' })
			.getAttribute('href');
		const response = await request.get(href!);
		expect(response.headers()['content-type']).toMatch(/^text\/plain/);
		expect(await response.text()).toContain(`user "${ja.accountPlaceholder}"`);
	});
});
