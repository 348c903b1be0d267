// Time from saving a Markdown file to the dev server serving the new HTML: start `astro dev` on a
// free loopback port in a project copy, load a page once (compiles it), then for each round append a
// unique sentence to the page's file and poll the page until the sentence is in the HTML.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { childEnv } from './project.ts';

/** A free TCP port on loopback. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function get(url: string): Promise<string | undefined> {
	try {
		const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
		return res.ok ? await res.text() : undefined;
	} catch {
		return undefined;
	}
}

/** Poll `url` until `done(html)`; returns ms waited, or throws after `timeoutMs`. */
async function until(url: string, done: (html: string) => boolean, timeoutMs: number): Promise<number> {
	const start = performance.now();
	while (performance.now() - start < timeoutMs) {
		const html = await get(url);
		if (html !== undefined && done(html)) return performance.now() - start;
		await sleep(20);
	}
	throw new Error(`${url} did not show the change within ${timeoutMs} ms`);
}

/** Stop the dev server by its PID: SIGTERM, then SIGKILL if it is still there after 5 s. */
function stop(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		const timer = setTimeout(() => child.pid && process.kill(child.pid, 'SIGKILL'), 5000);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve();
		});
		if (child.pid) process.kill(child.pid, 'SIGTERM');
	});
}

export interface DevResult {
	/** Start until the first page was served (ms). */
	startMs: number;
	/** Save-to-new-HTML of each round (ms). */
	rounds: number[];
}

/** Measure in the project copy `dir`: `file` (relative to it) is the Markdown of site path `page`. */
export async function devLatency(dir: string, file: string, page: string, rounds = 3, timeoutMs = 120_000): Promise<DevResult> {
	const port = await freePort();
	const started = performance.now();
	// astro runs on the project's Node (node_modules/.bin first on PATH); its PID is the dev server's.
	const child = spawn('astro', ['dev', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: dir,
		env: childEnv(),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout!.on('data', (d) => (log += d));
	child.stderr!.on('data', (d) => (log += d));
	const original = readFileSync(join(dir, file), 'utf8');
	const url = `http://127.0.0.1:${port}${page}`;
	try {
		await until(url, () => true, 120_000).catch((e: Error) => {
			throw new Error(`${e.message}\n--- astro dev output ---\n${log}`);
		});
		const startMs = performance.now() - started;
		const times: number[] = [];
		for (let i = 0; i < rounds; i++) {
			const marker = `ベンチ確認${Date.now().toString(36)}${i}`;
			appendFileSync(join(dir, file), `\n\n${marker}。\n`);
			times.push(
				await until(url, (html) => html.includes(marker), timeoutMs).catch((e: Error) => {
					throw new Error(
						`${e.message}\n--- astro dev output (request lines left out) ---\n${log
							.split('\n')
							.filter((l) => !/\[200\]/.test(l))
							.join('\n')
							.slice(-4000)}`,
					);
				}),
			);
			await sleep(300); // let the watcher settle before the next save
		}
		return { startMs, rounds: times };
	} finally {
		writeFileSync(join(dir, file), original);
		await stop(child);
	}
}
