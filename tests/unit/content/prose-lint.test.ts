// The prose linter (`npm run lint:prose`, part of `npm run lint`) as a maintainer meets it: a page
// with a forbidden variant of a glossary term fails, at its file and line, and a client's label
// quoted the site's way (［ ］ in Japanese, bold in English) does not. The pages are scratch copies
// in a temporary folder, linted with the repository's own configuration files.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const textlint = join(root, 'node_modules/.bin/textlint');
const scratch = mkdtempSync(join(tmpdir(), 'kit-prose-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Lint one scratch page with an edition's configuration: exit code and the unix-format report. */
async function lint(edition: 'ja' | 'en', name: string, text: string): Promise<{ code: number; report: string }> {
	const file = join(scratch, name);
	writeFileSync(file, text);
	try {
		const { stdout } = await promisify(execFile)(textlint, ['-c', join(root, `.textlint/${edition}.cjs`), '-f', 'unix', '--no-color', file], { cwd: root });
		return { code: 0, report: stdout };
	} catch (e) {
		const err = e as { code: number; stdout: string };
		return { code: err.code, report: err.stdout };
	}
}

describe('prose lint: the glossary', { timeout: 60_000 }, () => {
	it('fails a Japanese page that names the account another way, at file:line', async () => {
		const { code, report } = await lint('ja', 'ja-variant.md', '# 見出し\n\n設定の手順です。\n\nユーザ名に `yskhashi` を入力します。\n');
		expect(code).toBe(1);
		expect(report).toContain(`${join(scratch, 'ja-variant.md')}:5:1:`);
		expect(report).toMatch(/ユーザ名 => アカウント名/);
	});

	it('leaves a Japanese screen label in ［ ］ as the program shows it', async () => {
		const { code, report } = await lint('ja', 'ja-label.md', '# 見出し\n\n［ユーザ名］に `yskhashi` を入力します。\n');
		expect(report).toBe('');
		expect(code).toBe(0);
	});

	it('fails an English page with a Japanese-style bracket or a variant term, at file:line', async () => {
		const text = '# Heading\n\nEnter your mail address.\n\nSet ［ユーザID］ to your account name.\n';
		const { code, report } = await lint('en', 'en-variant.md', text);
		expect(code).toBe(1);
		expect(report).toContain(`${join(scratch, 'en-variant.md')}:3:12:`);
		expect(report).toMatch(/mail address => email address/);
		expect(report).toContain(`${join(scratch, 'en-variant.md')}:5:5:`);
	});

	it('leaves an English screen label in bold as the program shows it', async () => {
		const { code, report } = await lint('en', 'en-label.md', '# Heading\n\nEnter your account name in **User Name**.\n');
		expect(report).toBe('');
		expect(code).toBe(0);
	});
});

describe('prose lint: the Japanese technical-writing preset', { timeout: 60_000 }, () => {
	it('fails a sentence over 100 characters as shown, not counting placeholders', async () => {
		const long = `${'あ'.repeat(60)}、${'い'.repeat(45)}です。`;
		const { code, report } = await lint('ja', 'ja-long.md', `# 見出し\n\n${long}\n`);
		expect(code).toBe(1);
		expect(report).toMatch(/ja-long\.md:3:\d+:.*sentence length/);
		// The same length made of placeholders is short on the page.
		const placeholders = `{{ loginHost.label }}（{{ loginHost }}）の{{ pop3s.label }}と{{ submission.label }}は{{ pop3s.host }}で使えます。`;
		const ok = await lint('ja', 'ja-placeholders.md', `# 見出し\n\n${placeholders}\n`);
		expect(ok.report).toBe('');
	});
});
