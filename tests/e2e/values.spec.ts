// Values are never split (issues 15 and 21): no value from the settings file, no value in `code`
// (a phrase in code, .kit-code-phrase, is a sentence and wraps) and no value a reader types (those
// with a copy button in a field table, and those in the settings table) is rendered on more than one
// line, on every page, at every width and in print (A4's printable width), judged by the client
// rects of its text. Where a long value would not fit (a path at 320 px) it shrinks to the column
// (values.css); nothing scrolls sideways (fit.spec.ts).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseSettings } from '../../src/settings/load.ts';
import { methodNameKeys, placeholderValues } from '../../src/settings/placeholders.ts';
import { strings } from '../../src/i18n/index.ts';
import { pagePaths } from './site.ts';

const settings = parseSettings(readFileSync('content/settings.yaml', 'utf8'));
// Host names, ports, the domain, the login host: the values written into prose by placeholders
// (method names have spaces and are checked where they are values: in the settings table).
const values = [
	...new Set(
		[...placeholderValues(settings, strings('ja'))].filter(([k]) => /(^|\.)(host|port|domain)$|^loginHost$/.test(k)).map(([, v]) => v),
	),
];

/**
 * What is rendered on more than one line, judged by the client rects of its text: each shown element
 * matching `elements`, and each occurrence of one of `texts` in a shown text node outside <pre>,
 * both under `root`.
 */
function splitTexts(page: Page, where: { root: string; elements: string; texts: string[] }): Promise<string[]> {
	return page.evaluate(({ root, elements, texts }) => {
		const lines = (range: Range) => {
			const tops: number[] = [];
			for (const r of range.getClientRects())
				if (r.width > 0.5 && r.height > 0.5 && !tops.some((t) => Math.abs(t - r.top) < 3)) tops.push(r.top);
			return tops.length;
		};
		const shown = (el: Element) => el.checkVisibility() && !el.closest('.kit-sr, [aria-hidden=true]');
		const found: string[] = [];
		const base = document.querySelector(root)!;
		for (const el of base.querySelectorAll(elements)) {
			if (!shown(el)) continue;
			const range = document.createRange();
			range.selectNodeContents(el);
			if (lines(range) > 1) found.push(`<${el.localName}${el.className ? ` class="${el.className}"` : ''}> ${el.textContent}`);
		}
		const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
			if (!shown(n.parentElement!) || n.parentElement!.closest('pre')) continue;
			for (const text of texts) {
				for (let i = n.data.indexOf(text); i !== -1; i = n.data.indexOf(text, i + 1)) {
					const range = document.createRange();
					range.setStart(n, i);
					range.setEnd(n, i + text.length);
					if (lines(range) > 1) found.push(`"${text}" in "${n.data.slice(Math.max(0, i - 20), i + text.length + 20)}"`);
				}
			}
		}
		return found;
	}, where);
}

const MODES = [
	{ name: '320 px', width: 320 },
	{ name: '360 px', width: 360 },
	{ name: '390 px', width: 390 },
	{ name: '768 px', width: 768 },
	{ name: '1280 px', width: 1280 },
	{ name: 'print', width: 680, print: true },
];

for (const path of [...pagePaths(), '/404.html']) {
	test(`no value is split on ${path}`, async ({ page }) => {
		await page.goto(path);
		for (const mode of MODES) {
			await page.setViewportSize({ width: mode.width, height: 900 });
			await page.emulateMedia({ media: mode.print ? 'print' : 'screen' });
			const split = await splitTexts(page, {
				root: 'main',
				elements:
					':not(pre) > code:not(.kit-code-phrase), td:has(kit-copy) .kit-value, .kit-settings .kit-value, .kit-settings__method, kit-account',
				texts: values,
			});
			expect(split, `values split over lines on ${path} at ${mode.name}`).toEqual([]);
			if (!mode.print) {
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow, `sideways scroll on ${path} at ${mode.name}`).toBeLessThanOrEqual(0);
			}
		}
	});
}

test('the all-settings page shows the reader’s account name and address, and each method in one row', async ({ page }) => {
	await page.goto('/mail/settings/');
	const yours = page.getByRole('table', { name: 'あなたのアカウント' });
	await expect(yours.getByRole('row', { name: /^アカウント名/ })).toContainText('（アカウント名）');
	await page.getByLabel('あなたのアカウント名').fill('s1234567');
	await page.getByLabel('あなたのアカウント名').press('Enter');
	await expect(yours.getByRole('row', { name: /^アカウント名/ }).locator('code')).toHaveText('s1234567');
	await expect(yours.getByRole('row', { name: /^メールアドレス/ }).locator('code')).toHaveText(`s1234567@${settings.domain}`);
	const pop3s = page.getByRole('row', { name: new RegExp(`^${settings.incoming.pop3s.label}`) });
	await expect(pop3s.getByRole('cell').filter({ hasText: settings.incoming.pop3s.host })).toHaveCount(1);
	await expect(pop3s.getByRole('cell').filter({ hasText: String(settings.incoming.pop3s.port) })).toHaveCount(1);
});

// A method name that a placeholder writes into prose ({{ submission.label }} "SMTP-AUTH (STARTTLS)",
// {{ submissions.tls }} "SSL/TLS") is one term: it never wraps inside itself, from 360 px up and in
// print, in either language. The placeholders plugin emits it in a .kit-nowrap span (a heading keeps
// its plain text for its id and the TOC). Judged by client rects: each span's text, and every
// occurrence of a method name in the content's prose, so a name written without the span fails too.
const methodNames = [
	...new Set(
		// Not the word for "no TLS" (なし, none): it is an ordinary word of prose, not a term.
		(['ja', 'en'] as const).flatMap((locale) =>
			[...placeholderValues(settings, strings(locale))]
				.filter(([k, v]) => methodNameKeys.has(k) && v !== strings(locale).tls.none)
				.map(([, v]) => v),
		),
	),
];

for (const path of pagePaths()) {
	test(`no method name wraps inside itself on ${path}`, async ({ page }) => {
		await page.goto(path);
		const spans = await page.locator('.kit-content .kit-nowrap').count();
		for (const mode of MODES.filter((m) => m.width >= 360)) {
			await page.setViewportSize({ width: mode.width, height: 900 });
			await page.emulateMedia({ media: mode.print ? 'print' : 'screen' });
			const split = await splitTexts(page, { root: 'main .kit-content', elements: '.kit-nowrap', texts: methodNames });
			expect(split, `method names wrapped on ${path} at ${mode.name}`).toEqual([]);
			if (!mode.print) {
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow, `sideways scroll on ${path} at ${mode.name}`).toBeLessThanOrEqual(0);
			}
		}
		// The pages that name methods through placeholders carry the spans (both languages' walkthrough of sending).
		if (/\/mail\/smtp-auth\/$/.test(path)) expect(spans, `.kit-nowrap spans on ${path}`).toBeGreaterThan(0);
	});
}
