// What a built page costs to load, read from the built files alone (deterministic): its HTML, the
// stylesheets it links and the inline styles, the module scripts it loads (inline ones included)
// and every module those import statically. Dynamic import() is what loads on demand (search,
// lightbox) and is listed apart. Raw and gzip bytes: each file on its own (one response each), the
// inline scripts and styles together (they travel in the one HTML response). Used by the bench and
// the budget tests.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export interface Bytes {
	raw: number;
	gzip: number;
}

export interface PageWeight {
	html: Bytes;
	css: Bytes;
	js: Bytes;
	/** Same-site files counted (site paths), and inline blocks as "inline:<n> bytes". */
	cssFiles: string[];
	jsFiles: string[];
	/** Modules the page's scripts import only dynamically (loaded on demand). */
	onDemand: string[];
	/** URLs of scripts, styles, images, fonts or frames on another origin. */
	external: string[];
}

const bytes = (text: string | Buffer): Bytes => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
const sum = (list: Bytes[]): Bytes => list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

const attr = (tag: string, name: string) =>
	new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
		.exec(tag)
		?.slice(1)
		.find((v) => v !== undefined);

/** Static and dynamic module specifiers of a built (minified) module. */
export function moduleImports(code: string): { static: string[]; dynamic: string[] } {
	const stat = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
	const dyn = [...code.matchAll(/\bimport\(\s*(["'`])([^"'`$]+)\1\s*\)/g)].map((m) => m[2]!);
	return { static: stat, dynamic: dyn };
}

/** Resolve a module specifier of a file at site path `from` to a site path (null if on another origin). */
function resolveSpecifier(spec: string, from: string): string | null {
	const url = new URL(spec, `http://site.invalid${from}`);
	return url.origin === 'http://site.invalid' ? url.pathname : null;
}

/** Weigh the built page at site path `page` (e.g. /mail/) in the output folder `dist`. */
export function pageWeight(dist: string, page: string): PageWeight {
	const file = join(dist, page.endsWith('/') ? `${page}index.html` : page);
	const html = readFileSync(file, 'utf8');
	const css: Bytes[] = [];
	const js: Bytes[] = [];
	const cssFiles: string[] = [];
	const jsFiles: string[] = [];
	const onDemand = new Set<string>();
	const external: string[] = [];
	const seen = new Set<string>();
	const inlineJs: string[] = [];
	const inlineCss: string[] = [];
	const read = (sitePath: string) => {
		const path = join(dist, sitePath);
		if (!existsSync(path)) throw new Error(`${page} loads ${sitePath}, which is not in ${dist}`);
		return readFileSync(path, 'utf8');
	};
	const addModule = (sitePath: string) => {
		if (seen.has(sitePath)) return;
		seen.add(sitePath);
		const code = read(sitePath);
		js.push(bytes(code));
		jsFiles.push(sitePath);
		followImports(code, sitePath);
	};
	const followImports = (code: string, from: string) => {
		const imports = moduleImports(code);
		for (const spec of imports.static) {
			const path = resolveSpecifier(spec, from);
			if (path) addModule(path);
			else external.push(spec);
		}
		for (const spec of imports.dynamic) onDemand.add(resolveSpecifier(spec, from) ?? spec);
	};

	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const [, attrs = '', body = ''] = m;
		const type = attr(attrs, 'type');
		if (type && !/^(module|text\/javascript)$/i.test(type)) continue; // JSON data etc.
		const src = attr(attrs, 'src');
		if (src) {
			const path = resolveSpecifier(src, page);
			if (path) addModule(path);
			else external.push(src);
		} else {
			inlineJs.push(body);
			followImports(body, page);
		}
	}
	for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
		const tag = m[0];
		const rel = (attr(tag, 'rel') ?? '').toLowerCase();
		const href = attr(tag, 'href');
		if (!href || !/\b(stylesheet|preload|modulepreload|icon)\b/.test(rel)) continue;
		const path = resolveSpecifier(href, page);
		if (!path) {
			external.push(href);
			continue;
		}
		if (rel.includes('stylesheet') && !seen.has(path)) {
			seen.add(path);
			css.push(bytes(read(path)));
			cssFiles.push(path);
		} else if (rel.includes('modulepreload')) addModule(path);
	}
	for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineCss.push(m[1] ?? '');
	if (inlineJs.length) {
		js.push(bytes(inlineJs.join('\n')));
		jsFiles.push(`${inlineJs.length} inline (${inlineJs.map((b) => Buffer.byteLength(b)).join('+')} bytes)`);
	}
	if (inlineCss.length) {
		css.push(bytes(inlineCss.join('\n')));
		cssFiles.push(`${inlineCss.length} inline (${inlineCss.map((b) => Buffer.byteLength(b)).join('+')} bytes)`);
	}
	// Anything else the page loads by itself from another origin (images, frames, media).
	for (const m of html.matchAll(/<(?:img|iframe|source|video|audio|embed)\b[^>]*>/gi)) {
		for (const name of ['src', 'srcset']) {
			const value = attr(m[0], name);
			for (const url of (value ?? '')
				.split(',')
				.map((s) => s.trim().split(/\s+/)[0]!)
				.filter(Boolean)) {
				if (!resolveSpecifier(url, page)) external.push(url);
			}
		}
	}
	return { html: bytes(html), css: sum(css), js: sum(js), cssFiles, jsFiles, onDemand: [...onDemand].sort(), external };
}

/** "12.3 KB" (1 KB = 1024 bytes). */
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
