// Content collections: the manual's pages, loaded and rendered by our own loader (markdown-it).
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { manualLoader } from './loaders/manual.ts';
import { manualSources } from './content/sources.ts';
import { frontmatterSchema } from './content/frontmatter.ts';
import { locales } from './i18n/index.ts';

const manual = defineCollection({
	loader: manualLoader(manualSources),
	// The loader validates front matter itself (with file:line errors); this adds what it computes:
	// the URL, the language, and whether an English URL shows the Japanese page (not yet translated).
	schema: frontmatterSchema.extend({ url: z.string(), locale: z.enum(locales), fallback: z.boolean() }),
});

export const collections = { manual };
