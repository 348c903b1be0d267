// Front matter of any Markdown file the manual reads (pages, notices): split it from the body,
// parse it with positions, validate it against a strict zod schema, and turn every issue into a
// problem at the file line of the offending value (nested values too: `affects.clients[1]` points
// at that item's line), with "did you mean" for unknown keys and mistyped choices. Pure; depends on
// yaml and zod.
import type { z } from 'zod';
import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';
import type { Problem } from '../shared/problems.ts';
import { nearest } from '../util/nearest.ts';
import { yamlProblems } from '../util/yaml-problems.ts';

export interface SplitFile {
	/** The YAML text between the --- fences ('' when absent). */
	yaml: string;
	/** The Markdown body. */
	body: string;
	/** Lines before the body (both fences and the YAML): body line n is file line n + bodyOffset. */
	bodyOffset: number;
}

/** Split `---\nyaml\n---\n` front matter from a Markdown source. */
export function splitFrontmatter(source: string): SplitFile | undefined {
	const text = source.replace(/^\uFEFF/, '');
	const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!m) return undefined;
	const yaml = m[1]!;
	return { yaml, body: text.slice(m[0].length), bodyOffset: m[0].split('\n').length - 1 };
}

/** Where a path of the YAML document is: the file line of its value (or of the nearest parent that exists). */
export type LineOf = (path: readonly PropertyKey[]) => number;

export interface ParsedFront<T> {
	data?: T;
	split?: SplitFile;
	problems: Problem[];
	/** File lines of the front matter's values (1 for the first line of the file when unknown). */
	lineOf: LineOf;
}

/** What the problems call the file's front matter, and what to start a missing one with. */
export interface FrontOptions {
	/** "the page", "the notice": for the message when the file has no front matter. */
	what: string;
	/** The hint for a file without front matter. */
	start: string;
	/** What to do about a bad value of a top-level field, where "fix the value" would not say enough. */
	hints?: Readonly<Record<string, string>>;
}

/** Parse and validate a file's front matter against `schema`; returns the data or the problems, each at its file line. */
export function parseFront<S extends z.ZodType>(source: string, file: string, schema: S, options: FrontOptions): ParsedFront<z.infer<S>> {
	const split = splitFrontmatter(source);
	if (!split) return { problems: [{ file, line: 1, message: `${options.what} has no front matter`, hint: options.start }], lineOf: () => 1 };
	const lc = new LineCounter();
	const doc = parseDocument(split.yaml, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
	const lineOf = lineFinder(doc, lc);
	if (doc.errors.length) return { split, problems: yamlProblems(split.yaml, doc.errors, lc, file, 'front matter', 1), lineOf };
	const input: unknown = doc.toJS() ?? {};
	const result = schema.safeParse(input);
	if (result.success) return { data: result.data, split, problems: [], lineOf };
	const problems = result.error.issues.flatMap((issue) => issueProblems(issue, { file, input, schema, doc, lineOf, hints: options.hints ?? {} }));
	return { split, problems, lineOf };
}

/** The file line of a path's value, or of its nearest parent that exists (+1: the opening ---). */
function lineFinder(doc: Document, lc: LineCounter): LineOf {
	return (path) => {
		for (let n = path.length; n > 0; n--) {
			const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
			const key = keyNode(doc, path.slice(0, n));
			const offset = key?.range?.[0] ?? node?.range?.[0];
			if (offset !== undefined) return lc.linePos(offset).line + 1;
		}
		return 1;
	};
}

/** The key node of a map entry at `path` (its line is where a maintainer looks for the field). */
function keyNode(doc: Document, path: readonly PropertyKey[]): { range?: [number, number, number] } | undefined {
	const last = path.at(-1);
	if (typeof last !== 'string') return undefined;
	const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as unknown[], true);
	if (!isMap(parent)) return undefined;
	const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
	return pair?.key as { range?: [number, number, number] } | undefined;
}

/** The value at `path` of the parsed input. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), input);
}

/** The keys a strict object at `path` of the schema knows (for "did you mean"). */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let s: unknown = schema;
	const unwrap = () => {
		// optional(), nullable(), default(): the inner schema; refinements keep their own shape in zod 4.
		for (let i = 0; i < 5; i++) {
			const def = (s as { def?: { innerType?: unknown } }).def;
			if (def?.innerType) s = def.innerType;
			else break;
		}
	};
	unwrap();
	for (const k of path) {
		const def = (s as { def?: { type?: string; element?: unknown; shape?: Record<string, unknown> } }).def;
		if (def?.type === 'array' && typeof k === 'number') s = def.element;
		else if (def?.type === 'object' && typeof k === 'string') s = def.shape?.[k];
		else return [];
		unwrap();
	}
	const shape = (s as { def?: { shape?: Record<string, unknown> } }).def?.shape;
	return shape ? Object.keys(shape) : [];
}

/** "affects.clients[1]" */
export function pathText(path: readonly PropertyKey[]): string {
	return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${String(k)}` : String(k))).join('');
}

interface IssueContext {
	file: string;
	input: unknown;
	schema: z.ZodType;
	doc: Document;
	lineOf: LineOf;
	hints: Readonly<Record<string, string>>;
}

function issueProblems(issue: z.core.$ZodIssue, { file, input, schema, lineOf, hints }: IssueContext): Problem[] {
	const path = issue.path as PropertyKey[];
	if (issue.code === 'unrecognized_keys') {
		const known = keysAt(schema, path);
		return issue.keys.map((k) => {
			const near = nearest(k, known);
			const where = path.length ? ` in ${pathText(path)}` : '';
			const list = `known fields${where}: ${known.join(', ')}`;
			return {
				file,
				line: lineOf([...path, k]),
				message: `unknown front matter field "${pathText([...path, k])}"`,
				hint: near.length ? `did you mean "${near[0]}"? ${list[0]!.toUpperCase()}${list.slice(1)}` : list,
			};
		});
	}
	const present = valueAt(input, path) !== undefined;
	const name = pathText(path);
	if (!present) {
		return [{ file, line: lineOf(path), message: `front matter field "${name}" is missing`, hint: `add "${String(path.at(-1))}: …" ${path.length > 1 ? `under ${pathText(path.slice(0, -1))}` : 'between the --- lines'}` }];
	}
	const what = issue.message.replace(/^Invalid (input|option): /, '');
	const fieldHint = hints[String(path[0])];
	let hint = fieldHint ?? `fix the value of ${name}`;
	if (issue.code === 'invalid_value') {
		const got = valueAt(input, path);
		const options = issue.values.map(String);
		const near = typeof got === 'string' ? nearest(got, options) : [];
		hint = `${near.length ? `did you mean "${near[0]}"? ` : ''}${fieldHint ?? `one of: ${options.join(', ')}`}`;
	}
	return [{ file, line: lineOf(path), message: `front matter field "${name}": ${what}`, hint }];
}
