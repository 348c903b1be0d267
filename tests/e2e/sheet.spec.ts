// The printable setup sheet (issue 25): each walkthrough's "print these settings" prints, alone, on
// one A4 page, the reader's account, every value of the methods the steps set up, which password
// goes where, the profile's QR code where the page offers it, and the date; no password. An ordinary
// print of the page leaves the sheet out. Printed with Playwright, read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseSettings } from '../../src/settings/load.ts';
import { pagePaths } from './site.ts';

const settings = parseSettings(readFileSync('content/settings.yaml', 'utf8'));
const squash = (s: string) => s.replace(/\s+/g, '');

/** Print the page to an A4 PDF (as the sheet's button would, or as an ordinary print) and read it back: its text and its page count. */
async function print(page: Page, sheet: boolean): Promise<{ text: string; pages: number }> {
	const dir = mkdtempSync(join(tmpdir(), 'kit-sheet-'));
	try {
		if (sheet) await page.evaluate(() => document.documentElement.classList.add('kit-printing-sheet'));
		await page.emulateMedia({ media: 'print' });
		const pdf = join(dir, 'sheet.pdf');
		await page.pdf({ path: pdf, format: 'A4' });
		const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
		// pdftotext ends each page with a form feed.
		return { text, pages: text.split('\f').length - 1 };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const editions = [
	{ prefix: '', title: '設定シート', password: '共用計算機 (ruby) のログインパスワード', apop: 'popauth' },
	{ prefix: '/en', title: 'Setup sheet', password: 'login password for the shared computer (ruby)', apop: 'popauth' },
];

for (const e of editions) {
	test(`${e.prefix || '/'}: Thunderbird's sheet is one A4 page with the account, the values, the passwords and the date`, async ({
		page,
	}) => {
		await page.goto(`${e.prefix}/mail/clients/thunderbird/`);
		await page.evaluate(() => localStorage.setItem('kit-mail-account', 's1234567'));
		await page.reload();
		// The button prints the sheet alone (window.print is the browser's dialog: recorded instead).
		await page.evaluate(() => (window.print = () => document.body.setAttribute('data-printed', '')));
		await page.locator('kit-sheet .kit-sheet__print button').click();
		await expect(page.locator('html')).toHaveClass(/kit-printing-sheet/);
		await expect(page.locator('body')).toHaveAttribute('data-printed', '');
		const today = await page.locator('kit-sheet time').textContent();
		const { text, pages } = await print(page, true);
		expect(pages).toBe(1);
		const flat = squash(text);
		for (const want of [
			e.title,
			's1234567',
			`s1234567@${settings.domain}`,
			settings.incoming.pop3s.host,
			String(settings.incoming.pop3s.port),
			settings.outgoing.submission.host,
			String(settings.outgoing.submission.port),
			e.password,
			today!,
		])
			expect(flat, want).toContain(squash(want));
		// Only the sheet: not the steps around it.
		expect(flat).not.toContain(squash(e.prefix ? 'Start Thunderbird.' : 'Thunderbird を起動します。'));
	});

	test(`${e.prefix || '/'}: an ordinary print of the page leaves the sheet out`, async ({ page }) => {
		await page.goto(`${e.prefix}/mail/clients/thunderbird/`);
		const { text } = await print(page, false);
		expect(squash(text)).not.toContain(squash(`${e.title}:`));
	});

	test(`${e.prefix || '/'}: every walkthrough's sheet fits one page; Apple Mail's carries the profile's QR code, Becky!'s the APOP password`, async ({
		page,
	}) => {
		const paths = pagePaths().filter((p) => p.startsWith(`${e.prefix}/mail/clients/`));
		let sheets = 0;
		for (const path of paths) {
			await page.goto(path);
			if (!(await page.locator('kit-sheet').count())) continue;
			sheets++;
			if (path.endsWith('/apple-mail/')) await expect(page.locator('kit-sheet .kit-qr svg')).toHaveCount(1);
			const { text, pages } = await print(page, true);
			expect(pages, path).toBe(1);
			if (path.endsWith('/becky-apop/')) {
				expect(squash(text)).toContain(settings.incoming.apop.host);
				expect(squash(text)).toContain(e.apop);
			}
		}
		expect(sheets).toBeGreaterThanOrEqual(7);
	});
}
