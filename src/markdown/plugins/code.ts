// Code blocks: Shiki highlighting with light/dark themes, an optional title, a copy button, and the
// reader's account name as a fillable element. Depends on a loaded Shiki highlighter; the renderer
// factory passes `expand` (placeholder expansion) so code blocks follow the settings.
import type { MarkdownIt } from 'markdown-it';
import type { Element, ElementContent, Root } from 'hast';
import type { ShikiTransformer } from 'shiki';
import { ALIASES, LANGUAGES, PLAIN, THEMES, type Highlighter } from '../highlighter.ts';
import { report, uses, type MarkdownEnv } from '../env.ts';
import { envOf, renderEnv } from './shared.ts';
import { ACCOUNT } from '../../settings/placeholders.ts';
import { nearest } from '../../util/nearest.ts';
import { escapeHtml } from '../../util/escape.ts';
import { accountNode, copyButtonHtml } from '../markup.ts';

export interface CodeOptions {
	highlighter: Highlighter;
	/** Text shown for the reader's account name until the browser fills it in. */
	accountPlaceholder: string;
	/** The copy button's label and its confirmation. */
	copy: { label: string; done: string };
	/** A code block's accessible name, from its title or language (the words' `codeBlock`). */
	codeLabel: (title: string | undefined, lang: string) => string;
	/** Expand `{{ key }}` in a block's text, reporting unknown keys at `map`. */
	expand?: (text: string, map: [number, number] | null, env: MarkdownEnv) => string;
}

/** Parse a fence info string: `lang title="file name"`. */
export function parseInfo(info: string): { lang: string; title?: string; rest: string } {
	const m = /^(\S*)\s*(.*)$/.exec(info.trim())!;
	const rest = m[2] ?? '';
	const title = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(rest);
	const t = title ? (title[1] ?? title[2] ?? title[3]) : undefined;
	return { lang: (m[1] ?? '').toLowerCase(), rest, ...(t !== undefined ? { title: t } : {}) };
}

/** A Shiki transformer that turns the ACCOUNT sentinel into a <kit-account> element. */
export function accountTransformer(placeholder: string): ShikiTransformer {
	const split = (node: Element) => {
		const out: ElementContent[] = [];
		for (const child of node.children) {
			if (child.type === 'text' && child.value.includes(ACCOUNT)) {
				child.value.split(ACCOUNT).forEach((part, i) => {
					if (i > 0) out.push(accountNode(placeholder));
					if (part) out.push({ type: 'text', value: part });
				});
			} else {
				if (child.type === 'element') split(child);
				out.push(child);
			}
		}
		node.children = out;
	};
	return {
		name: 'kit:account',
		root(root: Root) {
			for (const c of root.children) if (c.type === 'element') split(c);
		},
	};
}

// Highlighted HTML by highlighter, then by placeholder + language + code. Shiki is the renderer's
// main cost and the same blocks recur (generated config snippets, commands repeated across pages);
// the output depends only on these inputs, so a build highlights each distinct block once.
const highlighted = new WeakMap<Highlighter, Map<string, string>>();

/** Shiki's HTML for `code`, computed once per distinct block and highlighter. */
function highlight(opts: Pick<CodeOptions, 'highlighter' | 'accountPlaceholder'>, code: string, lang: string): string {
	let cache = highlighted.get(opts.highlighter);
	if (!cache) highlighted.set(opts.highlighter, (cache = new Map()));
	const key = `${opts.accountPlaceholder}\0${lang}\0${code}`;
	let html = cache.get(key);
	if (html === undefined) {
		html = opts.highlighter.codeToHtml(code.replace(/\n$/, ''), {
			lang: PLAIN.includes(lang as (typeof PLAIN)[number]) ? 'text' : lang,
			themes: THEMES,
			defaultColor: false,
			transformers: [accountTransformer(opts.accountPlaceholder)],
		});
		cache.set(key, html);
	}
	return html;
}

/** Render highlighted code (already expanded) as the site's code figure; record its features in `env`. */
export function renderCode(
	env: MarkdownEnv,
	opts: Pick<CodeOptions, 'highlighter' | 'accountPlaceholder' | 'copy' | 'codeLabel'>,
	code: string,
	lang: string,
	extra: { title?: string; actions?: string; className?: string } = {},
): string {
	// Shiki makes the block focusable (it may scroll sideways); its name says which block it is.
	const html = highlight(opts, code, lang).replace(
		/^<pre /,
		`<pre aria-label="${escapeHtml(opts.codeLabel(extra.title, lang || 'text'))}" `,
	);
	// accountTransformer turns each sentinel into a <kit-account> (once per distinct block: highlight is memoised).
	if (code.includes(ACCOUNT)) uses(env, 'account');
	uses(env, 'copy');
	const title = extra.title ? `<figcaption class="kit-code__title">${escapeHtml(extra.title)}</figcaption>` : '';
	return (
		`<figure class="kit-code${extra.className ? ` ${extra.className}` : ''}" data-lang="${escapeHtml(lang || 'text')}">` +
		title +
		html +
		`<div class="kit-code__actions">${extra.actions ?? ''}${copyButtonHtml(opts.copy)}</div>` +
		'</figure>\n'
	);
}

/** Highlight fenced code with Shiki; report unknown languages and expand placeholders first. */
export function codePlugin(md: MarkdownIt, options: CodeOptions): void {
	const known = new Set<string>([...LANGUAGES, ...PLAIN]);
	// Parse phase: normalise the language and expand placeholders, so rendering only formats.
	md.core.ruler.push('kit_code', (state) => {
		const env = envOf(state);
		for (const token of state.tokens) {
			if (token.type !== 'fence' && token.type !== 'code_block') continue;
			const info = parseInfo(token.info);
			if (info.lang === 'config') continue; // handled by the snippets plugin
			const lang = ALIASES[info.lang] ?? info.lang;
			if (!known.has(lang)) {
				const near = nearest(lang, known);
				report(
					env,
					token.map,
					`unknown code block language "${info.lang}"`,
					`use one of ${[...LANGUAGES].join(', ')} or text${near.length ? ` (did you mean "${near[0]}"?)` : ''}`,
				);
			}
			token.meta = { ...(token.meta ?? {}), lang: known.has(lang) ? lang : 'text', title: info.title };
			// The expander counts the fence's opening line; an indented block has none.
			const map: [number, number] | null = token.map && token.type === 'code_block' ? [token.map[0] - 1, token.map[1]] : token.map;
			if (options.expand) token.content = options.expand(token.content, map, env);
		}
	});
	const render = (tokens: { content: string; meta: { lang: string; title?: string } | null }[], idx: number, env: MarkdownEnv) => {
		const t = tokens[idx]!;
		const meta = t.meta ?? { lang: 'text' };
		return renderCode(env, options, t.content, meta.lang, meta.title ? { title: meta.title } : {});
	};
	md.renderer.rules.fence = (tokens, idx, _opts, env) => render(tokens as never, idx, renderEnv(env));
	md.renderer.rules.code_block = (tokens, idx, _opts, env) => render(tokens as never, idx, renderEnv(env));
}
