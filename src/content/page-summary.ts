// A page as other pages and the generated tables see it, before its body is rendered. Its own module
// so that site.ts (which renders) and render-cache.ts (which it uses) need not import each other.
import type { Locale } from '../i18n/index.ts';
import type { Example } from './examples.ts';
import type { Frontmatter } from './frontmatter.ts';

export interface PageSummary {
	id: string;
	url: string;
	file: string;
	data: Frontmatter;
	locale: Locale;
	/** An English URL showing the Japanese page, because it is not translated yet. */
	fallback?: boolean;
	/** The configuration examples the page shows (./examples.ts), for the supported-mailers table. */
	examples?: Example[];
}
