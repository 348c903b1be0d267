import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentError, devError, devErrorPage, excerpt, setDevProblems } from '../../../src/content/report.ts';
import type { Problem } from '../../../src/shared/problems.ts';

const root = mkdtempSync(join(tmpdir(), 'kit-report-'));
mkdirSync(join(root, 'content'));
writeFileSync(join(root, 'content/a.md'), ['---', 'title: A', '---', '', '<b>raw</b> & {{ x }}', '', 'end'].join('\n'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const problems: Problem[] = [
	{ file: 'content/a.md', line: 5, message: 'raw HTML <b> is not allowed', hint: 'use **bold**' },
	{ file: 'content/settings.yaml', line: 87, column: 1, message: 'YAML syntax error: x', note: 'one more' },
];

describe('contentError', () => {
	it('lists every problem as the build prints it, with one hint and no stack', () => {
		const e = contentError(problems);
		expect(e.message).toBe(
			'The manual has 2 problems; nothing was built:\n  content/a.md:5: raw HTML <b> is not allowed\n      → use **bold**\n  content/settings.yaml:87:1: YAML syntax error: x\n      · one more',
		);
		expect(e.hint).toMatch(/then build again\. The settings file's fields are described in schema\/settings\.schema\.json\.$/);
		expect(e.stack).toBe('');
		expect(e.problems).toBe(problems);
	});

	it("gives Astro only its headline as its string, so no word of a problem replaces the hint", () => {
		// Astro swaps in its own hint for any error whose toString() contains "window" or "document".
		const e = contentError([{ file: 'content/mail/clients/windows-live-mail.md', line: 3, message: 'document.title', hint: 'h' }]);
		expect(String(e)).toBe('ContentError: The manual has 1 problem; nothing was built:');
		expect(e.message).toContain('windows-live-mail.md:3: document.title');
		// A plain Error: Astro prints its message as it is (an AstroError's goes through its error markdown).
		expect((e as unknown as { type?: string }).type).toBeUndefined();
	});
});

describe('the dev server\'s page of problems', () => {
	it('shows the same lines, the hint and the first problem\'s line in its file, escaped, with Vite\'s client to reload', () => {
		setDevProblems(problems, root);
		const html = devErrorPage(devError()!);
		setDevProblems([], root);
		expect(devError()).toBeUndefined();
		expect(html).toContain('<h1>The manual has 2 problems; the dev server shows this until they are fixed:</h1>');
		expect(html).toContain('  content/a.md:5: raw HTML &lt;b&gt; is not allowed\n      → use **bold**');
		expect(html).toContain('then save: the page comes back by itself.');
		expect(html).toContain('<h2>content/a.md:5</h2>');
		expect(html).toContain('<span class="here">   5  &lt;b&gt;raw&lt;/b&gt; &amp; {{ x }}</span>');
		expect(html).toContain('<script type="module" src="/@vite/client"></script>');
		expect(html).not.toMatch(/stack|node_modules/i);
	});

	it('takes the lines around a line, clipped to the file', () => {
		expect(excerpt('a\nb\nc\nd', 1, 1)).toEqual([
			{ number: 1, text: 'a', here: true },
			{ number: 2, text: 'b', here: false },
		]);
		expect(excerpt('a\r\nb\r\nc', 3, 5).map((l) => l.text)).toEqual(['a', 'b', 'c']);
	});
});
