// The printable setup sheet (issue 25): every walkthrough of a GUI client (front matter `clients:`
// and `methods:`) ends with a sheet, hidden on screen and in an ordinary print, that "print my
// settings" (src/scripts/sheet.ts) prints alone on one A4 page: the reader's account, the field table
// of every method the page sets up for that client (the same generated rows as the page: every value
// to type, and which password goes in each password box), the QR code of the phone profile where the
// page offers it, and the date. Written as Markdown that the page's own plugins then render (config
// blocks, placeholders, the profile QR), so the sheet cannot say anything the page does not.
import type { MarkdownIt, Token } from 'markdown-it';
import { clients, type ClientId } from '../../clients/index.ts';
import type { PageSummary } from '../../content/page-summary.ts';
import type { Words } from '../../i18n/index.ts';
import { escapeHtml as esc } from '../../util/escape.ts';
import { uses } from '../env.ts';
import { envOf, renderEnv } from './shared.ts';
import { splitPlaceholders } from '../placeholder-text.ts';
import { incomingIds, outgoingIds } from '../../settings/schema.ts';

const SERVICES: readonly string[] = [...incomingIds, ...outgoingIds];

export interface SetupSheetOptions {
	pages: readonly PageSummary[];
	words: Pick<Words, 'sheet'>;
}

/**
 * The sheet's Markdown for a page: its GUI clients' config blocks for `methods` (the services the
 * page's steps set up, else the page's `methods:`); '' when it has none.
 */
export function sheetSource(
	page: PageSummary,
	words: Pick<Words, 'sheet'>,
	hasProfileQr: boolean,
	stepMethods: readonly string[] = [],
): string {
	const methods = stepMethods.length ? stepMethods : (page.data.methods ?? []);
	const blocks = (page.data.clients ?? [])
		.filter((id): id is ClientId => id in clients && clients[id as ClientId].kind === 'gui')
		.flatMap((id) =>
			methods.filter((m) => (clients[id].methods as readonly string[]).includes(m)).map((m) => `\`\`\`config ${id} ${m}\n\`\`\``),
		);
	if (!blocks.length) return '';
	const w = words.sheet;
	return [
		`**${w.title}: ${page.data.title}**`,
		`${w.account}: \`{{ account }}\``,
		...blocks,
		w.passwords,
		...(hasProfileQr ? ['::: profile-qr', ':::'] : []),
	].join('\n\n');
}

/** Append the setup sheet to each walkthrough page, and the button that prints it. */
export function setupSheetPlugin(md: MarkdownIt, options: SetupSheetOptions): void {
	const byFile = new Map(options.pages.map((p) => [p.file, p]));
	// Right after the block parse: the sheet's blocks are parsed here, and every later rule (inline,
	// placeholders, config snippets) treats them as the page's own.
	md.core.ruler.after('block', 'kit_setup_sheet', (state) => {
		const env = envOf(state);
		const page = byFile.get(env.file);
		if (!page) return;
		const hasQr = state.tokens.some((t) => t.type === 'kit_qr');
		// The services whose values the steps have the reader type ({{ apop.host }} → apop), in settings order.
		let inSteps = false;
		const named = new Set<string>();
		for (const t of state.tokens) {
			if (t.type === 'container_steps_open') inSteps = true;
			if (t.type === 'container_steps_close') inSteps = false;
			if (inSteps && t.type === 'inline') for (const p of splitPlaceholders(t.content)) if ('key' in p) named.add(p.key.split('.')[0]!);
		}
		const src = sheetSource(
			page,
			options.words,
			hasQr,
			SERVICES.filter((id) => named.has(id)),
		);
		if (!src) return;
		const tokens: Token[] = [];
		md.block.parse(src, md, state.env, tokens);
		const open = new state.Token('kit_sheet_open', 'section', 1);
		open.block = true;
		const close = new state.Token('kit_sheet_close', 'section', -1);
		close.block = true;
		state.tokens.push(open, ...tokens, close);
	});
	const w = options.words.sheet;
	md.renderer.rules['kit_sheet_open'] = (_t, _i, _o, renderingEnv) => {
		uses(renderEnv(renderingEnv), 'sheet');
		return (
			`<kit-sheet><p class="kit-sheet__print" hidden><button type="button" class="kit-button">${esc(w.print)}</button></p>\n` +
			`<section class="kit-sheet" aria-label="${esc(w.title)}" data-pagefind-ignore="all"><p class="kit-sheet__date">${esc(w.date)}: <time></time></p>\n`
		);
	};
	md.renderer.rules['kit_sheet_close'] = () => '</section></kit-sheet>\n';
}
