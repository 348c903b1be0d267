// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';

// The manual is a static site. Pages come from content/ through our own loader
// (src/content.config.ts), not from Astro's Markdown pipeline. The site's address follows the mail
// domain in the settings file (the commission's web server is www.<domain>).
const { domain } = parse(readFileSync(new URL('./content/settings.yaml', import.meta.url), 'utf8'));

export default defineConfig({
	site: `https://www.${domain}`,
	trailingSlash: 'always',
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	server: { host: '127.0.0.1' },
});
