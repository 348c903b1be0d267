// Facts from git for the page footer: when each file last changed, and where to edit it.
// One `git log` per build (not one per page). In a shallow clone the oldest commit stands for all
// history before it, so files whose newest change is that commit get no date rather than a wrong one.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Parse `git log --format=%x00%H %cI --name-only` output: file → date of its newest change. */
export function parseGitLog(log: string, boundary: Set<string> = new Set()): Map<string, string> {
	const dates = new Map<string, string>();
	for (const entry of log.split('\0').slice(1)) {
		const [head = '', ...files] = entry.split('\n');
		const [hash = '', date = ''] = head.trim().split(' ');
		for (const f of files.map((x) => x.trim()).filter(Boolean)) {
			if (dates.has(f)) continue; // newest first: the first mention is the newest change
			dates.set(f, boundary.has(hash) ? '' : date);
		}
	}
	for (const [f, d] of dates) if (!d) dates.delete(f);
	return dates;
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

let cache: Map<string, string> | undefined;
/** The last-change date (ISO) of every tracked file, or an empty map outside git. */
export function lastChanged(root = process.cwd()): Map<string, string> {
	if (cache) return cache;
	try {
		const log = execFileSync('git', ['log', '--format=%x00%H %cI', '--name-only', '--no-renames', '--', 'content'], {
			cwd: root,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		cache = parseGitLog(log, shallowBoundary(root));
	} catch {
		cache = new Map();
	}
	return cache;
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
