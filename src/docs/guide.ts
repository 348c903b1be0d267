// The parts of docs/maintainers.md made from the code, so the guide cannot drift from it: the
// clients that have a generator (src/clients) and the sidebar's order (the Japanese pages' front
// matter). Each part sits between `<!-- generated: NAME … -->` and `<!-- /generated -->`;
// `npm run guide` rewrites them, and tests/unit/docs/guide.test.ts fails when the file differs.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { clients, clientIds } from '../clients/index.ts';
import { parseFrontmatter } from '../content/frontmatter.ts';
import { isNoticeFile } from '../content/notices.ts';
import { fileToId, idToUrl } from '../content/pages.ts';
import { buildTree, type NavNode } from '../site/nav.ts';

export const GUIDE = 'docs/maintainers.md';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The clients with a generator: id (as `clients:` and `config` blocks name it), name, what it makes, methods. */
function clientsPart(): string {
	const rows = clientIds.map((id) => {
		const c = clients[id];
		const makes = c.kind === 'gui' ? '画面の項目と値の表' : '設定ファイル (コピー・ダウンロード)';
		return `| \`${id}\` | ${cell(c.name)} | ${makes} | ${c.methods.map((m) => `\`${m}\``).join(' ')} |`;
	});
	return ['| id | 名前 | `config` ブロックが作るもの | 方式 |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The Japanese edition's sidebar, in order: each page (indented by its depth), its order and its era. */
function sidebarPart(root: string): { text: string; problems: string[] } {
	const content = join(root, 'content');
	const files = readdirSync(content, { recursive: true, encoding: 'utf8' })
		.map((f) => f.replace(/\\/g, '/'))
		// Notices are not pages (src/content/notices.ts): they are in no sidebar.
		.filter((f) => f.endsWith('.md') && !f.startsWith('en/') && !isNoticeFile(`content/${f}`))
		.sort();
	const problems: string[] = [];
	const pages = files.flatMap((f) => {
		const file = relative(root, join(content, f)).replace(/\\/g, '/');
		const { data, problems: p } = parseFrontmatter(readFileSync(join(content, f), 'utf8'), file);
		if (!data) {
			problems.push(...p.map((x) => `${x.file}:${x.line}: ${x.message}`));
			return [];
		}
		const id = fileToId(`content/${f}`);
		return [
			{
				id,
				url: idToUrl(id),
				title: data.title,
				label: data.sidebarLabel,
				order: data.order,
				historical: data.historical,
				hidden: data.hidden,
			},
		];
	});
	const rows: string[] = [];
	const walk = (node: NavNode, depth: number) => {
		for (const child of node.children) {
			const indent = '　'.repeat(depth);
			const era = child.historical ? `${child.historical} 年` : '';
			const section = child.children.length ? ' (節)' : '';
			rows.push(`| ${indent}\`${child.url ?? `/${child.id}/`}\` ${cell(child.label)}${section} | ${child.order} | ${era} |`);
			walk(child, depth + 1);
		}
	};
	const tree = buildTree(pages);
	rows.unshift(`| \`/\` ${cell(pages.find((p) => p.id === '')?.title ?? '')} | ${pages.find((p) => p.id === '')?.order ?? ''} |  |`);
	walk(tree, 0);
	return { text: ['| ページ | order | 年代 (`historical`) |', '| --- | --- | --- |', ...rows].join('\n'), problems };
}

/** Every generated part of the guide, by name, as the code and the pages say now. */
export function guideParts(root = '.'): { parts: Record<string, string>; problems: string[] } {
	const sidebar = sidebarPart(root);
	return { parts: { clients: clientsPart(), sidebar: sidebar.text }, problems: sidebar.problems };
}

const MARKER = /(<!-- generated: ([a-z-]+)[^>]*-->\n)([\s\S]*?)(<!-- \/generated -->)/g;

/** The guide with each generated part replaced; `unknown` names markers no part fills, `missing` parts no marker holds. */
export function fillGuide(text: string, parts: Record<string, string>): { text: string; unknown: string[]; missing: string[] } {
	const seen = new Set<string>();
	const unknown: string[] = [];
	const out = text.replace(MARKER, (whole, open: string, name: string, _body: string, close: string) => {
		const part = parts[name];
		if (part === undefined) {
			unknown.push(name);
			return whole;
		}
		seen.add(name);
		return `${open}\n${part}\n\n${close}`;
	});
	return { text: out, unknown, missing: Object.keys(parts).filter((n) => !seen.has(n)) };
}
