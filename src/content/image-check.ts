// Decode every image a page uses, completely and strictly, before anything is published. Astro's
// image service decodes leniently (sharp's failOn: 'none'): a truncated or corrupt file would be
// published as a grey or partial picture. Here sharp itself is the judge, at its strictest level
// (failOn: 'warning') and with its pixel limit (limitInputPixels); the only check of our own is for
// a Git LFS pointer, to give it its own hint. Results are kept by content hash, so the dev server
// decodes a picture again only when its bytes change.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Problem } from '../shared/problems.ts';
import { LARGE_MAX_WIDTH } from '../site/picture.ts';

/** The largest picture accepted, in pixels (width × height): 25 megapixels, e.g. 5000 × 5000. A screenshot of a 5K screen is 14.7. */
export const MAX_IMAGE_PIXELS = 25_000_000;

/** One use of an image by a page. */
export interface ImageUse {
	/** The image, relative to the project root. */
	path: string;
	/** The page's file and the line of the image in it. */
	file: string;
	line: number;
}

/** What is wrong with an image's bytes (undefined: nothing). */
export interface ImageFault {
	message: string;
	hint: string;
}

const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1';
const RECOPY = 'copy the picture again from where it came from (the walkthrough pictures: npm run screenshots), and look at it before committing';

/** Check one image's bytes: a Git LFS pointer, over the pixel limit, not an image, or not decodable to its last pixel. */
export async function checkImageBytes(bytes: Buffer): Promise<ImageFault | undefined> {
	if (bytes.subarray(0, LFS_POINTER.length).toString('latin1') === LFS_POINTER) {
		return {
			message: 'is a Git LFS pointer (a small text file that stands for the picture), not the picture',
			hint: 'the picture itself was not downloaded: run "git lfs install" and "git lfs pull", or copy the real file over it',
		};
	}
	const options = { failOn: 'warning', limitInputPixels: MAX_IMAGE_PIXELS, sequentialRead: true } as const;
	let header: { width?: number | undefined; height?: number | undefined };
	try {
		// The header only (the format and the size), without the pixel limit: to say how large.
		header = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
	} catch (e) {
		return { message: `is not a PNG, JPEG or WebP picture, or its header is damaged (sharp: ${(e as Error).message})`, hint: RECOPY };
	}
	try {
		// Every pixel, through the decoder, which stops at the first fault (about 2 ms for a
		// screenshot; sharp's stats() would do the same at ten times the cost).
		await sharp(bytes, options).raw().toBuffer();
	} catch (e) {
		const message = (e as Error).message;
		if (/pixel limit/.test(message)) {
			const { width = 0, height = 0 } = header;
			return {
				message: `is ${width} × ${height} pixels (${((width * height) / 1e6).toFixed(1)} megapixels), more than the limit of ${MAX_IMAGE_PIXELS / 1e6} megapixels`,
				hint: `scale it down: the page shows at most ${LARGE_MAX_WIDTH} pixels across (in the lightbox), so a screenshot needs no more`,
			};
		}
		return { message: `is truncated or corrupt: sharp cannot decode it completely (${message})`, hint: RECOPY };
	}
	return undefined;
}

/**
 * Check every image in `uses` (files relative to `root`); one problem per bad image, at its first use
 * in `uses`, naming the others. `faulty`, when given, receives the paths of the bad images.
 */
export async function checkImages(
	uses: ImageUse[],
	root: string,
	known: Map<string, ImageFault | undefined> = new Map(),
	faulty?: Set<string>,
): Promise<Problem[]> {
	const byPath = new Map<string, ImageUse[]>();
	for (const use of uses) byPath.set(use.path, [...(byPath.get(use.path) ?? []), use]);
	const problems = await mapLimited(
		[...byPath],
		IMAGES_AT_ONCE,
		async ([path, at]): Promise<Problem | undefined> => {
			const bytes = await readFile(join(root, path));
			const hash = createHash('sha256').update(bytes).digest('hex');
			let fault = known.get(hash);
			if (!known.has(hash)) {
				fault = await checkImageBytes(bytes);
				known.set(hash, fault);
			}
			if (!fault) return undefined;
			faulty?.add(path);
			const [first, ...others] = at;
			return {
				file: first!.file,
				line: first!.line,
				message: `image ${path} ${fault.message}`,
				hint: fault.hint,
				...(others.length ? { note: `also used at ${others.map((o) => `${o.file}:${o.line}`).join(', ')}` } : {}),
			};
		},
	);
	return problems.filter((p) => p !== undefined);
}

/** Images decoded at once: each may take up to 100 MB of pixels (the limit, 4 bytes a pixel). */
const IMAGES_AT_ONCE = 4;

/** `f` over `items`, at most `limit` at a time, results in order. */
async function mapLimited<T, R>(items: T[], limit: number, f: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await f(items[i]!);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}
