// Dev server only: while the last save left the manual with problems, every page answers with them
// (Astro's error overlay, in the browser the maintainer is looking at) instead of the last good
// version. The content loader records them (src/content/report.ts); the next good save clears them
// and the page comes back. In a build the loader stops before any page is generated, so this does nothing.
import { defineMiddleware } from 'astro:middleware';
import { devError } from './content/report.ts';

export const onRequest = defineMiddleware((_context, next) => {
	if (import.meta.env.DEV) {
		const error = devError();
		if (error) throw error;
	}
	return next();
});
