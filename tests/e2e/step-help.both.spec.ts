// Help at the step (issue 25): a walkthrough step that sets a value ends with a closed "if this step
// fails" disclosure, opened from the keyboard, listing the troubleshooting entries for what it sets
// with the client's messages; every link leads to a section that exists, in both editions, and the
// open disclosure fits a 320 px screen and passes axe.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { overflows, pagePaths } from './site.ts';

const editions = [
	{
		prefix: '',
		summary: 'この手順でうまくいかないとき',
		refused: '受信できないとき: 接続が拒否される',
		message: /pop3\.club\.kyutech\.ac\.jp/,
	},
	{
		prefix: '/en',
		summary: 'If this step fails',
		refused: 'Cannot receive: The connection is refused',
		message: /pop3\.club\.kyutech\.ac\.jp/,
	},
];

for (const e of editions) {
	test(`${e.prefix || '/'}: the incoming-server step of Thunderbird offers the receiving failures, closed until opened`, async ({
		page,
	}) => {
		await page.goto(`${e.prefix}/mail/clients/thunderbird/`);
		// Step 4 sets the incoming server: its disclosure; step 1 (start Thunderbird) sets nothing and has none.
		const steps = page.locator('ol.kit-steps > li');
		await expect(steps.nth(0).locator('details.kit-step-help')).toHaveCount(0);
		const help = steps.nth(3).locator('details.kit-step-help');
		await expect(help).toHaveCount(1);
		await expect(help).not.toHaveAttribute('open');
		const refused = help.getByRole('link', { name: e.refused });
		await expect(refused).toBeHidden();
		await help.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(help).toHaveAttribute('open', '');
		await expect(help.locator('summary')).toHaveText(e.summary);
		await expect(refused).toBeVisible();
		const entry = help.locator('li:has(> a[href$="/receive/#refused"])');
		await expect(entry).toContainText('Thunderbird');
		await expect(entry.locator('code')).toContainText(e.message);
		// No sending failure at a receiving step.
		await expect(help.locator('a[href*="/troubleshooting/send/"]')).toHaveCount(0);
		await refused.click();
		await expect(page).toHaveURL(new RegExp(`${e.prefix}/mail/troubleshooting/receive/#refused$`));
		await expect(page.locator('#refused')).toBeVisible();
	});
}

test('every step-help link of every page leads to a section that exists', async ({ page, request }) => {
	const targets = new Map<string, Set<string>>();
	let disclosures = 0;
	for (const path of pagePaths().filter((p) => p.includes('/mail/clients/'))) {
		await page.goto(path);
		disclosures += await page.locator('details.kit-step-help').count();
		for (const href of await page.locator('details.kit-step-help a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
			const [url, hash] = href.split('#');
			targets.set(url!, (targets.get(url!) ?? new Set()).add(hash ?? ''));
		}
	}
	expect(disclosures).toBeGreaterThan(20);
	for (const [url, hashes] of targets) {
		const html = await (await request.get(url)).text();
		for (const hash of hashes) if (hash) expect(html, `${url}#${hash}`).toContain(`id="${hash}"`);
	}
});

for (const e of editions)
	test(`${e.prefix || '/'}: open disclosures fit 320 px and pass axe, light and dark`, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 800 });
		await page.goto(`${e.prefix}/mail/clients/thunderbird/`);
		const opened = await page.locator('details.kit-step-help').evaluateAll((ds) => ds.map((d) => d.setAttribute('open', '')).length);
		expect(opened).toBeGreaterThan(2);
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			expect(await overflows(page), scheme).toEqual([]);
			const { violations } = await new AxeBuilder({ page }).include('details.kit-step-help').analyze();
			expect(violations.map((v) => `${v.id} (${scheme}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		}
	});
