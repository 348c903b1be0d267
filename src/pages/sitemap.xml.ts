// sitemap.xml: every page of the manual.
import type { APIRoute } from 'astro';
import { getSite } from '../site/data.ts';

export const GET: APIRoute = async ({ site }) => {
	const { pages } = await getSite();
	const urls = pages
		.filter((p) => !p.data.hidden && !p.data.fallback)
		.map((p) => `  <url><loc>${new URL(p.data.url, site).href}</loc></url>`)
		.sort();
	return new Response(
		`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
		{ headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
	);
};
