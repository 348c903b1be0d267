// The render cache: what makes a page's body render again, and where rendered pages are kept for
// the views. The one home of the cache keys and salts, the cache file, the pages' HTML file and the
// shape of what a page's view gets (PageRecord). The loader (src/loaders/manual.ts) computes the
// salts, renderSite (./site.ts) the keys, and src/pages/[...slug].astro reads pages with readPage.
//
// Which input invalidates what ("body": a page's rendered HTML, headings, images, links, problems
// and features, reused from the previous build or dev sync while its key is unchanged):
//
// | Input that changes                                      | Renders again                  | Through                    |
// | ------------------------------------------------------- | ------------------------------ | -------------------------- |
// | the page's body text                                    | that page's body               | bodyKey                    |
// | the page's file path, or its front matter's line count  | that page's body (file:line)   | bodyKey                    |
// | any front matter of a page in the same language, or a   | every body of that language    | languageKey (generated     |
// |   page added or removed there                           |   (tables list every page)     |   tables, sidebar labels)  |
// | a page's config blocks or `::: config-files` lists, or  | every body of that language    | languageKey (the mailers   |
// |   the headings they are under (content/examples.ts)     |   (the mailers table links     |   table, PageSummary       |
// |                                                         |   them)                        |   `examples`)              |
// | a Japanese page's front matter, an English page added   | every English body too         | languageKey (an English    |
// |   or removed, where an English URL shows a Japanese     |                                |   URL showing a Japanese   |
// |   page untranslated                                     |                                |   page carries its data)   |
// | content/settings.yaml (any validated value)             | every body                     | sharedInputs → bodySalt    |
// | any src/**/*.ts (plugins, generators, i18n words)       | every body                     | rendererFingerprint        |
// | package-lock.json (markdown-it, Shiki, themes)          | every body                     | rendererFingerprint        |
// | the set of image files under content/                   | every body (missing pictures)  | bodySalt                   |
// | a notice (content/notices/, content/en/notices/)        | no page body (notices are few  | digestSalt: every store    |
// |                                                         |   and rendered on every build) |   entry changes (banners)  |
//
// Not in any key, on purpose: an image's bytes (every build decodes each picture again, by content
// hash in memory: src/content/image-check.ts), link targets (the link check runs on every build over
// the cached links), the .astro views and CSS (Astro renders every page's view on every build).
// Astro's data store has its own digest per page (storeDigestInput): the shared inputs, every page's
// front matter, the page's id and HTML; any of them changes tells Astro the entry changed.
//
// Files, in Astro's cache folder (node_modules/.astro by default); `rm -rf node_modules/.astro`
// forgets them all:
// - RENDER_CACHE_FILE: bodies by key, Node's structured serialisation (no JSON escaping of megabytes
//   of HTML); a missing, unreadable or foreign file is an empty cache (every page renders).
// - NOTICES_FILE: every notice of both editions (JSON), read by the views through any page's entry
//   (readNotices): the banners, the notices page and the feeds.
// - HTML_FILE: every page's record (PageRecord) by page id, read by the page's view. Astro serialises
//   its store, then bundles it into the build as one JSON string literal that Node compiles and parses
//   again: with 1,000 pages that was about 12 MB going through devalue, the bundler and the module
//   loader (well over a second of the build). So the store keeps only where this file is
//   (StoredMetadata). Format: one line of JSON (id → [byte offset, byte length, metadata]), then every
//   page's UTF-8 HTML one after the other: no escaping of 12 MB of HTML into a JSON string and back.
//   The build and the dev server read it the same way, by id: after a save the dev server shows the
//   new text even when Astro still hands it the store entry from before the save (seen with requests
//   arriving while the store reloads).
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Feature, Heading, ImageRef } from '../markdown/env.ts';
import type { Problem } from '../shared/problems.ts';
import type { Settings } from '../settings/schema.ts';
import type { Frontmatter } from './frontmatter.ts';
import type { PageSummary } from './page-summary.ts';
import type { Notice } from './notices.ts';

// ---- What is cached -------------------------------------------------------------------------------

/** What rendering one page's body gives: all that the build-wide checks and the page's view need. */
export interface RenderOutput {
	html: string;
	headings: Heading[];
	images: ImageRef[];
	links: { href: string; line: number }[];
	problems: Problem[];
	/** The interactive elements the HTML contains, sorted (MarkdownEnv.features). */
	features: Feature[];
}

/**
 * Rendered bodies from an earlier run (the previous build, or the dev server's previous sync).
 * A body is rendered again unless its key (bodyKey) was rendered before.
 */
export interface RenderCache {
	/** bodySalt: everything besides the page and its language's pages that the output depends on. */
	salt: string;
	entries: Map<string, RenderOutput>;
}

// ---- Keys and salts (see the table above) ---------------------------------------------------------

const sha256 = (...parts: string[]) => {
	const hash = createHash('sha256');
	parts.forEach((p, i) => (i ? hash.update('\0').update(p) : hash.update(p)));
	return hash.digest('hex');
};

const fingerprints = new Map<string, string>();
/**
 * A hash of everything the renderer's output can depend on besides its inputs: the project's
 * TypeScript under src/ (plugins, generators, settings, UI strings; more than the renderer uses,
 * never less) and the installed packages (package-lock.json: markdown-it, Shiki and their themes).
 * Computed once per process and project root.
 */
export function rendererFingerprint(root = process.cwd()): string {
	let fingerprint = fingerprints.get(root);
	if (fingerprint) return fingerprint;
	const hash = createHash('sha256');
	for (const f of (readdirSync(join(root, 'src'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).sort()) {
		hash.update(f).update(readFileSync(join(root, 'src', f)));
	}
	try {
		hash.update(readFileSync(join(root, 'package-lock.json')));
	} catch {
		// no lock file (a copy without one): the sources alone
	}
	fingerprint = hash.digest('hex');
	fingerprints.set(root, fingerprint);
	return fingerprint;
}

/** What every page depends on besides its own source: the renderer's code and packages (rendererFingerprint), and the settings. */
export function sharedInputs(fingerprint: string, settings: Settings): string {
	return createHash('sha256').update(fingerprint).update(JSON.stringify(settings)).digest('hex');
}

/** The salt of every body's key: the shared inputs and which image files exist (project-relative paths). */
export function bodySalt(shared: string, imageFiles: Iterable<string>): string {
	return createHash('sha256')
		.update(shared)
		.update([...imageFiles].sort().join('\n'))
		.digest('hex');
}

/** A language's key: every page its renderer knows, in order (front matter, URLs, untranslated fallbacks). */
export function languageKey(pages: readonly PageSummary[]): string {
	return sha256(JSON.stringify(pages));
}

/** One body's key: the body salt, its language's key, the file, where the body starts in it, and the body. */
export function bodyKey(salt: string, language: string, page: { file: string; body: string; bodyOffset: number; locale: string }): string {
	return sha256(salt, page.locale, language, page.file, String(page.bodyOffset), page.body);
}

/** The salt of the store digests: the shared inputs, every page's front matter and the notices (every page can show them). */
export function digestSalt(shared: string, frontmatter: readonly Frontmatter[], notices: readonly Notice[] = []): string {
	return createHash('sha256').update(shared).update(JSON.stringify(frontmatter)).update(JSON.stringify(notices)).digest('hex');
}

/** The text whose digest (Astro's generateDigest) is the page's store entry digest. */
export function storeDigestInput(salt: string, page: { id: string; html: string }): string {
	return `${salt}\n${page.id}\n${page.html}`;
}

// ---- The cache file -------------------------------------------------------------------------------

/** The cache file's name, in Astro's cache folder. */
export const RENDER_CACHE_FILE = 'kit-manual-render-cache.bin';

/** The bodies kept by the previous run; empty when the file is missing, unreadable or not a cache. */
export function readRenderCache(path: string): Map<string, RenderOutput> {
	try {
		const cache: unknown = deserialize(readFileSync(path));
		return cache instanceof Map ? (cache as Map<string, RenderOutput>) : new Map();
	} catch {
		return new Map();
	}
}

/** Replace the cache (written to a temporary name, then renamed: never half a file). */
export function writeRenderCache(path: string, cache: Map<string, RenderOutput>): void {
	writeAtomically(path, serialize(cache));
}

// ---- The pages' HTML file, and what a page's view gets ----------------------------------------------

/** The HTML file's name, in Astro's cache folder. */
export const HTML_FILE = 'kit-manual-html.dat';

/** What a page's view gets besides the HTML (loader → src/pages/[...slug].astro). */
export interface PageMetadata {
	headings: Heading[];
	/** The gallery's pictures, each with the marker the view replaces with the optimised picture. */
	images: ImageRef[];
	/** The interactive elements the HTML contains: the view ships their scripts and forms only then. */
	features: Feature[];
}

/** One rendered page as its view reads it. */
export interface PageRecord extends PageMetadata {
	html: string;
}

/** What the loader keeps in Astro's store with each page (entry.rendered.metadata). */
export interface StoredMetadata {
	/** The HTML file (absolute path) that holds the page's record under its id. */
	htmlFile: string;
	/** The notices file (absolute path): every notice of both editions (readNotices). */
	noticesFile: string;
	/** Astro's own field: images for Astro to optimise (none; the view does it). */
	imagePaths: string[];
}

/**
 * Write every page's record (id → record) at once, to a temporary name that is then renamed: a page
 * rendered at that moment (dev server) reads either the old file or the new one, never half of one.
 */
export function writeHtmlFile(path: string, pages: Map<string, PageRecord>): void {
	const index: Record<string, [number, number, PageMetadata]> = {};
	const bodies: Buffer[] = [];
	let offset = 0;
	for (const [id, { html, headings, images, features }] of pages) {
		const bytes = Buffer.from(html, 'utf8');
		index[id] = [offset, bytes.length, { headings, images, features }];
		bodies.push(bytes);
		offset += bytes.length;
	}
	writeAtomically(path, Buffer.concat([Buffer.from(`${JSON.stringify(index)}\n`, 'utf8'), ...bodies]));
}

let cached: { path: string; mtimeMs: number; size: number; bytes: Buffer; start: number; index: Record<string, [number, number, PageMetadata]> } | undefined;

/** One page's record by its id; the file is read once, and again only when it has changed (dev). */
export function readHtmlFile(path: string, id: string): PageRecord {
	let stat;
	try {
		stat = statSync(path);
	} catch {
		throw new Error(`${path} is missing: the manual's pages are rendered into it by the content loader (src/loaders/manual.ts). Run the build again.`);
	}
	// Read again when the file changed, and when it lacks the page (a rewrite within the same
	// timestamp and size would otherwise go unnoticed).
	if (!cached || cached.path !== path || cached.mtimeMs !== stat.mtimeMs || cached.size !== stat.size || !Object.hasOwn(cached.index, id)) {
		const bytes = readFileSync(path);
		const newline = bytes.indexOf(0x0a);
		const index: Record<string, [number, number, PageMetadata]> = JSON.parse(bytes.toString('utf8', 0, newline));
		cached = { path, mtimeMs: stat.mtimeMs, size: stat.size, bytes, start: newline + 1, index };
	}
	const at = Object.hasOwn(cached.index, id) ? cached.index[id] : undefined;
	if (at === undefined) throw new Error(`${path} has no page ${id}: it is older than the content store. Run the build again.`);
	const [offset, length, metadata] = at;
	return { ...metadata, html: cached.bytes.toString('utf8', cached.start + offset, cached.start + offset + length) };
}

/**
 * A page's record, from its store entry (the build and the dev server alike). `metadata` is Astro's
 * untyped entry.rendered.metadata: the loader wrote a StoredMetadata there.
 */
export function readPage(entry: { id: string; rendered?: { metadata?: Record<string, unknown> } }): PageRecord {
	const htmlFile = entry.rendered?.metadata?.['htmlFile'];
	if (typeof htmlFile !== 'string') {
		throw new Error(`the content store's page ${entry.id} has no htmlFile: it was not made by the manual's loader (src/loaders/manual.ts). Run the build again.`);
	}
	return readHtmlFile(htmlFile, entry.id);
}

// ---- The notices file ------------------------------------------------------------------------------

/** The notices file's name, in Astro's cache folder: every notice, both editions, as JSON (a few kilobytes). */
export const NOTICES_FILE = 'kit-manual-notices.json';

/** Write every notice at once (a temporary name, then renamed). */
export function writeNoticesFile(path: string, notices: readonly Notice[]): void {
	writeAtomically(path, Buffer.from(JSON.stringify(notices), 'utf8'));
}

let noticesCache: { path: string; mtimeMs: number; size: number; notices: Notice[] } | undefined;

/** Every notice, from the file a store entry names (read again only when it changed: dev). */
export function readNotices(entry: { id: string; rendered?: { metadata?: Record<string, unknown> } }): Notice[] {
	const path = entry.rendered?.metadata?.['noticesFile'];
	if (typeof path !== 'string') {
		throw new Error(`the content store's page ${entry.id} has no noticesFile: it was not made by the manual's loader (src/loaders/manual.ts). Run the build again.`);
	}
	const stat = statSync(path);
	if (!noticesCache || noticesCache.path !== path || noticesCache.mtimeMs !== stat.mtimeMs || noticesCache.size !== stat.size) {
		noticesCache = { path, mtimeMs: stat.mtimeMs, size: stat.size, notices: JSON.parse(readFileSync(path, 'utf8')) as Notice[] };
	}
	return noticesCache.notices;
}

function writeAtomically(path: string, bytes: Uint8Array): void {
	mkdirSync(dirname(path), { recursive: true });
	const temporary = `${path}.${process.pid}.tmp`;
	writeFileSync(temporary, bytes);
	renameSync(temporary, path);
}
