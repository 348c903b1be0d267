// Every table's form (issue 21; src/markdown/fit.ts and tables.css): where its column is narrower
// than the table needs, each row is a card, its cells one below the other, each after its column's
// name; where the table fits, it is a table. fit.spec.ts proves that nothing overflows; this spec
// proves what the reader sees in each form, on every table of every page, and that a screen reader
// still gets a table (Chromium's own accessibility tree, not the DOM's roles).
import { expect, test, type Page } from '@playwright/test';
import { pagePaths } from './site.ts';

interface Seen {
	page: string;
	cards: boolean;
	/** Per row (not a heading row): the top of each shown cell, and each labelled cell's label as shown. */
	rows: { tops: number[]; shownLabels: string[]; labels: string[] }[];
	hasHead: boolean;
	headVisible: boolean;
}

/** Every table on the page, its form as the reader sees it at the current width. */
function tables(page: Page): Promise<Seen[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('main .kit-table')].map((wrap) => {
			const fit = parseFloat(getComputedStyle(wrap).fontSize);
			const table = wrap.querySelector('table')!;
			const head = table.querySelector('thead');
			const rows = [...table.querySelectorAll('tbody > tr')]
				.filter((tr) => !tr.querySelector(':scope > [data-span=all]'))
				.map((tr) => {
					const cells = [...tr.children].filter((c) => c.checkVisibility());
					return {
						tops: cells.map((c) => Math.round(c.getBoundingClientRect().top)),
						shownLabels: cells
							.filter((c) => c.hasAttribute('data-label'))
							.map((c) =>
								getComputedStyle(c, '::before')
									.content.replace(/^"(.*)" \/ ""$/, '$1')
									.replace(/\\(.)/g, '$1'),
							),
						labels: cells.filter((c) => c.hasAttribute('data-label')).map((c) => c.getAttribute('data-label')!),
					};
				});
			return {
				page: location.pathname,
				cards: wrap.clientWidth < fit,
				rows,
				hasHead: !!head,
				headVisible: !!head && head.getBoundingClientRect().height > 1,
			};
		}),
	);
}

for (const path of pagePaths()) {
	test(`every table on ${path} is a table where it fits and cards where it does not`, async ({ page }) => {
		await page.goto(path);
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			for (const [i, t] of (await tables(page)).entries()) {
				const where = `table ${i + 1} at ${width} px`;
				if (t.cards) {
					expect(t.headVisible, `${where}: header row hidden in cards`).toBe(false);
					for (const row of t.rows) {
						// One line per cell (a card), each value after its column's name.
						expect(new Set(row.tops).size, `${where}: one line per cell`).toBe(row.tops.length);
						expect(row.shownLabels, `${where}: labels shown`).toEqual(row.labels);
					}
				} else {
					if (t.hasHead) expect(t.headVisible, `${where}: header row shown`).toBe(true);
					for (const row of t.rows) {
						expect(new Set(row.tops).size, `${where}: a row on one line`).toBe(1);
						expect(
							row.shownLabels.every((l) => l === 'none' || l === 'normal'),
							`${where}: no labels in a table`,
						).toBe(true);
					}
				}
			}
		}
	});
}

// Cards on a phone, table at desktop width: the two forms, on tables whose need lies in between.
test('the same table is cards at 320 px and a table at 1280 px', async ({ page }) => {
	await page.goto('/mail/');
	const forms = new Set<boolean>();
	for (const width of [320, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		for (const t of await tables(page)) forms.add(t.cards);
	}
	expect([...forms].sort()).toEqual([false, true]);
});

// A screen reader still gets a table in the card form: Chromium's accessibility tree has the
// table, its column headers, its row headers and cells, whatever the CSS display.
for (const { path, header } of [
	{ path: '/mail/mailers/', header: 'メーラー' },
	{ path: '/en/mail/settings/', header: 'Server' },
]) {
	test(`the cards on ${path} are a table to a screen reader`, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 800 });
		await page.goto(path);
		expect((await tables(page)).some((t) => t.cards)).toBe(true);
		const cdp = await page.context().newCDPSession(page);
		const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
			nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[];
		};
		const roles = (role: string) => nodes.filter((n) => !n.ignored && n.role?.value === role);
		expect(roles('table').length).toBeGreaterThan(0);
		expect(roles('columnheader').map((n) => n.name?.value)).toContain(header);
		expect(roles('rowheader').length).toBeGreaterThan(0);
		expect(roles('cell').length).toBeGreaterThan(0);
	});
}
