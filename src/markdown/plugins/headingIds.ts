// Heading ids: a readable, page-unique id on h1–h6 (github-slugger keeps Japanese), `{#custom-id}`,
// a deep-link anchor, and env.headings for the TOC and the link check. Runs as the last core rules
// (pushed), so it sees text after placeholders are expanded and text tokens are joined.
import type { MarkdownIt, Token } from 'markdown-it';
import { slug } from 'github-slugger';
import { report } from '../env.ts';
import { envOf } from './shared.ts';
import type { Words } from '../../i18n/index.ts';
import { escapeHtml as esc } from '../../util/escape.ts';

export interface HeadingIdsOptions {
	/** The page language's words: the anchor link's accessible name for a heading's text. */
	words: Pick<Words, 'anchorLabel'>;
}

/** What this plugin stores on heading_open / heading_close tokens' meta. */
export interface HeadingMeta {
	/** The heading's id (also set as the `id` attribute of heading_open). */
	slug: string;
	/** The heading's plain text (no markup, no {#id}). */
	text: string;
}

// `{#id}` at the end of a heading; the id itself is validated separately for a precise message.
const CUSTOM_ID = /\s*\{#([^{}]*)\}\s*$/;
const VALID_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** The plain text of inline children (text, code, filled-in placeholders; not markup or raw HTML). */
export function plainText(children: Token[]): string {
	let out = '';
	for (const t of children) {
		if (t.type === 'text' || t.type === 'code_inline' || t.type === 'text_special' || t.type === 'kit_account') out += t.content;
		else if (t.type === 'softbreak' || t.type === 'hardbreak') out += ' ';
		else if (t.type === 'image' && t.children) out += plainText(t.children);
	}
	return out.trim();
}

/** Give headings unique ids and anchors, and collect them into env.headings. */
export function headingIdsPlugin(md: MarkdownIt, options: HeadingIdsOptions): void {
	const anchorLabel = options.words.anchorLabel;

	md.core.ruler.push('kit_heading_ids', (state) => {
		const env = envOf(state);
		const tokens = state.tokens;
		const headings: { open: Token; close: Token; text: string; custom?: string }[] = [];
		// Pass 1: strip and validate {#custom-id}s; they win over generated ids.
		const custom = new Map<string, number>();
		for (let i = 0; i < tokens.length; i++) {
			const open = tokens[i]!;
			if (open.type !== 'heading_open') continue;
			const inline = tokens[i + 1]!;
			const close = tokens[i + 2]!;
			const children = inline.children ?? [];
			const last = children.at(-1);
			let id: string | undefined;
			const m = last?.type === 'text' ? CUSTOM_ID.exec(last.content) : null;
			if (last && m) {
				last.content = last.content.slice(0, m.index);
				const wanted = m[1]!.trim();
				if (!VALID_ID.test(wanted)) {
					report(
						env,
						open.map,
						`invalid heading id "{#${m[1]}}"`,
						'an id starts with a letter and uses only letters, digits, "-" and "_" (e.g. {#smtp-auth})',
					);
				} else if (custom.has(wanted)) {
					report(
						env,
						open.map,
						`the heading id "${wanted}" is already used on line ${custom.get(wanted)}`,
						'give each heading a different {#id}',
					);
				} else {
					custom.set(wanted, (open.map?.[0] ?? 0) + env.lineOffset + 1);
					id = wanted;
				}
			}
			headings.push({ open, close, text: plainText(children), ...(id ? { custom: id } : {}) });
		}
		// Pass 2: generated ids, unique on this page (a fresh set per render), never taking a custom id.
		const used = new Set(custom.keys());
		for (const h of headings) {
			let id = h.custom;
			if (!id) {
				const base = slug(h.text) || 'section';
				id = base;
				for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
				used.add(id);
			}
			h.open.attrSet('id', id);
			const meta: HeadingMeta = { slug: id, text: h.text };
			h.open.meta = { ...h.open.meta, ...meta };
			h.close.meta = { ...h.close.meta, ...meta };
			env.headings.push({ depth: Number(h.open.tag.slice(1)), slug: id, text: h.text });
		}
	});

	// Render the anchor as the heading's last child, then let the previous rule close the heading.
	const previous = md.renderer.rules.heading_close;
	md.renderer.rules.heading_close = (tokens, idx, opts, env, self) => {
		const meta = tokens[idx]!.meta as Partial<HeadingMeta> | null;
		const closing = previous ? previous(tokens, idx, opts, env, self) : self.renderToken(tokens, idx, opts);
		if (!meta?.slug) return closing;
		return `<a class="kit-anchor" data-pagefind-ignore="all" href="#${esc(meta.slug)}" aria-label="${esc(anchorLabel(meta.text ?? ''))}"><span aria-hidden="true">#</span></a>${closing}`;
	};
}
