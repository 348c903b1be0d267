// What to try when an unconfirmed value does not work: a block `::: unconfirmed-help` closed by
// `:::` becomes, from the settings, one step for each service with an unconfirmed value (the other
// services of its direction that the settings offer, confirmed ones first), then whom to ask. The
// all-settings page's #unconfirmed section uses it, where every unconfirmed mark leads; a changed
// assumption changes the steps. Depends on the settings and the page's words; no I/O.
import type { MarkdownIt, StateBlock } from 'markdown-it';
import { incomingIds, outgoingIds, service, type ServiceId, type Settings } from '../../settings/schema.ts';
import { startPageUrl, ASK_SECTION } from '../../site/config.ts';
import type { Words } from '../../i18n/index.ts';
import { escapeHtml as esc } from '../../util/escape.ts';
import { noWrapCloseHtml, noWrapOpenHtml } from '../markup.ts';

export interface UnconfirmedHelpOptions {
	settings: Settings;
	words: Pick<Words, 'locale' | 'config' | 'unconfirmedHelp'>;
}

/** For each service with an unconfirmed value: the services of its direction to try instead, confirmed ones first. */
export function alternatives(settings: Settings): { id: ServiceId; instead: ServiceId[] }[] {
	const unconfirmed = (id: ServiceId) => Object.keys(service(settings, id).assumptions ?? {}).length > 0;
	return [incomingIds, outgoingIds].flatMap((ids: readonly ServiceId[]) =>
		ids.filter(unconfirmed).map((id) => {
			const s = service(settings, id);
			// Another way in: a different port or protection, and never one without authentication
			// (it cannot replace one that has it: plain SMTP delivers only to the club's own domain).
			const instead = ids
				.filter((o) => o !== id)
				.filter((o) => {
					const x = service(settings, o);
					return x.auth !== 'none' && (x.port !== s.port || x.tls !== s.tls || x.host !== s.host);
				})
				.sort(
					(a, b) =>
						Number(unconfirmed(a)) - Number(unconfirmed(b)) ||
						Number(!!service(settings, b).recommended) - Number(!!service(settings, a).recommended),
				);
			return { id, instead };
		}),
	);
}

/** Add the `::: unconfirmed-help` block and its renderer. */
export function unconfirmedHelpPlugin(md: MarkdownIt, options: UnconfirmedHelpOptions): void {
	md.block.ruler.before('fence', 'kit_unconfirmed_help', (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
		const line = (n: number) => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]!).trim();
		if (!/^:::\s*unconfirmed-help$/.test(line(startLine))) return false;
		let end = startLine + 1;
		while (end < endLine && line(end) !== ':::') end++;
		if (end >= endLine) return false; // unclosed: left to other rules, shown as text
		if (silent) return true;
		const token = state.push('kit_unconfirmed_help', '', 0);
		token.map = [startLine, end + 1];
		token.block = true;
		state.line = end + 1;
		return true;
	});

	const { settings } = options;
	const w = options.words.unconfirmedHelp;
	const name = (id: ServiceId) => {
		const s = service(settings, id);
		return `${noWrapOpenHtml}${esc(s.label)}${noWrapCloseHtml}${esc(w.details(String(s.port), options.words.config.tls[s.tls]))}`;
	};
	md.renderer.rules['kit_unconfirmed_help'] = () => {
		const steps = alternatives(settings)
			.filter((a) => a.instead.length)
			.map((a) => `<li>${w.tryInstead(name(a.id), w.or(a.instead.map(name)))}</li>`);
		const ask = `<li>${esc(w.ask)}<a href="${esc(startPageUrl(options.words.locale, ASK_SECTION))}">${esc(w.askLink)}</a>${esc(w.askAfter)}</li>`;
		// Out of the search index: it repeats the settings table's methods and ports, and would only
		// dilute the page that lists them for a search such as "outgoing server".
		return `<ol class="kit-unconfirmed-help" data-pagefind-ignore>${steps.join('')}${ask}</ol>\n`;
	};
}
