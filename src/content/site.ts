// Render the whole manual: front matter for every file first (the generated tables need all of it),
// then each body, then the build-wide checks. Pure apart from the renderer it is given; the Astro
// loader is a thin wrapper around it, and tests call it directly.
import type { MarkdownIt } from 'markdown-it';
import { createEnv } from '../markdown/env.ts';
import type { Problem } from '../shared/problems.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { fileToId, idToUrl } from './pages.ts';
import { checkLinks, type LinkTarget } from './links.ts';
import { localeOf, localizedId, type Locale } from '../i18n/index.ts';
import { bodyKey, languageKey, type PageRecord, type RenderCache, type RenderOutput } from './render-cache.ts';
import { editionProblem } from './checked.ts';
import type { LineOf } from './front-yaml.ts';
import { NOTICES_PAGE_ID, assembleNotices, bodyProblems, pagePaths, parseNotices, type Notice } from './notices.ts';
import { examplesOf } from './examples.ts';
import type { PageSummary } from './page-summary.ts';

export interface SourceFile {
	/** Path relative to the project root, e.g. content/mail/index.md. */
	file: string;
	source: string;
}

/** A page and what its view shows (PageRecord: HTML, headings, pictures, features). */
export interface RenderedPage extends PageSummary, PageRecord {}

export interface SiteOptions {
	/** Make a renderer that knows every page (for generated tables). */
	renderer: (pages: PageSummary[], locale: Locale) => MarkdownIt;
	/** Site paths of files that exist besides pages (public/, generated endpoints). */
	files?: Set<string>;
	/** Reuse bodies rendered before (keys: ./render-cache.ts). The result's `used` holds exactly this run's outputs: the cache to keep. */
	cache?: RenderCache;
	/** Pages that exist but could not be read (e.g. not UTF-8), each with that problem: reported as the cause of links to them. */
	unreadable?: Problem[];
	/** The notice files (./notices.ts): checked, rendered by the same renderers (never cached: they are few), their links checked with the pages'. */
	notices?: SourceFile[];
}

/** Render every file; return pages, notices and every problem found, in file order (and how many bodies were rendered, not reused). */
export function renderSite(
	files: SourceFile[],
	options: SiteOptions,
): { pages: RenderedPage[]; notices: Notice[]; problems: Problem[]; used: Map<string, RenderOutput>; rendered: number } {
	const problems: Problem[] = [...(options.unreadable ?? [])];
	const parsed: (PageSummary & { body: string; bodyOffset: number; lineOf: LineOf })[] = [];
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
		const examples = examplesOf(body);
		if (fm.data) parsed.push({ id, url, file, data: fm.data, locale, body, bodyOffset, lineOf: fm.lineOf, ...(examples.length ? { examples } : {}) });
		else invalid.push({ id, url, file, locale, body, bodyOffset, lineOf: fm.lineOf });
	}
	// The English edition shows a Japanese page, with a notice, where no translation exists yet.
	const summary = ({ id, url, file, data, locale, examples }: PageSummary): PageSummary => ({
		id,
		url,
		file,
		data,
		locale,
		...(examples ? { examples } : {}),
	});
	const ids = new Set(parsed.map((p) => p.id));
	const english = parsed.some((p) => p.locale === 'en');
	// Both editions of a walkthrough state the same check.
	const byPageId = new Map(parsed.map((p) => [p.id, p]));
	for (const p of parsed.filter((x) => x.locale === 'en')) {
		const ja = byPageId.get(localizedId(p.id, 'ja'));
		const problem = ja && editionProblem({ file: p.file, checked: p.data.checked, lineOf: p.lineOf }, { file: ja.file, checked: ja.data.checked });
		if (problem) problems.push(problem);
	}
	const fallbacks: PageSummary[] = english
		? parsed
				.filter((p) => p.locale === 'ja' && !ids.has(localizedId(p.id, 'en')))
				.map((p) => ({ ...summary(p), id: localizedId(p.id, 'en'), url: idToUrl(localizedId(p.id, 'en')), locale: 'en', fallback: true }))
		: [];
	const renderers = new Map<Locale, MarkdownIt>();
	const known = (locale: Locale) => [...parsed.filter((p) => p.locale === locale).map(summary), ...fallbacks.filter((p) => p.locale === locale)];
	const rendererFor = (locale: Locale) => {
		let md = renderers.get(locale);
		if (!md) {
			md = options.renderer(known(locale), locale);
			renderers.set(locale, md);
		}
		return md;
	};
	// Cache keys: the page's file, body and place in the file, plus everything its renderer knows.
	const languageKeys = new Map<Locale, string>();
	const cacheKey = (p: { file: string; body: string; bodyOffset: number; locale: Locale }, salt: string) => {
		let language = languageKeys.get(p.locale);
		if (language === undefined) languageKeys.set(p.locale, (language = languageKey(known(p.locale))));
		return bodyKey(salt, language, p);
	};
	const used = new Map<string, RenderOutput>();
	let rendered = 0;
	const pages: RenderedPage[] = [];
	const sources: { file: string; url: string; links: { href: string; line: number }[] }[] = [];
	for (const p of [...parsed, ...invalid]) {
		const key = options.cache ? cacheKey(p, options.cache.salt) : undefined;
		let out = key === undefined ? undefined : options.cache!.entries.get(key);
		if (!out) {
			const env = createEnv(p.file, p.bodyOffset);
			// markdown-it types env as a plain record; ours is the typed MarkdownEnv the plugins share.
			const html = rendererFor(p.locale).render(p.body, env as unknown as Record<string, unknown>);
			out = { html, headings: env.headings, images: env.images, links: env.links, problems: env.problems, features: [...env.features].sort() };
			rendered++;
		}
		if (key !== undefined) used.set(key, out);
		problems.push(...out.problems);
		sources.push({ file: p.file, url: p.url, links: out.links });
		if ('data' in p) pages.push({ ...summary(p as PageSummary), html: out.html, headings: out.headings, images: out.images, features: out.features });
	}
	// Notices: front matter, bodies (same renderers), links checked below with the pages'.
	const noticeFiles = [...(options.notices ?? [])].sort((a, b) => a.file.localeCompare(b.file));
	const allIds = [...ids, ...[...options.unreadable ?? [], ...invalid].map((p) => fileToId(p.file))];
	const read = parseNotices(noticeFiles, { pages: pagePaths(allIds), english });
	problems.push(...read.problems);
	const noticeHtml = new Map<string, string>();
	for (const n of read.notices) {
		if (!n.split) continue;
		const env = createEnv(n.file, n.split.bodyOffset);
		const html = rendererFor(n.locale).render(n.split.body, env as unknown as Record<string, unknown>);
		problems.push(...env.problems, ...bodyProblems(n.file, env, n.split.bodyOffset + 1));
		sources.push({ file: n.file, url: idToUrl(localizedId(NOTICES_PAGE_ID, n.locale)), links: env.links });
		noticeHtml.set(n.file, html);
	}
	const notices = assembleNotices(read.notices, noticeHtml);
	const byId = new Map(pages.map((p) => [p.id, p]));
	for (const f of fallbacks) {
		const ja = byId.get(localizedId(f.id, 'ja'))!;
		pages.push({ ...ja, ...f });
	}
	const targets = new Map<string, LinkTarget>(pages.map((p) => [p.url, { url: p.url, anchors: new Set(p.headings.map((h) => h.slug)) }]));
	// Pages that cannot be read (not UTF-8, or front matter that does not validate) are not link
	// targets, but a link to one is not broken: the page's own problem is the one cause. So is the
	// English URL that would have shown it untranslated.
	const blocked = new Map<string, string>();
	const block = (file: string, id: string) => {
		blocked.set(idToUrl(id), file);
		if (english && localeOf(id) === 'ja' && !ids.has(localizedId(id, 'en'))) blocked.set(idToUrl(localizedId(id, 'en')), file);
	};
	for (const p of options.unreadable ?? []) block(p.file, fileToId(p.file));
	for (const p of invalid) block(p.file, p.id);
	const waiting = new Map<string, { file: string; line: number }[]>();
	problems.push(...checkLinks(sources, targets, options.files ?? new Set(), blocked, waiting));
	problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
	for (const [file, links] of waiting) {
		// A copy: the problem objects of rendered bodies live on in the render cache.
		const at = problems.findIndex((p) => p.file === file);
		if (at === -1) continue;
		const shown = links.slice(0, 3).map((l) => `${l.file}:${l.line}`).join(', ');
		problems[at] = { ...problems[at]!, note: `${links.length} link${links.length === 1 ? ' points' : 's point'} to this page (${shown}${links.length > 3 ? ', …' : ''}); they work again once it is fixed` };
	}
	return { pages, notices, problems, used, rendered };
}
