// The build-wide link check: every internal link must name a page (or a generated file) and, with a
// #fragment, a heading on that page. Pure; runs after every page is rendered.
import type { Problem } from '../shared/problems.ts';
import { normalisePath } from './pages.ts';
import { nearest } from '../util/nearest.ts';

export interface LinkTarget {
	url: string;
	anchors: Set<string>;
}

export interface LinkSource {
	file: string;
	url: string;
	links: { href: string; line: number }[];
}

/**
 * Check every internal link of every page; return one problem per broken link. `blocked`: URLs of
 * pages that exist but could not be read (URL → their file), whose own problem is the one cause:
 * links to them are not reported, but collected in `waiting` (their file → the links' places).
 */
export function checkLinks(
	pages: LinkSource[],
	targets: Map<string, LinkTarget>,
	files: Set<string>,
	blocked: Map<string, string> = new Map(),
	waiting: Map<string, { file: string; line: number }[]> = new Map(),
): Problem[] {
	const problems: Problem[] = [];
	for (const page of pages) {
		for (const link of page.links) {
			const resolved = new URL(link.href, `https://site.invalid${page.url}`);
			const path = normalisePath(resolved.pathname);
			const hash = resolved.hash ? decodeURIComponent(resolved.hash.slice(1)) : '';
			const target = targets.get(path);
			const cause = target ? undefined : blocked.get(path);
			if (cause !== undefined) {
				if (cause !== page.file) waiting.set(cause, [...(waiting.get(cause) ?? []), { file: page.file, line: link.line }]);
				continue;
			}
			if (!target) {
				if (files.has(resolved.pathname) && !hash) continue;
				const near = nearest(path, [...targets.keys()], 1);
				problems.push({
					file: page.file,
					line: link.line,
					message: `broken link "${link.href}": no page at ${path}`,
					hint: near.length ? `did you mean ${near[0]}?` : 'link to a page URL such as /mail/smtp-auth/',
				});
				continue;
			}
			if (hash && !target.anchors.has(hash)) {
				const near = nearest(hash, target.anchors, 1);
				problems.push({
					file: page.file,
					line: link.line,
					message: `broken link "${link.href}": ${path} has no heading #${hash}`,
					hint: near.length ? `did you mean #${near[0]}?` : `headings there: ${[...target.anchors].slice(0, 8).map((a) => `#${a}`).join(' ') || '(none)'}`,
				});
			}
		}
	}
	return problems;
}
