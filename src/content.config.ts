// Content collections: the manual's pages, loaded and rendered by our own loader (markdown-it).
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { manualLoader } from './loaders/manual.ts';
import { frontmatterSchema } from './content/frontmatter.ts';

const manual = defineCollection({
	loader: manualLoader(),
	// The loader validates front matter itself (with file:line errors); this adds the computed URL.
	schema: frontmatterSchema.extend({ url: z.string() }),
});

export const collections = { manual };
