// Notices: dated news about what changed outside the manual (a client retired, a provider dropping
// a feature), as Markdown files beside the notices page. Which files are notices, their front matter
// (strict, with file:line problems like a page's) and the rules between the two editions. Pure.
//
//   content/notices/index.md          the notices page (an ordinary page)
//   content/notices/<id>.md           a notice, Japanese: title, summary, date, until, severity, affects
//   content/en/notices/<id>.md        the same notice in English: title and summary only (the facts
//                                     are written once, in the Japanese file)
//
// The body says what happened and what to do; it is rendered by the manual's renderer (placeholders,
// links, callouts), and has no headings (the title is its heading) and no pictures.
import { z } from 'zod';
import type { Problem } from '../shared/problems.ts';
import { clientIds } from '../clients/types.ts';
import { localeOf, localizedId, type Locale } from '../i18n/index.ts';
import { nearest } from '../util/nearest.ts';
import { isoDate } from './checked.ts';
import { methodIds } from './frontmatter.ts';
import { parseFront, pathText, type LineOf, type SplitFile } from './front-yaml.ts';
import { fileToId, idToUrl, normalisePath } from './pages.ts';

/** How much a notice matters to a reader (its banner's colour and word: src/i18n `notices.severity`). */
export const severities = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof severities)[number];

/** The folder (under the content folder, in each edition) that holds the notices and the notices page. */
export const NOTICES_DIR = 'notices';

/** The notices page's id in the Japanese edition (the English one is en/notices). */
export const NOTICES_PAGE_ID = NOTICES_DIR;

const text = z.string().trim().min(1);

export const noticeSchema = z.strictObject({
	/** The headline, shown in the banner, on the notices page and in the feed. */
	title: text,
	/** One or two sentences for the banner and the feed: what changed and what to do. Plain text (no placeholders). */
	summary: text,
	/** The day of the change it reports (or of its announcement): shown with it, and the list's order. */
	date: isoDate,
	/** The last day the notice shows as a banner (optional); afterwards the notices page marks it expired. */
	until: isoDate.optional(),
	severity: z.enum(severities),
	/** Where it shows: pages of these clients (front matter `clients`), of these methods, and these pages (paths as in a link, /mail/service/). */
	affects: z.strictObject({
		clients: z.array(z.enum(clientIds)).min(1).optional(),
		methods: z.array(z.enum(methodIds)).min(1).optional(),
		pages: z.array(text).min(1).optional(),
	}),
});
export type NoticeFrontmatter = z.infer<typeof noticeSchema>;

/** An English notice: its words only. */
export const translatedNoticeSchema = noticeSchema.pick({ title: true, summary: true });

/** Fields only the Japanese notice carries. */
const factFields = Object.keys(noticeSchema.shape).filter((k) => !(k in translatedNoticeSchema.shape));

/** A notice as the views get it (one per edition; the English one with the Japanese one's facts). */
export interface Notice {
	/** The file name without .md: the same in both editions (anchors, the dismissal on the device). */
	id: string;
	locale: Locale;
	file: string;
	title: string;
	summary: string;
	date: string;
	until?: string | undefined;
	severity: Severity;
	affects: { clients: readonly string[]; methods: readonly string[]; pages: readonly string[] };
	/** The rendered body. */
	html: string;
}

/** Is this content file a notice (in a notices folder, not the folder's page)? */
export function isNoticeFile(file: string, root = 'content'): boolean {
	const id = fileToId(file, root);
	const parts = id.split('/');
	const folder = localeOf(id) === 'en' ? parts.slice(1) : parts;
	return folder.length === 2 && folder[0] === NOTICES_DIR;
}

/** The notice's id: its file name. */
export const noticeId = (file: string) => file.replace(/\\/g, '/').split('/').pop()!.replace(/\.md$/, '');

/** A notice file read and checked, before its body is rendered. */
export interface ParsedNotice {
	id: string;
	file: string;
	locale: Locale;
	/** Both editions' words; the facts only in Japanese. */
	data?: NoticeFrontmatter | z.infer<typeof translatedNoticeSchema>;
	split?: SplitFile;
	lineOf: LineOf;
}

/**
 * Read every notice file's front matter and check the notices as a whole: ids, facts, pages they
 * name (`pages`: the Japanese edition's page paths), and that each notice has both editions when
 * the English edition exists (`english`).
 */
export function parseNotices(
	files: readonly { file: string; source: string }[],
	options: { root?: string; pages: readonly string[]; english: boolean },
): { notices: ParsedNotice[]; problems: Problem[] } {
	const root = options.root ?? 'content';
	const problems: Problem[] = [];
	const notices: ParsedNotice[] = [];
	for (const { file, source } of files) {
		const id = noticeId(file);
		const locale = localeOf(fileToId(file, root));
		const start = `start the file with ---, then ${locale === 'ja' ? 'title:, summary:, date:, severity: and affects:' : 'title: and summary:'}, then --- (see docs/maintainers.md, "Notices")`;
		const schema = locale === 'ja' ? noticeSchema : translatedNoticeSchema;
		const parsed = parseFront(source, file, schema, { what: 'the notice', start });
		for (const p of parsed.problems) {
			// An English notice naming a fact: the facts are the Japanese file's.
			const field = /^unknown front matter field "([^".[]+)"/.exec(p.message)?.[1];
			if (locale === 'en' && field && factFields.includes(field)) {
				problems.push({ ...p, hint: `${field} is written once, in the Japanese notice ${japaneseFile(file, root)}: an English notice has only title: and summary:` });
			} else problems.push(p);
		}
		if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
			problems.push({ file, line: 1, message: `the notice's file name "${id}.md" is not a notice id`, hint: 'name it with lower-case letters, digits and hyphens (e.g. gmail-pop-fetch-ends.md): the name is the notice\'s anchor and is remembered when a reader dismisses it' });
		}
		const notice: ParsedNotice = { id, file, locale, lineOf: parsed.lineOf };
		if (parsed.data) notice.data = parsed.data;
		if (parsed.split) notice.split = parsed.split;
		if (locale === 'ja' && parsed.data) problems.push(...factProblems(parsed.data as NoticeFrontmatter, file, parsed.lineOf, options.pages));
		notices.push(notice);
	}
	// The page the banners link to.
	const page = idToUrl(NOTICES_PAGE_ID);
	if (notices.length && !options.pages.includes(page)) {
		problems.push({ file: notices[0]!.file, line: 1, message: `notices need the notices page ${root}/${NOTICES_DIR}/index.md (${page})`, hint: `add ${root}/${NOTICES_DIR}/index.md (and ${root}/en/${NOTICES_DIR}/index.md): a page with title:, description: and order:, whose body introduces the list of notices` });
	}
	// Both editions of each notice.
	const key = (n: ParsedNotice) => `${n.locale}:${n.id}`;
	const have = new Set(notices.map(key));
	if (options.english) {
		for (const n of notices) {
			const other: Locale = n.locale === 'ja' ? 'en' : 'ja';
			if (have.has(`${other}:${n.id}`)) continue;
			const missing = other === 'en' ? englishFile(n.file, root) : japaneseFile(n.file, root);
			problems.push({
				file: n.file,
				line: 1,
				message: `the notice has no ${other === 'en' ? 'English' : 'Japanese'} edition (${missing})`,
				hint: other === 'en' ? `add ${missing} with title:, summary: and the body in English` : `add ${missing}: the notice's date, severity and what it affects are written there`,
			});
		}
	}
	return { notices, problems };
}

/** The rules between a Japanese notice's facts: end after start, something affected, pages that exist. */
function factProblems(data: NoticeFrontmatter, file: string, lineOf: LineOf, pages: readonly string[]): Problem[] {
	const problems: Problem[] = [];
	if (data.until !== undefined && data.until < data.date) {
		problems.push({ file, line: lineOf(['until']), message: `until (${data.until}) is before date (${data.date})`, hint: 'until is the last day the banner shows: a day on or after date' });
	}
	const { clients, methods, pages: named } = data.affects;
	if (!clients && !methods && !named) {
		problems.push({ file, line: lineOf(['affects']), message: 'affects names nothing', hint: 'add clients: (client ids), methods: (method ids) or pages: (paths as in a link, e.g. /mail/service/) under affects:' });
	}
	const known = new Set(pages);
	(named ?? []).forEach((path, i) => {
		const at = ['affects', 'pages', i];
		if (!path.startsWith('/')) {
			problems.push({ file, line: lineOf(at), message: `${pathText(at)}: "${path}" is not a page path`, hint: `write the page's path as in a link, from / to the last /: /${path.replace(/^\/*|\/*$/g, '')}/` });
			return;
		}
		const url = normalisePath(path);
		if (url === '/en/' || url.startsWith('/en/')) {
			problems.push({ file, line: lineOf(at), message: `${pathText(at)}: "${path}" is an English path`, hint: `write the Japanese edition's path (${url.replace(/^\/en/, '')}): the notice shows on the page in both editions` });
		} else if (!known.has(url)) {
			const near = nearest(url, known);
			problems.push({ file, line: lineOf(at), message: `${pathText(at)}: no page has the path ${path}`, hint: near.length ? `did you mean ${near[0]}?` : 'write the path of an existing page, as in a link (/mail/service/)' });
		}
	});
	return problems;
}

/** content/en/notices/x.md → content/notices/x.md */
function japaneseFile(file: string, root: string): string {
	return `${root}/${localizedId(fileToId(file, root), 'ja')}.md`;
}
/** content/notices/x.md → content/en/notices/x.md */
function englishFile(file: string, root: string): string {
	return `${root}/${localizedId(fileToId(file, root), 'en')}.md`;
}

/** Page paths (Japanese edition) from page ids. */
export const pagePaths = (ids: Iterable<string>) => [...ids].filter((id) => localeOf(id) === 'ja').map(idToUrl);

/** A notice body's problems besides the renderer's: no headings (the title is its heading), no pictures. */
export function bodyProblems(file: string, rendered: { headings: readonly unknown[]; images: readonly { line: number }[] }, bodyLine: number): Problem[] {
	const problems: Problem[] = [];
	if (rendered.headings.length) {
		problems.push({ file, line: bodyLine, message: 'a notice\'s body has no headings', hint: 'its title is its heading: write the body as paragraphs and lists (use **bold** for a lead-in)' });
	}
	for (const image of rendered.images) {
		problems.push({ file, line: image.line, message: 'a notice carries no pictures', hint: 'link to the page that shows the picture instead' });
	}
	return problems;
}

/** The notices of both editions, each English one with its Japanese notice's facts; only notices whose files are valid. */
export function assembleNotices(parsed: readonly ParsedNotice[], html: ReadonlyMap<string, string>): Notice[] {
	const facts = new Map(parsed.filter((n) => n.locale === 'ja' && n.data).map((n) => [n.id, n.data as NoticeFrontmatter]));
	const out: Notice[] = [];
	for (const n of parsed) {
		const f = facts.get(n.id);
		const body = html.get(n.file);
		if (!f || !n.data || body === undefined) continue;
		out.push({
			id: n.id,
			locale: n.locale,
			file: n.file,
			title: n.data.title,
			summary: n.data.summary,
			date: f.date,
			until: f.until,
			severity: f.severity,
			affects: { clients: f.affects.clients ?? [], methods: f.affects.methods ?? [], pages: (f.affects.pages ?? []).map(normalisePath) },
			html: body,
		});
	}
	return out.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}
