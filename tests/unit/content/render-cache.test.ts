import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRenderCache, writeRenderCache } from '../../../src/content/render-cache.ts';
import type { RenderOutput } from '../../../src/content/site.ts';

describe('the render cache file', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'kit-cache-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	const output: RenderOutput = {
		html: '<h2 id="受信">受信</h2><p>𠮷 "x"</p>',
		headings: [{ depth: 2, slug: '受信', text: '受信' }],
		images: [],
		links: [{ href: '/mail/#受信', line: 7 }],
		problems: [{ file: 'content/a.md', line: 3, message: 'm', hint: 'h' }],
	};

	it('gives back what was written', () => {
		const file = join(dir, 'sub/cache.bin');
		writeRenderCache(file, new Map([['k1', output]]));
		expect(readRenderCache(file)).toEqual(new Map([['k1', output]]));
		expect(readdirSync(join(dir, 'sub'))).toEqual(['cache.bin']);
	});

	it('is empty when the file is missing or not a cache (every page is rendered)', () => {
		expect(readRenderCache(join(dir, 'none.bin')).size).toBe(0);
		writeFileSync(join(dir, 'junk.bin'), 'not a cache');
		expect(readRenderCache(join(dir, 'junk.bin')).size).toBe(0);
	});
});
