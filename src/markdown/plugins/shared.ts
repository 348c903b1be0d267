// Helpers the plugins in this folder share (not a plugin): the render's env and the source line of
// an inline token. Depends on markdown-it types and ../env.ts only.
import type { Env, StateCore, Token } from 'markdown-it';
import type { MarkdownEnv } from '../env.ts';

/** The MarkdownEnv of a render; throws a clear error if the caller forgot to pass one. */
export function envOf(state: StateCore): MarkdownEnv {
	return renderEnv(state.env);
}

/** The MarkdownEnv a renderer rule is given (markdown-it types it as a plain record); throws like envOf. */
export function renderEnv(env: Env | undefined): MarkdownEnv {
	const typed = (env ?? {}) as Partial<MarkdownEnv>;
	if (!Array.isArray(typed.problems)) throw new Error('render Markdown with an env from createEnv(file, lineOffset)');
	return typed as MarkdownEnv;
}

/**
 * The map of the line holding `children[index]` of an inline token at `map`: the block's first line
 * plus the line breaks before the child (inline children carry no map of their own).
 */
export function childMap(map: [number, number] | null, children: Token[], index: number): [number, number] | null {
	if (!map) return null;
	let line = map[0];
	for (let i = 0; i < index && i < children.length; i++) {
		const t = children[i]!;
		if (t.type === 'softbreak' || t.type === 'hardbreak') line++;
	}
	return [line, line + 1];
}

/** The map of line `n` (0-based) inside a block starting at `map` (plus `skip` lines, e.g. a fence's opening line). */
export function lineInBlock(map: [number, number] | null, n: number, skip = 0): [number, number] | null {
	return map ? [map[0] + skip + n, map[0] + skip + n + 1] : null;
}

/**
 * Visit block-level tokens with a usable map: their own, or that of the nearest token before them
 * that has one (markdown-it gives table cells' inline tokens no map; their row has one).
 */
export function eachBlock(tokens: Token[], visit: (token: Token, index: number, map: [number, number] | null) => void): void {
	let last: [number, number] | null = null;
	tokens.forEach((token, index) => {
		if (token.map) last = token.map;
		visit(token, index, token.map ?? last);
	});
}
