// Facts from git for the pages: when each file last changed (the footer), whether an English page
// lags behind its Japanese page (a notice at its top), and where to edit it.
// One `git log` per build (not one per page). In a shallow clone the oldest commit stands for all
// history before it, so files whose newest change is that commit get no date rather than a wrong one.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One commit of the content's history: newest first in a log. */
export interface Commit {
	hash: string;
	/** Committer date, ISO 8601. */
	date: string;
	files: string[];
	/** The message has the trailer `Translation: not needed` (a Japanese change with nothing to translate). */
	noTranslation: boolean;
}

/** The log format parseCommits reads: NUL, hash, date, unit separator, the Translation trailer; then the files. */
export const LOG_FORMAT = '--format=%x00%H %cI%x1f%(trailers:key=Translation,valueonly,separator=%x2C)';

/** Parse `git log LOG_FORMAT --name-only` output. */
export function parseCommits(log: string): Commit[] {
	return log
		.split('\0')
		.slice(1)
		.map((entry) => {
			const [head = '', ...files] = entry.split('\n');
			const [id = '', trailer = ''] = head.split('\x1f');
			const [hash = '', date = ''] = id.trim().split(' ');
			return { hash, date, files: files.map((x) => x.trim()).filter(Boolean), noTranslation: /\bnot needed\b/i.test(trailer) };
		});
}

/** File → date of its newest change; files whose newest change is a shallow clone's cut (`boundary`) get none. */
function newestChanges(commits: readonly Commit[], boundary: Set<string>): Map<string, string> {
	const dates = new Map<string, string>();
	for (const c of commits) {
		for (const f of c.files) {
			if (dates.has(f)) continue; // newest first: the first mention is the newest change
			dates.set(f, boundary.has(c.hash) ? '' : c.date);
		}
	}
	for (const [f, d] of dates) if (!d) dates.delete(f);
	return dates;
}

/** Parse `git log --format=%x00%H %cI --name-only` output: file → date of its newest change. */
export function parseGitLog(log: string, boundary: Set<string> = new Set()): Map<string, string> {
	return newestChanges(parseCommits(log), boundary);
}

/**
 * Whether an English page lags behind its Japanese page, and since when: the Japanese page's text
 * changed in a commit after the English file's newest commit. What counts as a change:
 * - a commit that changes both files keeps them in step (the translation was updated with it);
 * - a commit whose message carries the trailer `Translation: not needed` does not count (a typo fix);
 * - with `textAt` (the Japanese page's translatable text at a revision: title, description, body),
 *   a commit that leaves that text as its parent had it does not count (an alias, the order, a check
 *   date), and nothing lags while the text at HEAD is the text the English page was translated from.
 * The date is that of the newest commit that changed the text. Undefined when in step, or when
 * history cannot tell (the English file never committed, or history cut by a shallow clone).
 */
export function translationLag(
	commits: readonly Commit[],
	japanese: string,
	english: string,
	boundary: Set<string> = new Set(),
	textAt?: (revision: string) => string | undefined,
): { japanese: string; english: string } | undefined {
	const at = commits.findIndex((c) => c.files.includes(english));
	const translated = commits[at];
	if (!translated || boundary.has(translated.hash)) return undefined;
	// Japanese changes after it, newest first (none of them touches the English file).
	const later = commits.slice(0, at).filter((c) => c.files.includes(japanese) && !c.noTranslation);
	if (!later.length) return undefined;
	if (!textAt) return { japanese: later[0]!.date, english: translated.date };
	if (textAt('HEAD') === textAt(translated.hash)) return undefined;
	const changed = later.find((c) => boundary.has(c.hash) || textAt(c.hash) !== textAt(`${c.hash}^`)) ?? later[0]!;
	return { japanese: changed.date, english: translated.date };
}

/** The commits a shallow clone cuts history at (empty for a full clone). */
function shallowBoundary(root: string): Set<string> {
	try {
		const gitDir = execFileSync('git', ['rev-parse', '--git-dir'], { cwd: root, encoding: 'utf8' }).trim();
		const file = join(root, gitDir, 'shallow');
		return existsSync(file) ? new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean)) : new Set();
	} catch {
		return new Set();
	}
}

let cache: { commits: Commit[]; boundary: Set<string> } | undefined;
/** The content's history (one `git log` per build), or none outside git. */
function history(root: string): { commits: Commit[]; boundary: Set<string> } {
	if (cache) return cache;
	try {
		const log = execFileSync('git', ['log', LOG_FORMAT, '--name-only', '--no-renames', '--', 'content'], {
			cwd: root,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		cache = { commits: parseCommits(log), boundary: shallowBoundary(root) };
	} catch {
		cache = { commits: [], boundary: new Set() };
	}
	return cache;
}

let dates: Map<string, string> | undefined;
/** The last-change date (ISO) of every tracked file, or an empty map outside git. */
export function lastChanged(root = process.cwd()): Map<string, string> {
	if (dates) return dates;
	const { commits, boundary } = history(root);
	dates = newestChanges(commits, boundary);
	return dates;
}

/**
 * An English page's lag behind its Japanese page (files relative to the project root), from git:
 * see translationLag; `text` turns a version of the Japanese file into its translatable text.
 */
export function pageLag(
	japanese: string,
	english: string,
	text: (source: string) => string,
	root = process.cwd(),
): { japanese: string; english: string } | undefined {
	const { commits, boundary } = history(root);
	const textAt = (hash: string) => {
		try {
			return text(
				execFileSync('git', ['show', `${hash}:${japanese}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
			);
		} catch {
			return undefined; // not in that commit
		}
	};
	return translationLag(commits, japanese, english, boundary, textAt);
}

let editBase: { root: string; base: string | undefined } | undefined;
/** The edit URL prefix: KIT_EDIT_URL, or derived from the `origin` remote; found once per build (one `git` run, not one per page). */
function editBaseUrl(root: string): string | undefined {
	if (editBase?.root === root) return editBase.base;
	let base = process.env.KIT_EDIT_URL;
	if (!base) {
		try {
			const origin = execFileSync('git', ['remote', 'get-url', 'origin'], {
				cwd: root,
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
			}).trim();
			const m = /^(?:https:\/\/|git@)([^/:]+)[/:](.+?)(?:\.git)?$/.exec(origin);
			if (m) base = `https://${m[1]}/${m[2]}/edit/main/`;
		} catch {
			base = undefined;
		}
	}
	editBase = { root, base };
	return base;
}

/**
 * The "edit this page" URL for a file: KIT_EDIT_URL (e.g. https://host/owner/repo/edit/main/) +
 * path, or derived from the `origin` remote in the GitHub/Gitea form; none when neither exists.
 */
export function editUrl(file: string, root = process.cwd()): string | undefined {
	const base = editBaseUrl(root);
	return base ? `${base.replace(/\/?$/, '/')}${file}` : undefined;
}
