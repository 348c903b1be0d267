// Astro integration: after `astro build`, index the built site with Pagefind and bundle the search
// dialog beside it, so every build ships /pagefind/ complete. Pagefind's Node API runs its extended
// binary, which segments Japanese. Pages mark what is indexed (`data-pagefind-body` on the article,
// `data-pagefind-ignore` on navigation); each page's `lang` picks its language index (ja, en).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { build } from 'vite';
import { dialogUrl } from '../scripts/pagefind.ts';

/** Index `dir` into `dir/pagefind/`; throw on any indexing error or an empty index. */
async function indexSite(dir: string): Promise<number> {
	try {
		const { index, errors } = await pagefind.createIndex({});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: dir });
		if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
		if (added.page_count === 0)
			throw new Error(`Pagefind found no page to index in ${dir}: have the pages lost their data-pagefind-body mark?`);
		const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		return added.page_count;
	} finally {
		await pagefind.close();
	}
}

/**
 * Bundle src/scripts/search-dialog.ts to `dir` + dialogUrl: one minified module, loaded by URL on
 * the first open. (Library mode: no preload helper, Pagefind's own import left to run time.)
 */
async function bundleDialog(dir: string) {
	const out = join(dir, dialogUrl);
	await build({
		configFile: false,
		logLevel: 'warn',
		publicDir: false,
		build: {
			outDir: join(out, '..'),
			emptyOutDir: false,
			copyPublicDir: false,
			minify: true,
			target: 'es2022',
			lib: {
				entry: fileURLToPath(new URL('../scripts/search-dialog.ts', import.meta.url)),
				formats: ['es'],
				fileName: () => out.split('/').at(-1)!,
			},
		},
	});
}

export default function pagefindIntegration(): AstroIntegration {
	return {
		name: 'kit-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				const pages = await indexSite(site);
				await bundleDialog(site);
				logger.info(`indexed ${pages} pages and bundled the search dialog in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
