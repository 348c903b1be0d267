// Serve the built site (dist/) on loopback the way the production web server must: the right
// Content-Type for every generated file, directory URLs with a trailing slash, the 404 page.
// Used by `npm start` and the Playwright tests. Usage: node scripts/serve.ts [port] [dir]
// Every page is sent with its Content Security Policy as a header too (the one in its meta tag plus
// frame-ancestors, see scripts/csp.ts): production should send the same header, whose exact line
// `npx node scripts/csp.ts` prints after a build.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { headerPolicy } from './csp.ts';

/** Content types by file extension; the README's server section lists the same. */
export const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml; charset=utf-8',
	'.atom': 'application/atom+xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.mobileconfig': 'application/x-apple-aspen-config',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
const root = resolve(process.argv[3] ?? 'dist');
if (!existsSync(join(root, 'index.html'))) {
	console.error(`serve: ${root}/index.html does not exist. Build the site first: npm run build`);
	process.exit(1);
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let path: string;
	try {
		path = decodeURIComponent(url.pathname);
	} catch {
		res.writeHead(400).end('bad request');
		return;
	}
	let file = normalize(join(root, path));
	if (!file.startsWith(root)) {
		res.writeHead(403).end('forbidden');
		return;
	}
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!path.endsWith('/')) {
			res.writeHead(301, { Location: `${path}/${url.search}` }).end();
			return;
		}
		file = join(file, 'index.html');
	}
	const found = existsSync(file) && statSync(file).isFile();
	// The English edition has its own 404 page (README, "Serving in production").
	const notFound = path.startsWith('/en/') ? join(root, 'en', '404', 'index.html') : join(root, '404.html');
	const target = found ? file : notFound;
	const policy = extname(target) === '.html' ? headerPolicy(readFileSync(target, 'utf8')) : undefined;
	res.writeHead(found ? 200 : 404, {
		'Content-Type': CONTENT_TYPES[extname(target)] ?? 'application/octet-stream',
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Cache-Control': 'no-cache',
		...(policy ? { 'Content-Security-Policy': policy } : {}),
	});
	if (req.method === 'HEAD') res.end();
	else createReadStream(target).pipe(res);
});
server.listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}/`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
