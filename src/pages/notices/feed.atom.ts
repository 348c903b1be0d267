// The Japanese edition's notices as an Atom feed (linked from every page's <head>).
import type { APIRoute } from 'astro';
import { noticesFeed } from '../../site/data.ts';

export const GET: APIRoute = ({ site }) => noticesFeed('ja', site);
