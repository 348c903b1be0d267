// How the manual's problems reach the maintainer: one error for all of them (the build prints it
// and stops; `astro check` prints it), and in the dev server the same text on every page in the
// browser (src/middleware.ts throws it, so Astro's error overlay shows it) until a save fixes it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import { formatProblems, type Problem } from '../markdown/env.ts';

/** Error thrown when content has problems; the message lists all of them. */
export class ContentError extends AstroError {
	/** The problems the message lists. */
	readonly problems: Problem[];
	constructor(message: string, hint: string, problems: Problem[] = []) {
		super(message, hint);
		this.problems = problems;
		this.name = 'ContentError';
		// The stack would point at the loader, not at the content: the message has the locations.
		this.stack = '';
	}
}

/** What to do, after the list (the settings file's fields are described in its JSON Schema). */
function hintFor(problems: Problem[], dev: boolean): string {
	const settings = problems.some((p) => p.file.endsWith('settings.yaml')) ? ' The settings file\'s fields are described in schema/settings.schema.json.' : '';
	return `Fix each file:line above (docs/maintainers.md explains the syntax), then ${dev ? 'save: the page comes back by itself' : 'build again'}.${settings}`;
}

/**
 * The one error for a list of problems; `dev`: shown by the dev server (which keeps running) rather
 * than a build. With `root` (the project folder, dev server), the error also carries the first
 * problem's place and its file's text: Astro's overlay then shows that line in the file, with an
 * "Open in editor" link.
 */
export function contentError(problems: Problem[], dev = false, root?: string): ContentError {
	const n = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
	const error = new ContentError(`The manual has ${n}; ${dev ? 'the dev server shows this until they are fixed' : 'nothing was built'}:\n${formatProblems(problems)}`, hintFor(problems, dev), problems);
	const first = problems[0];
	if (root && first) {
		try {
			const file = join(root, first.file);
			Object.assign(error, { loc: { file, line: first.line, column: first.column ?? 1 }, fullCode: readFileSync(file, 'utf8') });
		} catch {
			// The file is gone (a removed page): the message has it all.
		}
	}
	return error;
}

// The dev server's current problems. The loader runs in Astro's own module graph and the middleware
// in Vite's module runner, in the same process: each gets its own instance of this module, so the
// state lives on globalThis, under a registered symbol, not in a module variable.
const KEY = Symbol.for('kit-manual.dev-problems');
type Holder = { [KEY]?: { problems: Problem[]; root: string } | undefined };

/** Record the problems of the dev server's last content sync (an empty list: none) in the project at `root`. */
export function setDevProblems(problems: Problem[], root: string): void {
	(globalThis as Holder)[KEY] = problems.length ? { problems, root } : undefined;
}

/** The dev server's error for its last content sync, if that failed. */
export function devError(): ContentError | undefined {
	const state = (globalThis as Holder)[KEY];
	return state && contentError(state.problems, true, state.root);
}
