// Help at the step that failed: a walkthrough step (an item of `::: steps`) that sets a value of the
// settings (it writes `{{ pop3s.host }}`, `{{ submission.port }}`, `{{ pop3s.tls }}`, `{{ account }}`
// …) ends with a closed "if this step fails" disclosure. It lists the troubleshooting entries whose
// failure concerns what the step sets (src/troubleshooting/messages.ts: failureConcerns, stepHelp),
// each with the page's clients' messages for it and a link to its section. Nothing is written by
// hand: a new step that types a new value gets its help by itself, and a step that sets nothing shows
// nothing. Runs after the placeholders plugin (it reads the keys each inline token used, which that
// plugin records on the token) and before the renderer.
import type { MarkdownIt, Token } from 'markdown-it';
import type { PageSummary } from '../../content/page-summary.ts';
import { pathPrefix, type Words } from '../../i18n/index.ts';
import { incomingIds, outgoingIds, type Settings } from '../../settings/schema.ts';
import { messageClientNames, stepHelp, type Concern, type StepHelpEntry } from '../../troubleshooting/messages.ts';
import type { Method } from '../../clients/types.ts';
import { escapeHtml as esc } from '../../util/escape.ts';
import { codePhraseHtml } from '../markup.ts';
import { quotedMessageHtml } from './messages.ts';
import { envOf, renderEnv } from './shared.ts';
import type { PlaceholderUseMeta } from './placeholders.ts';
import type { StepsMeta } from './steps.ts';

export interface StepHelpOptions {
	settings: Settings;
	/** Every page of the edition: a page's `clients:` and `methods:` say whose messages and which services. */
	pages: readonly PageSummary[];
	words: Pick<Words, 'locale' | 'stepHelp' | 'messages' | 'report'>;
	accountPlaceholder: string;
}

const SERVICES: readonly string[] = [...incomingIds, ...outgoingIds];
const isIncoming = (m: Method) => (incomingIds as readonly string[]).includes(m);

/** What a placeholder key sets: `pop3s.port` → the port of pop3s; `account` → the account (the password concern). */
export function keyConcern(key: string): { concern: Concern; method?: Method } | undefined {
	if (key === 'account' || key === 'email' || key === 'loginHost') return { concern: 'password' };
	const [id, field] = key.split('.');
	if (!id || !SERVICES.includes(id)) return undefined;
	const concern = ({ host: 'host', port: 'port', tls: 'security', auth: 'auth' } as const)[field as 'host' | 'port' | 'tls' | 'auth'];
	return concern ? { concern, method: id as Method } : undefined;
}

/** The step-help token's meta: the entries, and the page's clients for the messages' names. */
interface StepHelpMeta {
	entries: StepHelpEntry[];
	/** The page's address, for the report form (none outside a known page). */
	from?: string;
}

/** Add the "if this step fails" disclosure to each walkthrough step that sets a value. */
export function stepHelpPlugin(md: MarkdownIt, options: StepHelpOptions): void {
	const byFile = new Map(options.pages.map((p) => [p.file, p]));
	const w = options.words.stepHelp;
	const locale = options.words.locale;

	md.core.ruler.after('kit_placeholders', 'kit_step_help', (state) => {
		const env = envOf(state);
		const page = byFile.get(env.file);
		const clients: string[] = [...(page?.data.clients ?? []), ...(page?.data.client ? [page.data.client.id] : [])];
		const pageMethods = (page?.data.methods ?? []) as Method[];
		const tokens = state.tokens;
		const out: Token[] = [];
		// The open list items of the steps lists, innermost last: each gathers what its step sets.
		const items: { level: number; keys: Set<string> }[] = [];
		let stepsLevel: number | undefined;
		for (const token of tokens) {
			if (token.type === 'container_steps_open' && (token.meta as StepsMeta | null)?.valid) stepsLevel = token.level + 2;
			if (token.type === 'container_steps_close') stepsLevel = undefined;
			if (stepsLevel !== undefined && token.type === 'list_item_open' && token.level === stepsLevel)
				items.push({ level: token.level, keys: new Set() });
			if (token.type === 'inline' && items.length)
				for (const key of (token.meta as PlaceholderUseMeta | null)?.placeholders ?? []) items.at(-1)!.keys.add(key);
			if (token.type === 'list_item_close' && items.at(-1)?.level === token.level) {
				const { keys } = items.pop()!;
				const set = [...keys].flatMap((k) => keyConcern(k) ?? []);
				const concerns = new Set(set.map((s) => s.concern));
				// The account and password belong to the services the step sets, or to every service of the page.
				const stepMethods = [...new Set(set.flatMap((s) => s.method ?? []))];
				const methods = stepMethods.length ? stepMethods : pageMethods;
				const entries = concerns.size ? stepHelp(concerns, methods, clients, locale, isIncoming) : [];
				if (entries.length) {
					const help = new state.Token('kit_step_help', 'details', 0);
					help.block = true;
					help.meta = { entries, ...(page ? { from: page.url } : {}) } satisfies StepHelpMeta;
					out.push(help);
				}
			}
			out.push(token);
		}
		// A walkthrough (a page of clients) ends with the way to the report form, from this page.
		if (clients.length && page) {
			const end = new state.Token('kit_report_link', 'p', 0);
			end.block = true;
			end.meta = { from: page.url };
			out.push(end);
		}
		state.tokens = out;
	});

	// The report form on the troubleshooting overview, told which page the reader came from.
	const reportHref = (from: string) => `${pathPrefix(locale)}/mail/troubleshooting/?from=${encodeURIComponent(from)}#report`;
	md.renderer.rules['kit_report_link'] = (tokens, idx) =>
		`<p class="kit-report-link"><a href="${esc(reportHref((tokens[idx]!.meta as { from: string }).from))}">${esc(options.words.report.fromPage)}</a></p>\n`;

	md.renderer.rules['kit_step_help'] = (tokens, idx, _opts, renderingEnv) => {
		const env = renderEnv(renderingEnv);
		const { entries, from } = tokens[idx]!.meta as unknown as StepHelpMeta;
		const prefix = pathPrefix(locale);
		const items = entries.map((e) => {
			const link = `<a href="${prefix}/mail/troubleshooting/${e.direction}/#${e.anchor}">${esc(`${options.words.messages.pages[e.direction]}: ${options.words.messages.failures[e.failure]}`)}</a>`;
			const clients = [...new Set(e.messages.map((m) => m.client))];
			const quoted = clients.map((client) => {
				const texts = [
					...new Set(
						e.messages
							.filter((m) => m.client === client)
							.map((m) => quotedMessageHtml(m, options.settings, options.accountPlaceholder, env)),
					),
				];
				return `<li>${esc(messageClientNames[client])}: ${texts.map(codePhraseHtml).join(` ${esc(w.or)} `)}</li>`;
			});
			return `<li>${link}${quoted.length ? `<ul>${quoted.join('')}</ul>` : ''}</li>`;
		});
		return (
			`<details class="kit-step-help"><summary>${esc(w.summary)}</summary>` +
			`<p>${esc(w.intro)}</p><ul>${items.join('')}</ul>` +
			`<p>${esc(w.ask)}<a href="${esc(from ? reportHref(from) : `${prefix}/start/#ask`)}">${esc(w.askLink)}</a></p></details>\n`
		);
	};
}
