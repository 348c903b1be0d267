// Front matter: split it from a Markdown file, parse it with positions, validate it strictly.
// Pure; depends on yaml and zod. Errors carry the file line of the offending field.
import { z } from 'zod';
import { LineCounter, parseDocument, isMap } from 'yaml';
import type { Problem } from '../markdown/env.ts';
import { nearest } from '../util/nearest.ts';
import { yamlProblems } from '../util/yaml-problems.ts';

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
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** What to do about a bad value, for the fields where "fix the value" would not say enough. */
const FIELD_HINTS: Partial<Record<keyof Frontmatter, string>> = {
	historical: 'write the year of the setup the page records, e.g. historical: 2004 (the badge then says 「2004年当時」, "2004" in English)',
	clients: `clients: lists clients that have a generator in src/clients (${clientIds.join(', ')}); for any other client, declare it on its page instead: client: { id: windows-live-mail, name: Windows Live Mail 2012 } (docs/maintainers.md, "Adding a client")`,
	client: 'write client: { id: …, name: … } for a client without a generator (docs/maintainers.md, "Adding a client")',
};

export interface SplitFile {
	/** The YAML text between the --- fences ('' when absent). */
	yaml: string;
	/** The Markdown body. */
	body: string;
	/** Lines before the body (both fences and the YAML): body line n is file line n + bodyOffset. */
	bodyOffset: number;
}

/** Split `---\nyaml\n---\n` front matter from a Markdown source. */
export function splitFrontmatter(source: string): SplitFile | undefined {
	const text = source.replace(/^\uFEFF/, '');
	const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!m) return undefined;
	const yaml = m[1]!;
	return { yaml, body: text.slice(m[0].length), bodyOffset: m[0].split('\n').length - 1 };
}

/** Parse and validate front matter; returns data or the problems, each with its file line. */
export function parseFrontmatter(source: string, file: string): { data?: Frontmatter; split?: SplitFile; problems: Problem[] } {
	const split = splitFrontmatter(source);
	if (!split) {
		return {
			problems: [
				{
					file,
					line: 1,
					message: 'the page has no front matter',
					hint: 'start the file with ---, then title:, description: and order:, then --- (see docs/maintainers.md)',
				},
			],
		};
	}
	const lc = new LineCounter();
	const doc = parseDocument(split.yaml, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
	const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lc.linePos(offset).line) + 1; // +1: the opening ---
	if (doc.errors.length) return { split, problems: yamlProblems(split.yaml, doc.errors, lc, file, 'front matter', 1) };
	const result = frontmatterSchema.safeParse(doc.toJS() ?? {});
	if (result.success) return { data: result.data, split, problems: [] };
	const root = doc.contents;
	const keyLine = (key: PropertyKey | undefined) => {
		if (!isMap(root) || key === undefined) return 1;
		const pair = root.items.find((p) => (p.key as { value?: unknown }).value === key);
		return pair ? lineAt((pair.key as unknown as { range?: [number] }).range?.[0]) : 1;
	};
	const known = Object.keys(frontmatterSchema.shape);
	const problems = result.error.issues.flatMap((issue): Problem[] => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((k) => {
				const near = nearest(k, known);
				return {
					file,
					line: keyLine(k),
					message: `unknown front matter field "${k}"`,
					hint: near.length ? `did you mean "${near[0]}"? Known fields: ${known.join(', ')}` : `known fields: ${known.join(', ')}`,
				};
			});
		}
		const key = issue.path[0];
		const present = isMap(root) && root.items.some((p) => (p.key as { value?: unknown }).value === key);
		const what = issue.message.replace(/^Invalid input: /, '');
		return [
			{
				file,
				line: present ? keyLine(key) : 1,
				message: present ? `front matter field "${issue.path.join('.')}": ${what}` : `front matter field "${String(key)}" is missing`,
				hint: present
					? (FIELD_HINTS[key as keyof Frontmatter] ?? `fix the value of ${String(key)}`)
					: `add "${String(key)}: …" between the --- lines`,
			},
		];
	});
	return { split, problems };
}
