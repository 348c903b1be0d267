// Read an X Window Dump (what `xwd` writes) into raw RGB pixels, for sharp. Handles the ZPixmap
// 24/32-bit TrueColor dumps Xvfb gives; refuses anything else with a clear error.
export interface RawImage {
	data: Buffer;
	width: number;
	height: number;
	channels: 3;
}

/** Decode an xwd file's bytes to RGB. */
export function decodeXwd(buf: Buffer): RawImage {
	const u32 = (i: number) => buf.readUInt32BE(i * 4);
	const headerSize = u32(0);
	const version = u32(1);
	if (version !== 7) throw new Error(`xwd: unsupported version ${version}`);
	const format = u32(2);
	const depth = u32(3);
	const width = u32(4);
	const height = u32(5);
	const byteOrder = u32(7);
	const bitsPerPixel = u32(11);
	const bytesPerLine = u32(12);
	const redMask = u32(14);
	const greenMask = u32(15);
	const blueMask = u32(16);
	const ncolors = u32(19);
	if (format !== 2 || (bitsPerPixel !== 32 && bitsPerPixel !== 24) || depth < 24) {
		throw new Error(`xwd: expected a 24/32-bit ZPixmap dump, got format ${format}, depth ${depth}, ${bitsPerPixel} bits per pixel`);
	}
	const start = headerSize + ncolors * 12;
	const shift = (mask: number) => Math.log2(mask & -mask);
	const [rs, gs, bs] = [shift(redMask), shift(greenMask), shift(blueMask)];
	const bpp = bitsPerPixel / 8;
	const out = Buffer.alloc(width * height * 3);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const o = start + y * bytesPerLine + x * bpp;
			const p =
				bpp === 4
					? byteOrder === 0
						? buf.readUInt32LE(o)
						: buf.readUInt32BE(o)
					: byteOrder === 0
						? buf.readUIntLE(o, 3)
						: buf.readUIntBE(o, 3);
			const t = (y * width + x) * 3;
			out[t] = (p & redMask) >>> rs;
			out[t + 1] = (p & greenMask) >>> gs;
			out[t + 2] = (p & blueMask) >>> bs;
		}
	}
	return { data: out, width, height, channels: 3 };
}
