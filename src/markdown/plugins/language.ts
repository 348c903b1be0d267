// The page's language: on an English page, Japanese may appear only as the label of a Japanese
// interface, written in full-width brackets as the manual writes every on-screen label (［詳細］)
// and followed by its meaning in parentheses: ［詳細］ (Details). Such a label is rendered as
// <span lang="ja">, so screen readers pronounce it in Japanese. Any other Japanese on an English
// page — prose, headings, link text, inline code, code blocks, alt text, captions — is reported
// with file:line. Japanese pages need nothing (product names in Latin letters belong to Japanese
// prose). Runs after every other core rule (register it last): it sees the final text, and the
// gallery's images in env.images.
import type { MarkdownIt, Token } from 'markdown-it';
import type { Words } from '../../i18n/index.ts';
import { report } from '../env.ts';
import { childMap, eachBlock, envOf, lineInBlock } from './shared.ts';
import { escapeHtml } from '../../util/escape.ts';

export interface LanguageOptions {
	/** The page language's words (their locale is the page's language). */
	words: Pick<Words, 'locale'>;
}

/** A Japanese character: Han, Hiragana or Katakana, and the punctuation those scripts use (、。「」ー). */
export const JAPANESE = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;
const JAPANESE_RUN = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}][\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\s\p{P}\w]*/u;
// A bracketed on-screen label: ［…］ (no nesting).
const LABEL = /［[^［］\n]*］/gu;

const HINT =
	'write it in English; to name a label of a Japanese interface, put it in full-width brackets followed by its meaning in parentheses, e.g. ［詳細］ (Details)';

// The first Japanese run of a text, shortened for a message.
const quote = (text: string) => {
	const m = JAPANESE_RUN.exec(text);
	const run = (m?.[0] ?? text).trim();
	return run.length > 30 ? `${run.slice(0, 29)}…` : run;
};

/** Mark Japanese interface labels on English pages and refuse other Japanese there. */
export function languagePlugin(md: MarkdownIt, options: LanguageOptions): void {
	if (options.words.locale === 'ja') return;

	md.core.ruler.push('kit_language', (state) => {
		const env = envOf(state);
		eachBlock(state.tokens, (token, _i, map) => {
			if ((token.type === 'fence' || token.type === 'code_block') && JAPANESE.test(token.content)) {
				token.content.split('\n').forEach((line, n) => {
					if (JAPANESE.test(line))
						report(
							env,
							lineInBlock(map, n, token.type === 'fence' ? 1 : 0),
							`Japanese text "${quote(line)}" in a code block of an English page`,
							'write the example in English (a transcript shows what the reader types, in their language)',
						);
				});
				return;
			}
			if (token.type !== 'inline' || !token.children) return;
			const children = token.children;
			const out: Token[] = [];
			children.forEach((child, i) => {
				const at = childMap(map, children, i);
				if (child.type === 'code_inline' && JAPANESE.test(child.content)) {
					report(env, at, `Japanese text "${quote(child.content)}" in inline code on an English page`, HINT);
				}
				if (child.type !== 'text' || !JAPANESE.test(child.content)) {
					out.push(child);
					return;
				}
				const next = children[i + 1];
				let last = 0;
				for (const m of child.content.matchAll(LABEL)) {
					const label = m[0];
					const before = child.content.slice(last, m.index);
					if (JAPANESE.test(before)) report(env, at, `Japanese text "${quote(before)}" on an English page`, HINT);
					if (before) out.push(text(state, before));
					if (JAPANESE.test(label)) {
						const after = child.content.slice(m.index + label.length);
						const glossed = /^\s*\(/.test(after) || (after === '' && next?.type === 'text' && /^\s*\(/.test(next.content));
						if (!glossed)
							report(
								env,
								at,
								`the Japanese label ${label} needs its meaning after it`,
								`write the English meaning in parentheses right after it: ${label} (…)`,
							);
						const span = new state.Token('kit_lang', 'span', 0);
						span.content = label;
						span.meta = { lang: 'ja' };
						out.push(span);
					} else {
						out.push(text(state, label));
					}
					last = m.index + label.length;
				}
				const rest = child.content.slice(last);
				if (JAPANESE.test(rest)) report(env, at, `Japanese text "${quote(rest)}" on an English page`, HINT);
				if (rest) out.push(text(state, rest));
			});
			token.children = out;
		});
		for (const image of env.images) {
			for (const [what, value] of [
				['alt text', image.alt],
				['caption', image.caption],
			] as const) {
				if (JAPANESE.test(value)) {
					env.problems.push({
						file: env.file,
						line: image.line,
						message: `Japanese text "${quote(value)}" in the ${what} of an image on an English page`,
						hint: 'describe the picture in English; say in words what a Japanese screen shows, e.g. "the Advanced tab, in the Japanese interface"',
					});
				}
			}
		}
	});

	md.renderer.rules['kit_lang'] = (tokens, idx) => {
		const t = tokens[idx]!;
		return `<span lang="${escapeHtml(String((t.meta as { lang: string }).lang))}">${escapeHtml(t.content)}</span>`;
	};
}

function text(state: { Token: new (type: string, tag: string, nesting: -1 | 0 | 1) => Token }, content: string): Token {
	const t = new state.Token('text', '', 0);
	t.content = content;
	return t;
}
