// The pages' rendered HTML, kept in one file beside Astro's data store instead of inside it.
// Astro serialises its store, then bundles it into the build as one JSON string literal that Node
// compiles and parses again: with 1,000 pages that was about 12 MB going through devalue, the
// bundler and the module loader (well over a second of the build). The store now keeps each page's
// metadata and the key of its HTML here; a page reads its HTML when it is generated.
//
// Format: one line of JSON (key → [byte offset, byte length]), then every page's UTF-8 bytes one
// after the other. Writing and reading it skip escaping 12 MB of HTML into a JSON string and
// parsing it back (about 0.3 s and 0.1 s of a 1,000-page build).
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The file's name, in Astro's cache folder (node_modules/.astro by default). */
export const HTML_FILE = 'kit-manual-html.dat';

/**
 * Write every page's HTML (key → HTML) at once, with `aliases` (other key → key). Written to a temporary name and renamed, so a page
 * rendered at that moment (dev server) reads either the old file or the new one, never half of one.
 */
export function writeHtmlFile(path: string, html: Map<string, string>, aliases: Map<string, string> = new Map()): void {
	mkdirSync(dirname(path), { recursive: true });
	const temporary = `${path}.${process.pid}.tmp`;
	const index: Record<string, [number, number]> = {};
	const bodies: Buffer[] = [];
	let offset = 0;
	for (const [key, page] of html) {
		const bytes = Buffer.from(page, 'utf8');
		index[key] = [offset, bytes.length];
		bodies.push(bytes);
		offset += bytes.length;
	}
	// Other names for the same bytes (stored once).
	for (const [alias, key] of aliases) if (index[key]) index[alias] = index[key];
	writeFileSync(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(index)}\n`, 'utf8'), ...bodies]));
	renameSync(temporary, path);
}

/** The key under which a page's latest HTML is also found by its id (the dev server reads it). */
export const htmlIdKey = (id: string) => `id:${id}`;

let cached: { path: string; mtimeMs: number; size: number; bytes: Buffer; start: number; index: Record<string, [number, number]> } | undefined;

/** One page's HTML by its key; the file is read once, and again only when it has changed (dev). */
export function readHtml(path: string, key: string): string {
	let stat;
	try {
		stat = statSync(path);
	} catch {
		throw new Error(`${path} is missing: the manual's pages are rendered into it by the content loader (src/loaders/manual.ts). Run the build again.`);
	}
	// Read again when the file changed, and when it lacks the key (a rewrite within the same
	// timestamp and size would otherwise go unnoticed).
	if (!cached || cached.path !== path || cached.mtimeMs !== stat.mtimeMs || cached.size !== stat.size || !Object.hasOwn(cached.index, key)) {
		const bytes = readFileSync(path);
		const newline = bytes.indexOf(0x0a);
		cached = { path, mtimeMs: stat.mtimeMs, size: stat.size, bytes, start: newline + 1, index: JSON.parse(bytes.toString('utf8', 0, newline)) as Record<string, [number, number]> };
	}
	const at = Object.hasOwn(cached.index, key) ? cached.index[key] : undefined;
	if (at === undefined) throw new Error(`${path} has no page ${key}: it is older than the content store. Run the build again.`);
	return cached.bytes.toString('utf8', cached.start + at[0], cached.start + at[0] + at[1]);
}
