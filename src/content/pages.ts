// Page identity: from a Markdown file's path to its id and URL. Pure.
import { safeDecodeURI } from '../util/uri.ts';

/** `content/mail/clients/foo.md` → `mail/clients/foo`; `content/mail/index.md` → `mail`; root → ``. */
export function fileToId(file: string, root = 'content'): string {
	const rel = file.replace(/\\/g, '/').replace(new RegExp(`^${root}/`), '').replace(/\.md$/, '');
	return rel === 'index' ? '' : rel.replace(/\/index$/, '');
}

/** The URL path of a page id, always with a trailing slash. */
export function idToUrl(id: string): string {
	return id === '' ? '/' : `/${id}/`;
}

/** Normalise a site path for comparison: decode, ensure the trailing slash for page-like paths. */
export function normalisePath(path: string): string {
	let p = safeDecodeURI(path);
	if (!p.endsWith('/') && !/\.[a-z0-9]+$/i.test(p)) p += '/';
	return p;
}
