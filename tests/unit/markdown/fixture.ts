// A markdown-it style fixture runner: each case is a name, then `.`, the input, `.`, the expected
// HTML, `.`, so a failure names the case. Cases render with no problems unless the name says
// "(reports)"; the problems themselves are asserted in the plugins' error-path tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MarkdownIt } from 'markdown-it';
import { createEnv, type Feature } from '../../../src/markdown/env.ts';

const FEATURES: Feature[] = ['account', 'copy', 'download'];

export interface FixtureCase {
	name: string;
	/** 1-based line of the name in the fixture file. */
	line: number;
	input: string;
	expected: string;
}

/** Parse fixture text into cases; lines outside a case (blank, or starting with "#") are ignored. */
export function parseFixtures(text: string): FixtureCase[] {
	const lines = text.split('\n');
	const cases: FixtureCase[] = [];
	let i = 0;
	// Read lines up to the next lone ".", returning them joined with a trailing newline.
	const block = () => {
		const start = i;
		while (i < lines.length && lines[i] !== '.') i++;
		if (i >= lines.length) throw new Error(`fixture: unterminated block starting at line ${start + 1}`);
		const out = lines.slice(start, i).map((l) => l.replace(/→/g, '\t'));
		i++;
		return out.length ? `${out.join('\n')}\n` : '';
	};
	while (i < lines.length) {
		const line = lines[i]!;
		if (line.trim() === '' || line.startsWith('#')) {
			i++;
			continue;
		}
		if (lines[i + 1] !== '.') throw new Error(`fixture: line ${i + 1}: expected a case name followed by a "." line`);
		const name = line.trim();
		const at = i + 1;
		i += 2;
		cases.push({ name, line: at, input: block(), expected: block() });
	}
	return cases;
}

/** Run every case of `file` against the markdown-it instance `make()` returns. */
export function runFixtures(file: string, make: () => MarkdownIt): void {
	const cases = parseFixtures(readFileSync(file, 'utf8'));
	describe(file, () => {
		for (const c of cases) {
			it(`${c.name} (line ${c.line})`, () => {
				const env = createEnv('content/mail/test.md', 0);
				expect(make().render(c.input, env as unknown as Record<string, unknown>)).toBe(c.expected);
				if (!c.name.includes('(reports)')) expect(env.problems).toEqual([]);
				// The features recorded are the interactive elements written (the views read them, not the HTML).
				expect([...env.features].sort()).toEqual(FEATURES.filter((f) => c.expected.includes(`<kit-${f}`)));
			});
		}
	});
}
