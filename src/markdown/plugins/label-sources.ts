// The list of where a page's screen labels come from: `::: label-sources` closed by `:::` becomes a
// table of every graded label (src/i18n/sourced.ts) the page prints — in its field tables, its
// prose ({{ outlook.spa }}) and its pictures' alt text — with its grade, what is uncertain about it
// and its sources. Each row has the id the label's unconfirmed mark links to. A page that prints a
// label not confirmed needs the list (the build says where); a list with nothing to list is refused
// too. Runs after the placeholders and snippets plugins have recorded the labels they printed.
import type { MarkdownIt, StateBlock } from 'markdown-it';
import type { FieldsSnippet, Snippet } from '../../clients/index.ts';
import type { Words } from '../../i18n/index.ts';
import { gradedLabel, labelIds } from '../../i18n/labels.ts';
import { labelAnchor, type GradedLabel } from '../../i18n/sourced.ts';
import { report } from '../env.ts';
import { envOf } from './shared.ts';
import type { LabelUseMeta } from './placeholders.ts';
import { escapeHtml as esc } from '../../util/escape.ts';

export interface LabelSourcesOptions {
	/** The page language's words: the list's headings, grades and what each grade leaves uncertain. */
	words: Pick<Words, 'locale' | 'labels' | 'config'>;
}

/** What the block token carries: the ids of the labels to list, in their tables' order. */
interface ListMeta {
	ids: string[];
}

/** Add `::: label-sources`. */
export function labelSourcesPlugin(md: MarkdownIt, options: LabelSourcesOptions): void {
	const { words } = options;
	const locale = words.locale;

	md.block.ruler.before('fence', 'kit_label_sources', (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
		const line = (n: number) => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]!).trim();
		if (!/^:::\s*label-sources\s*$/.test(line(startLine))) return false;
		let end = startLine + 1;
		while (end < endLine && line(end) !== ':::') end++;
		if (end >= endLine) return false;
		if (silent) return true;
		const token = state.push('kit_label_sources', '', 0);
		token.map = [startLine, end + 1];
		token.block = true;
		token.meta = { ids: [] } satisfies ListMeta;
		state.line = end + 1;
		return true;
	});

	// After every other rule has printed its labels: collect them, give them to the list, and
	// report a page that prints an uncertain label without a list (or a list with none).
	md.core.ruler.push('kit_label_sources', (state) => {
		const env = envOf(state);
		const used = new Map<string, [number, number] | null>();
		let lastMap: [number, number] | null = null;
		const note = (id: string) => {
			if (!used.has(id)) used.set(id, lastMap);
		};
		for (const token of state.tokens) {
			if (token.map) lastMap = token.map;
			if (token.type === 'inline') for (const id of (token.meta as Partial<LabelUseMeta> | null)?.labels ?? []) note(id);
			if (token.type === 'kit_snippet') {
				const s = (token.meta as { snippet?: Snippet } | null)?.snippet;
				if (s?.kind === 'fields')
					for (const r of (s as FieldsSnippet).rows) for (const id of [r.graded?.tab, r.graded?.label, r.graded?.value]) if (id) note(id);
			}
		}
		const lists = state.tokens.filter((t) => t.type === 'kit_label_sources');
		const order = labelIds();
		const ids = [...used.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
		for (const [i, list] of lists.entries()) {
			(list.meta as unknown as ListMeta).ids = ids;
			if (i > 0)
				report(
					env,
					list.map,
					'a second `::: label-sources` list on this page',
					'keep one list (its rows are the targets of the labels’ marks)',
				);
			else if (!ids.length)
				report(
					env,
					list.map,
					'`::: label-sources` has nothing to list: this page prints no graded label',
					'remove the block, or print the labels with their placeholders ({{ outlook.… }}) and field tables',
				);
		}
		if (!lists.length) {
			const marked = ids.filter((id) => gradedLabel(id, locale).marked);
			if (marked.length)
				report(
					env,
					used.get(marked[0]!) ?? null,
					`this page prints labels not confirmed on screen (${marked.join(', ')}) but has no list of their sources for their marks to link to`,
					'add a section with `::: label-sources` and `:::` (see docs/maintainers.md, “Graded labels”)',
				);
		}
	});

	const w = words.labels;
	const row = (label: GradedLabel) => {
		const { entry, side, table } = label;
		const shown = label.described ? entry.describe[locale] : side.text!;
		const why = words.config.sentences(
			[w.uncertain[side.grade], entry.disputed?.[locale] ?? '', entry.note?.[locale] ?? ''].filter(Boolean),
		);
		const sources = side.sources
			.map((key) => table.sources[key]!)
			.map((s) => (s.url ? `<a href="${esc(s.url)}">${esc(s.title[locale])}</a>` : esc(s.title[locale])))
			.join('<br>');
		return (
			`<tr id="${esc(labelAnchor(label.id))}"><th scope="row">${esc(shown)}</th><td>${esc(w.grades[side.grade])}</td>` +
			`<td>${esc(why)}</td><td>${sources}</td></tr>`
		);
	};

	md.renderer.rules['kit_label_sources'] = (tokens, idx) => {
		const { ids } = tokens[idx]!.meta as unknown as ListMeta;
		if (!ids.length) return '';
		return (
			`<table class="kit-generated kit-messages kit-label-sources" aria-label="${esc(w.listLabel)}">` +
			`<thead><tr>${[w.label, w.grade, w.why, w.sources].map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>` +
			`<tbody>${ids.map((id) => row(gradedLabel(id, locale))).join('')}</tbody></table>\n`
		);
	};
}
