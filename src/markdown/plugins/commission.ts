// Links to the commission: `[text](commission:ID)` leads to the commission's own page ID (settings
// `organization.links`, in the menu's order: overview, applications, … research), or, while its
// address is unknown, to the start page's list of the commission's pages; `commission:contact` is
// a mail link to the commission's address (settings `organization.contact`). On the English edition
// a link to the commission's site (in Japanese) says so after its text. An unknown ID is a build
// error at its line. A core rule that must run before the links plugin, which then checks the
// resulting internal addresses like any other. The block `::: commission-pages` closed by `:::` is
// the start page's list of those pages: each with its address, or marked unconfirmed while it is
// unknown. Depends on the settings and ../../site/config.ts.
import type { MarkdownIt, StateBlock, Token } from 'markdown-it';
import { commissionPageIds, type CommissionPageId, type Settings } from '../../settings/schema.ts';
import { commissionLink } from '../../site/config.ts';
import type { Locale, Words } from '../../i18n/index.ts';
import { report, uses } from '../env.ts';
import { nearest } from '../../util/nearest.ts';
import { childMap, eachBlock, envOf, renderEnv } from './shared.ts';
import { unconfirmedHtml, type UnconfirmedMark } from '../markup.ts';
import { escapeHtml as esc } from '../../util/escape.ts';

export interface CommissionOptions {
	settings: Settings;
	locale: Locale;
	/** The words put after a link that leads to a page in Japanese ('' on Japanese pages), and the list's words. */
	words: Pick<Words, 'inJapanese' | 'commissionPages' | 'commissionList'>;
	/** The mark after an address not known yet. */
	unconfirmed?: Pick<UnconfirmedMark, 'text' | 'title' | 'href'>;
}

const PREFIX = 'commission:';
/** Every id a `commission:` link may name: the commission's pages, and its mail address. */
export const commissionLinkIds: readonly string[] = [...commissionPageIds, 'contact'];

/** Resolve `commission:` link addresses. */
export function commissionPlugin(md: MarkdownIt, options: CommissionOptions): void {
	md.core.ruler.push('kit_commission', (state) => {
		const env = envOf(state);
		eachBlock(state.tokens, (token, _i, map) => {
			if (token.type !== 'inline' || !token.children) return;
			const out: Token[] = [];
			let closeWith: string | undefined;
			let depth = 0;
			token.children.forEach((child, i, children) => {
				out.push(child);
				if (child.type === 'link_open') {
					depth++;
					const href = String(child.attrGet('href') ?? '');
					if (!href.startsWith(PREFIX)) return;
					const id = href.slice(PREFIX.length);
					if (!commissionLinkIds.includes(id)) {
						const near = nearest(id, commissionLinkIds);
						report(
							env,
							childMap(map, children, i),
							`unknown commission link "${href}"`,
							`write commission:ID with an ID of: ${commissionLinkIds.join(', ')}${near.length ? ` (did you mean "${near[0]}"?)` : ''}`,
						);
						child.attrSet('href', '#');
						return;
					}
					if (id === 'contact') {
						child.attrSet('href', `mailto:${options.settings.organization.contact.email}`);
						return;
					}
					const link = commissionLink(options.settings, id as CommissionPageId, options.locale);
					child.attrSet('href', link.href);
					if (link.external && options.words.inJapanese) {
						child.attrSet('hreflang', 'ja');
						closeWith = options.words.inJapanese;
					}
				} else if (child.type === 'link_close') {
					depth--;
					if (depth === 0 && closeWith !== undefined) {
						out.push(Object.assign(new state.Token('text', '', 0), { content: closeWith }));
						closeWith = undefined;
					}
				}
			});
			token.children = out;
		});
	});

	md.block.ruler.before('fence', 'kit_commission_pages', (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
		const line = (n: number) => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]!).trim();
		if (!/^:::\s*commission-pages$/.test(line(startLine))) return false;
		let end = startLine + 1;
		while (end < endLine && line(end) !== ':::') end++;
		if (end >= endLine) return false; // unclosed: left to other rules, shown as text
		if (silent) return true;
		const token = state.push('kit_commission_pages', '', 0);
		token.map = [startLine, end + 1];
		token.block = true;
		state.line = end + 1;
		return true;
	});

	const w = options.words;
	md.renderer.rules['kit_commission_pages'] = (_tokens, _idx, _opts, env) => {
		// The table marks the first unknown address only: one mark says it for the column.
		let marked = false;
		const rows = commissionPageIds.map((id) => {
			const url = options.settings.organization.links[id];
			const mark = url === 'unknown' && !marked && options.unconfirmed ? ` ${unconfirmedHtml(options.unconfirmed)}` : '';
			if (mark) {
				marked = true;
				uses(renderEnv(env), 'unconfirmed');
			}
			const address =
				url === 'unknown'
					? `${esc(w.commissionList.unknown)}${mark}`
					: `<a href="${esc(url)}" rel="noopener"${w.inJapanese ? ' hreflang="ja"' : ''}>${esc(url)}</a>${esc(w.inJapanese)}`;
			return `<tr><th scope="row">${esc(w.commissionPages[id])}</th><td>${address}</td></tr>`;
		});
		return (
			`<table class="kit-generated kit-commission-pages" aria-label="${esc(w.commissionList.label)}">` +
			`<thead><tr><th scope="col">${esc(w.commissionList.page)}</th><th scope="col">${esc(w.commissionList.address)}</th></tr></thead>` +
			`<tbody>${rows.join('')}</tbody></table>\n`
		);
	};
}
