// Literals lint: a server host name or port written out in content (text, inline code, links, code
// blocks) instead of its {{ placeholder }}, so the page would not follow content/settings.yaml.
// ORDER: its core rule sits right after 'inline' and must run on the source text, BEFORE the
// placeholders plugin expands `{{ key }}` (that one runs just before 'text_join'); after expansion
// every placeholder would look like a literal. Code blocks are read before the code plugin expands them.
import type { MarkdownIt, Token } from 'markdown-it';
import { report } from '../env.ts';
import { childMap, eachBlock, envOf, lineInBlock } from './shared.ts';
import { orList } from '../../util/list.ts';

export interface LiteralsOptions {
	/** Host name (lower case) → the placeholder keys whose value it is, e.g. pop3.… → [pop3s.host, …]. */
	hosts: ReadonlyMap<string, readonly string[]>;
	/** Port → the placeholder keys whose value it is, e.g. 995 → [pop3s.port, apops.port]. */
	ports: ReadonlyMap<number, readonly string[]>;
}

/** Build the options from placeholderValues(settings) and literalValues(settings). */
export function literalsOptions(
	values: ReadonlyMap<string, string>,
	literal: { hosts: ReadonlySet<string>; ports: ReadonlySet<number> },
): LiteralsOptions {
	const hosts = new Map<string, string[]>();
	const ports = new Map<number, string[]>();
	for (const [key, value] of values) {
		if (key.endsWith('.host') && literal.hosts.has(value)) hosts.set(value.toLowerCase(), [...(hosts.get(value.toLowerCase()) ?? []), key]);
		if (key.endsWith('.port') && literal.ports.has(Number(value))) ports.set(Number(value), [...(ports.get(Number(value)) ?? []), key]);
	}
	return { hosts, ports };
}

/** One literal found in text: what it is, the keys to write instead, and where (index in the text). */
export interface Literal {
	kind: 'host' | 'port';
	value: string;
	keys: readonly string[];
	index: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Text just before a port number that makes it one: ポート(番号)(は|:|=…), port, or "host:".
const PORT_BEFORE =
	/(?:(?:ポート|port)(?:番号|[ _-]?(?:number|no\.?))?["']?\s*(?:は|を|に|が|:|：|=|\(|（)?\s*|(?:^|[^A-Za-z0-9.-])(?=[A-Za-z0-9.-]*[A-Za-z])[A-Za-z0-9.-]+:|\}\}:)$/i;
// Text just after a port number that makes it one: 番 (995番, 995 番ポート).
const PORT_AFTER = /^\s*番/;

// The host pattern of each hosts map, compiled once (findLiterals runs on every line of every page).
const hostPatterns = new WeakMap<ReadonlyMap<string, readonly string[]>, RegExp>();

/** A regexp matching any of the hosts as a whole name: not part of a longer name on either side. */
function hostPattern(hosts: ReadonlyMap<string, readonly string[]>): RegExp {
	let re = hostPatterns.get(hosts);
	if (!re) {
		const names = [...hosts.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
		re = new RegExp(`(?<![A-Za-z0-9.-])(?:${names.join('|')})(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, 'gi');
		hostPatterns.set(hosts, re);
	}
	return re;
}

/** Find literal hosts (anywhere, as whole names) and ports (only in a port-like context) in text. */
export function findLiterals(text: string, options: LiteralsOptions): Literal[] {
	const found: Literal[] = [];
	if (options.hosts.size) {
		// matchAll clones the regexp, so the shared one's lastIndex is never touched.
		for (const m of text.matchAll(hostPattern(options.hosts)))
			found.push({ kind: 'host', value: m[0], keys: options.hosts.get(m[0].toLowerCase())!, index: m.index });
	}
	for (const m of text.matchAll(/(?<![\d.])\d{1,5}(?![\d])/g)) {
		const keys = options.ports.get(Number(m[0]));
		if (!keys) continue;
		const before = text.slice(Math.max(0, m.index - 40), m.index);
		const after = text.slice(m.index + m[0].length);
		if (PORT_BEFORE.test(before) || PORT_AFTER.test(after)) found.push({ kind: 'port', value: m[0], keys, index: m.index });
	}
	return found.sort((a, b) => a.index - b.index);
}

// "{{ a }}", "{{ a }} or {{ b }}", "{{ a }}, {{ b }} or {{ c }}".
const keyList = (keys: readonly string[]) =>
	`${orList(keys.map((k) => `{{ ${k} }}`))}${keys.length > 1 ? ' (whichever service the text is about)' : ''}`;

/** Report host names and ports written literally instead of as placeholders. */
export function literalsPlugin(md: MarkdownIt, options: LiteralsOptions): void {
	if (!(options.hosts instanceof Map) || !(options.ports instanceof Map)) {
		throw new TypeError(
			'literalsPlugin: pass literalsOptions(placeholderValues(settings), literalValues(settings)), which maps each value to its keys',
		);
	}
	md.core.ruler.after('inline', 'kit_literals', (state) => {
		const env = envOf(state);
		const seen = new Set<string>();
		const check = (text: string, map: [number, number] | null) => {
			for (const lit of findLiterals(text, options)) {
				const what = lit.kind === 'host' ? `host name ${lit.value}` : `port ${lit.value}`;
				const key = `${map?.[0]}:${what}`;
				if (seen.has(key)) continue; // a link's text and address often repeat the host
				seen.add(key);
				report(env, map, `${what} is written literally`, `write ${keyList(lit.keys)} so it follows the settings`);
			}
		};
		eachBlock(state.tokens, (token, _i, map) => {
			if (token.type === 'fence' || token.type === 'code_block') {
				// A fence's content starts on the line after its opening line; an indented block's on its first.
				const skip = token.type === 'fence' ? 1 : 0;
				token.content.split('\n').forEach((line, n) => check(line, lineInBlock(map, n, skip)));
			} else if (token.type === 'inline' && token.children) {
				for (const { text, index } of lines(token.children)) check(text, childMap(map, token.children, index));
				token.children.forEach((child, i, children) => {
					if (child.type === 'link_open' || child.type === 'image')
						check(String(child.attrGet(child.type === 'link_open' ? 'href' : 'src') ?? ''), childMap(map, children, i));
				});
			}
		});
	});
}

// The text of inline children line by line (text and code joined across markup, so "ポート `995`"
// is one context), each with the index of its first child.
function lines(children: Token[]): { text: string; index: number }[] {
	const out = [{ text: '', index: 0 }];
	children.forEach((child, i) => {
		if (child.type === 'softbreak' || child.type === 'hardbreak') out.push({ text: '', index: i + 1 });
		else if (child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline') out.at(-1)!.text += child.content;
		// Other tokens (emphasis, link, raw HTML) keep their neighbours' text apart.
		else if (child.nesting === 0) out.at(-1)!.text += ' ';
	});
	return out;
}
