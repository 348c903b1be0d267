// Shared helpers for the e2e tests: the list of pages (from the built sitemap).
import { readFileSync } from 'node:fs';

/** Every page path of the built site, from dist/sitemap.xml. */
export function pagePaths(): string[] {
	const xml = readFileSync('dist/sitemap.xml', 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
