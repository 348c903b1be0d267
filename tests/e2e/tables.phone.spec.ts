// The supported-mailers tables (issue 15): on a phone each client is a card, its name then one
// labelled line per method, so the table never scrolls sideways and no column is squeezed; from
// 40rem up it is a table again. Either way screen readers get the table: column headers, row
// headers and cells (the visible method labels in the card form are hidden from them).
import { expect, test } from '@playwright/test';

const PAGES = [
	{ path: '/mail/mailers/', label: '対応メーラーの表', mailer: 'メーラー', link: '設定例' },
	{ path: '/en/mail/mailers/', label: 'Supported mail clients', mailer: 'Mail client', link: 'Example' },
];

for (const { path, label, mailer, link } of PAGES) {
	test(`the supported-mailers table on ${path} is cards on phones and a table from 40rem up`, async ({ page }) => {
		await page.goto(path);
		const region = page.getByRole('region', { name: label });
		const table = region.getByRole('table');
		const thunderbird = table.getByRole('row', { name: /^Thunderbird/ });
		for (const width of [320, 360, 390, 430]) {
			await page.setViewportSize({ width, height: 800 });
			// Nothing to scroll: neither the page nor the table's own box.
			const overflow = await region.evaluate((el) => ({
				box: el.scrollWidth - el.clientWidth,
				page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			}));
			expect(overflow, `at ${width} px`).toEqual({ box: 0, page: 0 });
			// A card: the client's name above its methods, each method on its own line with its name.
			const lines = await thunderbird.evaluate((row) =>
				[...row.children].map((cell) => ({ top: Math.round(cell.getBoundingClientRect().top), text: (cell as HTMLElement).innerText })),
			);
			expect(new Set(lines.map((l) => l.top)).size, `one line per cell at ${width} px`).toBe(lines.length);
			expect(lines[1]!.text).toMatch(new RegExp(`^POP3 over SSL\\s*○ ${link}`));
			// The method's name and its link side by side.
			const cell = thunderbird.getByRole('cell').first();
			const [name, target] = [await cell.locator('.kit-cell-label').boundingBox(), await cell.getByRole('link').boundingBox()];
			expect(Math.abs(name!.y - target!.y), `label and link on one line at ${width} px`).toBeLessThan(4);
			// A gap between them, even where the method's name is longer than the label column.
			const row = thunderbird.getByRole('cell').nth(3);
			const [long, its] = [await row.locator('.kit-cell-label').boundingBox(), await row.getByRole('link').boundingBox()];
			expect(name!.x + name!.width).toBeLessThan(target!.x);
			expect(its!.x - (long!.x + long!.width), `gap after a long method name at ${width} px`).toBeGreaterThanOrEqual(4);
			await expect(table.locator('thead')).not.toBeInViewport();
		}
		// Screen readers still have the table's headers, and the link names say client and method.
		await expect(table.getByRole('columnheader', { name: mailer })).toHaveCount(1);
		await expect(thunderbird.getByRole('rowheader', { name: 'Thunderbird' })).toBeVisible();
		await expect(thunderbird.getByRole('link', { name: new RegExp(`${link} \\(Thunderbird, POP3 over SSL\\)`) })).toBeVisible();
		await expect(thunderbird.locator('.kit-cell-label').first()).toHaveAttribute('aria-hidden', 'true');
		// From 40rem up: a table, one row per client.
		await page.setViewportSize({ width: 768, height: 800 });
		const tops = await thunderbird.evaluate((row) => [...row.children].map((cell) => Math.round(cell.getBoundingClientRect().top)));
		expect(new Set(tops).size).toBe(1);
		await expect(table.locator('.kit-cell-label').first()).toBeHidden();
	});
}

// The clients index (::: client-pages): the same card form, so a client's platforms never hide
// beyond a sideways scroll on a phone.
for (const { path, label, runsOn } of [
	{ path: '/mail/clients/', label: 'いまのメーラーのページ', runsOn: '使える環境' },
	{ path: '/en/mail/clients/', label: 'Pages for current mail clients', runsOn: 'Runs on' },
]) {
	test(`the clients index on ${path} is cards on phones and a table from 40rem up`, async ({ page }) => {
		await page.goto(path);
		const region = page.getByRole('region', { name: label, exact: true });
		const thunderbird = region.getByRole('row', { name: /^Thunderbird/ });
		for (const width of [320, 390]) {
			await page.setViewportSize({ width, height: 800 });
			const overflow = await region.evaluate((el) => ({
				box: el.scrollWidth - el.clientWidth,
				page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			}));
			expect(overflow, `at ${width} px`).toEqual({ box: 0, page: 0 });
			// The platforms, labelled, below the client's name and inside the screen.
			const [name, platforms] = [await thunderbird.getByRole('rowheader').boundingBox(), await thunderbird.getByRole('cell').boundingBox()];
			expect(platforms!.y, `below the name at ${width} px`).toBeGreaterThanOrEqual(name!.y + name!.height - 1);
			expect(platforms!.x + platforms!.width).toBeLessThanOrEqual(width);
			await expect(thunderbird.getByRole('cell')).toContainText(runsOn);
		}
		await page.setViewportSize({ width: 768, height: 800 });
		const tops = await thunderbird.evaluate((row) => [...row.children].map((cell) => Math.round(cell.getBoundingClientRect().top)));
		expect(new Set(tops).size).toBe(1);
		await expect(thunderbird.locator('.kit-cell-label')).toBeHidden();
	});
}
