// The pages' rendered HTML, kept in one file beside Astro's data store instead of inside it.
// Astro serialises its store, then bundles it into the build as one JSON string literal that Node
// compiles and parses again: with 1,000 pages that was about 12 MB going through devalue, the
// bundler and the module loader (well over a second of the build). The store now keeps each page's
// metadata and the key of its HTML here; a page reads its HTML when it is generated.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The file's name, in Astro's cache folder (node_modules/.astro by default). */
export const HTML_FILE = 'kit-manual-html.json';

/**
 * Write every page's HTML (key → HTML) at once. Written to a temporary name and renamed, so a page
 * rendered at that moment (dev server) reads either the old file or the new one, never half of one.
 */
export function writeHtmlFile(path: string, html: Map<string, string>): void {
	mkdirSync(dirname(path), { recursive: true });
	const temporary = `${path}.${process.pid}.tmp`;
	writeFileSync(temporary, JSON.stringify(Object.fromEntries(html)));
	renameSync(temporary, path);
}

let cached: { path: string; mtimeMs: number; size: number; html: Record<string, string> } | undefined;

/** One page's HTML by its key; the file is read once, and again only when it has changed (dev). */
export function readHtml(path: string, key: string): string {
	let stat;
	try {
		stat = statSync(path);
	} catch {
		throw new Error(`${path} is missing: the manual's pages are rendered into it by the content loader (src/loaders/manual.ts). Run the build again.`);
	}
	if (!cached || cached.path !== path || cached.mtimeMs !== stat.mtimeMs || cached.size !== stat.size) {
		cached = { path, mtimeMs: stat.mtimeMs, size: stat.size, html: JSON.parse(readFileSync(path, 'utf8')) as Record<string, string> };
	}
	const html = cached.html[key];
	if (html === undefined) throw new Error(`${path} has no page ${key}: it is older than the content store. Run the build again.`);
	return html;
}
