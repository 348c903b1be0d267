// Unconfirmed marks once per section: the 要確認 mark after a value (or a client's label) says it once
// where the value first shows in a section (the text before the first heading, or under one ## or
// ### heading), in prose, an author's table or a generated field table alike; its repetitions in
// the same section show the value bare. A mark on every repetition (22 on one page) stopped
// meaning anything. The placeholders plugin names what each mark is about (UnconfirmedMarkMeta
// `keys`); a field table names its rows' values (FieldRow `unconfirmedKey`) and graded labels.
// A core rule that must run after placeholders and snippets (it reads their tokens); it only sets
// flags that the renderers read, and removes nothing, so every reader of the tokens still sees
// where each value was shown.
import type { MarkdownIt, Token } from 'markdown-it';
import type { UnconfirmedMarkMeta } from './placeholders.ts';
import type { Snippet } from '../../clients/index.ts';

/** What this plugin stores on a kit_snippet token: the marks its field table leaves out (shown earlier in the section). */
export interface SnippetMarksMeta {
	/** Keys of values (and ids of graded labels) already marked in the section. */
	markedBefore?: ReadonlySet<string>;
}

/** The keys a field table marks: its rows' unconfirmed values and its graded labels. */
export function snippetMarkKeys(snippet: Snippet | undefined): string[] {
	if (!snippet || snippet.kind !== 'fields') return [];
	return snippet.rows.flatMap((r) => [
		...(r.unconfirmedKey !== undefined ? [r.unconfirmedKey] : []),
		...[r.graded?.tab, r.graded?.label, r.graded?.value].filter((id): id is string => id !== undefined),
	]);
}

/** Flag every repeated mark of a section. */
export function unconfirmedOncePlugin(md: MarkdownIt): void {
	md.core.ruler.push('kit_unconfirmed_once', (state) => {
		let seen = new Set<string>();
		const mark = (t: Token) => {
			const meta = t.meta as unknown as UnconfirmedMarkMeta;
			if (meta.keys.length && meta.keys.every((k) => seen.has(k))) meta.repeated = true;
			else meta.keys.forEach((k) => seen.add(k));
		};
		for (const token of state.tokens) {
			if (token.type === 'heading_open' && (token.tag === 'h2' || token.tag === 'h3')) seen = new Set();
			else if (token.type === 'inline') {
				for (const child of token.children ?? []) if (child.type === 'kit_unconfirmed') mark(child);
			} else if (token.type === 'kit_snippet') {
				const keys = snippetMarkKeys((token.meta as { snippet?: Snippet } | null)?.snippet);
				if (!keys.length) continue;
				token.meta = { ...token.meta, markedBefore: new Set(seen) } satisfies SnippetMarksMeta;
				keys.forEach((k) => seen.add(k));
			}
		}
	});
}
