// YAML syntax errors (the settings file, a page's front matter) as problems: file:line:column, what
// the parser says, and what to do about the usual causes. Pure; depends on yaml's error codes.
import { Parser, type LineCounter, type YAMLError } from 'yaml';
import type { Problem } from '../shared/problems.ts';

/** What to do, by yaml's error code (codes not listed get the general hint). */
const HINTS: Partial<Record<YAMLError['code'], string>> = {
	BLOCK_AS_IMPLICIT_KEY:
		'check the indentation of this line against the lines above: a "- item" list goes indented under its key ("key:" on the line before), and the keys of one map start in the same column',
	BAD_INDENT:
		'check the indentation of this line against the lines above: the keys of one map start in the same column, and nested keys are indented further',
	MULTILINE_IMPLICIT_KEY: 'a key and its ":" must be on one line; check the indentation and for a missing ":" on the line above',
	TAB_AS_INDENT: 'indent with spaces, not tabs',
	DUPLICATE_KEY: 'this key appears twice in the same map: keep one of them',
	MISSING_CHAR: 'a bracket, brace or quote is not closed: close it, or put the whole value in quotes',
	BAD_SCALAR_START: 'a value that starts with one of @ ` | > * & ! % [ { must be in quotes: key: "…"',
	UNEXPECTED_TOKEN: 'a value with special characters (: # [ ] { } ,) must be in quotes: key: "…"',
	BLOCK_IN_FLOW: 'inside [ ] or { } write the items on one line, or use a "- item" list instead',
	BAD_DQ_ESCAPE: 'in a "double-quoted" value a backslash starts an escape: write \\\\, or use single quotes',
	MULTIPLE_DOCS: 'remove the extra "---" line: the file holds one YAML document',
};

const GENERAL_HINT = 'check the YAML syntax of this line and of the line above it (indentation by spaces, "key: value", quotes closed)';

/**
 * Where an unclosed quote or bracket was opened: yaml reports it where it gave up (often the end of
 * the file), but the mistake is where the value starts. Walks yaml's concrete syntax tree.
 */
function openedAt(text: string, error: YAMLError): number | undefined {
	const quote = error.code === 'MISSING_CHAR' && /quote/.test(error.message);
	const bracket = /end with a [\]}]/.test(error.message);
	if (!quote && !bracket) return undefined;
	let found: number | undefined;
	const walk = (node: unknown): void => {
		if (!node || typeof node !== 'object') return;
		if (Array.isArray(node)) return node.forEach(walk);
		const token = node as { type?: unknown; offset?: unknown; source?: unknown; end?: unknown[] };
		if (typeof token.offset === 'number' && token.offset < error.pos[0]) {
			const unclosedQuote =
				quote &&
				(token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') &&
				token.offset + String(token.source).length >= error.pos[0];
			const unclosedBracket = bracket && token.type === 'flow-collection' && Array.isArray(token.end) && token.end.length === 0;
			if (unclosedQuote || unclosedBracket) found = token.offset;
		}
		for (const [key, value] of Object.entries(node)) if (key !== 'end' && key !== 'start') walk(value);
	};
	for (const token of new Parser().parse(text)) walk(token);
	return found;
}

/**
 * The first YAML error as a problem (the parser's later errors mostly follow from the first: one
 * bad indent gives three). `text`: the YAML source; `lineOffset`: lines of the file before it
 * (front matter starts after its opening ---); `what`: which part of the file, when not all of it.
 * Parse with `prettyErrors: false`, so messages carry no position of their own (it would count from
 * the YAML text, not from the file).
 */
export function yamlProblems(
	text: string,
	errors: readonly YAMLError[],
	lineCounter: LineCounter,
	file: string,
	what: string,
	lineOffset = 0,
): Problem[] {
	const e = errors[0];
	if (!e) return [];
	const opened = openedAt(text, e);
	const { line, col } = lineCounter.linePos(opened ?? e.pos[0]);
	const more = errors.length - 1;
	return [
		{
			file,
			line: line + lineOffset,
			column: col,
			message: `${what ? `${what}: ` : ''}YAML syntax error: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}${opened === undefined ? '' : ' (it is opened here)'}`,
			hint: HINTS[opened === undefined ? e.code : 'MISSING_CHAR'] ?? GENERAL_HINT,
			...(more
				? {
						note: `the YAML parser reported ${more} more error${more === 1 ? '' : 's'} after this one, most likely caused by it: fix this one first`,
					}
				: {}),
		},
	];
}
