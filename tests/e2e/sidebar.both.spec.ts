// The sidebar opens in place (issue 15): from the home page a reader expands the groups and reaches
// any walkthrough without loading the pages in between; with the keyboard, and without JavaScript.
import { expect, test, type Locator } from '@playwright/test';
import { openDrawerIfNarrow } from './site.ts';

// A group's toggle is its <summary> (exposed as a disclosure button with its expanded state), named
// "<group> の中のページ"; the group is open when its <details> is.
const toggle = (nav: Locator, name: string) => nav.locator('summary', { hasText: name });
const group = (nav: Locator, name: string) => toggle(nav, name).locator('xpath=..');

test('from the home page the sidebar reaches the Sylpheed APOP walkthrough without loading another page', async ({ page }) => {
	await page.goto('/');
	const loads: string[] = [];
	page.on('framenavigated', (f) => f === page.mainFrame() && loads.push(new URL(f.url()).pathname));
	await openDrawerIfNarrow(page);
	const sidebar = page.getByRole('navigation', { name: 'マニュアルの目次' });
	const walkthrough = sidebar.getByRole('link', { name: 'Sylpheed（APOP）' });
	await expect(walkthrough).toBeHidden();
	await expect(group(sidebar, 'メールの設定 の中のページ')).not.toHaveAttribute('open');
	await toggle(sidebar, 'メールの設定 の中のページ').click();
	await expect(group(sidebar, 'メールの設定 の中のページ')).toHaveAttribute('open', '');
	await toggle(sidebar, 'メーラー別の設定 の中のページ').click();
	await expect(walkthrough).toBeVisible();
	expect(loads, 'no page loaded while expanding').toEqual([]);
	await walkthrough.click();
	await expect(page).toHaveURL(/\/mail\/clients\/sylpheed-apop\/$/);
	expect(loads).toEqual(['/mail/clients/sylpheed-apop/']);
	// There the groups on its path are open and the page is marked.
	await openDrawerIfNarrow(page);
	await expect(sidebar.locator('a[aria-current=page]')).toHaveText(/Sylpheed（APOP）/);
	await expect(group(sidebar, 'メーラー別の設定 の中のページ')).toHaveAttribute('open', '');
});

test('a sidebar group opens with the keyboard', async ({ page }) => {
	await page.goto('/en/');
	await openDrawerIfNarrow(page);
	const sidebar = page.getByRole('navigation', { name: 'Manual contents' });
	const mail = group(sidebar, 'Pages in Mail setup');
	await toggle(sidebar, 'Pages in Mail setup').focus();
	await page.keyboard.press('Enter');
	await expect(mail).toHaveAttribute('open', '');
	await expect(mail.getByRole('link').first()).toBeVisible();
	await page.keyboard.press('Space');
	await expect(mail).not.toHaveAttribute('open');
});

test('without JavaScript the sidebar groups still open', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	const sidebar = page.getByRole('navigation', { name: 'マニュアルの目次' });
	await toggle(sidebar, 'メールの設定 の中のページ').click();
	await toggle(sidebar, 'メーラー別の設定 の中のページ').click();
	await expect(sidebar.getByRole('link', { name: 'Sylpheed（APOP）' })).toBeVisible();
	await context.close();
});
