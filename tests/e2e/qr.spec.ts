// The Apple profile's QR code (issue 15): drawn at build time, it decodes (jsQR, from the pixels the
// browser renders, with JavaScript off) to the profile's absolute URL, the URL serves the profile,
// it has an accessible name, and phones (which download the profile by the link) do not get it.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { parseSettings } from '../../src/settings/load.ts';
import { siteUrl } from '../../src/site/config.ts';
import { mobileconfigPath } from '../../src/site/files.ts';
import { MOBILECONFIG_MIME } from '../../src/clients/index.ts';

/** The page's own QR code (the setup sheet at the page's end carries a copy of it, printed only with the sheet). */
const PAGE_QR = '.kit-qr:not(kit-sheet .kit-qr)';

const settings = parseSettings(readFileSync('content/settings.yaml', 'utf8'));
const profileUrl = (locale: 'ja' | 'en') => new URL(mobileconfigPath(locale), siteUrl(settings.domain)).href;

/** Decode the QR code shown in `page` from a screenshot of it. */
async function decode(page: Page): Promise<string | undefined> {
	const png = await page.locator(`${PAGE_QR} svg`).screenshot();
	const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

for (const [path, locale] of [
	['/mail/clients/apple-mail/', 'ja'],
	['/en/mail/clients/apple-mail/', 'en'],
] as const) {
	test(`the QR code on ${path} decodes to the profile's URL, without JavaScript`, async ({ browser }) => {
		const url = profileUrl(locale);
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 }, colorScheme });
			const page = await context.newPage();
			await page.goto(path);
			const code = page.getByRole('img', { name: url });
			await expect(code).toHaveAccessibleName(/QR/);
			await expect(code).toBeVisible();
			expect(await decode(page), `${path} (${colorScheme})`).toBe(url);
			await expect(page.locator(PAGE_QR).locator('figcaption')).not.toBeEmpty();
			await context.close();
		}
	});
}

test('the URLs in the QR codes serve the Apple profile', async ({ request }) => {
	for (const locale of ['ja', 'en'] as const) {
		const response = await request.get(new URL(profileUrl(locale)).pathname);
		expect(response.status(), locale).toBe(200);
		expect(response.headers()['content-type']).toBe(MOBILECONFIG_MIME);
	}
});

test('a phone gets the download link, not the QR code; print keeps it', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto('/mail/clients/apple-mail/');
	await expect(page.locator(PAGE_QR)).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator(PAGE_QR)).toBeVisible();
});
