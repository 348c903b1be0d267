import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { yamlProblems } from '../../../src/util/yaml-problems.ts';

// The problems of `text`, as yamlProblems gives them for file f.yaml.
function problemsOf(text: string, what = '', lineOffset = 0) {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	return yamlProblems(text, doc.errors, lineCounter, 'f.yaml', what, lineOffset);
}

describe('yamlProblems', () => {
	const cases: { name: string; text: string; at: [number, number]; says: RegExp; hint: RegExp }[] = [
		{
			name: 'a list item at the level of map keys',
			text: 'a: 1\nb:\n  c: 2\n- d\n',
			at: [4, 1],
			says: /block sequence may not be used as an implicit map key/,
			hint: /indentation/,
		},
		{ name: 'a tab as indentation', text: 'a:\n\tb: 1\n', at: [2, 1], says: /Tabs are not allowed/, hint: /spaces, not tabs/ },
		{ name: 'a key twice', text: 'a: 1\nb: 2\na: 3\n', at: [3, 1], says: /Map keys must be unique/, hint: /appears twice/ },
		{
			name: 'an unclosed quote: at its opening, not at the end of the file',
			text: 'a: 1\nb: "two\nc: 3\nd: 4\n',
			at: [2, 4],
			says: /Missing closing "quote \(it is opened here\)/,
			hint: /not closed/,
		},
		{
			name: 'an unclosed bracket: at its opening',
			text: 'a: [1, 2\nb: 3\n',
			at: [1, 4],
			says: /end with a \] \(it is opened here\)/,
			hint: /not closed/,
		},
		{ name: 'a value starting with a reserved character', text: 'a: @home\n', at: [1, 4], says: /reserved/i, hint: /in quotes/ },
	];
	for (const c of cases) {
		it(`reports ${c.name} at line:column with a hint`, () => {
			const [p, ...rest] = problemsOf(c.text);
			expect(rest).toEqual([]);
			expect([p!.line, p!.column]).toEqual(c.at);
			expect(p!.message).toMatch(/^YAML syntax error: /);
			expect(p!.message).toMatch(c.says);
			expect(p!.hint).toMatch(c.hint);
		});
	}

	it('reports only the first error, and says how many followed it', () => {
		const problems = problemsOf('a: 1\nb:\n  c: 2\n- d\n');
		expect(problems).toHaveLength(1);
		expect(problems[0]!.note).toMatch(/reported \d+ more errors? after this one/);
	});

	it('counts lines from the file, not from the YAML text (front matter)', () => {
		const [p] = problemsOf('title: x\n\tdescription: y\n', 'front matter', 1);
		expect(p).toMatchObject({ file: 'f.yaml', line: 3, column: 1 });
		expect(p!.message).toMatch(/^front matter: YAML syntax error: /);
	});

	it('gives nothing for valid YAML', () => {
		expect(problemsOf('a: 1\nb: [1, 2]\n')).toEqual([]);
	});
});
