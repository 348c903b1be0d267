// Raw HTML: refuse every html_block / html_inline the author wrote, with its line, and render it as
// escaped text. Its core rule runs right after 'inline', before any plugin adds tokens, so only
// source HTML is marked; tokens made later (or with meta.trusted) render as usual. Needs html: true.
import type { MarkdownIt, Token } from 'markdown-it';
import { report } from '../env.ts';
import { childMap, eachBlock, envOf } from './shared.ts';
import { escapeHtml } from '../../util/escape.ts';

export interface HtmlOptions {
	/** What to suggest instead of HTML (the hint of every report). */
	hint?: string;
}

/** What this plugin stores on refused tokens' meta. */
export interface RefusedHtmlMeta {
	refused: true;
}

const defaultHint =
	'write Markdown instead: ::: note / tip / warning / danger for boxes, ::: steps for numbered steps, **bold**, [links](/mail/); to show HTML as an example, put it in `backticks` or a code block';
const commentHint = 'remove the comment: HTML comments end up in the published page; keep notes for maintainers in docs/';

// The first line of some HTML, shortened for a message.
const snippet = (html: string) => {
	const line = html.trim().split('\n')[0]!;
	return line.length > 60 ? `${line.slice(0, 59)}…` : line;
};
const isComment = (html: string) => html.trimStart().startsWith('<!--');

/** Refuse raw HTML in content. */
export function htmlPlugin(md: MarkdownIt, options: HtmlOptions = {}): void {
	const hint = options.hint ?? defaultHint;
	const refuse = (t: Token) => {
		t.meta = { ...t.meta, refused: true } satisfies RefusedHtmlMeta;
	};
	const trusted = (t: Token) => (t.meta as { trusted?: unknown } | null)?.trusted === true;

	md.core.ruler.after('inline', 'kit_html', (state) => {
		const env = envOf(state);
		eachBlock(state.tokens, (token, _i, map) => {
			if (token.type === 'html_block' && !trusted(token)) {
				refuse(token);
				report(env, map, `raw HTML is not allowed in content: ${snippet(token.content)}`, isComment(token.content) ? commentHint : hint);
			}
			if (token.type !== 'inline' || !token.children) return;
			// One report per line, naming every tag on it (`<b>x</b>` is one mistake, not two).
			const byLine = new Map<number, { map: [number, number] | null; tags: string[]; comment: boolean }>();
			token.children.forEach((child, i, children) => {
				if (child.type !== 'html_inline' || trusted(child)) return;
				refuse(child);
				const at = childMap(map, children, i);
				const line = at?.[0] ?? -1;
				const entry = byLine.get(line) ?? { map: at, tags: [], comment: true };
				entry.tags.push(snippet(child.content));
				entry.comment &&= isComment(child.content);
				byLine.set(line, entry);
			});
			for (const { map: at, tags, comment } of byLine.values()) {
				report(env, at, `raw HTML is not allowed in content: ${tags.join(' ')}`, comment ? commentHint : hint);
			}
		});
	});

	// Refused HTML shows as text, so the page still renders while the build reports it.
	for (const type of ['html_block', 'html_inline'] as const) {
		const previous = md.renderer.rules[type];
		md.renderer.rules[type] = (tokens, idx, opts, env, self) => {
			const token = tokens[idx]!;
			if ((token.meta as Partial<RefusedHtmlMeta> | null)?.refused) return escapeHtml(token.content);
			return previous ? previous(tokens, idx, opts, env, self) : token.content;
		};
	}
}
