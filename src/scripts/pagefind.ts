// What the site uses of Pagefind's browser API (/pagefind/pagefind.js, written by the build): the
// types, the search options, and turning a result into the links the dialog shows. Shared by the
// dialog and the search regression tests, so both rank the same way. Pure, no DOM.

/** Where the build writes Pagefind's browser API (see src/integrations/pagefind.ts). */
export const pagefindUrl = '/pagefind/pagefind.js';

/**
 * Where the build writes the search dialog's code (src/scripts/search-dialog.ts, bundled by the
 * Pagefind integration beside Pagefind's own files and cached like them).
 */
export const dialogUrl = '/pagefind/kit-search-dialog.js';

/**
 * Search options. Ranking: `termSaturation` at its maximum (2) lets a term that a page keeps
 * coming back to count more before it saturates; our manual repeats the same few words (サーバー,
 * SMTP, ポート) on every page, and without it short pages that mention a term twice outrank the
 * page about it. Checked by tests/e2e/search-queries.spec.ts.
 */
export const pagefindOptions = {
	excerptLength: 24,
	ranking: { termSaturation: 2 },
} as const;

export interface PagefindLocation {
	weight: number;
	balanced_score: number;
	location: number;
}

export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	anchor?: { element: string; id: string; text: string; location: number };
	locations: number[];
	weighted_locations?: PagefindLocation[];
}

export interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string; [key: string]: string | undefined };
	sub_results: PagefindSubResult[];
}

export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindData>;
}

export interface PagefindSearch {
	results: PagefindResult[];
}

export interface Pagefind {
	options(options: object): Promise<void>;
	init(): Promise<void>;
	search(query: string, options?: object): Promise<PagefindSearch>;
	/** Resolves null when a newer call superseded this one. */
	debouncedSearch(query: string, options?: object, ms?: number): Promise<PagefindSearch | null>;
}

/** One link of a search hit: a page or a section of it. */
export interface HitLink {
	title: string;
	url: string;
	/** Pagefind's excerpt: escaped text with <mark> around the matches. */
	excerpt: string;
}

export interface Hit {
	page: HitLink;
	/** The best-matching sections (headings with an id), most relevant first. */
	sections: HitLink[];
}

/** The id of the page title (h1); Pagefind reports it as a section, but it is the page itself. */
const titleId = 'kit-title';

const relevance = (s: PagefindSubResult) => s.weighted_locations?.reduce((sum, l) => sum + l.balanced_score, 0) ?? s.locations.length;

/** Turn a Pagefind result into a hit: the page, and up to `max` sections other than its top. */
export function toHit(data: PagefindData, max = 3): Hit {
	const sections = data.sub_results
		.filter((s) => s.anchor && s.anchor.id !== titleId && s.url !== data.url)
		.map((s, i) => ({ s, i, r: relevance(s) }))
		// Most relevant first; equal ones in page order.
		.sort((a, b) => b.r - a.r || a.i - b.i)
		.slice(0, max)
		.map(({ s }) => ({ title: s.title, url: s.url, excerpt: s.excerpt }));
	return { page: { title: data.meta.title ?? data.url, url: data.url, excerpt: data.excerpt }, sections };
}

/** Split Pagefind's excerpt into plain text and marked (matching) parts, entities decoded. */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
	const decode = (s: string) =>
		s.replace(/<[^>]*>/g, '').replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
			const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
			if (e[0] !== '#') return named[e.toLowerCase()]!;
			return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
		});
	const parts: { text: string; mark: boolean }[] = [];
	excerpt.split(/(<mark>.*?<\/mark>)/s).forEach((chunk) => {
		const mark = chunk.startsWith('<mark>');
		const text = decode(mark ? chunk.slice(6, -7) : chunk);
		if (text) parts.push({ text, mark });
	});
	return parts;
}
