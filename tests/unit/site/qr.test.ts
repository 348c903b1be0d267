import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { qrSvg } from '../../../src/site/qr.ts';

/** Rasterise an SVG string and decode its QR code. */
async function decode(svg: string): Promise<string | undefined> {
	const { data, info } = await sharp(Buffer.from(svg), { density: 288 }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

describe('qrSvg', () => {
	const url = 'https://www.club.kyutech.ac.jp/mail/kyutech-club-mail.mobileconfig';
	it('draws a QR code that decodes to the text', async () => {
		expect(await decode(qrSvg(url, { label: 'QR' }))).toBe(url);
		expect(await decode(qrSvg('https://example.org/a?b=c&d=<e>', { label: 'QR' }))).toBe('https://example.org/a?b=c&d=<e>');
	});
	it('is an image named by its title, with a white quiet zone', () => {
		const svg = qrSvg(url, { label: 'Profile <QR> & "more"', id: 'x1', size: 120 });
		expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="x1"[^>]*width="120" height="120"/);
		expect(svg).toContain('<title id="x1">Profile &lt;QR&gt; &amp; &quot;more&quot;</title>');
		expect(svg).toContain('fill="#fff"');
		// Four modules of quiet zone: nothing is drawn in the first four rows or columns.
		const starts = [...svg.matchAll(/M(\d+) (\d+)h/g)].map((m) => [Number(m[1]), Number(m[2])]);
		expect(Math.min(...starts.map(([x]) => x!))).toBe(4);
		expect(Math.min(...starts.map(([, y]) => y!))).toBe(4);
	});
});
