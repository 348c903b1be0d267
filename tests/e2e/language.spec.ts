// Each edition speaks its own language. On every built page of /en/ no Han, Hiragana or Katakana
// character may appear in text or in a text-bearing attribute outside an element with lang="ja"
// (a Japanese UI label an English reader must find on screen, marked so that screen readers
// pronounce it in Japanese); the same for every file the English pages offer for download. The
// Japanese pages carry none of the English table's strings outside lang="en". The checks run in
// the browser on the loaded page (after its scripts ran), so they see what a reader and a screen
// reader get, and they use the DOM's own idea of which language an element is in.
import { expect, test, type Page } from '@playwright/test';
import { pagePaths } from './site.ts';
import { en } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';

/** A Japanese character: Han, Hiragana or Katakana, including the punctuation those scripts use (、。「」ー). */
const JAPANESE = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;

/** Attributes whose value a reader or a screen reader gets. */
const TEXT_ATTRIBUTES = ['alt', 'title', 'aria-label', 'aria-description', 'placeholder', 'content', 'value', 'label'];

/**
 * Japanese text allowed in the English downloads (quoted Japanese UI labels, if any were needed):
 * none. Add an entry here, with the reason, only for a label the reader must match on a Japanese
 * screen.
 */
const DOWNLOAD_ALLOWED: string[] = [];

interface Found {
	where: string;
	text: string;
}

/**
 * Every piece of visible or announced text of the loaded page outside elements in `skipLang`:
 * text nodes (not script or style; not code when `skipCode`), TEXT_ATTRIBUTES and data-*
 * attributes (texts the page's scripts show later, such as a copy button's "Copied"). A meta
 * element's content counts when it is named (description), not an http-equiv policy.
 */
async function pageTexts(page: Page, skipLang: string, skipCode = false): Promise<Found[]> {
	return page.evaluate(
		({ attributes, skip, noCode }) => {
			const out: { where: string; text: string }[] = [];
			const inSkipped = (el: Element | null) => {
				const owner = el?.closest('[lang]');
				const lang = owner?.getAttribute('lang')?.toLowerCase() ?? '';
				return lang === skip || lang.startsWith(`${skip}-`);
			};
			const describe = (el: Element) => {
				const id = el.id ? `#${el.id}` : '';
				const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
				return `<${el.tagName.toLowerCase()}${id}${cls}>`;
			};
			const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const parent = node.parentElement;
				if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
				if (noCode && parent.closest('pre, code')) continue;
				const text = node.textContent?.trim() ?? '';
				if (text && !inSkipped(parent)) out.push({ where: describe(parent), text });
			}
			for (const el of document.querySelectorAll('*')) {
				if (inSkipped(el)) continue;
				for (const attr of el.attributes) {
					if (attr.name === 'content' && el.tagName === 'META' && !el.hasAttribute('name')) continue;
					if (attributes.includes(attr.name) || attr.name.startsWith('data-')) {
						if (attr.value.trim()) out.push({ where: `${describe(el)} ${attr.name}=`, text: attr.value });
					}
				}
			}
			return out;
		},
		{ attributes: TEXT_ATTRIBUTES, skip: skipLang, noCode: skipCode },
	);
}

/** The lines of `text` with a Japanese character, each once. */
function japaneseIn(found: Found[]): string[] {
	return [...new Set(found.filter((f) => JAPANESE.test(f.text)).map((f) => `${f.where} ${JSON.stringify(f.text)}`))];
}

/**
 * Every string leaf of a words table. A function is called with a marker for each argument (a list
 * for a function of a list) and contributes its fixed words between the markers.
 */
function leaves(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (typeof value === 'function') {
		const f = value as (...args: unknown[]) => unknown;
		let out: unknown;
		try {
			out = f('\u0000', '\u0000', '\u0000', '\u0000');
		} catch {
			out = f(['\u0000']);
		}
		return [out].flat().flatMap((x) => (typeof x === 'string' ? x.split('\u0000') : []));
	}
	if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
	return [];
}

// English UI strings worth looking for on a Japanese page: those that differ from the Japanese
// table's strings and are words, not symbols or names both languages share ("SSL/TLS", "POP3").
const japaneseLeaves = new Set(leaves(ja));
const englishChrome = [...new Set(leaves(en).map((s) => s.trim()))].filter(
	(s) => !japaneseLeaves.has(s) && /[A-Za-z]{3}/.test(s) && s.length >= 4,
);

/**
 * Does `text` carry the English string `s` as UI chrome? A single word ("Copy", "Menu") only as a
 * whole text or attribute (Japanese prose may quote an English title that contains "Password"); a
 * phrase anywhere, as whole words.
 */
function hasChrome(text: string, s: string): boolean {
	const t = text.trim();
	if (!/\s/.test(s)) return t === s;
	const at = t.indexOf(s);
	if (at < 0) return false;
	return !/[A-Za-z0-9]/.test(t[at - 1] ?? ' ') && !/[A-Za-z0-9]/.test(t[at + s.length] ?? ' ');
}

const englishPages = [...pagePaths().filter((p) => p === '/en/' || p.startsWith('/en/')), '/en/404/'];
const japanesePages = pagePaths().filter((p) => !(p === '/en/' || p.startsWith('/en/')));

test.describe('the English edition is in English', () => {
	for (const path of englishPages) {
		test(`${path} has no Japanese outside lang="ja"`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status(), path).toBeLessThan(500);
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			expect(japaneseIn(await pageTexts(page, 'ja'))).toEqual([]);
		});
	}

	test('every file the English pages offer for download is in English and lives under /en/', async ({ page, request }) => {
		const files = new Set<string>();
		for (const path of englishPages) {
			await page.goto(path);
			const hrefs = await page
				.locator('a[download], a[href$=".mobileconfig"], a[href*="/downloads/"], a[href$=".xml"]')
				.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			for (const h of hrefs) files.add(h);
		}
		expect(files.size, 'the English pages link to their downloads').toBeGreaterThan(0);
		const problems: string[] = [];
		for (const file of [...files].sort()) {
			// Thunderbird's autoconfig file has one fixed address for both editions and carries no prose.
			const shared = /\/config-v1\.1\.xml$/.test(file);
			if (!shared && !file.startsWith('/en/')) problems.push(`${file}: an English page links to a download outside /en/`);
			const response = await request.get(file);
			expect(response.status(), file).toBe(200);
			const body = await response.text();
			body.split('\n').forEach((line, i) => {
				let rest = line;
				for (const allowed of DOWNLOAD_ALLOWED) rest = rest.split(allowed).join('');
				if (JAPANESE.test(rest)) problems.push(`${file}:${i + 1}: ${line.trim()}`);
			});
		}
		expect(problems).toEqual([]);
	});
});

test.describe('the Japanese edition carries no English UI chrome', () => {
	test('the English table has words to look for', () => {
		expect(englishChrome.length).toBeGreaterThan(50);
	});
	for (const path of [...japanesePages, '/404.html']) {
		test(`${path} shows none of the English table's strings outside lang="en"`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
			// Code (config files, transcripts) is program syntax, not chrome: its comments are checked
			// to be Japanese by tests/unit/clients/languages.test.ts.
			const found = await pageTexts(page, 'en', true);
			const leaks: string[] = [];
			for (const f of found)
				for (const s of englishChrome) if (hasChrome(f.text, s)) leaks.push(`${f.where} ${JSON.stringify(f.text)} has "${s}"`);
			expect([...new Set(leaks)]).toEqual([]);
		});
	}
});
