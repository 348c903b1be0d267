// A throw-away copy of the project for the benchmark: sources copied, and a node_modules folder of
// its own whose entries link to the real ones. Linking entry by entry (not the folder) gives the copy
// its own node_modules/.astro, so its data store and image cache start empty and are not shared
// with the real checkout or with a concurrent build.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = process.cwd();

/**
 * PATH with the project's node_modules/.bin first, as `npm run` does (astro then runs on Node 26).
 * Without vitest's variables: run from a test, `astro dev` would otherwise take itself for a test
 * and never answer a request.
 */
export const childEnv = (): NodeJS.ProcessEnv => ({
	...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))),
	PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
	FORCE_COLOR: '0',
	NO_COLOR: '1',
	ASTRO_TELEMETRY_DISABLED: '1',
});

export interface BuildResult {
	status: number | null;
	wallMs: number;
	/** Peak resident set of the largest process of the build (GNU time), when /usr/bin/time exists. */
	maxRssKb?: number | undefined;
	/** CPU seconds (user + system) of the build and its children, when /usr/bin/time exists: less noisy than wall time on a loaded machine. */
	cpuS?: number | undefined;
	output: string;
	/** Each output line with the ms since the start at which it arrived. */
	lines: { ms: number; text: string }[];
}

const SOURCES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

/**
 * Copy the project's sources into a temp folder; `content: false` leaves content/ out. With `ref`
 * (a commit), copy that commit's files instead of the work tree (others may be mid-edit in it).
 */
export function copyProject(options: { content: boolean; ref?: string | undefined }): string {
	const dir = mkdtempSync(join(tmpdir(), 'kit-bench-'));
	const paths = [...SOURCES, ...(options.content ? ['content'] : [])];
	if (options.ref) {
		const present = execFileSync('git', ['ls-tree', '--name-only', options.ref, ...paths], { cwd: ROOT, encoding: 'utf8' })
			.split('\n')
			.filter(Boolean);
		const tar = execFileSync('git', ['archive', '--format=tar', options.ref, ...present], { cwd: ROOT, maxBuffer: 1 << 30 });
		execFileSync('tar', ['-x', '-C', dir], { input: tar });
	} else {
		for (const f of paths) if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
	}
	linkPackages(dir);
	return dir;
}

/**
 * Give the project copy `dir` a node_modules folder whose entries link to the real ones. Linking
 * entry by entry (not the folder) gives the copy its own node_modules/.astro and .vite, so its
 * content store, render cache and image cache start empty and stay private to it.
 */
export function linkPackages(dir: string): void {
	mkdirSync(join(dir, 'node_modules'));
	for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
		if (entry === '.astro' || entry === '.vite') continue;
		symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
	}
}

const TIME = '/usr/bin/time';

/** Run `astro build` in `dir` (or another command of the project's tools); time it and take its peak memory. */
export function build(dir: string, command: string[] = ['astro', 'build']): Promise<BuildResult> {
	const useTime = existsSync(TIME);
	const [cmd, args] = useTime ? [TIME, ['-f', 'KIT_TIME %M %U %S', ...command]] : [command[0]!, command.slice(1)];
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(cmd, args, { cwd: dir, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		const lines: BuildResult['lines'] = [];
		let partial = '';
		const onData = (d: Buffer) => {
			const text = d.toString();
			output += text;
			const parts = (partial + text).split('\n');
			partial = parts.pop() ?? '';
			const ms = performance.now() - start;
			for (const line of parts) lines.push({ ms, text: line });
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('error', reject);
		child.on('close', (status) => {
			const wallMs = performance.now() - start;
			const t = /KIT_TIME (\d+) ([\d.]+) ([\d.]+)/.exec(output);
			resolve({ status, wallMs, maxRssKb: t ? Number(t[1]) : undefined, cpuS: t ? Number(t[2]) + Number(t[3]) : undefined, output, lines });
		});
	});
}

/** Remove a copy made by copyProject. */
export const removeProject = (dir: string) => rmSync(dir, { recursive: true, force: true });
