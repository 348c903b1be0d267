// Links: collect site-internal links (/…, ./…, ../…, #…, bare relative) into env.links for the
// build-wide link check, mark external http(s) links rel="noopener", and refuse links to .md files.
// Runs as a last core rule (pushed), so it sees addresses after placeholders are expanded.
import type { MarkdownIt } from 'markdown-it';
import { lineOf, report } from '../env.ts';
import { fileToId, idToUrl } from '../../content/pages.ts';
import { childMap, eachBlock, envOf } from './shared.ts';
import { safeDecodeURI } from '../../util/uri.ts';

export interface LinksOptions {
	/** Folder of the Markdown pages, relative to the project root (default "content"). */
	root?: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

// markdown-it percent-encodes addresses; authors wrote (and read) them decoded: /mail/#設定.
const readable = (href: string) => safeDecodeURI(href);

/** The page URL a link to a Markdown file means: `./foo.md#x` in content/mail/bar.md → /mail/foo/#x. */
export function pageUrlForFile(href: string, file: string, root = 'content'): string {
	const cut = href.search(/[?#]/);
	const path = cut === -1 ? href : href.slice(0, cut);
	const suffix = cut === -1 ? '' : href.slice(cut);
	const target = path.startsWith('/')
		? `${root}${path}`
		: decodeURIComponent(new URL(path, `https://site.invalid/${file}`).pathname).slice(1);
	return idToUrl(fileToId(target, root)) + suffix;
}

/** Collect internal links, mark external ones, refuse links to .md files. */
export function linksPlugin(md: MarkdownIt, options: LinksOptions = {}): void {
	const root = options.root ?? 'content';

	md.core.ruler.push('kit_links', (state) => {
		const env = envOf(state);
		eachBlock(state.tokens, (token, _i, map) => {
			if (token.type !== 'inline' || !token.children) return;
			token.children.forEach((child, i, children) => {
				if (child.type !== 'link_open') return;
				const href = readable(String(child.attrGet('href') ?? ''));
				const at = childMap(map, children, i);
				if (href === '') {
					report(
						env,
						at,
						'this link has no address: [text]()',
						'write the page URL (e.g. /mail/smtp-auth/) or the web address between the parentheses',
					);
				} else if (/^https?:/i.test(href) || href.startsWith('//')) {
					// No target=_blank: links open where the reader chooses.
					const rel = child.attrGet('rel');
					child.attrSet('rel', rel ? `${rel} noopener` : 'noopener');
				} else if (SCHEME.test(href)) {
					// mailto:, tel: … are neither pages nor web links.
				} else if (/\.md$/i.test(href.replace(/[?#].*$/, ''))) {
					const url = pageUrlForFile(href, env.file, root);
					report(
						env,
						at,
						`link to the page URL (${url}), not the file`,
						`write (${url}) instead of (${href}): pages are served at their URL, not as .md files`,
					);
				} else {
					env.links.push({ href, line: lineOf(env, at) });
				}
			});
		});
	});
}
