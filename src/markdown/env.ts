// The per-file environment every markdown-it plugin shares: where the file is, and what the render
// collects (problems, headings, links, images, the interactive features used) for the loader, the
// build-wide checks and the page's view.
import type { Marks } from './marks.ts';
import type { Problem } from '../shared/problems.ts';

export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

export interface MarkdownEnv {
	/** Path of the Markdown file relative to the project root. */
	file: string;
	/** Lines before the body (front matter): file line = token.map[0] + lineOffset + 1. */
	lineOffset: number;
	problems: Problem[];
	headings: Heading[];
	/** Site-internal links found in the page (href as written, resolved later by the link check). */
	links: { href: string; line: number }[];
	/** Local images referenced by the page, in page order (the gallery plugin fills it). */
	images: ImageRef[];
	/** The interactive elements the page's HTML contains, recorded by the plugin that writes each one (see `uses`). */
	features: Set<Feature>;
}

/**
 * An interactive element a page can contain; the page's view ships its script or form only where
 * one is used: `account` a <kit-account> slot (the account form), `copy` a <kit-copy> button (its
 * script), `download` a <kit-download> link (its script), `unconfirmed` an unconfirmed mark (the
 * page then says once, near its top, what the marks mean). Pictures need no flag: env.images lists them.
 */
export type Feature = 'account' | 'copy' | 'download' | 'report' | 'sheet' | 'unconfirmed';

/** Record that the page contains `feature`: one call where a plugin writes the element. */
export function uses(env: MarkdownEnv, feature: Feature): void {
	env.features.add(feature);
}

/** One local image of a page: where it is, what it says, and the marker the page replaces. */
export interface ImageRef {
	/** src as written, relative to the Markdown file. */
	src: string;
	/** 1-based file line. */
	line: number;
	/** The file, relative to the project root (e.g. content/mail/clients/images/tb-1.png). */
	path: string;
	/** Alt text (placeholders expanded). */
	alt: string;
	/** Caption (the image title, placeholders expanded); '' when none. */
	caption: string;
	/** True when the image is one of several in a gallery (shown smaller than a lone figure). */
	inGallery: boolean;
	/** The exact string the renderer wrote where the picture goes; the page replaces it. */
	marker: string;
	/** Numbered marks drawn over the picture (a ```marks block under it: ./marks.ts). */
	marks?: Marks;
}

/** Make an empty env for `file`. */
export function createEnv(file: string, lineOffset = 0): MarkdownEnv {
	return { file, lineOffset, problems: [], headings: [], links: [], images: [], features: new Set() };
}

/** The 1-based file line of a token's first line (or of the nearest block token before it). */
export function lineOf(env: MarkdownEnv, map: [number, number] | null | undefined): number {
	return (map?.[0] ?? 0) + env.lineOffset + 1;
}

/** Record a problem at a token map location. */
export function report(env: MarkdownEnv, map: [number, number] | null | undefined, message: string, hint?: string): void {
	env.problems.push({ file: env.file, line: lineOf(env, map), message, ...(hint ? { hint } : {}) });
}
