// Files to download: a block `::: config-files CLIENT METHOD [METHOD …]` closed by `:::` becomes a
// list of the generated configuration files of a command-line client for those methods (the files
// the build writes under /downloads/, src/site/files.ts), for the methods a page does not show as a
// whole block. The supported-mailers table links to the section holding the list
// (content/examples.ts), so every example it promises is one click from the page it names. A client
// without files, an unknown client or a method the client has no file for is a build error at the
// block's line. Depends on the client registry and the settings; no I/O.
import type { MarkdownIt, StateBlock } from 'markdown-it';
import type { Settings } from '../../settings/schema.ts';
import { service } from '../../settings/schema.ts';
import { ACCOUNT } from '../../settings/placeholders.ts';
import { clients, fileSnippet, type ClientId, type Method } from '../../clients/index.ts';
import { downloadName, downloadPath } from '../../site/downloads.ts';
import type { Words } from '../../i18n/index.ts';
import { report } from '../env.ts';
import { nearest } from '../../util/nearest.ts';
import { envOf } from './shared.ts';
import { escapeHtml as esc } from '../../util/escape.ts';
import { noWrapCloseHtml, noWrapOpenHtml } from '../markup.ts';

export interface ConfigFilesOptions {
	settings: Settings;
	words: Words;
}

interface Meta {
	client: ClientId;
	methods: Method[];
}

/** Add the `::: config-files` block and its renderer. */
export function configFilesPlugin(md: MarkdownIt, options: ConfigFilesOptions): void {
	md.block.ruler.before('fence', 'kit_config_files', (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
		const line = (n: number) => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]!).trim();
		const m = /^:::\s*config-files\b\s*(.*)$/.exec(line(startLine));
		if (!m) return false;
		let end = startLine + 1;
		while (end < endLine && line(end) !== ':::') end++;
		if (end >= endLine) return false; // unclosed: left to other rules, shown as text
		if (silent) return true;
		const token = state.push('kit_config_files', '', 0);
		token.meta = { args: m[1]!.split(/\s+/).filter(Boolean) };
		token.map = [startLine, end + 1];
		token.block = true;
		state.line = end + 1;
		return true;
	});

	// Parse phase: check the client and methods, report mistakes at the block's line.
	md.core.ruler.push('kit_config_files_check', (state) => {
		const env = envOf(state);
		for (const token of state.tokens) {
			if (token.type !== 'kit_config_files') continue;
			const [client = '', ...methods] = (token.meta as { args: string[] }).args;
			const withFiles = Object.values(clients)
				.filter((c) => c.kind === 'cli')
				.map((c) => c.id);
			token.meta = null;
			if (!(withFiles as string[]).includes(client)) {
				const near = nearest(client, withFiles);
				report(
					env,
					token.map,
					client in clients ? `${client} has no configuration files to list` : `unknown client "${client}" in \`::: config-files\``,
					`write \`::: config-files CLIENT METHOD …\` with a client of: ${withFiles.join(', ')}${near.length && !(client in clients) ? ` (did you mean "${near[0]}"?)` : ''}`,
				);
				continue;
			}
			const c = clients[client as ClientId];
			const wrong = methods.filter((m) => !c.methods.includes(m as Method));
			if (!methods.length || wrong.length) {
				report(
					env,
					token.map,
					methods.length ? `${c.name} has no file for ${wrong.map((m) => `"${m}"`).join(', ')}` : '`::: config-files` needs methods',
					`methods for ${client}: ${c.methods.join(', ')}`,
				);
				continue;
			}
			token.meta = { client: client as ClientId, methods: methods as Method[] } satisfies Meta;
		}
	});

	const { settings, words } = options;
	md.renderer.rules['kit_config_files'] = (tokens, idx) => {
		const meta = tokens[idx]!.meta as Meta | null;
		if (!meta) return '';
		const items = meta.methods.map((method) => {
			const s = fileSnippet(settings, meta.client, method, ACCOUNT, words);
			const name = downloadName(s);
			return (
				`<li>${noWrapOpenHtml}${esc(service(settings, method).label)}${noWrapCloseHtml}: ` +
				`<a href="${esc(downloadPath(s, words.locale))}" download="${esc(name)}">${esc(words.configFile(name))}</a></li>`
			);
		});
		return `<ul class="kit-config-files">${items.join('')}</ul>\n`;
	};
}
