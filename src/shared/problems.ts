// What every layer reports and how it is shown: below settings/, markdown/, content/ and site/ so
// that each of them can report problems without importing another (see .dependency-cruiser.cjs).

/** One author-facing problem: file:line, what is wrong, what to do. */
export interface Problem {
	/** Path relative to the project root, e.g. "content/mail/index.md". */
	file: string;
	/** 1-based line in that file. */
	line: number;
	/** 1-based column, where the cause is known that precisely (YAML syntax). */
	column?: number;
	message: string;
	hint?: string;
	/** A further fact about the same cause (e.g. how many links wait on this page). */
	note?: string;
}

/** Format problems as the build, the dev server's terminal and its page of problems show them (the one place). */
export function formatProblems(problems: Problem[]): string {
	return problems
		.map(
			(p) =>
				`  ${p.file}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.message}${p.hint ? `\n      → ${p.hint}` : ''}${p.note ? `\n      · ${p.note}` : ''}`,
		)
		.join('\n');
}
