// Dev server only: while the last save left the manual with problems, every page answers with them
// (the manual's own error page, in the browser the maintainer is looking at) instead of the last good
// version. The content loader records them (src/content/report.ts); the next save is synced, the
// data store changes, and Astro reloads the open page: the problems, or the page again. In a build
// the loader stops before any page is generated, so this does nothing.
import { defineMiddleware } from 'astro:middleware';
import { devError, devErrorPage } from './content/report.ts';

export const onRequest = defineMiddleware((_context, next) => {
	if (import.meta.env.DEV) {
		const error = devError();
		if (error)
			return new Response(devErrorPage(error), {
				status: 500,
				headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
			});
	}
	return next();
});
