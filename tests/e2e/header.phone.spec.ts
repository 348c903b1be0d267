// The phone header and its drawer (issue 15): one row of at most 64 px at 320–430 px wide, in both
// languages, light and dark; no label broken over lines; no sideways scroll; the language switch,
// the theme and the commission menu in the drawer, which works with the keyboard and Escape; and the
// first screen of a walkthrough shows its title and the start of its content.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const WIDTHS = [320, 360, 390, 430];
const MAX_HEADER = 64;

/** For each visible link, button and the title in the header: on how many lines its text lies. */
function labelLines(page: Page) {
	return page.evaluate(() => {
		const out: { label: string; lines: number }[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('.kit-header a, .kit-header button, .kit-header__site')) {
			if (!el.checkVisibility()) continue;
			const tops: number[] = [];
			const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const parent = n.parentElement!;
				// Visually hidden text (an icon button's name) is not on screen.
				if (!parent.checkVisibility() || parent.closest('.kit-sr, .kit-search__label')) continue;
				const range = document.createRange();
				range.selectNodeContents(n);
				for (const r of range.getClientRects()) if (r.width > 0 && !tops.some((t) => Math.abs(t - r.top) < 3)) tops.push(r.top);
			}
			out.push({ label: (el.textContent ?? '').trim() || el.getAttribute('aria-label') || el.className, lines: tops.length });
		}
		return out;
	});
}

for (const path of ['/mail/clients/thunderbird/', '/en/mail/clients/thunderbird/']) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`one-row header on ${path} (${scheme}) at ${WIDTHS.join(', ')} px`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 740 });
				await page.goto(path);
				const at = `${path} at ${width} px (${scheme})`;
				const header = (await page.locator('header.kit-header').boundingBox())!;
				expect(header.height, `header height ${at}`).toBeLessThanOrEqual(MAX_HEADER);
				for (const { label, lines } of await labelLines(page)) expect(lines, `"${label}" ${at}`).toBeLessThanOrEqual(1);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow, `sideways scroll ${at}`).toBeLessThanOrEqual(0);
				// The first screen holds the title and the start of the content, not just chrome.
				const h1 = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
				const first = (await page.locator('.kit-content > p').first().boundingBox())!;
				expect(h1.y + h1.height, `title on the first screen ${at}`).toBeLessThan(740);
				expect(first.y, `content starts on the first screen ${at}`).toBeLessThan(740);
			}
		});
	}
}

test('the drawer holds the language, theme and commission menu, and works with the keyboard', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/mail/smtp-auth/');
	const drawer = page.locator('#kit-drawer');
	const button = page.getByRole('button', { name: 'メニュー' });
	// In the header: only the menu button, the title and search.
	await expect(page.getByRole('link', { name: 'English' })).toBeHidden();
	await expect(page.getByRole('combobox', { name: '配色' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: '委員会のメニュー' })).toBeHidden();
	await expect(page.getByRole('button', { name: '検索' })).toBeVisible();
	// Keyboard: skip link, then the menu button.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(button).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	await expect(drawer).toBeVisible();
	// The language switch and the theme: on the header's second row, above the drawer.
	const english = page.getByRole('link', { name: 'English' });
	const theme = page.getByRole('combobox', { name: '配色' });
	await expect(english).toBeVisible();
	await expect(theme).toBeVisible();
	const top = (await drawer.boundingBox())!.y;
	for (const part of [english, theme]) expect((await part.boundingBox())!.y + (await part.boundingBox())!.height).toBeLessThanOrEqual(top);
	const commission = drawer.getByRole('navigation', { name: '委員会のメニュー' });
	await expect(commission.getByRole('link')).toHaveCount(10);
	await expect(drawer.locator('#kit-sidebar a[aria-current=page]')).toBeFocused();
	// The page behind is hidden: Tab never reaches the content or the footer under the drawer.
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const behind = await page.evaluate(() => !!document.activeElement?.closest('#kit-main, .kit-footer, .kit-toc'));
		expect(behind, `focus behind the drawer after ${i + 1} Tab presses`).toBe(false);
	}
	// The theme works from the drawer.
	await theme.selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.keyboard.press('Escape');
	await expect(drawer).toBeHidden();
	await expect(button).toBeFocused();
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await expect(page.locator('#kit-main')).toBeVisible();
	// A wide screen puts them back in the header.
	await page.setViewportSize({ width: 1280, height: 800 });
	await expect(page.locator('.kit-header').getByRole('link', { name: 'English' })).toBeVisible();
	await expect(page.locator('.kit-header').getByRole('combobox', { name: '配色' })).toHaveValue('dark');
	await expect(page.locator('.kit-header').getByRole('navigation', { name: '委員会のメニュー' })).toBeVisible();
});

test('without JavaScript the phone header keeps the language switch', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
	const page = await context.newPage();
	await page.goto('/mail/');
	await expect(page.locator('.kit-header').getByRole('link', { name: 'English' })).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await context.close();
});

test('axe finds no violation with the drawer open', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/en/mail/clients/thunderbird/');
	await page.getByRole('button', { name: 'Menu' }).click();
	await expect(page.locator('#kit-drawer')).toBeVisible();
	// The page under the open drawer is hidden on purpose (as under a modal dialog), so the rules that
	// want a visible <main> and <h1> do not apply here; axe.phone.spec.ts checks them with it closed.
	const results = await new AxeBuilder({ page }).disableRules(['landmark-one-main', 'page-has-heading-one']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
