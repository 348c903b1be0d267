// The benchmark (`npm run bench`): build a generated corpus of Japanese pages with the project's own
// pipeline in a throw-away copy, then the floor under it (a bare Astro project writing the same
// articles, and Pagefind over them), then the real manual cold and warm, then the dev server's
// save-to-HTML time, and print the figures. Builds run in copies (own node_modules/.astro), so the
// checkout's dist/ and caches are left alone.
//
// Usage: npx node scripts/bench/run.ts [--pages 1000] [--runs 1] [--ref COMMIT] [--only corpus|real|dev] [--keep]
//   --runs  build the corpus this many times cold and warm, and print the median too (this machine
//           is noisy: one run can be a second off)
//   --ref   benchmark a commit's sources instead of the work tree
//   --keep  keep the copies (their paths are printed) to look at the output
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { loadavg, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build, copyProject, removeProject, ROOT, type BuildResult } from './project.ts';
import { writeCorpus, type Corpus } from './corpus.ts';
import { pageWeight, kb, type PageWeight } from './weight.ts';
import { devLatency, type DevResult } from './dev.ts';
import { floor } from './floor.ts';

const { values: args } = parseArgs({
	options: {
		pages: { type: 'string', default: '1000' },
		runs: { type: 'string', default: '1' },
		ref: { type: 'string' },
		only: { type: 'string', multiple: true },
		keep: { type: 'boolean', default: false },
	},
});
const pages = Number(args.pages);
const runs = Math.max(1, Number(args.runs));
const only = new Set(args.only ?? ['corpus', 'real', 'dev']);
const copies: string[] = [];

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const load = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');
const line = (label: string, value: string) => console.log(`  ${label.padEnd(34)} ${value}`);

/** Total bytes and file count under `dir`. */
function du(dir: string): { bytes: number; files: number; html: number } {
	let bytes = 0;
	let files = 0;
	let html = 0;
	for (const f of readdirSync(dir, { recursive: true }) as string[]) {
		const st = statSync(join(dir, f));
		if (!st.isFile()) continue;
		bytes += st.size;
		files++;
		if (f.endsWith('.html')) html++;
	}
	return { bytes, files, html };
}

/** Build `dir`; a failed build stops the bench with its output (the copies are still removed). */
async function buildOk(dir: string, what: string): Promise<BuildResult> {
	const r = await build(dir);
	if (r.status !== 0) throw new Error(`${what}: astro build failed (exit ${r.status})\n${r.output.slice(-4000)}`);
	return r;
}

/** Build `dir` from nothing (no output, data store or image cache), then again with the caches it left. */
async function coldAndWarm(dir: string, what: string): Promise<{ cold: BuildResult; warm: BuildResult }> {
	rmSync(join(dir, 'dist'), { recursive: true, force: true });
	rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
	const cold = await buildOk(dir, what);
	const warm = await buildOk(dir, `${what} (warm)`);
	return { cold, warm };
}

function printBuild(label: string, r: BuildResult, pageCount?: number) {
	line(`${label}: wall`, `${s(r.wallMs)}${pageCount ? ` (${(r.wallMs / pageCount).toFixed(1)} ms/page)` : ''}`);
	if (r.cpuS !== undefined)
		line(`${label}: CPU user+sys`, `${r.cpuS.toFixed(2)} s${pageCount ? ` (${((r.cpuS * 1000) / pageCount).toFixed(1)} ms/page)` : ''}`);
	if (r.maxRssKb !== undefined) line(`${label}: peak memory (max RSS)`, `${(r.maxRssKb / 1024).toFixed(0)} MB`);
}

// Phases of an Astro build, from its log lines (time at which each line arrived); each phase's line
// is looked for after the previous phase's.
const PHASES: [string, RegExp][] = [
	['content loaded', /\[kit-manual\] rendered/],
	['content synced', /Synced content/],
	['bundles built', /Rearranging server assets/],
	['pages generated', /generating optimized images/],
	['images done', /✓ Completed in/],
	['search indexed', /indexed \d+ pages/],
	['build complete', /Complete!/],
];
function printPhases(r: BuildResult) {
	let from = 0;
	const parts: string[] = [];
	for (const [name, re] of PHASES) {
		const i = r.lines.findIndex((l, n) => n >= from && re.test(l.text));
		if (i < 0) continue;
		parts.push(`${name} ${s(r.lines[i]!.ms)}`);
		from = i + 1;
	}
	line('  timeline (since start)', parts.join(' · '));
}

const COLD = 'cold build (empty caches)';
const WARM = 'warm build (caches kept)';

/** A build's figures and its timeline. */
function printBuildAndPhases(label: string, r: BuildResult, pageCount?: number) {
	printBuild(label, r, pageCount);
	printPhases(r);
}

/** HTML pages, files and bytes of a built site. */
function printOutput(dist: string) {
	const out = du(dist);
	line('output', `${out.html} HTML pages, ${out.files} files, ${(out.bytes / 2 ** 20).toFixed(1)} MB`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The dev server's start and save-to-served times, each round and their median. */
function printDev(prefix: string, r: DevResult) {
	line(`${prefix}start to first page`, s(r.startMs));
	line(
		`${prefix}save .md to new HTML served`,
		`${r.rounds.map((ms) => `${Math.round(ms)} ms`).join(', ')} (median ${Math.round(median(r.rounds))} ms)`,
	);
}

/** Median wall and CPU time of repeated builds, and each run's wall time. */
function printRuns(label: string, results: BuildResult[], pageCount: number) {
	if (results.length < 2) return;
	const wall = median(results.map((r) => r.wallMs));
	const cpu = results.every((r) => r.cpuS !== undefined) ? median(results.map((r) => r.cpuS!)) : undefined;
	line(
		`${label}: median of ${results.length}`,
		`${s(wall)} wall (${(wall / pageCount).toFixed(1)} ms/page)${cpu === undefined ? '' : `, ${cpu.toFixed(2)} s CPU`} · runs ${results.map((r) => s(r.wallMs)).join(', ')}`,
	);
}

function printWeight(label: string, w: PageWeight) {
	line(`${label}: HTML`, `${kb(w.html.raw)} raw, ${kb(w.html.gzip)} gzip`);
	line(`${label}: CSS`, `${kb(w.css.raw)} raw, ${kb(w.css.gzip)} gzip (${w.cssFiles.length} file(s))`);
	line(`${label}: JS on load`, `${kb(w.js.raw)} raw, ${kb(w.js.gzip)} gzip (${w.jsFiles.join(', ') || 'none'})`);
	if (w.onDemand.length) line(`${label}: JS on demand`, w.onDemand.join(', '));
	if (w.external.length) line(`${label}: OTHER ORIGINS`, w.external.join(', '));
}

/** Pagefind over dist/ when the build does not index itself (and pagefind is installed). */
async function separateIndex(dir: string): Promise<BuildResult | undefined> {
	if (existsSync(join(dir, 'dist/pagefind'))) return undefined;
	if (!existsSync(join(ROOT, 'node_modules/.bin/pagefind'))) return undefined;
	return build(dir, ['pagefind', '--site', 'dist']);
}

/** A copy of the project for one phase (removed at the end unless --keep). */
function newCopy(content: boolean): string {
	const dir = copyProject({ content, ref: args.ref });
	copies.push(dir);
	return dir;
}

/**
 * The generated corpus built cold and warm (`--runs N`: N times each, with medians), its search
 * index, output size and page weight. Returns the copy (its dist/ is the floor's input).
 */
async function corpusPhase(): Promise<{ dir: string; corpus: Corpus }> {
	const dir = newCopy(false);
	const corpus = await writeCorpus({ dir: join(dir, 'content'), pages, settings: join(ROOT, 'content/settings.yaml') });
	console.log(
		`\nCorpus: ${corpus.pages} pages in ${corpus.sections} sections, ${corpus.galleries} galleries sharing ${corpus.imageFiles} PNGs (load average ${load()})`,
	);
	const { cold, warm } = await coldAndWarm(dir, 'corpus');
	printBuildAndPhases(COLD, cold, corpus.pages);
	const index = await separateIndex(dir);
	if (index) {
		line('search index (npx pagefind, separate)', `${s(index.wallMs)} wall, ${index.cpuS?.toFixed(2) ?? '?'} s CPU`);
		line('build + index', s(cold.wallMs + index.wallMs));
	} else if (!cold.lines.some((l) => /indexed \d+ pages/.test(l.text))) {
		line('search index', 'not built (Pagefind is neither in the build nor installed)');
	}
	printOutput(join(dir, 'dist'));
	printWeight(`typical page ${corpus.typical}`, pageWeight(join(dir, 'dist'), corpus.typical));
	printWeight(`gallery page ${corpus.gallery}`, pageWeight(join(dir, 'dist'), corpus.gallery));
	printBuildAndPhases(WARM, warm, corpus.pages);
	console.log(`  (load average ${load()})`);
	if (runs > 1) {
		const colds = [cold];
		const warms = [warm];
		for (let i = 1; i < runs; i++) {
			const again = await coldAndWarm(dir, 'corpus (repeated)');
			colds.push(again.cold);
			warms.push(again.warm);
		}
		printRuns('cold build', colds, corpus.pages);
		printRuns('warm build', warms, corpus.pages);
		console.log(`  (load average ${load()})`);
	}
	return { dir, corpus };
}

/** What Astro and Pagefind alone take for the same pages (scripts/bench/floor.ts). */
async function floorPhase(dist: string): Promise<void> {
	const bare = await floor(dist);
	copies.push(bare.dir);
	console.log(
		`\nFloor: a bare Astro project writing the same ${bare.pages} articles (no layout, Markdown, content layer or images), then Pagefind`,
	);
	printBuild('bare astro build', bare.astro, bare.pages);
	line('Pagefind over its output', `${s(bare.pagefind.wallMs)} wall, ${bare.pagefind.cpuS?.toFixed(2) ?? '?'} s CPU`);
	line('floor (the two added)', s(bare.astro.wallMs + bare.pagefind.wallMs));
	console.log(`  (load average ${load()})`);
}

/** The real manual (a copy with content/) built cold and warm. */
async function realPhase(dir: string): Promise<void> {
	const count = (readdirSync(join(dir, 'content'), { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).length;
	console.log(`\nReal manual: ${count} Markdown files (load average ${load()})`);
	const { cold, warm } = await coldAndWarm(dir, 'real manual');
	printBuildAndPhases(COLD, cold);
	printBuildAndPhases(WARM, warm);
	printOutput(join(dir, 'dist'));
}

/** The dev server on the real manual: start, then save one page and wait for its new HTML. */
async function devPhase(dir: string): Promise<void> {
	console.log(`\nDev server (load average ${load()})`);
	const file = 'content/mail/smtp-auth.md';
	const [path, page] = existsSync(join(dir, file)) ? [file, '/mail/smtp-auth/'] : ['content/index.md', '/'];
	printDev('', await devLatency(dir, path, page));
}

async function main(): Promise<void> {
	console.log(
		`kit bench · ${new Date().toISOString()} · ${cpus().length} CPUs (${cpus()[0]?.model.trim()}) · ${(totalmem() / 2 ** 30).toFixed(1)} GB · load average ${load()}`,
	);
	console.log(
		`sources: ${args.ref ? `commit ${execFileSync('git', ['rev-parse', '--short', args.ref], { encoding: 'utf8' }).trim()}` : 'work tree'} · node ${process.version}`,
	);
	if (only.has('corpus')) {
		const { dir, corpus } = await corpusPhase();
		// The dev server on the corpus: saving one page re-renders that page only (the render cache).
		if (only.has('dev')) printDev('dev server: ', await devLatency(dir, `content${corpus.typical.replace(/\/$/, '')}.md`, corpus.typical));
		await floorPhase(join(dir, 'dist'));
	}
	if (only.has('real') || only.has('dev')) {
		const dir = newCopy(true);
		if (only.has('real')) await realPhase(dir);
		if (only.has('dev')) await devPhase(dir);
	}
	console.log(`\nload average at the end: ${load()}`);
}

try {
	await main();
} catch (e) {
	console.error((e as Error).message);
	process.exitCode = 1;
} finally {
	if (args.keep) console.log(`kept: ${copies.join(' ')}`);
	else copies.forEach(removeProject);
}
