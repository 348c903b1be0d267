// Screen labels typed by hand must be the clients' own: a label quoted in a page (［…］ on Japanese
// pages, **…** on English ones) that nearly matches a label of a GUI client's table, without being
// one, is a build error at its line, naming the placeholder that prints the real label (src/clients/
// screen-labels.ts). "Nearly" is: the same once spaces, parentheses and a trailing "..." are set
// aside (［このサーバーはセキュリティで保護された接続が必要］, ［編集］), or one character apart
// (［受信メールサーバ］ for 受信用メールサーバ). So a step cannot quote a screen differently from the
// table beside it. The labels checked are those of the page's own clients (front matter `clients:`),
// or, on a page without, of the client a section is about (a ## or ### heading whose {#id} is the
// client's id, as on the SMTP-AUTH page). Reads the source as written: a core rule right after
// 'inline', before placeholders expand anything (a quoted placeholder is the table's label by
// construction).
import type { MarkdownIt, Token } from 'markdown-it';
import { report } from '../env.ts';
import { childMap, eachBlock, envOf } from './shared.ts';
import { editDistance } from '../../util/nearest.ts';
import type { PageSummary } from '../../content/page-summary.ts';

export interface ScreenLabelsOptions {
	/** Placeholder key → the label as this language prints it (screenLabelPlaceholders); a key starts with its client's id. */
	labels: ReadonlyMap<string, string>;
	/** Every page of the edition (its `clients:` say whose labels it quotes). */
	pages: readonly PageSummary[];
	/** How labels are quoted in this language's prose: ［…］ (Japanese) or **…** (English). */
	quoting: 'brackets' | 'bold';
}

/** A label with what does not tell two labels apart removed: width, spaces, parentheses, a trailing ellipsis. */
const bare = (s: string) =>
	s
		.normalize('NFKC')
		.replace(/\s+/g, '')
		.replace(/\([^()]*\)/g, '')
		.replace(/(?:\.\.\.|…)$/, '')
		.toLowerCase();

/** The placeholder keys of the labels `quoted` nearly matches but is not; none when it is a label or far from all. */
export function nearMisses(quoted: string, labels: ReadonlyMap<string, string>): string[] {
	const texts = new Set(labels.values());
	if (texts.has(quoted) || quoted.includes('{{')) return [];
	// The same characters in another width or spacing: that label and no other.
	const wide = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');
	const same = [...labels].filter(([, label]) => wide(label) === wide(quoted)).map(([key]) => key);
	if (same.length) return same;
	const q = bare(quoted);
	if (q.length < 2) return [];
	// One character apart, unless one is the start of the other (アカウント, the menu, and アカウント名, a field).
	const near = (l: string) => Math.min(l.length, q.length) >= 5 && !l.startsWith(q) && !q.startsWith(l) && editDistance(l, q) <= 1;
	return [...labels].filter(([, label]) => bare(label) === q || near(bare(label))).map(([key]) => key);
}

/** Refuse hand-typed near misses of the clients' screen labels. */
export function screenLabelsPlugin(md: MarkdownIt, options: ScreenLabelsOptions): void {
	const clientOf = (key: string) => key.slice(0, key.indexOf('.'));
	const clientIds = new Set([...options.labels.keys()].map(clientOf));
	const byFile = new Map(options.pages.map((p) => [p.file, p.data.clients ?? []]));
	const scoped = (clients: readonly string[]) => new Map([...options.labels].filter(([k]) => clients.includes(clientOf(k))));
	md.core.ruler.after('inline', 'kit_screen_labels', (state) => {
		const env = envOf(state);
		const own = byFile.get(env.file) ?? [];
		let labels = scoped(own);
		const check = (quoted: string, map: [number, number] | null) => {
			const keys = nearMisses(quoted, labels);
			if (!keys.length) return;
			const texts = [...new Set(keys.map((k) => labels.get(k)!))];
			report(
				env,
				map,
				`the screen label "${quoted}" is not the client's: its table says ${texts.map((l) => `"${l}"`).join(' or ')}`,
				`write ${options.quoting === 'brackets' ? '［' : '**'}{{ ${keys[0]} }}${options.quoting === 'brackets' ? '］' : '**'}${
					keys.length > 1
						? ` (or ${keys
								.slice(1)
								.map((k) => `{{ ${k} }}`)
								.join(', ')})`
						: ''
				}: the placeholder prints the label of the client's table`,
			);
		};
		eachBlock(state.tokens, (token, i, map) => {
			// On a page without clients, a section about one client quotes that client's labels.
			if (!own.length && token.type === 'heading_open' && (token.tag === 'h2' || token.tag === 'h3')) {
				const id = /\{#([\w-]+)\}\s*$/.exec(state.tokens[i + 1]?.content ?? '')?.[1];
				labels = scoped(id && clientIds.has(id) ? [id] : []);
			}
			if (token.type !== 'inline' || !token.children) return;
			const children: Token[] = token.children;
			children.forEach((child, c) => {
				const at = childMap(map, children, c);
				if (options.quoting === 'brackets' && child.type === 'text')
					for (const m of child.content.matchAll(/［([^［］]+)］/g)) check(m[1]!, at);
				if (options.quoting === 'bold' && child.type === 'strong_open') {
					const inner = children[c + 1];
					if (inner?.type === 'text' && children[c + 2]?.type === 'strong_close') check(inner.content, at);
				}
			});
		});
	});
}
