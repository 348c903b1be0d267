// `::: report-form` … `:::` (issue 25): the form on the troubleshooting overview that composes, on
// the reader's device, the plain-text report a student hands the commission (src/scripts/report.ts,
// src/troubleshooting/report.ts): their client (from the clients registry), OS, version, what they
// were doing and the message they saw, with the page they came from, the values this site gives
// (from the settings), their account name and the time. No field asks for a password; a pasted one is
// flagged; nothing is sent anywhere: the reader copies the text or opens their own mail program at
// the commission's address (settings: organization.contact, with the unconfirmed mark while it is an
// assumption). Without JavaScript the form is hidden and the page's own list of what to include stands.
import type { MarkdownIt, StateBlock } from 'markdown-it';
import { clientIds, clientName } from '../../clients/index.ts';
import type { Words } from '../../i18n/index.ts';
import { incomingIds, outgoingIds, service, type Settings } from '../../settings/schema.ts';
import { escapeHtml as esc } from '../../util/escape.ts';
import { ACCOUNT_STORAGE_KEY } from '../../settings/account.ts';
import { uses } from '../env.ts';
import { unconfirmedHtml, type UnconfirmedMark } from '../markup.ts';
import { renderEnv } from './shared.ts';

export interface ReportFormOptions {
	settings: Settings;
	words: Pick<Words, 'report' | 'checked' | 'clientNames' | 'tables' | 'config'>;
	/** The unconfirmed mark, put after the mail link while the contact address is an assumption. */
	unconfirmed?: UnconfirmedMark;
}

/** The lines "受信 POP3 over SSL: host ポート 995、SSL/TLS" of every service, from the settings. */
export function reportValues(settings: Settings, words: ReportFormOptions['words']): string[] {
	const line = (direction: string) => (id: (typeof incomingIds)[number] | (typeof outgoingIds)[number]) => {
		const s = service(settings, id);
		return words.report.value(direction, s.label, s.host, s.port, words.config.tls[s.tls]);
	};
	return [...incomingIds.map(line(words.tables.incoming)), ...outgoingIds.map(line(words.tables.outgoing))];
}

/** Add the `::: report-form` block and its renderer. */
export function reportFormPlugin(md: MarkdownIt, options: ReportFormOptions): void {
	md.block.ruler.before('fence', 'kit_report_form', (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
		const line = (n: number) => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]!).trim();
		if (!/^:::\s*report-form$/.test(line(startLine))) return false;
		let end = startLine + 1;
		while (end < endLine && line(end) !== ':::') end++;
		if (end >= endLine) return false; // unclosed: left to other rules, shown as text
		if (silent) return true;
		const token = state.push('kit_report_form', '', 0);
		token.map = [startLine, end + 1];
		token.block = true;
		state.line = end + 1;
		return true;
	});

	const w = options.words.report;
	const contact = options.settings.organization.contact;
	const field = (name: string, label: string, control: string) =>
		`<p class="kit-report__field"><label for="kit-report-${name}">${esc(label)}</label>${control}</p>`;
	const select = (name: string, values: string[], other?: string) =>
		`<select id="kit-report-${name}" name="${name}"><option value="">${esc(w.choose)}</option>${[...values, ...(other ? [other] : [])]
			.map((v) => `<option>${esc(v)}</option>`)
			.join('')}</select>`;

	md.renderer.rules['kit_report_form'] = (_tokens, _idx, _opts, renderingEnv) => {
		const env = renderEnv(renderingEnv);
		uses(env, 'report');
		uses(env, 'copy');
		const marked = contact.assumptions?.email !== undefined && options.unconfirmed;
		if (marked) uses(env, 'unconfirmed');
		const data = {
			words: JSON.stringify(w.lines),
			values: JSON.stringify(reportValues(options.settings, options.words)),
		};
		return (
			`<kit-report class="kit-report" data-words="${esc(data.words)}" data-values="${esc(data.values)}" data-to="${esc(contact.email)}" data-account-key="${ACCOUNT_STORAGE_KEY}" data-subject="${esc(w.subject)}">` +
			`<form class="kit-report__form" aria-label="${esc(w.label)}" hidden>` +
			field(
				'client',
				w.client,
				select(
					'client',
					clientIds.map((id) => clientName(id, options.words)),
					w.clientOther,
				),
			) +
			field('os', w.os, select('os', Object.values(options.words.checked.platforms))) +
			field('version', w.version, `<input id="kit-report-version" name="version" autocomplete="off">`) +
			field(
				'account',
				w.account,
				`<input id="kit-report-account" name="account" autocomplete="username" autocapitalize="none" spellcheck="false">`,
			) +
			field('doing', w.doing, `<textarea id="kit-report-doing" name="doing" rows="3"></textarea>`) +
			field('message', w.message, `<textarea id="kit-report-message" name="message" rows="4" spellcheck="false"></textarea>`) +
			`<p class="kit-report__warning" role="alert" hidden>${esc(w.passwordWarning)}</p>` +
			field('text', w.text, `<textarea id="kit-report-text" name="text" rows="14" readonly></textarea>`) +
			`<p class="kit-report__actions"><kit-copy data-for="kit-report-text"><button type="button" class="kit-button" data-done="${esc(w.copied)}">${esc(w.copy)}</button></kit-copy>` +
			`<a class="kit-button kit-report__mail" href="mailto:${esc(contact.email)}">${esc(w.mail)}</a>${marked ? unconfirmedHtml(options.unconfirmed!) : ''}</p>` +
			`</form><noscript><p>${esc(w.noScript)}</p></noscript></kit-report>\n`
		);
	};
}
