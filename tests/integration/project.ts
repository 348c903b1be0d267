// A throw-away copy of the project for build tests: sources copied, packages linked.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { linkPackages } from '../../scripts/bench/project.ts';

const root = process.cwd();

export interface Project {
	dir: string;
	read(file: string): string;
	write(file: string, text: string): void;
	edit(file: string, change: (text: string) => string): void;
	/** Run `astro build` (with extra environment variables, e.g. KIT_BUILD_DATE); returns its exit code and combined output. */
	build(env?: Record<string, string>): { status: number | null; output: string };
	/** Run `astro check` (content sync, then types); returns its exit code and combined output. */
	check(): { status: number | null; output: string };
	/** Write bytes as they are (e.g. a file in another encoding, a broken image). */
	writeBytes(file: string, bytes: Uint8Array): void;
	/** Delete one file of the copy. */
	delete(file: string): void;
	remove(): void;
}

/** Copy the project's sources (not dist, not node_modules) into a temp folder; `extra` folders too (e.g. scripts). */
export function copyProject(extra: string[] = []): Project {
	const dir = mkdtempSync(join(tmpdir(), 'kit-build-'));
	for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', ...extra]) {
		if (existsSync(join(root, f))) cpSync(join(root, f), join(dir, f), { recursive: true });
	}
	// Packages linked one by one: the copy's node_modules/.astro (content store, caches) stays
	// private to it (tests build copies in parallel).
	linkPackages(dir);
	return {
		dir,
		read: (file) => readFileSync(join(dir, file), 'utf8'),
		write: (file, text) => writeFileSync(join(dir, file), text),
		edit(file, change) {
			const before = this.read(file);
			const after = change(before);
			if (after === before) throw new Error(`edit of ${file} changed nothing`);
			this.write(file, after);
		},
		writeBytes: (file, bytes) => writeFileSync(join(dir, file), bytes),
		build: (env) => astro(dir, 'build', env),
		check: () => astro(dir, 'check'),
		delete: (file) => rmSync(join(dir, file)),
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}

/** Run `astro <command>` in `dir`. */
function astro(dir: string, command: string, extra: Record<string, string> = {}): { status: number | null; output: string } {
	// node_modules/.bin first on PATH, as npm run does, so astro runs on the project's Node.
	const env = { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`, FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
	// A build takes 10–30 s alone; the limit is for a hung build, not a slow machine (under a load
	// average of 20–30 real builds took over 120 s).
	const r = spawnSync('astro', [command], { cwd: dir, env, encoding: 'utf8', timeout: 300_000 });
	return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
