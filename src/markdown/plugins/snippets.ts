// Config snippets: a fence ```config CLIENT METHOD``` becomes the configuration generated from the
// settings for that client and method: a field table (GUI clients) or a whole file with copy and
// download (command-line clients). The reader's account is the ACCOUNT sentinel, filled in the
// browser. Depends on src/clients (the generators) and ./code.ts (file rendering); must be applied
// after codePlugin, whose fence rule it wraps.
import type { MarkdownIt } from 'markdown-it';
import type { Settings } from '../../settings/schema.ts';
import { ACCOUNT } from '../../settings/placeholders.ts';
import {
	clients,
	fieldWords,
	muttPair,
	muttReceiveMethods,
	muttSendWays,
	snippet,
	type ClientId,
	type FieldRow,
	type Method,
	type Snippet,
} from '../../clients/index.ts';
import { declaredFields, type DeclaredClient, type DeclaredFieldsSnippet } from '../../clients/declared.ts';
import { incomingIds, outgoingIds } from '../../settings/schema.ts';
import { downloadName, downloadPath } from '../../site/downloads.ts';
import { report, uses, type MarkdownEnv } from '../env.ts';
import { nearest } from '../../util/nearest.ts';
import { renderCode, type CodeOptions } from './code.ts';
import type { UiText, Words } from '../../i18n/index.ts';
import { envOf, renderEnv } from './shared.ts';
import { accountHtml, copyButtonHtml, downloadLinkHtml, unconfirmedHtml, type UnconfirmedMark } from '../markup.ts';
import { escapeHtml as esc } from '../../util/escape.ts';
import { gradedLabel } from '../../i18n/labels.ts';
import { labelAnchor } from '../../i18n/sourced.ts';
import type { SnippetMarksMeta } from './unconfirmedOnce.ts';

/** Every method a declared client's block can show: the settings' services. */
const methodIds: readonly string[] = [...incomingIds, ...outgoingIds];

export interface SnippetsOptions extends Pick<CodeOptions, 'highlighter' | 'accountPlaceholder' | 'copy' | 'codeLabel'> {
	settings: Settings;
	/** The page language's words: the generated snippets' text, column headings and button labels. */
	words: Words;
	/** The mark after unconfirmed values in field tables. */
	unconfirmed?: UnconfirmedMark;
	/** Clients without a generator that pages declare (front matter `client:`), by id: their blocks show the settings' values. */
	declared?: ReadonlyMap<string, DeclaredClient>;
}

/** Parse `config CLIENT METHOD [SEND]` (returns undefined for other fences); SEND only for mutt's combined files. */
export function parseConfigInfo(info: string): { client: string; method: string; send?: string } | undefined {
	const m = /^config(?:\s+(\S+))?(?:\s+(\S+))?(?:\s+(\S+))?\s*$/.exec(info.trim());
	return m ? { client: m[1] ?? '', method: m[2] ?? '', ...(m[3] ? { send: m[3] } : {}) } : undefined;
}

/** Replace `config` fences with generated snippets (see file header). */
export function snippetsPlugin(md: MarkdownIt, options: SnippetsOptions): void {
	// Parse phase: generate the snippet and keep it on the token; report what cannot be generated.
	md.core.ruler.push('kit_snippets', (state) => {
		const env = envOf(state);
		for (const token of state.tokens) {
			if (token.type !== 'fence') continue;
			const info = parseConfigInfo(token.info);
			if (!info) continue;
			token.type = 'kit_snippet';
			const ids = Object.keys(clients);
			const declared = options.declared?.get(info.client);
			if (declared && !(info.client in clients)) {
				if (!methodIds.includes(info.method) || info.send !== undefined) {
					report(
						env,
						token.map,
						`no method "${[info.method, info.send].filter(Boolean).join(' ')}" for ${declared.name}`,
						`write \`config ${info.client} METHOD\` with METHOD one of ${methodIds.join(', ')}`,
					);
					continue;
				}
				if (token.content.trim())
					report(
						env,
						token.map,
						'a `config` block must be empty: its content is generated from the settings',
						'remove the lines between the fences',
					);
				token.meta = { snippet: declaredFields(options.settings, declared, info.method as Method, ACCOUNT, options.words) };
				continue;
			}
			if (!(info.client in clients)) {
				const known = [...ids, ...(options.declared?.keys() ?? [])];
				const near = nearest(info.client, known);
				report(
					env,
					token.map,
					`unknown client "${info.client}" in \`config\` block`,
					`write \`config CLIENT METHOD\` with a client of: ${known.join(', ')}${near.length ? ` (did you mean "${near[0]}"?)` : ''}; ` +
						'a client without a generator is declared in its page\'s front matter: client: { id: …, name: … } (docs/maintainers.md, "Adding a client")',
				);
				continue;
			}
			const client = clients[info.client as ClientId];
			if (!client.methods.includes(info.method as Method)) {
				report(
					env,
					token.map,
					`${client.name} has no configuration for method "${info.method}"`,
					`methods for ${info.client}: ${client.methods.join(', ')}`,
				);
				continue;
			}
			if (token.content.trim())
				report(
					env,
					token.map,
					'a `config` block must be empty: its content is generated from the settings',
					'remove the lines between the fences',
				);
			if (info.send !== undefined) {
				if (info.client !== 'mutt') {
					report(
						env,
						token.map,
						`${client.name} has no combined receive + send file ("${info.send}")`,
						'write `config CLIENT METHOD`; only mutt takes a third word (`config mutt RECEIVE SEND`)',
					);
					continue;
				}
				try {
					token.meta = { snippet: muttPair(options.settings, info.method, info.send, ACCOUNT, options.words) };
				} catch (e) {
					report(
						env,
						token.map,
						(e as Error).message,
						`write \`config mutt RECEIVE SEND\` with RECEIVE one of ${muttReceiveMethods.join(', ')} and SEND one of ${muttSendWays.join(', ')}`,
					);
				}
				continue;
			}
			token.meta = { snippet: snippet(options.settings, info.client as ClientId, info.method as Method, ACCOUNT, options.words) };
		}
	});

	const words = options.words;
	const account = accountHtml(options.accountPlaceholder);
	// Escape a value and turn the ACCOUNT sentinel into the fillable element.
	const value = (text: string, env: MarkdownEnv) => {
		const parts = text.split(ACCOUNT);
		if (parts.length > 1) uses(env, 'account');
		return parts.map(esc).join(account);
	};
	// A label or value: plain text in the page's language, or a Japanese interface's label marked
	// lang="ja" so that screen readers pronounce it in Japanese, followed by its meaning.
	const uiText = (text: UiText, env: MarkdownEnv) =>
		typeof text === 'string'
			? value(text, env)
			: `<span lang="ja">${esc(text.ja)}</span> <span class="kit-gloss">(${esc(text.gloss)})</span>`;
	// The words a copy button's name uses for its field: the gloss of a Japanese label.
	const plain = (text: UiText) => (typeof text === 'string' ? text : text.gloss);
	// The mark after a graded label not confirmed (src/i18n/sourced.ts): it links to the label's line
	// in the page's list of label sources (src/markdown/plugins/label-sources.ts).
	// A table marks each uncertain label once, where it first shows (a tab repeats on several rows).
	const labelMarks = (marked: Set<string>, ...ids: (string | undefined)[]) =>
		ids
			.filter((id): id is string => id !== undefined && !marked.has(id) && gradedLabel(id, words.locale).marked)
			.map((id) => {
				marked.add(id);
				const l = gradedLabel(id, words.locale);
				const title = l.described ? words.labels.unseenTitle : words.labels.markTitle(l.side.text!);
				return ` ${unconfirmedHtml({ text: words.unconfirmed, title, href: `#${labelAnchor(id)}` })}`;
			})
			.join('');

	// The mark after a value from an unconfirmed setting, once per table (and section).
	const valueMark = (marked: Set<string>, r: FieldRow) => {
		if (!r.unconfirmed || !options.unconfirmed) return '';
		const key = r.unconfirmedKey ?? r.unconfirmed;
		if (marked.has(key)) return '';
		marked.add(key);
		return ` ${unconfirmedHtml(options.unconfirmed)}`;
	};

	md.renderer.rules['kit_snippet'] = (tokens, idx, _opts, renderingEnv) => {
		const env = renderEnv(renderingEnv);
		const s = tokens[idx]!.meta?.snippet as Snippet | DeclaredFieldsSnippet | undefined;
		if (!s) return '';
		if (s.kind === 'file') {
			const name = downloadName(s);
			uses(env, 'download');
			const actions = downloadLinkHtml({ filename: name, href: downloadPath(s, words.locale), label: words.download });
			return renderCode(env, options, s.text, s.language, { title: s.filename, actions, className: 'kit-snippet' });
		}
		// Each row in words (../../clients/rows.ts); the row itself says whether its value gets a copy button.
		// Marks once per section (./unconfirmedOnce.ts): what the section marked before is left bare.
		const marked = new Set<string>((tokens[idx]!.meta as SnippetMarksMeta).markedBefore);
		const rows = s.rows
			.map((r) => {
				const shown = fieldWords(r, words);
				// A tab's mark goes right after the tab's name ("[送信メール 要確認] サーバー 要確認"), so
				// two marks never stand side by side with nothing to say which word each is about.
				let label = uiText(shown.label, env);
				const tabMark = labelMarks(marked, r.graded?.tab);
				if (tabMark && typeof r.tab === 'string' && label.includes(esc(r.tab)))
					label = label.replace(esc(r.tab), `${esc(r.tab)}${tabMark}`);
				else label += tabMark;
				return (
					`<tr><th scope="row">${label}${labelMarks(marked, r.graded?.label)}</th><td><span class="kit-value">${uiText(shown.value, env)}</span>` +
					labelMarks(marked, r.graded?.value) +
					valueMark(marked, r) +
					(r.copy
						? copyButtonHtml({ label: words.copy, done: words.copied, name: words.copyField(plain(shown.label)), quiet: true })
						: '') +
					'</td>' +
					`<td>${r.note ? value(r.note, env) : ''}</td></tr>`
				);
			})
			.join('');
		if (s.rows.some((r) => r.copy)) uses(env, 'copy');
		if (rows.includes('class="kit-unconfirmed"')) uses(env, 'unconfirmed');
		return (
			`<figure class="kit-fields" data-client="${esc(s.client)}" data-method="${esc(s.method)}"><figcaption>${esc(s.title)}</figcaption>` +
			`<table class="kit-fields__table"><thead><tr><th scope="col">${esc(words.field)}</th><th scope="col">${esc(words.value)}</th><th scope="col">${esc(words.note)}</th></tr></thead>` +
			`<tbody>${rows}</tbody></table></figure>\n`
		);
	};
}
