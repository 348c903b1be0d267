// The HTML of one optimised gallery picture: a link to the large version (the lightbox opens it;
// without JS it is a plain link) around a <picture> with AVIF and WebP srcsets. Pure; the page
// resolves the files (src/site/images.ts) and swaps the renderer's marker for this HTML.
import type { ImageRef } from '../markdown/env.ts';
import { escapeHtml as attr } from '../util/escape.ts';
import { marksOverlaySvg } from '../markdown/marks.ts';

/** One encoded size of an image. */
export interface Variant {
	src: string;
	width: number;
}

/** An image after the build's image pipeline. */
export interface ResolvedImage {
	/** Intrinsic size of the original. */
	width: number;
	height: number;
	avif: Variant[];
	webp: Variant[];
	/** The version the link and the lightbox show (full size). */
	large: Variant;
}

/** Widths of the in-page versions: the standard steps below the original's width, and the original's. */
export const THUMB_WIDTHS = [320, 480, 640, 960] as const;
/** The lightbox version is at most this wide. */
export const LARGE_MAX_WIDTH = 1600;

/** The srcset widths for an image `width` pixels wide. */
export function thumbWidths(width: number): number[] {
	return [...THUMB_WIDTHS.filter((w) => w < width), Math.min(width, THUMB_WIDTHS.at(-1)!)].filter((w, i, a) => a.indexOf(w) === i);
}

/** The `sizes` of a picture: a lone figure shows at its own width up to the text column; gallery items at a grid cell. */
export function sizesFor(ref: Pick<ImageRef, 'inGallery'>, width: number): string {
	return ref.inGallery
		? `(min-width: 48rem) min(${width}px, 20rem), min(${width}px, 50vw)`
		: `(min-width: 48rem) min(${width}px, 44rem), min(${width}px, 100vw)`;
}

const srcset = (variants: Variant[]) => variants.map((v) => `${v.src} ${v.width}w`).join(', ');

export interface PictureOptions {
	/** Load at once (the page's first picture) instead of when scrolled near. */
	eager: boolean;
	/** Words after the alt text in the link's name, e.g. "（拡大表示）". */
	enlarge: string;
}

/** The HTML that replaces `ref.marker`. */
export function pictureHtml(ref: ImageRef, image: ResolvedImage, options: PictureOptions): string {
	const sizes = sizesFor(ref, image.width);
	const fallback = image.webp.at(-1)!;
	return (
		`<a class="kit-shot" href="${attr(image.large.src)}" data-kit-shot data-width="${image.large.width}" data-height="${Math.round((image.height * image.large.width) / image.width)}">` +
		`<picture>` +
		`<source type="image/avif" srcset="${attr(srcset(image.avif))}" sizes="${sizes}">` +
		`<source type="image/webp" srcset="${attr(srcset(image.webp))}" sizes="${sizes}">` +
		`<img src="${attr(fallback.src)}" alt="${attr(ref.alt)}" width="${image.width}" height="${image.height}" ` +
		`loading="${options.eager ? 'eager' : 'lazy'}" decoding="${options.eager ? 'auto' : 'async'}">` +
		`</picture>` +
		(ref.marks ? marksOverlaySvg(ref.marks) : '') +
		`<span class="kit-sr">${attr(options.enlarge)}</span>` +
		`</a>`
	);
}

/** Replace every image marker in `html` with its picture; throw if a marker is not there exactly once. */
export function replaceMarkers(html: string, refs: ImageRef[], pictures: string[]): string {
	let out = html;
	refs.forEach((ref, i) => {
		const count = out.split(ref.marker).length - 1;
		if (count !== 1)
			throw new Error(
				`${ref.path} (line ${ref.line}): expected its marker ${ref.marker} once in the rendered page, found it ${count} times`,
			);
		out = out.replace(ref.marker, () => pictures[i]!);
	});
	return out;
}
