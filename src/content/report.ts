// How the manual's problems reach the maintainer: one error for all of them (the build prints it
// and stops; `astro check` prints it), and in the dev server the same text on every page in the
// browser (src/middleware.ts answers with the page below) until a save fixes it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems, type Problem } from '../shared/problems.ts';
import { escapeHtml as escape } from '../util/escape.ts';

/**
 * Error thrown when content has problems; the message lists all of them, the hint says what to do.
 * Deliberately a plain Error with a `hint` (Astro prints one), not an AstroError, and with its own
 * toString(), because of what Astro does to errors before printing them (astro/dist/core/messages/
 * runtime.js `formatErrorMessage`, astro/dist/core/errors/dev/utils.js `generateHint`):
 * - an AstroError's message goes through Astro's error "markdown" (`renderErrorMarkdown`), which
 *   turns `[text](url)` into "text url": the alt-text hint's example `![…](…)` printed as `!… …`.
 *   A plain Error's message is printed as it is. (The hint still goes through it: ours is a fixed
 *   sentence without link syntax; every example stays in the message.)
 * - any error whose toString() contains "window" or "document" gets Astro's "Browser APIs are not
 *   available on the server" instead of its own hint: a page named windows-live-mail.md was enough.
 *   toString() is the headline (the manual's own fixed words), never a problem's text.
 * tests/integration/hints.test.ts builds a page that hits both.
 */
export class ContentError extends Error {
	/** The problems the message lists. */
	readonly problems: Problem[];
	/** What to do; Astro prints it under "Hint:". */
	readonly hint: string;
	/** The first line of the message (what toString() gives). */
	readonly headline: string;
	constructor(message: string, hint: string, problems: Problem[] = []) {
		super(message);
		this.problems = problems;
		this.hint = hint;
		this.headline = message.split('\n')[0]!;
		this.name = 'ContentError';
		// The stack would point at the loader, not at the content: the message has the locations.
		this.stack = '';
	}

	override toString(): string {
		return `${this.name}: ${this.headline}`;
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
 * problem's place and its file's text (Astro's `loc` and `fullCode`): the dev server's page of
 * problems shows that line in the file, and so does Astro's overlay where the error is thrown
 * (src/site/data.ts).
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


/** Lines of `text` around `line` (1-based), numbered, that line marked: where the first problem is. */
export function excerpt(text: string, line: number, around = 3): { number: number; text: string; here: boolean }[] {
	const lines = text.split(/\r?\n/);
	const from = Math.max(1, line - around);
	const to = Math.min(lines.length, line + around);
	return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => ({ number: from + i, text: lines[from + i - 1]!, here: from + i === line }));
}

/**
 * The dev server's answer while the manual has problems: the same lines as the build (no stack),
 * the first problem's place in its file, and Vite's client, which reloads the page when the next
 * save has been synced (good or bad). The manual's own page, not Astro's error overlay: a thrown
 * error would be logged again in the terminal on every request, burying the loader's one message.
 */
export function devErrorPage(error: ContentError): string {
	const { loc, fullCode } = error as ContentError & { loc?: { file?: string; line?: number }; fullCode?: string };
	const first = error.problems[0];
	const lines = first && fullCode && loc?.line ? excerpt(fullCode, loc.line) : [];
	const code = lines.length
		? `<h2>${escape(`${first!.file}:${first!.line}${first!.column ? `:${first!.column}` : ''}`)}</h2><pre class="code">${lines
				.map((l) => `<span${l.here ? ' class="here"' : ''}>${String(l.number).padStart(4)}  ${escape(l.text)}</span>`)
				.join('')}</pre>`
		: '';
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The manual has problems</title>
<style>
	body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1f2328; }
	h1 { font-size: 1.4rem; color: #b3261e; }
	h2 { font-size: 1rem; margin-top: 2rem; }
	pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: 1rem; font: 14px/1.5 ui-monospace, monospace; }
	.code span { display: block; }
	.code .here { background: #ffebe9; font-weight: bold; }
	@media (prefers-color-scheme: dark) { body { background: #0d1117; color: #e6edf3; } pre { background: #161b22; border-color: #30363d; } .code .here { background: #5a1e1e; } h1 { color: #ff7b72; } }
</style>
</head>
<body>
<main id="kit-dev-problems">
<h1>${escape(error.message.split('\n')[0]!)}</h1>
<pre>${escape(error.message.split('\n').slice(1).join('\n'))}</pre>
<p>${escape(error.hint ?? '')}</p>
${code}
</main>
<script type="module" src="/@vite/client"></script>
</body>
</html>
`;
}
