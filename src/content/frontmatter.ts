// A page's front matter: its fields (strict), and the rules between them. Pure; parsing with file
// lines is ./front-yaml.ts's (shared with the notices).
import { z } from 'zod';
import type { Problem } from '../shared/problems.ts';
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
	/** The year of the setup a page records (a past era's client, e.g. 2004): its badge and note say the year. */
	historical: z.number().int().min(1990).max(2100).optional(),
	/** The mail clients a walkthrough is for (feeds the supported-mailers table): clients with a generator (src/clients). */
	clients: z.array(z.enum(clientIds, { error: (issue) => `"${String(issue.input)}" is not a client with a generator` })).min(1).optional(),
	/** A client without a generator, declared by its walkthrough: its `config` blocks show the settings' values. */
	client: z
		.strictObject({
			id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'write the id in lower case, words joined by "-" (e.g. windows-live-mail)'),
			name: z.string().trim().min(1),
		})
		.refine((c) => !(clientIds as readonly string[]).includes(c.id), {
			error: (issue) => `"${(issue.input as { id: string }).id}" has a generator: list it under clients: instead`,
		})
		.optional(),
	/** Where the client runs, in the page's language (the clients index lists it), e.g. [Windows, Mac]. */
	platforms: z.array(z.string().trim().min(1)).min(1).optional(),
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

/** What to do about a bad value, for the fields where "fix the value" would not say enough. */
const FIELD_HINTS: Partial<Record<keyof Frontmatter, string>> = {
	historical: 'write the year of the setup the page records, e.g. historical: 2004 (the badge then says 「2004年当時」, "2004" in English)',
	clients: `clients: lists clients that have a generator in src/clients (${clientIds.join(', ')}); for any other client, declare it on its page instead: client: { id: windows-live-mail, name: Windows Live Mail 2012 } (docs/maintainers.md, "Adding a client")`,
	client: 'write client: { id: …, name: … } for a client without a generator (docs/maintainers.md, "Adding a client")',
};

/** Parse and validate a page's front matter; returns data or the problems, each with its file line (and where each value is). */
export function parseFrontmatter(source: string, file: string): { data?: Frontmatter; split?: SplitFile | undefined; problems: Problem[]; lineOf: LineOf } {
	const parsed = parseFront(source, file, frontmatterSchema, {
		what: 'the page',
		start: 'start the file with ---, then title:, description: and order:, then --- (see docs/maintainers.md)',
		hints: FIELD_HINTS,
	});
	if (!parsed.data) return parsed;
	const problems = checkedProblems(parsed.data, file, parsed.lineOf);
	return problems.length ? { split: parsed.split, problems, lineOf: parsed.lineOf } : parsed;
}
