// Generated tables: a block `::: mailers-table` / `::: settings-table` closed by `:::` becomes the
// supported-mailers table (clients × methods, from the walkthroughs' front matter) or the
// all-settings table (from the settings file). Depends on the page list and the settings; no I/O.
import type { MarkdownIt, StateBlock } from 'markdown-it';
import type { Settings } from '../../settings/schema.ts';
import { incomingIds, outgoingIds, service } from '../../settings/schema.ts';
import type { PageSummary } from '../../content/site.ts';
import { methodIds } from '../../content/frontmatter.ts';
import { clientName, clients } from '../../clients/index.ts';
import type { Words } from '../../i18n/index.ts';
import { plainText } from './headingIds.ts';

export interface TablesOptions {
	settings: Settings;
	pages: PageSummary[];
	/** The page language's words: the tables' headings, TLS and password words, the 2004 badge, client names. */
	words: Pick<Words, 'locale' | 'tables' | 'tls' | 'auth' | 'historical' | 'clientNames'>;
}

const KINDS = ['mailers-table', 'settings-table'] as const;
type Kind = (typeof KINDS)[number];

/** Add the generated-table block and its renderer. */
export function tablesPlugin(md: MarkdownIt, options: TablesOptions): void {
	md.block.ruler.before('fence', 'kit_table', (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
		const line = (n: number) => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]!).trim();
		const m = /^:::\s*(mailers-table|settings-table)$/.exec(line(startLine));
		if (!m) return false;
		let end = startLine + 1;
		while (end < endLine && line(end) !== ':::') end++;
		if (end >= endLine) return false; // unclosed: left to other rules, shown as text
		if (silent) return true;
		const token = state.push('kit_table', '', 0);
		token.meta = { kind: m[1] as Kind };
		token.map = [startLine, end + 1];
		token.block = true;
		state.line = end + 1;
		return true;
	});

	const esc = md.utils.escapeHtml;
	const methodLabel = (id: (typeof methodIds)[number]) => service(options.settings, id).label;

	const w = options.words.tables;
	const words = options.words;
	const name = (id: keyof typeof clients) => clientName(id, words);
	const mailers = (label = w.mailersLabel) => {
		const walkthroughs = options.pages.filter((p) => p.data.clients && p.data.methods).sort((a, b) => a.data.order - b.data.order);
		const ids = [...new Set(walkthroughs.flatMap((p) => p.data.clients!))];
		const methods = methodIds.filter((m) => m !== 'smtp');
		const head = `<tr><th scope="col">${esc(w.mailer)}</th>${methods.map((m) => `<th scope="col">${esc(methodLabel(m))}</th>`).join('')}</tr>`;
		const rows = ids.map((id) => {
			const pages = walkthroughs.filter((p) => p.data.clients!.includes(id));
			const historical = pages.every((p) => p.data.historical);
			const cells = methods.map((m) => {
				// A page covers a method for a client when both the page and the client's generator do.
				const page = clients[id].methods.includes(m) ? pages.find((p) => p.data.methods!.includes(m)) : undefined;
				return page
					? `<td><a href="${esc(page.url)}">${esc(w.example)}<span class="kit-sr"> (${esc(`${name(id)}, ${methodLabel(m)}`)})</span></a></td>`
					: `<td>—<span class="kit-sr">${esc(w.noExample)}</span></td>`;
			});
			return `<tr><th scope="row">${esc(name(id))}${historical ? ` <span class="kit-badge kit-badge--small">${esc(words.historical)}</span>` : ''}</th>${cells.join('')}</tr>`;
		});
		return `<div class="kit-table-wrap" tabindex="0" role="region" aria-label="${esc(label)}"><table class="kit-generated"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>\n`;
	};

	const settingsTable = (label = w.settingsLabel) => {
		const s = options.settings;
		const row = (dir: string, id: (typeof methodIds)[number]) => {
			const v = service(s, id);
			const notes = [v.recommended ? w.recommended : '', ...Object.entries(v.assumptions ?? {}).flatMap(([k, why]) => (why ? [`${w.toConfirm} (${w.fields[k as keyof typeof w.fields] ?? k}): ${why[words.locale]}`] : []))].filter(Boolean);
			return `<tr><td>${dir}</td><th scope="row">${esc(v.label)}</th><td><code>${esc(v.host)}</code></td><td><code>${v.port}</code></td><td>${esc(words.tls[v.tls])}</td><td>${esc(words.auth[v.auth])}</td><td>${notes.map(esc).join('<br>')}</td></tr>`;
		};
		return (
			`<div class="kit-table-wrap" tabindex="0" role="region" aria-label="${esc(label)}"><table class="kit-generated"><thead><tr>${[w.use, w.method, w.server, w.port, w.tls, w.password, w.note].map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>` +
			incomingIds.map((id) => row(esc(w.incoming), id)).join('') +
			outgoingIds.map((id) => row(esc(w.outgoing), id)).join('') +
			'</tbody></table></div>\n'
		);
	};

	// Author tables scroll sideways on phones inside a focusable region (keyboard users can scroll it),
	// named by its header row so that several tables on a page stay distinguishable.
	md.renderer.rules['table_open'] = (tokens, idx, opts, _env, self) => {
		const head: string[] = [];
		for (let i = idx + 1; i < tokens.length && tokens[i]!.type !== 'thead_close' && tokens[i]!.type !== 'table_close'; i++) {
			const cell = tokens[i]!.type === 'inline' ? plainText(tokens[i]!.children ?? []) : '';
			if (cell) head.push(cell);
		}
		return `<div class="kit-table-wrap" tabindex="0" role="region" aria-label="${esc(`${w.table}: ${head.join(' / ')}`)}">${self.renderToken(tokens, idx, opts)}`;
	};
	md.renderer.rules['table_close'] = (tokens, idx, opts, _env, self) => `${self.renderToken(tokens, idx, opts)}</div>`;

	md.renderer.rules['kit_table'] = (tokens, idx) => ((tokens[idx]!.meta as { kind: Kind }).kind === 'mailers-table' ? mailers() : settingsTable());
}
