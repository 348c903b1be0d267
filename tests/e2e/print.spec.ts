// Printed to A4 (issue 21), no table, value or message is cut at the page edge, on any page of
// either edition. Two checks, each able to fail on its own:
// - laid out for print at A4's printable width, nothing in <main> is wider than the page;
// - in the PDF Chromium prints (Playwright's page.pdf, read back in content order with poppler's
//   `pdftotext -raw`), every
//   value in `code` and the text of every table cell is there, so none was clipped off the paper.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { overflows, pagePaths } from './site.ts';

/** A4 less 15 mm margins on each side, in CSS px (96 per inch). */
const MARGIN = '15mm';
const PRINTABLE = Math.floor(((210 - 2 * 15) / 25.4) * 96);

const squash = (s: string) => s.replace(/\s+/g, '');

/** The PDF's text, by pdftotext; a missing pdftotext fails with the line that installs it. */
function pdfText(pdf: string): string {
	try {
		return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT')
			throw new Error('pdftotext is missing. Install it with:\n  apt-get install --no-install-recommends poppler-utils', { cause: e });
		throw e;
	}
}

test.describe.configure({ mode: 'parallel' });

for (const path of pagePaths()) {
	test(`${path} prints on A4 without cutting a table, value or message`, async ({ page }) => {
		await page.setViewportSize({ width: PRINTABLE, height: 1100 });
		await page.emulateMedia({ media: 'print' });
		await page.goto(path);
		expect(await overflows(page), 'wider than the printed page').toEqual([]);
		const texts = await page.evaluate(() => {
			// Each value, and each piece of text in a table cell (a piece at a time: print adds a link's
			// address after it, and a cell's lines may come out of the PDF in another order).
			const texts: string[] = [];
			for (const el of document.querySelectorAll('main :not(pre) > code, main td, main th')) {
				if (!el.checkVisibility() || el.closest('.kit-sr, thead')) continue;
				const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
				for (let n = walker.nextNode(); n; n = walker.nextNode())
					if (n.textContent!.trim() && !n.parentElement!.closest('.kit-sr, .kit-copy')) texts.push(n.textContent!.trim());
			}
			return texts;
		});
		const dir = mkdtempSync(join(tmpdir(), 'kit-print-'));
		try {
			const pdf = join(dir, 'page.pdf');
			writeFileSync(pdf, await page.pdf({ format: 'A4', margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } }));
			const printed = squash(pdfText(pdf));
			const missing = [...new Set(texts)].filter((t) => !printed.includes(squash(t)));
			expect(missing, 'texts missing from the printed PDF').toEqual([]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
}
