// Render the whole manual: front matter for every file first (the generated tables need all of it),
// then each body, then the build-wide checks. Pure apart from the renderer it is given; the Astro
// loader is a thin wrapper around it, and tests call it directly.
import type MarkdownIt from 'markdown-it';
import { createEnv, type Heading, type ImageRef, type Problem } from '../markdown/env.ts';
import { parseFrontmatter, type Frontmatter } from './frontmatter.ts';
import { fileToId, idToUrl } from './pages.ts';
import { checkLinks, type LinkTarget } from './links.ts';

export interface SourceFile {
	/** Path relative to the project root, e.g. content/mail/index.md. */
	file: string;
	source: string;
}

export interface PageSummary {
	id: string;
	url: string;
	file: string;
	data: Frontmatter;
}

export interface RenderedPage extends PageSummary {
	body: string;
	html: string;
	headings: Heading[];
	images: ImageRef[];
}

export interface SiteOptions {
	/** Make a renderer that knows every page (for generated tables). */
	renderer: (pages: PageSummary[]) => MarkdownIt;
	/** Site paths of files that exist besides pages (public/, generated endpoints). */
	files?: Set<string>;
}

/** Render every file; return pages and every problem found, in file order. */
export function renderSite(files: SourceFile[], options: SiteOptions): { pages: RenderedPage[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const parsed: (PageSummary & { body: string; bodyOffset: number })[] = [];
	const byUrl = new Map<string, string>();
	const invalid: Omit<(typeof parsed)[number], 'data'>[] = [];
	for (const { file, source } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
		const fm = parseFrontmatter(source, file);
		problems.push(...fm.problems);
		const id = fileToId(file);
		const url = idToUrl(id);
		const other = byUrl.get(url);
		if (other) {
			problems.push({
				file,
				line: 1,
				message: `two pages have the URL ${url}: this file and ${other}`,
				hint: 'rename or move one of them (a folder\'s index.md and a file of the folder\'s name give the same URL)',
			});
			continue;
		}
		byUrl.set(url, file);
		// A page with bad front matter is still rendered, so its body's problems are reported too.
		const body = fm.split?.body ?? source;
		const bodyOffset = fm.split?.bodyOffset ?? 0;
		if (fm.data) parsed.push({ id, url, file, data: fm.data, body, bodyOffset });
		else invalid.push({ id, url, file, body, bodyOffset });
	}
	const md = options.renderer(parsed.map(({ id, url, file, data }) => ({ id, url, file, data })));
	const pages: RenderedPage[] = [];
	const sources: { file: string; url: string; links: { href: string; line: number }[] }[] = [];
	for (const p of parsed) {
		const env = createEnv(p.file, p.bodyOffset);
		const html = md.render(p.body, env);
		problems.push(...env.problems);
		sources.push({ file: p.file, url: p.url, links: env.links });
		pages.push({ id: p.id, url: p.url, file: p.file, data: p.data, body: p.body, html, headings: env.headings, images: env.images });
	}
	for (const p of invalid) {
		const env = createEnv(p.file, p.bodyOffset);
		md.render(p.body, env);
		problems.push(...env.problems);
		sources.push({ file: p.file, url: p.url, links: env.links });
	}
	const targets = new Map<string, LinkTarget>(pages.map((p) => [p.url, { url: p.url, anchors: new Set(p.headings.map((h) => h.slug)) }]));
	problems.push(...checkLinks(sources, targets, options.files ?? new Set()));
	problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
	return { pages, problems };
}
