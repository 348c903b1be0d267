import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { checkImageBytes, checkImages, MAX_IMAGE_PIXELS } from '../../../src/content/image-check.ts';

const png = readFileSync('content/mail/clients/images/sylpheed-apop/3-user.png');
const flipped = (b: Buffer) => {
	const c = Buffer.from(b);
	c[Math.floor(c.length / 2)]! ^= 0xff;
	return c;
};
const lfs = Buffer.from('version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n');

describe('checkImageBytes', () => {
	it('accepts a good PNG, JPEG and WebP', async () => {
		expect(await checkImageBytes(png)).toBeUndefined();
		expect(await checkImageBytes(await sharp(png).jpeg().toBuffer())).toBeUndefined();
		expect(await checkImageBytes(await sharp(png).webp().toBuffer())).toBeUndefined();
	});

	it('refuses a truncated or corrupt picture that a lenient decoder (Astro\'s, failOn: none) publishes', async () => {
		const truncated = png.subarray(0, Math.floor(png.length * 0.6));
		for (const bad of [truncated, flipped(png), (await sharp(png).jpeg().toBuffer()).subarray(0, 4000)]) {
			await sharp(bad, { failOn: 'none' }).raw().toBuffer(); // decodes "what it can", without complaint
			expect((await checkImageBytes(bad))?.message).toMatch(/^is truncated or corrupt: sharp cannot decode it completely \(.+\)$/);
		}
	});

	it('refuses a file that is not a picture', async () => {
		expect((await checkImageBytes(Buffer.from('<html>not found</html>')))?.message).toMatch(/^is not a PNG, JPEG or WebP picture/);
	});

	it('gives a Git LFS pointer its own hint', async () => {
		const fault = await checkImageBytes(lfs);
		expect(fault?.message).toMatch(/Git LFS pointer/);
		expect(fault?.hint).toMatch(/git lfs pull/);
	});

	it(`refuses a picture over ${MAX_IMAGE_PIXELS / 1e6} megapixels, stating the limit`, async () => {
		const huge = await sharp({ create: { width: 6000, height: 5000, channels: 3, background: '#fff' } }).png().toBuffer();
		expect((await checkImageBytes(huge))?.message).toBe('is 6000 × 5000 pixels (30.0 megapixels), more than the limit of 25 megapixels');
		const big = await sharp({ create: { width: 5000, height: 5000, channels: 3, background: '#fff' } }).png().toBuffer();
		expect(await checkImageBytes(big)).toBeUndefined();
	});
});

describe('checkImages', () => {
	const root = mkdtempSync(join(tmpdir(), 'kit-images-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('reports each bad image once, at its first use, naming the other uses; decodes each content once', async () => {
		mkdirSync(join(root, 'content'));
		writeFileSync(join(root, 'content/good.png'), png);
		writeFileSync(join(root, 'content/lfs.png'), lfs);
		const known = new Map();
		const problems = await checkImages(
			[
				{ path: 'content/good.png', file: 'content/a.md', line: 3 },
				{ path: 'content/lfs.png', file: 'content/a.md', line: 5 },
				{ path: 'content/lfs.png', file: 'content/en/b.md', line: 9 },
			],
			root,
			known,
		);
		expect(problems).toEqual([
			{
				file: 'content/a.md',
				line: 5,
				message: expect.stringMatching(/^image content\/lfs\.png is a Git LFS pointer/),
				hint: expect.stringMatching(/git lfs pull/),
				note: 'also used at content/en/b.md:9',
			},
		]);
		expect(known.size).toBe(2);
	});
});
