// Graded labels: the words of a client's screen that nobody here has seen, each with where it was
// read and how sure that makes us. Any client's label table can hold them (today: classic and new
// Outlook for Windows, which cannot run here). One entry holds the label in both interfaces
// (Japanese and English): its text as the sources write it, the sources, and a grade per language:
//   A  Microsoft's own text, or two independent sources agreeing word for word;
//   B  one good source (a hosting company's manual, a label-for-label replica of the screen);
//   C  a weak source (a translation, a blog, an inference);
//   ?  not found: the label is never printed as a quotation; the page describes the control instead.
// A label graded B or C, or `disputed` (sources disagree on its wording), is printed with the site's
// unconfirmed mark, which links to the line of the page's label-sources list that says what is
// uncertain (src/markdown/plugins/label-sources.ts). The tables are listed in ./labels.ts. Words tables (ja.ts, en.ts) hold each label as
// SourcedText (its text in that language, or the description, and the entry's id); everything else
// is looked up by the id. Pure data and lookups; no imports but types.

/** How sure we are of a label's wording in one language (see the file header). */
export type Grade = 'A' | 'B' | 'C' | '?';
export const grades: readonly Grade[] = ['A', 'B', 'C', '?'];

/** A document a label or a message was read in. */
export interface Source {
	/** What it is, in both languages (the English edition shows `en`). */
	title: { ja: string; en: string };
	/** Where a reader can open it; none when it cannot be cited by address (then `title` says what it is). */
	url?: string;
	/** Where it was read, when that differs from `url` (a repository snapshot of the page): for maintainers. */
	read?: string;
}

/** One language's side of a label: its text as the sources write it (none when not found), grade and sources. */
export type LabelSide =
	{ text: string; grade: Exclude<Grade, '?'>; sources: readonly string[] } | { text?: undefined; grade: '?'; sources: readonly string[] };

/** One label of a client's screen, in both interfaces. */
export interface LabelEntry {
	ja: LabelSide;
	en: LabelSide;
	/** What the control is, in each language: printed instead of a label graded "?" (never quoted). */
	describe: { ja: string; en: string };
	/** The sources disagree on the wording in a language: what they disagree on (the label gets the mark). */
	disputed?: { ja?: string; en?: string };
	/** Anything else a reader should know about the wording (shown on its line in the list). */
	note?: { ja?: string; en?: string };
}

/** A label as a words table holds it: the text to print in that language (the label, or the description) and its entry's id. */
export interface SourcedText {
	/** The label as the client shows it, or (graded "?") the description of the control. */
	text: string;
	/** The entry's id, "CLIENT.KEY" (e.g. "outlook.spa"): the anchor of its line and the key of its placeholder. */
	id: string;
}

/** A client's graded label table and the sources its entries name. */
export interface LabelTable {
	/** The client id the entries' ids start with ("outlook"). */
	client: string;
	entries: Readonly<Record<string, LabelEntry>>;
	sources: Readonly<Record<string, Source>>;
}

/** One side of a table as a words table holds it: each key → SourcedText in `locale`. */
export function sided<K extends string>(
	table: LabelTable & { entries: Readonly<Record<K, LabelEntry>> },
	locale: 'ja' | 'en',
): Record<K, SourcedText> {
	const out = {} as Record<K, SourcedText>;
	for (const key of Object.keys(table.entries) as K[]) {
		const entry = table.entries[key];
		const side = entry[locale];
		out[key] = { text: side.text ?? entry.describe[locale], id: `${table.client}.${key}` };
	}
	return out;
}

/** What a page needs to know about one label in one language. */
export interface GradedLabel {
	id: string;
	entry: LabelEntry;
	side: LabelSide;
	table: LabelTable;
	/** Graded "?": the page prints the description, never a quotation. */
	described: boolean;
	/** Printed with the unconfirmed mark: graded B, C or "?", or disputed in this language. */
	marked: boolean;
}

/** A label of `table` by key in `locale`, with what a page needs to know. */
export function graded(table: LabelTable, key: string, locale: 'ja' | 'en'): GradedLabel | undefined {
	const entry = table.entries[key];
	if (!entry) return undefined;
	const side = entry[locale];
	return {
		id: `${table.client}.${key}`,
		entry,
		side,
		table,
		described: side.grade === '?',
		marked: side.grade !== 'A' || entry.disputed?.[locale] !== undefined,
	};
}

/** The anchor id of a label's line in a page's label-sources list. */
export function labelAnchor(id: string): string {
	return `label-${id.replace(/\./g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * What is wrong with a label table, one sentence per problem (none when it is sound): every side
 * needs a grade; a label with a grade A, B or C needs its text and at least one source, a "?" label
 * no text; every source an entry names must be in the table's sources; every entry needs its
 * description in both languages. The unit tests hold every registered table to it.
 */
export function labelTableProblems(table: LabelTable): string[] {
	const problems: string[] = [];
	for (const [key, entry] of Object.entries(table.entries)) {
		const at = `${table.client}.${key}`;
		for (const locale of ['ja', 'en'] as const) {
			const side = entry[locale] as Partial<LabelSide> | undefined;
			if (!side) {
				problems.push(`${at}: no ${locale} side`);
				continue;
			}
			if (!grades.includes(side.grade as Grade))
				problems.push(`${at} (${locale}): grade ${JSON.stringify(side.grade)} is not one of ${grades.join(', ')}`);
			if (side.grade !== '?' && !side.text) problems.push(`${at} (${locale}): graded ${side.grade} but has no text`);
			if (side.grade === '?' && side.text) problems.push(`${at} (${locale}): graded "?" (not found) but has a text`);
			if (side.grade !== '?' && !side.sources?.length) problems.push(`${at} (${locale}): graded ${side.grade} but names no source`);
			for (const s of side.sources ?? []) if (!table.sources[s]) problems.push(`${at} (${locale}): unknown source "${s}"`);
			if (!entry.describe?.[locale]) problems.push(`${at}: no ${locale} description`);
		}
	}
	return problems;
}
