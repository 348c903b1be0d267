// The English edition's notices as an Atom feed (linked from every English page's <head>).
import type { APIRoute } from 'astro';
import { noticesFeed } from '../../../site/data.ts';

export const GET: APIRoute = ({ site }) => noticesFeed('en', site);
