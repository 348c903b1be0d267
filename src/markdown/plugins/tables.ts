// Generated tables: a block `::: mailers-table` / `::: settings-table` closed by `:::` becomes the
// supported-mailers table (clients × methods, each cell linked to the section of the page that shows
// that example: PageSummary `examples`, content/examples.ts) or the
// all-settings table (from the settings file). `::: mailers-table ssl` and `::: mailers-table apop`
// are the 2004 page's two example lists: only the receiving methods that use SSL, or APOP. Depends on the page list and the settings; no I/O.
import type { MarkdownIt, StateBlock } from 'markdown-it';
import type { Settings } from '../../settings/schema.ts';
import { incomingIds, outgoingIds, service } from '../../settings/schema.ts';
import type { PageSummary } from '../../content/page-summary.ts';
import { methodIds } from '../../content/frontmatter.ts';
import { clientIds, clientName, clients, type ClientId } from '../../clients/index.ts';
import { readingOrder } from '../../site/nav.ts';
import { pageTree } from './pages.ts';
import { declaredClients } from '../../clients/declared.ts';
import type { Words } from '../../i18n/index.ts';
import { uses, type MarkdownEnv } from '../env.ts';
import { renderEnv } from './shared.ts';
import { plainText } from './headingIds.ts';
import { accountHtml, codeHtml, proseHtml, unconfirmedHtml, type UnconfirmedMark } from '../markup.ts';
import { unconfirmedFacts } from '../../settings/placeholders.ts';
import { escapeHtml as esc } from '../../util/escape.ts';

export interface TablesOptions {
	settings: Settings;
	pages: PageSummary[];
	/** The page language's words: the tables' headings, TLS and password words, the 2004 badge, client names, the §2 example tables' names. */
	words: Pick<
		Words,
		| 'locale'
		| 'tables'
		| 'tls'
		| 'auth'
		| 'historical'
		| 'clientNames'
		| 'accountPlaceholder'
		| 'mailersSsl'
		| 'mailersApop'
		| 'imap'
		| 'cloudClients'
		| 'facts'
		| 'commissionPages'
	>;
	/** The mark after unconfirmed values. */
	unconfirmed?: UnconfirmedMark;
}

type Kind = 'mailers-table' | 'settings-table';

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

	const methodLabel = (id: (typeof methodIds)[number]) => service(options.settings, id).label;
	// A sentence from the settings (a note, an assumption's reason) keeps every method's name whole.
	const methodNames = [...incomingIds, ...outgoingIds].map((id) => service(options.settings, id).label);
	const prose = (text: string) => proseHtml(text, methodNames);

	const w = options.words.tables;
	const words = options.words;
	// Clients without a generator, declared by their pages (front matter `client:`), are named by the declaration.
	const declared = declaredClients(options.pages);
	const name = (id: string) => declared.get(id)?.name ?? (id in clients ? clientName(id as ClientId, words) : id);
	const pageClients = (p: PageSummary) => [...(p.data.clients ?? []), ...(p.data.client ? [p.data.client.id] : [])];
	// The names of the two example tables of the 2004 page's §2 (`::: mailers-table ssl` / `apop`).
	const examples = { ssl: words.mailersSsl, apop: words.mailersApop };
	// The receiving methods of each example list, from the settings: over SSL, or by APOP.
	const only = {
		ssl: methodIds.filter((m) => m in options.settings.incoming && service(options.settings, m).tls !== 'none'),
		apop: methodIds.filter((m) => m in options.settings.incoming && service(options.settings, m).auth === 'apop-password'),
	};
	// Every example a page shows (content/examples.ts: its config blocks and lists of files), in
	// sidebar order: the table links each client and method to the first, so it promises nothing a
	// page does not show.
	const reading = new Map(readingOrder(pageTree(options.pages)).map((n, i) => [n.url, i]));
	const place = (p: PageSummary) => reading.get(p.url) ?? Number.MAX_SAFE_INTEGER;
	const inOrder = [...options.pages].filter((p) => !p.data.hidden).sort((a, b) => place(a) - place(b));
	const shown = inOrder.flatMap((p) => (p.examples ?? []).map((e) => ({ ...e, href: `${p.url}${e.anchor ? `#${e.anchor}` : ''}` })));
	// The clients in the order of their walkthroughs in the sidebar (a client's own page, or the first
	// page that shows it), so the table reads like the clients index.
	const firstPage = (id: string) => {
		const own = inOrder.findIndex((p) => pageClients(p).includes(id));
		return own !== -1 ? own : inOrder.findIndex((p) => p.examples?.some((e) => e.client === id));
	};
	const clientOrder = [...new Set([...clientIds, ...shown.map((e) => e.client)])].sort((a, b) => firstPage(a) - firstPage(b));
	const mailers = (kind?: 'ssl' | 'apop') => {
		const label = kind ? examples[kind] : w.mailersLabel;
		const methods = kind ? only[kind] : methodIds.filter((m) => m !== 'smtp');
		const ids = clientOrder.filter((id) => shown.some((e) => e.client === id && methods.includes(e.method as (typeof methodIds)[number])));
		const head = `<tr><th scope="col">${esc(w.mailer)}</th>${methods.map((m) => `<th scope="col">${prose(methodLabel(m))}</th>`).join('')}</tr>`;
		const rows = ids.map((id) => {
			// The era badge when every page that walks through the client records a past era (the earliest era).
			const eras = options.pages.filter((p) => pageClients(p).includes(id)).map((p) => p.data.historical);
			const era = eras.length && eras.every((e) => e !== undefined) ? Math.min(...eras) : undefined;
			const cells = methods.map((m) => {
				const example = shown.find((e) => e.client === id && e.method === m);
				return example
					? `<td><a href="${esc(example.href)}" data-client="${esc(id)}" data-method="${esc(m)}">${esc(w.example)}<span class="kit-sr"> (${esc(`${name(id)}, ${methodLabel(m)}`)})</span></a></td>`
					: `<td>—<span class="kit-sr">${esc(w.noExample)}</span></td>`;
			});
			return `<tr class="kit-generated__row"><th scope="row">${esc(name(id))}${era !== undefined ? ` <span class="kit-badge kit-badge--small">${esc(words.historical(era))}</span>` : ''}</th>${cells.join('')}</tr>`;
		});
		return `<table class="kit-generated" aria-label="${esc(label)}"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>\n`;
	};

	// The all-settings page: first the reader's own user name and address (filled in by the browser),
	// then one row per method in five columns, grouped by use, with any note on a row of its own under
	// it, so no column is squeezed until its values break. On narrow screens each row becomes a card
	// (global.css); the labels in each cell are for that form and are hidden from screen readers,
	// which have the column headers.
	const settingsTable = (env: MarkdownEnv, label = w.settingsLabel) => {
		const s = options.settings;
		const account = accountHtml(words.accountPlaceholder);
		uses(env, 'account');
		const yours =
			`<table class="kit-settings kit-settings--yours"><caption>${esc(w.yours)}</caption><tbody>` +
			`<tr><th scope="row">${esc(w.accountName)}</th><td>${codeHtml({ html: account, text: words.accountPlaceholder, account: words.accountPlaceholder })}</td></tr>` +
			`<tr><th scope="row">${esc(w.address)}</th><td>${codeHtml({ html: `${account}@${esc(s.domain)}`, text: `${words.accountPlaceholder}@${s.domain}`, account: words.accountPlaceholder })}</td></tr>` +
			'</tbody></table>\n';
		const cols = [w.server, w.port, w.tls, w.password];
		const cell = (html: string) => `<td>${html}</td>`;
		const row = (id: (typeof methodIds)[number]) => {
			const v = service(s, id);
			const notes = Object.entries(v.assumptions ?? {}).flatMap(([k, why]) =>
				why ? [`${w.toConfirm} (${w.fields[k as keyof typeof w.fields] ?? k}): ${why[words.locale]}`] : [],
			);
			// The same mark as on every other page, after each value the settings mark unconfirmed.
			const mark = (field: 'host' | 'port' | 'tls' | 'auth') =>
				v.assumptions?.[field] !== undefined && options.unconfirmed ? ` ${unconfirmedHtml(options.unconfirmed)}` : '';
			const head = `<th scope="row" id="kit-settings-${id}"><span class="kit-settings__method">${esc(v.label)}</span>${v.recommended ? ` <span class="kit-badge kit-badge--small kit-badge--ok">${esc(w.recommended)}</span>` : ''}</th>`;
			return (
				`<tr class="kit-settings__row">${head}${cell(`${codeHtml(v.host)}${mark('host')}`)}${cell(`${codeHtml(String(v.port))}${mark('port')}`)}` +
				`${cell(`<span class="kit-value">${esc(words.tls[v.tls])}</span>${mark('tls')}`)}${cell(`${esc(words.auth[v.auth])}${mark('auth')}`)}</tr>` +
				(notes.length
					? `<tr class="kit-settings__note"><td colspan="5" headers="kit-settings-${id}">${notes.map(prose).join('<br>')}</td></tr>`
					: '')
			);
		};
		const group = (name: string, ids: readonly (typeof methodIds)[number][]) =>
			`<tbody><tr class="kit-settings__group"><th colspan="5" scope="rowgroup">${esc(name)}</th></tr>${ids.map(row).join('')}</tbody>`;
		// Facts about the service as a whole that are still assumptions (the mark on any page links here).
		const facts = unconfirmedFacts(s, words);
		const factList = facts.length
			? `<ul class="kit-settings__facts">${facts
					.map(
						(f) =>
							`<li><strong>${esc(f.name)}</strong>: ${f.code ? codeHtml(f.value) : prose(f.value)}${options.unconfirmed ? ` ${unconfirmedHtml(options.unconfirmed)}` : ''}<br>${prose(f.why)}</li>`,
					)
					.join('')}</ul>\n`
			: '';
		return (
			yours +
			`<table class="kit-settings" aria-label="${esc(label)}"><thead><tr>${[w.method, ...cols].map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>` +
			group(w.incoming, incomingIds) +
			group(w.outgoing, outgoingIds) +
			'</table>\n' +
			factList
		);
	};

	// Author tables are named by their header row, so that several tables on a page stay
	// distinguishable; their form (table or cards) is fit.ts's, as for every table.
	md.renderer.rules['table_open'] = (tokens, idx, opts, _env, self) => {
		const head: string[] = [];
		for (let i = idx + 1; i < tokens.length && tokens[i]!.type !== 'thead_close' && tokens[i]!.type !== 'table_close'; i++) {
			const cell = tokens[i]!.type === 'inline' ? plainText(tokens[i]!.children ?? []) : '';
			if (cell) head.push(cell);
		}
		tokens[idx]!.attrSet('aria-label', `${w.table}: ${head.join(' / ')}`);
		return self.renderToken(tokens, idx, opts);
	};

	md.renderer.rules['kit_table'] = (tokens, idx, _opts, env) => {
		const meta = tokens[idx]!.meta as { kind: Kind; only?: 'ssl' | 'apop' };
		if (meta.kind === 'mailers-table') return mailers(meta.only);
		const html = settingsTable(renderEnv(env));
		if (html.includes('class="kit-unconfirmed"')) uses(renderEnv(env), 'unconfirmed');
		return html;
	};
}
