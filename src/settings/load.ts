// Load content/settings.yaml: check it is UTF-8, parse YAML with positions, validate with the
// schema, and turn every problem into a `file:line: path: what is wrong` line (src/markdown/env.ts
// formats them, as every other problem). Depends on yaml and ./schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { settingsSchema, type Settings } from './schema.ts';
import { nearest } from '../util/nearest.ts';
import { decodeUtf8 } from '../util/utf8.ts';
import { yamlProblems } from '../util/yaml-problems.ts';
import { formatProblems, type Problem } from '../shared/problems.ts';

export const DEFAULT_SETTINGS_PATH = 'content/settings.yaml';

/** One problem of the settings file: its line (and column, for syntax errors), the key path ('' for the file as a whole). */
export interface SettingsProblem extends Omit<Problem, 'file'> {
	path: string;
}

/** Thrown when the settings file is invalid; message lists every problem with file:line. */
export class SettingsError extends Error {
	readonly file: string;
	readonly problems: SettingsProblem[];
	constructor(file: string, problems: SettingsProblem[]) {
		const asProblems = problems.map(({ path, ...p }): Problem => ({ ...p, file, message: path ? `${path}: ${p.message}` : p.message }));
		super(`the settings file has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(asProblems)}`);
		this.name = 'SettingsError';
		this.file = file;
		this.problems = problems;
		this.asProblems = asProblems;
	}
	/** The same problems, in the form every other problem of the manual has. */
	readonly asProblems: Problem[];
}

// Find the YAML node at a path; return the deepest node that exists, so a missing key points at its parent.
function nodeAt(root: Node | null | undefined, path: PropertyKey[]): { node: Node | null | undefined; keyNode?: Node | undefined } {
	let node = root;
	let keyNode: Node | undefined;
	for (const part of path) {
		if (isMap(node)) {
			const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === part);
			if (!pair) break;
			keyNode = pair.key as Node;
			node = pair.value as Node;
		} else if (isSeq(node) && typeof part === 'number') {
			node = node.items[part] as Node;
			keyNode = undefined;
		} else break;
	}
	return { node, keyNode };
}

// The keys the schema allows at a path (for "did you mean"), falling back to the keys present.
function knownKeys(path: PropertyKey[], present: string[]): string[] {
	let shape: unknown = settingsSchema;
	for (const part of path) {
		const s = (shape as { shape?: Record<string, unknown>; def?: { innerType?: unknown } }) ?? {};
		const inner = (s.shape ? s : ((s.def?.innerType as typeof s) ?? s)) as { shape?: Record<string, unknown> };
		shape = inner.shape?.[String(part)];
		while (shape && !(shape as { shape?: unknown }).shape && (shape as { def?: { innerType?: unknown } }).def?.innerType)
			shape = (shape as { def: { innerType: unknown } }).def.innerType;
	}
	const keys = (shape as { shape?: Record<string, unknown> } | undefined)?.shape;
	return keys ? Object.keys(keys) : present;
}

/** Parse and validate settings text; throws SettingsError naming `file` and lines. */
export function parseSettings(text: string, file = DEFAULT_SETTINGS_PATH): Settings {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const line = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
	if (doc.errors.length > 0) {
		throw new SettingsError(
			file,
			yamlProblems(text, doc.errors, lineCounter, file, '').map(({ file: _, ...problem }) => ({ ...problem, path: '' })),
		);
	}
	const result = settingsSchema.safeParse(doc.toJS());
	if (result.success) return result.data;
	const problems = result.error.issues.map((issue) => {
		let path = issue.path;
		let message = issue.message;
		if (issue.code === 'unrecognized_keys') {
			// Point at the unknown key itself and say which keys are near.
			const parent = nodeAt(doc.contents, issue.path).node;
			const known = isMap(parent)
				? parent.items.map((p) => String((p.key as { value?: unknown })?.value)).filter((k) => !issue.keys.includes(k))
				: [];
			const key = issue.keys[0]!;
			path = [...issue.path, key];
			const hint = nearest(key, knownKeys(issue.path as PropertyKey[], known));
			message = `unknown key "${key}": ${hint.length ? `did you mean "${hint[0]}"? ` : ''}remove it or correct the spelling`;
		} else if (issue.code === 'invalid_type') {
			const found = nodeAt(doc.contents, issue.path);
			const exists = found.node !== undefined && found.node !== null && nodeAt(doc.contents, issue.path.slice(0, -1)).node !== found.node;
			message = exists
				? `${issue.message.replace(/^Invalid input: /, '')}, received ${JSON.stringify((found.node as { toJSON?: () => unknown }).toJSON?.() ?? null)}`
				: `missing: add "${String(issue.path.at(-1))}: …" here (${issue.message.replace(/^Invalid input: /, '')})`;
		}
		const found = nodeAt(doc.contents, path);
		const at = found.keyNode?.range?.[0] ?? found.node?.range?.[0];
		return { line: line(at), path: path.map(String).join('.'), message };
	});
	throw new SettingsError(file, problems);
}

/** Read and validate the settings file at `file` (relative to `root`, the project folder); it must be UTF-8. */
export function loadSettings(file = DEFAULT_SETTINGS_PATH, root = process.cwd()): Settings {
	let bytes: Buffer;
	try {
		bytes = readFileSync(join(root, file));
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
		throw new SettingsError(file, [
			{ line: 1, path: '', message: 'the settings file is missing', hint: `restore it: git checkout -- ${file}` },
		]);
	}
	const decoded = decodeUtf8(bytes, file);
	if (decoded.problem) {
		const { line, message, hint } = decoded.problem;
		throw new SettingsError(file, [{ line, path: '', message, ...(hint ? { hint } : {}) }]);
	}
	return parseSettings(decoded.text, file);
}

/**
 * The mail domain, read leniently for astro.config.mjs (the site's address): undefined when the
 * file is unreadable. Never throws: a broken settings file must not crash Astro's config loading,
 * where the error would show as a stack trace into yaml without the file's name; the content loader
 * reports it instead, with file:line, and stops the build.
 */
export function readDomain(file = DEFAULT_SETTINGS_PATH, root = process.cwd()): string | undefined {
	try {
		// Even with a syntax error further down, yaml keeps what it could read before it.
		const domain: unknown = parseDocument(readFileSync(join(root, file), 'utf8')).get('domain');
		return typeof domain === 'string' && /^[a-z0-9.-]+$/i.test(domain) ? domain : undefined;
	} catch {
		return undefined;
	}
}
