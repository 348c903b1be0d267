// The floor under the corpus build: what Astro and Pagefind alone cost for the same pages on this
// machine. A bare Astro project (no layout, no Markdown, no content layer, no images) writes each
// built page's article exactly as the real build wrote it, then Pagefind indexes that output as
// the real build does. No build of these pages with this stack can be faster than these two added
// (measured: the machine has 2 CPUs and both steps keep them busy, so they do not overlap for free).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, linkPackages, type BuildResult } from './project.ts';

export interface FloorResult {
	pages: number;
	astro: BuildResult;
	pagefind: BuildResult;
	dir: string;
}

/** The article of every page of a built site (`dist`) that has one, with its language. */
function articles(dist: string): { url: string; lang: string; html: string }[] {
	const out: { url: string; lang: string; html: string }[] = [];
	for (const f of (readdirSync(dist, { recursive: true }) as string[]).filter((x) => x.endsWith('index.html')).sort()) {
		const page = readFileSync(join(dist, f), 'utf8');
		const start = page.indexOf('<article');
		if (start < 0 || !page.includes('data-pagefind-body')) continue;
		const end = page.lastIndexOf('</article>') + '</article>'.length;
		out.push({
			url: `/${f.slice(0, -'index.html'.length)}`,
			lang: /<html lang="([^"]+)"/.exec(page)?.[1] ?? 'ja',
			html: page.slice(start, end),
		});
	}
	return out;
}

/** Build the bare project from the articles of `dist`, then index its output with Pagefind. */
export async function floor(dist: string): Promise<FloorResult> {
	const pages = articles(dist);
	const dir = mkdtempSync(join(tmpdir(), 'kit-floor-'));
	mkdirSync(join(dir, 'src/pages'), { recursive: true });
	linkPackages(dir);
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'kit-floor', private: true, type: 'module' }));
	writeFileSync(join(dir, 'pages.json'), JSON.stringify(pages));
	// The same output settings as the manual (directory format, four pages at a time).
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always', build: { format: 'directory', concurrency: 4 }, devToolbar: { enabled: false } });\n`,
	);
	writeFileSync(
		join(dir, 'src/pages/[...slug].astro'),
		[
			'---',
			"import { readFileSync } from 'node:fs';",
			'export function getStaticPaths() {',
			"\tconst pages = JSON.parse(readFileSync('pages.json', 'utf8'));",
			"\treturn pages.map((p) => ({ params: { slug: p.url.replace(/^\\/|\\/$/g, '') || undefined }, props: p }));",
			'}',
			'const { lang, html } = Astro.props;',
			'---',
			'<html lang={lang}><head><meta charset="utf-8" /><title>floor</title></head><body><Fragment set:html={html} /></body></html>',
			'',
		].join('\n'),
	);
	const astro = await build(dir);
	if (astro.status !== 0) throw new Error(`floor: astro build failed\n${astro.output.slice(-3000)}`);
	const pagefind = await build(dir, ['pagefind', '--site', 'dist']);
	if (pagefind.status !== 0) throw new Error(`floor: pagefind failed\n${pagefind.output.slice(-3000)}`);
	return { pages: pages.length, astro, pagefind, dir };
}
