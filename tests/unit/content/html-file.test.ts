import { mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { htmlIdKey, readHtml, writeHtmlFile } from '../../../src/content/html-file.ts';

describe('the pages’ HTML file', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'kit-html-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('gives back each page’s HTML by its key', () => {
		const file = join(dir, 'sub/pages.json');
		const pages = new Map([['a1', '<p>一</p>'], ['b2', '<p>二 "quoted"\n<code>\\n</code></p>'], ['c3', ''], ['d4', '<p>𠮷野家 ✓</p>']]);
		writeHtmlFile(file, pages);
		for (const [key, html] of pages) expect(readHtml(file, key)).toBe(html);
	});

	it('finds a page under an alias too (its id: the dev server reads the latest save by id)', () => {
		const file = join(dir, 'pages.json');
		writeHtmlFile(file, new Map([['d1', '<p>一</p>'], ['d2', '<p>二</p>']]), new Map([[htmlIdKey('mail/a'), 'd2'], [htmlIdKey('gone'), 'nope']]));
		expect(readHtml(file, htmlIdKey('mail/a'))).toBe('<p>二</p>');
		expect(readHtml(file, 'd1')).toBe('<p>一</p>');
		expect(() => readHtml(file, htmlIdKey('gone'))).toThrow(/has no page id:gone/);
	});

	it('reads the file again once it has been rewritten (dev server)', () => {
		const file = join(dir, 'pages.json');
		writeHtmlFile(file, new Map([['a1', '<p>old</p>']]));
		expect(readHtml(file, 'a1')).toBe('<p>old</p>');
		writeHtmlFile(file, new Map([['a1', '<p>new, longer</p>']]));
		expect(readHtml(file, 'a1')).toBe('<p>new, longer</p>');
		// Same size, later time: still noticed.
		writeHtmlFile(file, new Map([['a1', '<p>NEW, LONGER</p>']]));
		utimesSync(file, new Date(), new Date(Date.now() + 5000));
		expect(readHtml(file, 'a1')).toBe('<p>NEW, LONGER</p>');
	});

	it('says what to do when the file is missing or older than the store', () => {
		const file = join(dir, 'pages.json');
		expect(() => readHtml(file, 'a1')).toThrow(/pages\.json is missing.*Run the build again/);
		writeHtmlFile(file, new Map([['a1', '<p>一</p>']]));
		expect(() => readHtml(file, 'zz')).toThrow(/has no page zz.*older than the content store/);
	});

	it('leaves no temporary file behind', async () => {
		const file = join(dir, 'pages.json');
		writeHtmlFile(file, new Map([['a1', 'x']]));
		const { readdirSync } = await import('node:fs');
		expect(readdirSync(dir)).toEqual(['pages.json']);
	});
});
