// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import { readDomain } from './src/settings/load.ts';
import { siteUrl } from './src/site/config.ts';

// The manual is a static site. Pages come from content/ through our own loader
// (src/content.config.ts), not from Astro's Markdown pipeline. The site's address follows the mail
// domain in the settings file (the commission's web server is www.<domain>). Read leniently: a
// broken settings file must not crash the config (Astro would print a stack trace into yaml, not
// naming the file); the content loader reports it with file:line and stops the build, so the
// stand-in address (a reserved .invalid name) is never published.
const domain = readDomain('content/settings.yaml', fileURLToPath(new URL('.', import.meta.url))) ?? 'settings-file-unreadable.invalid';

export default defineConfig({
	site: siteUrl(domain),
	trailingSlash: 'always',
	// Pages are generated four at a time: each one waits on file writes and hashing, which overlap
	// (page generation of the 1,000-page corpus: about 3.5 s → 2.4 s).
	build: { format: 'directory', concurrency: 4 },
	devToolbar: { enabled: false },
	// Pages never go through Astro's Markdown (see above): its Shiki is off, which also ends Astro's
	// warning at every start that Shiki's inline styles clash with the CSP (our Shiki's colours are
	// style attributes, which the CSP below allows).
	markdown: { syntaxHighlight: false },
	// Index the built site for search (Japanese and English) after every build.
	integrations: [pagefind()],
	server: { host: '127.0.0.1' },
	// AVIF at sharp's effort 2 instead of its default 4: about 8x faster to encode (the real manual's
	// cold build spent most of its time here) for files about 9% larger, still smaller than the WebP.
	image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } } },
	// Strict Content Security Policy, as a <meta> tag on every page (scripts/serve.ts sends the same
	// as a header, and documents it for production). Astro hashes its own inline scripts and styles;
	// an is:inline script inserts its hash itself (src/components/ThemeToggle.astro). No
	// 'unsafe-inline' for scripts. Style attributes stay allowed (style-src-attr): Shiki colours code
	// with them. 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly.
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: ["default-src 'self'", "img-src 'self' data: blob:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
});
