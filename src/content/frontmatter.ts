// A page's front matter: its fields (strict), and the rules between them. Pure; parsing with file
// lines is ./front-yaml.ts's (shared with the notices).
import { z } from 'zod';
import type { Problem } from '../markdown/env.ts';
import { parseFront, type LineOf, type SplitFile } from './front-yaml.ts';
import { checkedProblems, checkedSchema } from './checked.ts';

import { clientIds } from '../clients/types.ts';
import { incomingIds, outgoingIds } from '../settings/schema.ts';

/** Methods a walkthrough can set up: the service ids of the settings file. */
export const methodIds = [...incomingIds, ...outgoingIds] as const;

export const frontmatterSchema = z.strictObject({
	/** Page title (the h1 and the sidebar label). */
	title: z.string().min(1),
	/** One sentence for search results and the meta description. */
	description: z.string().min(1),
	/** Sort key among siblings in the sidebar (small first). */
	order: z.number(),
	/** Shorter label for the sidebar, when the title is long. */
	sidebarLabel: z.string().min(1).optional(),
	/** A 2004-era client: shown with a "historical" badge. */
	historical: z.boolean().optional(),
	/** The mail clients a walkthrough is for (feeds the supported-mailers table). */
	clients: z.array(z.enum(clientIds)).min(1).optional(),
	/** The methods the walkthrough sets up (a client's row shows those it supports). */
	methods: z.array(z.enum(methodIds)).min(1).optional(),
	/** Leave the page out of the sidebar (it is still built and linkable). */
	hidden: z.boolean().optional(),
	/**
	 * Words readers search with that the page itself does not use: katakana names of clients
	 * (サンダーバード), everyday phrasings (受信できない), other-language names. Indexed by the
	 * search with extra weight, never shown on the page.
	 */
	aliases: z.array(z.string().trim().min(1)).min(1).optional(),
	/** What a walkthrough was last checked against: client, version, platform, date, how (./checked.ts). */
	checked: checkedSchema.optional(),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** Parse and validate a page's front matter; returns data or the problems, each with its file line (and where each value is). */
export function parseFrontmatter(source: string, file: string): { data?: Frontmatter; split?: SplitFile | undefined; problems: Problem[]; lineOf: LineOf } {
	const parsed = parseFront(source, file, frontmatterSchema, {
		what: 'the page',
		start: 'start the file with ---, then title:, description: and order:, then --- (see docs/maintainers.md)',
	});
	if (!parsed.data) return parsed;
	const problems = checkedProblems(parsed.data, file, parsed.lineOf);
	return problems.length ? { split: parsed.split, problems, lineOf: parsed.lineOf } : parsed;
}
