// Render the whole manual: front matter for every file first (the generated tables need all of it),
// then each body, then the build-wide checks. Pure apart from the renderer it is given; the Astro
// loader is a thin wrapper around it, and tests call it directly.
import type { MarkdownIt } from 'markdown-it';
import { createEnv, type Heading, type ImageRef, type Problem } from '../markdown/env.ts';
import { parseFrontmatter, type Frontmatter } from './frontmatter.ts';
import { fileToId, idToUrl } from './pages.ts';
import { checkLinks, type LinkTarget } from './links.ts';
import { localeOf, localizedId, type Locale } from '../i18n/index.ts';

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
	locale: Locale;
	/** An English URL showing the Japanese page, because it is not translated yet. */
	fallback?: boolean;
}

export interface RenderedPage extends PageSummary {
	body: string;
	html: string;
	headings: Heading[];
	images: ImageRef[];
}

export interface SiteOptions {
	/** Make a renderer that knows every page (for generated tables). */
	renderer: (pages: PageSummary[], locale: Locale) => MarkdownIt;
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
		const locale = localeOf(id);
		if (fm.data) parsed.push({ id, url, file, data: fm.data, locale, body, bodyOffset });
		else invalid.push({ id, url, file, locale, body, bodyOffset });
	}
	// The English edition shows a Japanese page, with a notice, where no translation exists yet.
	const summary = ({ id, url, file, data, locale }: PageSummary): PageSummary => ({ id, url, file, data, locale });
	const ids = new Set(parsed.map((p) => p.id));
	const english = parsed.some((p) => p.locale === 'en');
	const fallbacks: PageSummary[] = english
		? parsed
				.filter((p) => p.locale === 'ja' && !ids.has(localizedId(p.id, 'en')))
				.map((p) => ({ ...summary(p), id: localizedId(p.id, 'en'), url: idToUrl(localizedId(p.id, 'en')), locale: 'en', fallback: true }))
		: [];
	const renderers = new Map<Locale, MarkdownIt>();
	const rendererFor = (locale: Locale) => {
		let md = renderers.get(locale);
		if (!md) {
			const known = [...parsed.filter((p) => p.locale === locale).map(summary), ...fallbacks.filter((p) => p.locale === locale)];
			md = options.renderer(known, locale);
			renderers.set(locale, md);
		}
		return md;
	};
	const pages: RenderedPage[] = [];
	const sources: { file: string; url: string; links: { href: string; line: number }[] }[] = [];
	for (const p of [...parsed, ...invalid]) {
		const env = createEnv(p.file, p.bodyOffset);
		// markdown-it types env as a plain record; ours is the typed MarkdownEnv the plugins share.
		const html = rendererFor(p.locale).render(p.body, env as unknown as Record<string, unknown>);
		problems.push(...env.problems);
		sources.push({ file: p.file, url: p.url, links: env.links });
		if ('data' in p) pages.push({ ...summary(p as PageSummary), body: p.body, html, headings: env.headings, images: env.images });
	}
	const byId = new Map(pages.map((p) => [p.id, p]));
	for (const f of fallbacks) {
		const ja = byId.get(localizedId(f.id, 'ja'))!;
		pages.push({ ...ja, ...f });
	}
	const targets = new Map<string, LinkTarget>(pages.map((p) => [p.url, { url: p.url, anchors: new Set(p.headings.map((h) => h.slug)) }]));
	problems.push(...checkLinks(sources, targets, options.files ?? new Set()));
	problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
	return { pages, problems };
}
