// Generated tables: a block `::: mailers-table` / `::: settings-table` closed by `:::` becomes the
// supported-mailers table (clients × methods, from the walkthroughs' front matter) or the
// all-settings table (from the settings file). Depends on the page list and the settings; no I/O.
import type { MarkdownIt, StateBlock } from 'markdown-it';
import type { Settings } from '../../settings/schema.ts';
import { incomingIds, outgoingIds, service } from '../../settings/schema.ts';
import { authWords, tlsWords } from '../../settings/placeholders.ts';
import type { PageSummary } from '../../content/site.ts';
import { methodIds } from '../../content/frontmatter.ts';
import { clients, type ClientId } from '../../clients/index.ts';
import { plainText } from './headingIds.ts';

export interface TablesOptions {
	settings: Settings;
	pages: PageSummary[];
	/** Label for 2004-era clients. */
	historical: string;
}

// Japanese names of service fields, for the assumptions column.
const fieldWords: Record<string, string> = { host: 'サーバー', port: 'ポート', tls: '接続の保護', auth: 'パスワード' };

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

	const mailers = (label = '対応メーラーの表') => {
		const walkthroughs = options.pages.filter((p) => p.data.clients && p.data.methods).sort((a, b) => a.data.order - b.data.order);
		const ids = [...new Set(walkthroughs.flatMap((p) => p.data.clients!))];
		const methods = methodIds.filter((m) => m !== 'smtp');
		const head = `<tr><th scope="col">メーラー</th>${methods.map((m) => `<th scope="col">${esc(methodLabel(m))}</th>`).join('')}</tr>`;
		const rows = ids.map((id) => {
			const pages = walkthroughs.filter((p) => p.data.clients!.includes(id));
			const historical = pages.every((p) => p.data.historical);
			const cells = methods.map((m) => {
				// A page covers a method for a client when both the page and the client's generator do.
				const page = clients[id].methods.includes(m) ? pages.find((p) => p.data.methods!.includes(m)) : undefined;
				return page
					? `<td><a href="${esc(page.url)}">○ 設定例<span class="kit-sr">（${esc(`${clients[id].name}・${methodLabel(m)}`)}）</span></a></td>`
					: '<td>—<span class="kit-sr">設定例なし</span></td>';
			});
			return `<tr><th scope="row">${esc(clients[id].name)}${historical ? ` <span class="kit-badge kit-badge--small">${esc(options.historical)}</span>` : ''}</th>${cells.join('')}</tr>`;
		});
		return `<div class="kit-table-wrap" tabindex="0" role="region" aria-label="${esc(label)}"><table class="kit-generated"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>\n`;
	};

	const settingsTable = (label = '設定値の一覧') => {
		const s = options.settings;
		const row = (dir: string, id: (typeof methodIds)[number]) => {
			const v = service(s, id);
			const notes = [v.recommended ? '推奨' : '', ...Object.entries(v.assumptions ?? {}).map(([k, why]) => `要確認 (${fieldWords[k] ?? k}): ${why}`)].filter(Boolean);
			return `<tr><td>${dir}</td><th scope="row">${esc(v.label)}</th><td><code>${esc(v.host)}</code></td><td><code>${v.port}</code></td><td>${esc(tlsWords[v.tls])}</td><td>${esc(authWords[v.auth])}</td><td>${notes.map(esc).join('<br>')}</td></tr>`;
		};
		return (
			`<div class="kit-table-wrap" tabindex="0" role="region" aria-label="${esc(label)}"><table class="kit-generated"><thead><tr><th scope="col">用途</th><th scope="col">方式</th><th scope="col">サーバー</th><th scope="col">ポート</th><th scope="col">接続の保護</th><th scope="col">パスワード</th><th scope="col">備考</th></tr></thead><tbody>` +
			incomingIds.map((id) => row('受信', id)).join('') +
			outgoingIds.map((id) => row('送信', id)).join('') +
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
		return `<div class="kit-table-wrap" tabindex="0" role="region" aria-label="${esc(`表: ${head.join('・')}`)}">${self.renderToken(tokens, idx, opts)}`;
	};
	md.renderer.rules['table_close'] = (tokens, idx, opts, _env, self) => `${self.renderToken(tokens, idx, opts)}</div>`;

	md.renderer.rules['kit_table'] = (tokens, idx) => ((tokens[idx]!.meta as { kind: Kind }).kind === 'mailers-table' ? mailers() : settingsTable());
}
