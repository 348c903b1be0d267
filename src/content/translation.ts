// What of a page a translation follows: its title, description, sidebar label and body; not the
// fields that are not words for the reader (order, aliases, clients, methods, checked, hidden).
// A Japanese change that leaves this text as it was does not make its English page lag
// (src/site/git.ts translationLag). Pure.
import { parseDocument } from 'yaml';
import { splitFrontmatter } from './front-yaml.ts';

/** The translatable text of a page's source (the whole source when it has no readable front matter). */
export function translatableText(source: string): string {
	const split = splitFrontmatter(source);
	if (!split) return source;
	const data = parseDocument(split.yaml).toJS() as Record<string, unknown> | null;
	const words = data && typeof data === 'object' ? [data['title'], data['description'], data['sidebarLabel']] : [split.yaml];
	return `${JSON.stringify(words)}\n${split.body.replace(/[ \t]+$/gm, '').trimEnd()}`;
}
