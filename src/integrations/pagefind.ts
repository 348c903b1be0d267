// Astro integration: index the built site with Pagefind after `astro build`, so every build ships
// /pagefind/ beside the pages. Uses Pagefind's Node API, which runs the extended binary (it segments
// Japanese). Pages mark what is indexed: `data-pagefind-body` on the article, `data-pagefind-ignore`
// on navigation; each page's `lang` picks its language index (ja, and en under /en/).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Index `dist/` into `dist/pagefind/`; fail the build on any indexing error or an empty index. */
export default function pagefindIntegration(): AstroIntegration {
	return {
		name: 'kit-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				try {
					const { index, errors } = await pagefind.createIndex({});
					if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const added = await index.addDirectory({ path: site });
					if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
					if (added.page_count === 0) throw new Error(`Pagefind found no page to index in ${site}: the pages lost their data-pagefind-body mark?`);
					const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
					if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
					logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
