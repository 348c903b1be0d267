// The glossary (.textlint/glossary.yml) holds for the words the site writes from its tables and
// from the pages' front matter, not only for the pages' Markdown (which npm run lint:prose checks):
// every string of each edition's word table (src/i18n/), every sentence its functions make, and every
// page's title, sidebar label and description are linted with the same prh rules as the pages.
// Screen labels are exempt by rule: the GUI clients' label tables under `config` quote the programs
// as they are.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { locales, strings } from '../../../src/i18n/index.ts';
import { parseFrontmatter } from '../../../src/content/frontmatter.ts';

const root = resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'kit-words-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The label tables of the GUI clients: each value is a program's own label. */
const LABEL_TABLES = new Set([
	'config.outlookExpress',
	'config.outlook',
	'config.outlookNew',
	'config.sylpheed',
	'config.becky',
	'config.thunderbird',
	'config.appleMail',
]);

/** Every string of a word table with its path ("tables.accountName"); functions are called with sample values. */
function sentences(node: unknown, path: string, out: [string, string][] = []): [string, string][] {
	if (LABEL_TABLES.has(path)) return out;
	if (typeof node === 'string') out.push([path, node]);
	else if (typeof node === 'function') {
		try {
			const made: unknown = node('X', 'Y', 'Z');
			if (typeof made === 'string') out.push([`${path}()`, made]);
		} catch {
			// A function that needs structured arguments: its fixed words are checked where they are strings.
		}
	} else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) sentences(v, path ? `${path}.${k}` : k, out);
	return out;
}

/** Lint lines with the glossary of one language; the findings as "path: message". */
async function lint(locale: string, lines: [string, string][]): Promise<string[]> {
	const file = join(scratch, `${locale}.md`);
	// One paragraph per string; the line number leads back to the string's path.
	writeFileSync(file, lines.map(([, text]) => text.replace(/\n+/g, ' ')).join('\n\n') + '\n');
	const run = promisify(execFile)(join(root, 'node_modules/.bin/textlint'), ['-c', join(root, '.textlint/words.cjs'), '-f', 'json', file], {
		cwd: root,
		env: { ...process.env, KIT_PROSE_LANG: locale },
	}).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
	const [result] = JSON.parse((await run).stdout) as { messages: { line: number; message: string }[] }[];
	return (result?.messages ?? []).map((m) => `${lines[(m.line - 1) / 2]?.[0]}: ${m.message.split('\n')[0]}`);
}

describe('the glossary over the word tables', { timeout: 60_000 }, () => {
	for (const locale of locales) {
		it(`${locale}: every sentence the table makes uses the glossary's terms`, async () => {
			const lines = sentences(strings(locale), '');
			expect(lines.length).toBeGreaterThan(200);
			expect(await lint(locale, lines)).toEqual([]);
		});
	}

	/** Every page's front matter words of an edition, by "file: field". */
	function frontMatter(locale: string): [string, string][] {
		const files = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
			.map((f) => f.replace(/\\/g, '/'))
			.filter((f) => f.endsWith('.md') && (locale === 'en') === f.startsWith('en/'));
		return files.flatMap((f) => {
			const file = `content/${f}`;
			const { data } = parseFrontmatter(readFileSync(join(root, file), 'utf8'), file);
			return (['title', 'sidebarLabel', 'description'] as const).flatMap((k) =>
				data?.[k] ? [[`${file}: ${k}`, data[k]] as [string, string]] : [],
			);
		});
	}

	for (const locale of locales) {
		it(`${locale}: every page's title, sidebar label and description use the glossary's terms`, async () => {
			const lines = frontMatter(locale);
			expect(lines.length).toBeGreaterThan(40);
			expect(await lint(locale, lines)).toEqual([]);
		});
	}

	it('finds a variant in a table string, by its path', async () => {
		expect(
			await lint('en', [
				['tables.accountName', 'Account name'],
				['tables.help', 'Your mail address'],
			]),
		).toEqual(['tables.help: mail address => email address']);
	});
});
