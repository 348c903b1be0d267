// Resolve a page's gallery images through Astro's image pipeline (astro:assets, sharp): AVIF and
// WebP at the srcset widths and a large WebP for the lightbox. Astro-only (import.meta.glob); the
// HTML is built by ./picture.ts.
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import type { ImageRef } from '../markdown/env.ts';
import { LARGE_MAX_WIDTH, pictureHtml, replaceMarkers, thumbWidths, type ResolvedImage, type Variant } from './picture.ts';

// Every image beside the Markdown; keys are "/content/…" paths.
const files = import.meta.glob<{ default: ImageMetadata }>('/content/**/*.{png,jpg,jpeg,webp,PNG,JPG,JPEG,WEBP}');

// Screenshots are text: encode them at a quality that keeps letters sharp.
const QUALITY = { webp: 90, avif: 70 } as const;

/** Encode one image at every width the page needs. */
export async function resolveImage(path: string): Promise<ResolvedImage> {
	const load = files[`/${path}`];
	if (!load)
		throw new Error(`${path}: not found by import.meta.glob('/content/**/*.{png,…}') (the renderer found it: is the extension lowercase?)`);
	const meta = (await load()).default;
	const widths = thumbWidths(meta.width);
	const encode = async (format: 'avif' | 'webp', width: number): Promise<Variant> => {
		const img = await getImage({ src: meta, width, format, quality: QUALITY[format] });
		return { src: img.src, width };
	};
	const [avif, webp, large] = await Promise.all([
		Promise.all(widths.map((w) => encode('avif', w))),
		Promise.all(widths.map((w) => encode('webp', w))),
		encode('webp', Math.min(meta.width, LARGE_MAX_WIDTH)),
	]);
	return { width: widths.at(-1)!, height: Math.round((meta.height * widths.at(-1)!) / meta.width), avif, webp, large };
}

/** The page HTML with every image marker replaced by its optimised picture. */
export async function withPictures(html: string, refs: ImageRef[], enlarge: string): Promise<string> {
	const resolved = await Promise.all(refs.map((r) => resolveImage(r.path)));
	const pictures = refs.map((ref, i) => pictureHtml(ref, resolved[i]!, { eager: i === 0, enlarge }));
	return replaceMarkers(html, refs, pictures);
}
