// Lighthouse (mobile, its defaults: emulated phone, simulated slow 4G and CPU) on the main pages of
// the built site, with Debian's Chromium, and a table of the four scores. Offline: the site is served
// on loopback by scripts/serve.ts and Chromium runs without its background networking.
// Usage: npm run lighthouse [-- --port 4330] [-- /extra/page/ ...]   (build first: npm run build)
// Prints, per page, the audits that cost points, so a score below 100 says why.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const mainPages = ['/', '/mail/', '/mail/clients/thunderbird/', '/mail/smtp-auth/', '/mail/settings/'];
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const chromiumFlags = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-dev-shm-usage',
];

const args = process.argv.slice(2);
const portAt = args.indexOf('--port');
const port = portAt >= 0 ? Number(args[portAt + 1]) : 4330;
const pages = [...mainPages, ...args.filter((a, i) => a.startsWith('/') && args[i - 1] !== '--port')];

/** Start a child and resolve once a line of its output matches; reject if it exits first. */
function startAndWait(child: ChildProcess, ready: RegExp, what: string): Promise<RegExpMatchArray> {
	return new Promise((resolve, reject) => {
		let seen = '';
		const onData = (chunk: Buffer) => {
			seen += chunk.toString();
			const m = seen.match(ready);
			if (m) resolve(m);
		};
		child.stdout?.on('data', onData);
		child.stderr?.on('data', onData);
		child.once('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready:\n${seen}`)));
		setTimeout(() => reject(new Error(`${what} not ready after 30 s:\n${seen}`)), 30_000).unref();
	});
}

if (!existsSync('dist/index.html')) {
	console.error('lighthouse: dist/ has no site. Build it first: npm run build');
	process.exit(1);
}

const children: ChildProcess[] = [];
const profile = mkdtempSync(join(tmpdir(), 'kit-lighthouse-'));
const stop = () => {
	for (const c of children) if (c.pid && c.exitCode === null) process.kill(c.pid, 'SIGTERM');
	rmSync(profile, { recursive: true, force: true });
};
process.on('SIGINT', () => (stop(), process.exit(130)));

try {
	const server = spawn(process.execPath, ['scripts/serve.ts', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
	children.push(server);
	await startAndWait(server, /serving .* at /, 'scripts/serve.ts');

	const browser = spawn(chromium, [...chromiumFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	children.push(browser);
	const [, debugPort] = await startAndWait(browser, /DevTools listening on ws:\/\/[^:]+:(\d+)\//, chromium);

	const rows: { page: string; scores: number[] }[] = [];
	for (const page of pages) {
		const url = `http://127.0.0.1:${port}${page}`;
		const result = await lighthouse(url, { port: Number(debugPort), output: 'json', logLevel: 'error', onlyCategories: [...categories] });
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
		const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
		rows.push({ page, scores });
		// What cost points: weighted audits below a full score, per category.
		for (const c of categories) {
			const category = lhr.categories[c];
			if (!category || category.score === 1) continue;
			const lost = category.auditRefs
				.filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
				.map((ref) => {
					const audit = lhr.audits[ref.id]!;
					return `    ${c}: ${audit.id} (score ${audit.score}, weight ${ref.weight})${audit.displayValue ? ` ${audit.displayValue}` : ''}`;
				});
			if (lost.length) console.log(`${page}\n${lost.join('\n')}`);
		}
	}

	const width = Math.max(...rows.map((r) => r.page.length), 4);
	const header = ['page'.padEnd(width), ...categories.map((c) => c.padStart(14))].join(' ');
	console.log(`\n${header}\n${'-'.repeat(header.length)}`);
	for (const r of rows) console.log([r.page.padEnd(width), ...r.scores.map((s) => String(s).padStart(14))].join(' '));
} finally {
	stop();
}
