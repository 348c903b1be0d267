// Troubleshooting blocks: `::: messages FAILURE receive|send` closed by `:::` becomes the table of
// the messages each client shows in that failure (how each was checked stays with the data and the
// tests, not on the student's page) (src/troubleshooting/messages.ts, the data the
// real-client suite checks), and `::: openssl-check METHOD` the manual's `openssl s_client`
// command for that service (src/troubleshooting/openssl.ts, the argv the suite runs). Depends on
// the settings, the highlighter (through ./code.ts) and the page's words; no I/O.
import type { MarkdownIt, StateBlock } from 'markdown-it';
import type { Settings } from '../../settings/schema.ts';
import { incomingIds, outgoingIds, service } from '../../settings/schema.ts';
import { ACCOUNT } from '../../settings/placeholders.ts';
import {
	codeRows,
	failureAnchor,
	failureIds,
	fillMessage,
	messageClientNames,
	messagesFor,
	type FailureId,
	type MessageSource,
	type OutlookCode,
	type QuotedMessage,
} from '../../troubleshooting/messages.ts';
import { pathPrefix } from '../../i18n/index.ts';
import { opensslCheck, opensslMethods, type OpensslMethod } from '../../troubleshooting/openssl.ts';
import { report, uses, type MarkdownEnv } from '../env.ts';
import { nearest } from '../../util/nearest.ts';
import { renderCode, type CodeOptions } from './code.ts';
import { envOf, renderEnv } from './shared.ts';
import { escapeHtml as esc } from '../../util/escape.ts';
import { accountHtml, codeHtml, codePhraseHtml, unconfirmedHtml } from '../markup.ts';

export interface MessagesWords {
	/** The table's accessible name, before the failure's heading text. */
	table: string;
	client: string;
	message: string;
	/** Before the source of a client that cannot run here, when it is the client's localisation file. */
	source: string;
	/** Before the source when it is the vendor's documentation quoting the message. */
	sourceDocs: string;
	/** Before a public header that defines the error code. */
	sourceHeader: string;
	/** Before someone else's report of the message (the unconfirmed mark follows its link). */
	sourceReport: string;
	/** The unconfirmed mark after a report, and its tooltip. */
	reportMark: string;
	reportTitle: string;
	/** What the student types once connected (openssl). */
	thenType: string;
	/** The troubleshooting pages by direction, and each failure's section there (the error-code table links them). */
	pages: { receive: string; send: string };
	failures: Record<FailureId, string>;
	/** The error-code table's name and column headings. */
	codes: { table: string; code: string; meaning: string; details: string; source: string };
	/** Outlook's codes: cause and fix for this server. */
	outlook: Record<OutlookCode, string>;
}

/**
 * A quoted message as HTML, its {host} {port} {user} filled from the settings (the reader's account
 * as the fillable element, noted in `env`). It wraps at its spaces; after the reader's account name it
 * may also break before the "@host" that follows, so that the host name itself never has to (issue 21).
 */
export function quotedMessageHtml(q: QuotedMessage, settings: Settings, accountPlaceholder: string, env: MarkdownEnv): string {
	const s = service(settings, q.method);
	const parts = fillMessage(q.text, { host: s.host, port: s.port, user: ACCOUNT }).split(ACCOUNT);
	if (parts.length > 1) uses(env, 'account');
	const account = accountHtml(accountPlaceholder);
	return parts.map((p, i) => (i === 0 ? '' : p.startsWith('@') ? `${account}<wbr>` : account) + esc(p)).join('');
}

export interface MessagesOptions extends Pick<CodeOptions, 'highlighter' | 'accountPlaceholder' | 'copy' | 'codeLabel'> {
	settings: Settings;
	lang: 'ja' | 'en';
	words: MessagesWords;
}

const DIRECTIONS = { receive: incomingIds, send: outgoingIds } as const;

/** Add the `messages` and `openssl-check` blocks. */
export function messagesPlugin(md: MarkdownIt, options: MessagesOptions): void {
	md.block.ruler.before('fence', 'kit_messages', (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
		const line = (n: number) => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]!).trim();
		const m = /^:::\s*(messages|openssl-check|error-codes)\b\s*(.*)$/.exec(line(startLine));
		if (!m) return false;
		let end = startLine + 1;
		while (end < endLine && line(end) !== ':::') end++;
		if (end >= endLine) return false;
		if (silent) return true;
		const token = state.push('kit_messages', '', 0);
		token.meta = { kind: m[1], args: m[2]!.split(/\s+/).filter(Boolean) };
		token.map = [startLine, end + 1];
		token.block = true;
		state.line = end + 1;
		return true;
	});

	// Parse phase: check the arguments, report mistakes with the file line.
	md.core.ruler.push('kit_messages_check', (state) => {
		const env = envOf(state);
		for (const token of state.tokens) {
			if (token.type !== 'kit_messages') continue;
			const { kind, args } = token.meta as { kind: string; args: string[] };
			if (kind === 'messages') {
				const [failure = '', direction = ''] = args;
				if (!(failureIds as readonly string[]).includes(failure)) {
					const near = nearest(failure, failureIds);
					report(
						env,
						token.map,
						`unknown failure "${failure}" in \`::: messages\``,
						`write \`::: messages FAILURE receive|send\` with a failure of: ${failureIds.join(', ')}${near.length ? ` (did you mean "${near[0]}"?)` : ''}`,
					);
					token.meta = null;
				} else if (!(direction in DIRECTIONS)) {
					report(env, token.map, `\`::: messages ${failure}\` needs a direction`, 'write receive or send after the failure');
					token.meta = null;
				} else if (messagesFor(failure as FailureId, DIRECTIONS[direction as keyof typeof DIRECTIONS], options.lang).length === 0) {
					report(
						env,
						token.map,
						`no client message is quoted for ${failure} (${direction})`,
						'add them to src/troubleshooting/messages.ts, or remove the block',
					);
					token.meta = null;
				}
			} else if (kind === 'error-codes') {
				if (args[0] !== 'outlook' || args.length !== 1) {
					report(
						env,
						token.map,
						`\`::: error-codes ${args.join(' ')}\` names no client with error codes`,
						'write `::: error-codes outlook`',
					);
					token.meta = null;
				}
			} else if (!(opensslMethods as readonly string[]).includes(args[0] ?? '')) {
				report(env, token.map, `\`::: openssl-check\` needs a method`, `write one of: ${opensslMethods.join(', ')}`);
				token.meta = null;
			}
		}
	});

	const w = options.words;
	const text = (q: QuotedMessage, env: MarkdownEnv) => quotedMessageHtml(q, options.settings, options.accountPlaceholder, env);

	// A source as the tables cite it: its kind, then the link; someone else's report carries the unconfirmed mark.
	const kindWords = { l10n: w.source, docs: w.sourceDocs, header: w.sourceHeader, report: w.sourceReport } as const;
	const cite = (s: MessageSource) =>
		`${esc(kindWords[s.kind])} <a href="${esc(s.url)}">${esc(s.title)}</a>` +
		(s.kind === 'report' ? ` ${unconfirmedHtml({ text: w.reportMark, title: w.reportTitle, href: '' }, true)}` : '');

	// `::: error-codes outlook`: every code Outlook shows, with its words where a source has them, the
	// cause and fix for this server, the sections that explain it, and its sources. Each row's id is
	// the code, so a link (or a search result) can point at it.
	// The code itself is a value (one line, in `code`); the message it comes with is a sentence that
	// wraps on a phone instead of scrolling in a box too narrow for it.
	const codeText = (t: string) => (/^0x[0-9A-F]+$/i.test(t) ? codeHtml(t) : `<span class="kit-code-message">${esc(t)}</span>`);
	const codeTable = () => {
		const incoming = (m: string) => (incomingIds as readonly string[]).includes(m);
		const prefix = pathPrefix(options.lang);
		const rows = codeRows('outlook', options.lang, incoming).map((r) => {
			const links = r.sections
				.map(
					(x) =>
						`<a href="${prefix}/mail/troubleshooting/${x.direction}/#${x.failure === 'ok' ? '' : failureAnchor(x.failure)}">${esc(`${w.pages[x.direction]}: ${w.failures[x.failure]}`)}</a>`,
				)
				.join('<br>');
			return (
				`<tr id="code-${esc(r.code.toLowerCase())}"><th scope="row">${r.texts.map(codeText).join('<br>')}</th>` +
				`<td>${esc(w.outlook[r.code])}<br>${esc(w.codes.details)}: ${links}</td><td>${r.sources.map(cite).join('<br>')}</td></tr>`
			);
		});
		return (
			`<table class="kit-generated kit-messages kit-codes" aria-label="${esc(w.codes.table)}">` +
			`<thead><tr>${[w.codes.code, w.codes.meaning, w.codes.source].map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>` +
			`<tbody>${rows.join('')}</tbody></table>\n`
		);
	};

	const table = (failure: FailureId, direction: keyof typeof DIRECTIONS, env: MarkdownEnv) => {
		const quoted = messagesFor(failure, DIRECTIONS[direction], options.lang);
		const clients = [...new Set(quoted.map((q) => q.client))];
		const rows = clients.map((client) => {
			const own = quoted.filter((q) => q.client === client);
			// The same words for two methods (POP3 over SSL and APOP over SSL) are shown once.
			const texts = [...new Set(own.map((q) => text(q, env)))];
			return `<tr><th scope="row">${esc(messageClientNames[client])}</th><td>${texts.map(codePhraseHtml).join('<br>')}</td></tr>`;
		});
		return (
			// Half weight in the search: a message typed into the search still finds the page, but the
			// clients' words (SMTP, authentication …) do not outweigh the pages about those subjects.
			`<table class="kit-generated kit-messages" aria-label="${esc(`${w.table}: ${failure}`)}" data-pagefind-weight="0.5">` +
			`<thead><tr><th scope="col">${esc(w.client)}</th><th scope="col">${esc(w.message)}</th></tr></thead>` +
			`<tbody>${rows.join('')}</tbody></table>
`
		);
	};

	md.renderer.rules['kit_messages'] = (tokens, idx, _opts, renderingEnv) => {
		const env = renderEnv(renderingEnv);
		const meta = tokens[idx]!.meta as { kind: string; args: string[] } | null;
		if (!meta) return '';
		if (meta.kind === 'messages') return table(meta.args[0] as FailureId, meta.args[1] as keyof typeof DIRECTIONS, env);
		if (meta.kind === 'error-codes') {
			const html = codeTable();
			if (html.includes('class="kit-unconfirmed"')) uses(env, 'unconfirmed');
			return html;
		}
		const c = opensslCheck(options.settings, meta.args[0] as OpensslMethod);
		return (
			renderCode(env, options, `$ ${c.command}\n`, 'console') + `<p>${esc(w.thenType)} ${c.typed.map((t) => codeHtml(t)).join(' → ')}</p>\n`
		);
	};
}
