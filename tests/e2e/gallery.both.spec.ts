// Galleries and the lightbox: keyboard, touch (phone project), no JS, and axe with the lightbox open.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const PAGE = '/mail/clients/outlook-express/';

const dialog = (page: Page) => page.locator('dialog.kit-lightbox');
const count = (page: Page) => page.locator('.kit-lightbox__count');
const shots = (page: Page) => page.locator('a[data-kit-shot]');
const endsWith = (s: string) => new RegExp(`${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

test.describe('pictures in the page', () => {
	test('are optimised: AVIF and WebP srcsets, width and height, the first eager and the rest lazy', async ({ page }) => {
		await page.goto(PAGE);
		const n = await shots(page).count();
		expect(n).toBeGreaterThanOrEqual(6);
		for (let i = 0; i < n; i++) {
			const shot = shots(page).nth(i);
			await expect(shot.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\.avif \d+w/);
			await expect(shot.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /\.webp \d+w/);
			const img = shot.locator('img');
			await expect(img).toHaveAttribute('width', /^\d+$/);
			await expect(img).toHaveAttribute('height', /^\d+$/);
			await expect(img).toHaveAttribute('alt', /.{10,}/);
			await expect(img).toHaveAttribute('loading', i === 0 ? 'eager' : 'lazy');
		}
		await expect(page.locator('.kit-figure figcaption').first()).toContainText('イラスト');
	});
});

test.describe('the lightbox by keyboard', () => {
	test('Enter opens, arrows move, Tab stays inside, Escape closes and focus returns', async ({ page }) => {
		await page.goto(PAGE);
		const total = await shots(page).count();
		await shots(page).first().focus();
		await page.keyboard.press('Enter');
		await expect(dialog(page)).toBeVisible();
		await expect(count(page)).toHaveText(`1 / ${total}`);
		const caption = await page.locator('.kit-figure figcaption').first().textContent();
		await expect(page.locator('.kit-lightbox__caption')).toHaveText(caption!);
		await expect(page.locator('.kit-lightbox__image')).toHaveAttribute('src', endsWith((await shots(page).first().getAttribute('href'))!));

		await page.keyboard.press('ArrowRight');
		await expect(count(page)).toHaveText(`2 / ${total}`);
		await expect(page.locator('.kit-lightbox__image')).toHaveAttribute('src', endsWith((await shots(page).nth(1).getAttribute('href'))!));
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await expect(count(page)).toHaveText(`${total} / ${total}`);
		await page.keyboard.press('ArrowRight');
		await expect(count(page)).toHaveText(`1 / ${total}`);

		for (let i = 0; i < 6; i++) {
			await page.keyboard.press(i % 2 ? 'Shift+Tab' : 'Tab');
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => !!document.activeElement?.closest('dialog.kit-lightbox'))).toBe(true);
		}

		await page.keyboard.press('Escape');
		await expect(dialog(page)).toBeHidden();
		await expect.poll(() => page.evaluate(() => document.activeElement === document.querySelector('a[data-kit-shot]'))).toBe(true);
	});

	test('returns focus to the picture shown last', async ({ page }) => {
		await page.goto(PAGE);
		await shots(page).first().focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Escape');
		await expect(dialog(page)).toBeHidden();
		// The dialog's close event (a task after Escape) moves focus to the picture shown.
		await expect.poll(() => page.evaluate(() => document.activeElement === document.querySelectorAll('a[data-kit-shot]')[1])).toBe(true);
	});

	test('axe finds no violation with the lightbox open', async ({ page }) => {
		await page.goto(PAGE);
		await shots(page).nth(2).click();
		await expect(dialog(page)).toBeVisible();
		await expect(page.locator('.kit-lightbox__image')).toHaveJSProperty('complete', true);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
});

test.describe('the lightbox by touch', () => {
	test.skip(({ isMobile }) => !isMobile, 'touch runs on the phone project');

	// Swipe across the stage with real touch events (Chromium turns them into pointer events).
	async function swipe(page: Page, dx: number) {
		const box = (await page.locator('.kit-lightbox__stage').boundingBox())!;
		const y = box.y + box.height / 2;
		const x0 = box.x + box.width / 2 - dx / 2;
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y }] });
		for (let i = 1; i <= 5; i++)
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + (dx * i) / 5, y }] });
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	}

	test('tap opens, swipes move, a tap on the picture zooms to full size', async ({ page }) => {
		await page.goto(PAGE);
		const total = await shots(page).count();
		await shots(page).first().tap();
		await expect(dialog(page)).toBeVisible();
		await expect(count(page)).toHaveText(`1 / ${total}`);
		await swipe(page, -200);
		await expect(count(page)).toHaveText(`2 / ${total}`);
		await swipe(page, 200);
		await expect(count(page)).toHaveText(`1 / ${total}`);

		const image = page.locator('.kit-lightbox__image');
		await expect(image).toHaveJSProperty('complete', true);
		const fitted = (await image.boundingBox())!.width;
		await image.tap();
		await expect(page.locator('.kit-lightbox__zoom')).toHaveAttribute('aria-pressed', 'true');
		expect((await image.boundingBox())!.width).toBeGreaterThan(fitted);
		// While zoomed, a swipe pans instead of moving on.
		await swipe(page, -200);
		await expect(count(page)).toHaveText(`1 / ${total}`);
		await page.locator('.kit-lightbox__close').tap();
		await expect(dialog(page)).toBeHidden();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the pictures are plain links to their large versions', async ({ page, request }) => {
		await page.goto(PAGE);
		const hrefs = await shots(page).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
		expect(hrefs.length).toBeGreaterThanOrEqual(6);
		for (const href of hrefs) {
			const res = await request.get(href);
			expect(res.ok(), href).toBe(true);
			expect(res.headers()['content-type']).toMatch(/^image\//);
		}
		await shots(page).first().click();
		await expect(page).toHaveURL(endsWith(hrefs[0]!));
	});
});

test.describe('marks over a picture', () => {
	// Thunderbird's outgoing-server capture carries three marks (```marks under it), drawn over it.
	const MARKED = '/mail/clients/thunderbird/';
	const figure = (page: Page) => page.locator('figure.kit-figure--marked').first();

	test('are drawn over the picture, listed in its caption and kept in the lightbox, whole', async ({ page }) => {
		await page.goto(MARKED);
		const img = figure(page).locator('img');
		await img.scrollIntoViewIfNeeded();
		await expect(img).toHaveJSProperty('complete', true);
		const [imgBox, svgBox] = [(await img.boundingBox())!, (await figure(page).locator('svg.kit-marks-overlay').boundingBox())!];
		// The drawing covers the image inside its 1 px border.
		expect(Math.abs(svgBox.x - imgBox.x - 1)).toBeLessThan(1.5);
		expect(Math.abs(svgBox.width - (imgBox.width - 2))).toBeLessThan(1.5);
		expect(Math.abs(svgBox.height - (imgBox.height - 2))).toBeLessThan(1.5);
		await expect(figure(page).locator('figcaption .kit-marks > li')).toHaveCount(3);

		await figure(page).locator('a[data-kit-shot]').click();
		await expect(dialog(page)).toBeVisible();
		// The caption reads as one line: its text, then the marks as "1 … · 2 … · 3 …".
		await expect(page.locator('.kit-lightbox__caption')).toHaveText(/^［.+］ — 1 .+ · 2 .+ · 3 .+$/);
		// A picture taller than the stage fits in it, with its marks over it.
		const image = page.locator('.kit-lightbox__image');
		await expect(image).toHaveJSProperty('complete', true);
		const stage = (await page.locator('.kit-lightbox__stage').boundingBox())!;
		const shown = (await image.boundingBox())!;
		expect(shown.y).toBeGreaterThanOrEqual(stage.y - 0.5);
		expect(shown.y + shown.height).toBeLessThanOrEqual(stage.y + stage.height + 0.5);
		const over = (await page.locator('.kit-lightbox__stage .kit-marks-overlay').boundingBox())!;
		expect(Math.abs(over.height - shown.height)).toBeLessThan(2);
		expect(Math.abs(over.y - shown.y)).toBeLessThan(2);
	});
});
