// The build-wide link check: every internal link must name a page (or a generated file) and, with a
// #fragment, a heading on that page. Pure; runs after every page is rendered.
import type { Problem } from '../markdown/env.ts';
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

/** Check every internal link of every page; return one problem per broken link. */
export function checkLinks(pages: LinkSource[], targets: Map<string, LinkTarget>, files: Set<string>): Problem[] {
	const problems: Problem[] = [];
	for (const page of pages) {
		for (const link of page.links) {
			const resolved = new URL(link.href, `https://site.invalid${page.url}`);
			const path = normalisePath(resolved.pathname);
			const hash = resolved.hash ? decodeURIComponent(resolved.hash.slice(1)) : '';
			const target = targets.get(path);
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
