// Generated tables: a block `::: mailers-table` / `::: settings-table` closed by `:::` becomes the
// supported-mailers table (clients × methods, from the walkthroughs' front matter) or the
// all-settings table (from the settings file). `::: mailers-table ssl` and `::: mailers-table apop`
// are the 2004 page's two example lists: only the receiving methods that use SSL, or APOP. Depends on the page list and the settings; no I/O.
import type { MarkdownIt, StateBlock } from 'markdown-it';
import type { Settings } from '../../settings/schema.ts';
import { incomingIds, outgoingIds, service } from '../../settings/schema.ts';
import { authWords, authWordsEn, tlsWords, tlsWordsEn } from '../../settings/placeholders.ts';
import type { PageSummary } from '../../content/site.ts';
import { methodIds } from '../../content/frontmatter.ts';
import { clients, type ClientId } from '../../clients/index.ts';
import { plainText } from './headingIds.ts';
import { unconfirmedHtml, type UnconfirmedMark } from './placeholders.ts';

export interface TablesOptions {
	settings: Settings;
	pages: PageSummary[];
	/** Label for 2004-era clients. */
	historical: string;
	/** Words of the generated tables, in the page's language. */
	words: TableWords;
	/** Names of the two example tables of the 2004 page's §2 (`::: mailers-table ssl` / `apop`). */
	examples?: { ssl: string; apop: string };
	/** The mark after unconfirmed values. */
	unconfirmed?: UnconfirmedMark;
}

export interface TableWords {
	mailersLabel: string; mailer: string; example: string; noExample: string;
	settingsLabel: string; use: string; method: string; server: string; port: string; tls: string; password: string; note: string;
	incoming: string; outgoing: string; recommended: string; toConfirm: string; table: string;
	fields: Record<string, string>; tlsWords: Record<string, string>; authWords: Record<string, string>;
}

/** The generated tables' words, per language. */
export const tableWords: Record<'ja' | 'en', TableWords> = {
	ja: {
		mailersLabel: '対応メーラーの表', mailer: 'メーラー', example: '○ 設定例', noExample: '設定例なし',
		settingsLabel: '設定値の一覧', use: '用途', method: '方式', server: 'サーバー', port: 'ポート', tls: '接続の保護', password: 'パスワード', note: '備考',
		incoming: '受信', outgoing: '送信', recommended: '推奨', toConfirm: '要確認', table: '表',
		fields: { host: 'サーバー', port: 'ポート', tls: '接続の保護', auth: 'パスワード' },
		tlsWords, authWords,
	},
	en: {
		mailersLabel: 'Supported mail clients', mailer: 'Mail client', example: '○ Example', noExample: 'no example',
		settingsLabel: 'All settings', use: 'Use', method: 'Method', server: 'Server', port: 'Port', tls: 'Connection security', password: 'Password', note: 'Note',
		incoming: 'Receiving', outgoing: 'Sending', recommended: 'Recommended', toConfirm: 'To confirm', table: 'Table',
		fields: { host: 'server', port: 'port', tls: 'connection security', auth: 'password' },
		tlsWords: tlsWordsEn, authWords: authWordsEn,
	},
};

const KINDS = ['mailers-table', 'settings-table'] as const;
type Kind = (typeof KINDS)[number];

/** Add the generated-table block and its renderer. */
export function tablesPlugin(md: MarkdownIt, options: TablesOptions): void {
	md.block.ruler.before('fence', 'kit_table', (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
		const line = (n: number) => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]!).trim();
		const m = /^:::\s*(mailers-table|settings-table)(?:\s+(ssl|apop))?$/.exec(line(startLine));
		if (!m) return false;
		let end = startLine + 1;
		while (end < endLine && line(end) !== ':::') end++;
		if (end >= endLine) return false; // unclosed: left to other rules, shown as text
		if (silent) return true;
		const token = state.push('kit_table', '', 0);
		token.meta = { kind: m[1] as Kind, ...(m[2] ? { only: m[2] } : {}) };
		token.map = [startLine, end + 1];
		token.block = true;
		state.line = end + 1;
		return true;
	});

	const esc = md.utils.escapeHtml;
	const methodLabel = (id: (typeof methodIds)[number]) => service(options.settings, id).label;

	const w = options.words;
	// The receiving methods of each example list, from the settings: over SSL, or by APOP.
	const only = {
		ssl: methodIds.filter((m) => m in options.settings.incoming && service(options.settings, m).tls !== 'none'),
		apop: methodIds.filter((m) => m in options.settings.incoming && service(options.settings, m).auth === 'apop-password'),
	};
	const mailers = (kind?: 'ssl' | 'apop') => {
		const label = kind ? options.examples?.[kind] ?? w.mailersLabel : w.mailersLabel;
		const walkthroughs = options.pages.filter((p) => p.data.clients && p.data.methods).sort((a, b) => a.data.order - b.data.order);
		const methods = kind ? only[kind] : methodIds.filter((m) => m !== 'smtp');
		// A client is listed when a page covers one of the methods for it.
		const covers = (id: ClientId) =>
			methods.some((m) => clients[id].methods.includes(m) && walkthroughs.some((p) => p.data.clients!.includes(id) && p.data.methods!.includes(m)));
		const ids = [...new Set(walkthroughs.flatMap((p) => p.data.clients!))].filter(covers);
		const head = `<tr><th scope="col">${esc(w.mailer)}</th>${methods.map((m) => `<th scope="col">${esc(methodLabel(m))}</th>`).join('')}</tr>`;
		const rows = ids.map((id) => {
			const pages = walkthroughs.filter((p) => p.data.clients!.includes(id));
			const historical = pages.every((p) => p.data.historical);
			const cells = methods.map((m) => {
				// A page covers a method for a client when both the page and the client's generator do.
				const page = clients[id].methods.includes(m) ? pages.find((p) => p.data.methods!.includes(m)) : undefined;
				return page
					? `<td><a href="${esc(page.url)}">${esc(w.example)}<span class="kit-sr"> (${esc(`${clients[id].name}, ${methodLabel(m)}`)})</span></a></td>`
					: `<td>—<span class="kit-sr">${esc(w.noExample)}</span></td>`;
			});
			return `<tr><th scope="row">${esc(clients[id].name)}${historical ? ` <span class="kit-badge kit-badge--small">${esc(options.historical)}</span>` : ''}</th>${cells.join('')}</tr>`;
		});
		return `<div class="kit-table-wrap" tabindex="0" role="region" aria-label="${esc(label)}"><table class="kit-generated"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>\n`;
	};

	const settingsTable = (label = w.settingsLabel) => {
		const s = options.settings;
		const row = (dir: string, id: (typeof methodIds)[number]) => {
			const v = service(s, id);
			const notes = [v.recommended ? w.recommended : '', ...Object.entries(v.assumptions ?? {}).map(([k, why]) => `${w.toConfirm} (${w.fields[k] ?? k}): ${why}`)].filter(Boolean);
			// The same mark as on every other page, after each value the settings mark unconfirmed.
			const mark = (field: 'host' | 'port' | 'tls' | 'auth') => (v.assumptions?.[field] !== undefined && options.unconfirmed ? ` ${unconfirmedHtml(options.unconfirmed, esc)}` : '');
			return `<tr><td>${dir}</td><th scope="row">${esc(v.label)}</th><td><code>${esc(v.host)}</code>${mark('host')}</td><td><code>${v.port}</code>${mark('port')}</td><td>${esc(w.tlsWords[v.tls]!)}${mark('tls')}</td><td>${esc(w.authWords[v.auth]!)}${mark('auth')}</td><td>${notes.map(esc).join('<br>')}</td></tr>`;
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

	md.renderer.rules['kit_table'] = (tokens, idx) => {
		const meta = tokens[idx]!.meta as { kind: Kind; only?: 'ssl' | 'apop' };
		return meta.kind === 'mailers-table' ? mailers(meta.only) : settingsTable();
	};
}
