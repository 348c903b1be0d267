// The rendered bodies kept from one build to the next (see RenderCache in ./site.ts): with them a
// build renders again only the pages whose source or inputs changed. Stored with Node's structured
// serialisation (no JSON escaping of megabytes of HTML). A missing, unreadable or foreign file is
// an empty cache: every page is rendered, as in a first build.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { RenderOutput } from './site.ts';

/** The file's name, in Astro's cache folder (node_modules/.astro by default). */
export const RENDER_CACHE_FILE = 'kit-manual-render-cache.bin';

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
	mkdirSync(dirname(path), { recursive: true });
	const temporary = `${path}.${process.pid}.tmp`;
	writeFileSync(temporary, serialize(cache));
	renameSync(temporary, path);
}
