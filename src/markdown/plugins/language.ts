// The page's language: on an English page, Japanese may appear only as the label of a Japanese
// interface, quoted in bold as the English edition quotes every on-screen label and followed by its
// meaning in parentheses: **詳細** (*Details*). Such a label is rendered as <span lang="ja">, so
// screen readers pronounce it in Japanese. The Japanese edition's full-width brackets (［詳細］) are
// reported on an English page, and so is any other Japanese there — prose, headings, link text,
// inline code, code blocks, alt text, captions — with file:line. Japanese pages need nothing (product names in Latin letters belong to Japanese
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
// The Japanese edition's quoting of an on-screen label: ［…］ (no nesting).
const BRACKETED = /［([^［］\n]*)］/gu;

const HINT =
	'write it in English; to name a label of a Japanese interface, put it in bold followed by its meaning in parentheses, e.g. **詳細** (*Details*)';

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
				const bracketed = child.type === 'text' ? [...child.content.matchAll(BRACKETED)] : [];
				for (const [label, inner] of bracketed)
					report(
						env,
						at,
						`the label ${label} is quoted in full-width brackets on an English page`,
						`quote it in bold as the English edition does${JAPANESE.test(inner!) ? `, with its meaning after it: **${inner}** (*…*)` : `: **${inner}**`}`,
					);
				if (child.type !== 'text' || !JAPANESE.test(child.content)) {
					out.push(child);
					return;
				}
				// A label quoted in bold, the whole of its <strong>: the Japanese interface's own word.
				const bold = children[i - 1]?.type === 'strong_open' && children[i + 1]?.type === 'strong_close' && !bracketed.length;
				if (!bold) {
					if (!bracketed.length) report(env, at, `Japanese text "${quote(child.content)}" on an English page`, HINT);
					out.push(child);
					return;
				}
				const after = children[i + 2];
				if (!(after?.type === 'text' && /^\s*\(/.test(after.content)))
					report(
						env,
						at,
						`the Japanese label **${child.content}** needs its meaning after it`,
						`write the English meaning in parentheses right after it: **${child.content}** (*…*)`,
					);
				const span = new state.Token('kit_lang', 'span', 0);
				span.content = child.content;
				span.meta = { lang: 'ja' };
				out.push(span);
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
