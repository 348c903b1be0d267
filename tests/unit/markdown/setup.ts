// Shared test inputs: the real settings, a markdown-it like the site's, and a render that returns
// the env with its problems.
import { readFileSync } from 'node:fs';
import MarkdownIt, { type MarkdownIt as Md } from 'markdown-it';
import { parseSettings } from '../../../src/settings/load.ts';
import { placeholderValues, literalValues } from '../../../src/settings/placeholders.ts';
import { createEnv, type MarkdownEnv } from '../../../src/markdown/env.ts';
import { ja } from '../../../src/i18n/ja.ts';

export const settings = parseSettings(readFileSync('content/settings.yaml', 'utf8'));
export const values = placeholderValues(settings, ja);
export const literals = literalValues(settings);

/** A markdown-it with the site's options and the given plugins applied in order. */
export function mdWith(...plugins: ((md: Md) => void)[]): Md {
	const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
	for (const p of plugins) p(md);
	return md;
}

/** Render `src` as the body of content/mail/page.md whose body starts after `lineOffset` lines. */
export function render(md: Md, src: string, lineOffset = 10): { html: string; env: MarkdownEnv } {
	const env = createEnv('content/mail/page.md', lineOffset);
	// MarkdownEnv is an interface, so it lacks the index signature markdown-it's Env type asks for.
	return { html: md.render(src, env as unknown as Record<string, unknown>), env };
}
