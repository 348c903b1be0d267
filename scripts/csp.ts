// The site's Content Security Policy as an HTTP header. Astro writes the policy into every page as
// <meta http-equiv="content-security-policy"> (astro.config.mjs, security.csp); a header is
// stronger (it also covers frame-ancestors, which a meta tag cannot carry) and is what production
// should send. Astro lists every inline script and style hash of the build in each page's policy, so
// the whole site has one policy: `npx node scripts/csp.ts [dist]` checks that and prints the header
// lines for Apache and nginx.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Directives only a header can carry (browsers ignore them, with a console error, in a meta tag). */
export const HEADER_ONLY = "frame-ancestors 'none'";

/** The policy in a page's meta tag, or undefined. */
export function metaPolicy(html: string): string | undefined {
	const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
	return tag?.[1]
		?.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
}

/** The header value for a page: its meta policy plus the header-only directives. */
export function headerPolicy(html: string): string | undefined {
	const meta = metaPolicy(html);
	return meta ? `${meta.trim().replace(/;?$/, ';')} ${HEADER_ONLY};` : undefined;
}

/** The one policy of every page under `dist`; throws if a page has none or a different one. */
export function sitePolicy(dist: string): string {
	const pages = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
	const byPolicy = new Map<string, string[]>();
	for (const page of pages) {
		const policy = headerPolicy(readFileSync(join(dist, page), 'utf8')) ?? '(none)';
		byPolicy.set(policy, [...(byPolicy.get(policy) ?? []), page]);
	}
	if (byPolicy.size !== 1 || byPolicy.has('(none)')) {
		const lines = [...byPolicy].map(([p, files]) => `  ${files.length} page(s), e.g. ${files[0]}: ${p.slice(0, 120)}…`);
		throw new Error(`the pages do not share one Content Security Policy:\n${lines.join('\n')}`);
	}
	return [...byPolicy.keys()][0]!;
}

if (import.meta.main) {
	const policy = sitePolicy(process.argv[2] ?? 'dist');
	console.log(`# Apache (.htaccess or the virtual host)\nHeader always set Content-Security-Policy "${policy}"\n`);
	console.log(`# nginx (server block)\nadd_header Content-Security-Policy "${policy}" always;`);
}
