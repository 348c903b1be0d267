// The Apple profile's QR code: a block `::: profile-qr` closed by `:::` becomes a figure with the
// QR code of the profile's absolute URL (an SVG made at build time, ../../site/qr.ts) and a caption,
// for a reader on a desktop to hand the profile to their phone's camera. The URL comes from the
// site's address and the profile's path (options), never from the page. No I/O.
import type { MarkdownIt, StateBlock } from 'markdown-it';
import { qrSvg } from '../../site/qr.ts';
import { escapeHtml as esc } from '../../util/escape.ts';

export interface QrOptions {
	/** The absolute URL the code carries. */
	url: string;
	/** The image's accessible name (given the URL) and the visible caption. */
	words: { label: (url: string) => string; caption: string };
}

/** Add the `::: profile-qr` block and its renderer. */
export function qrPlugin(md: MarkdownIt, options: QrOptions): void {
	md.block.ruler.before('fence', 'kit_qr', (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
		const line = (n: number) => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]!).trim();
		if (!/^:::\s*profile-qr$/.test(line(startLine))) return false;
		let end = startLine + 1;
		while (end < endLine && line(end) !== ':::') end++;
		if (end >= endLine) return false; // unclosed: left to other rules, shown as text
		if (silent) return true;
		const token = state.push('kit_qr', '', 0);
		token.map = [startLine, end + 1];
		token.block = true;
		state.line = end + 1;
		return true;
	});
	md.renderer.rules['kit_qr'] = (tokens, idx) => {
		// Unique in the page and the same in every build: the block's line.
		const id = `kit-qr-${tokens[idx]!.map?.[0] ?? 0}`;
		const svg = qrSvg(options.url, { label: options.words.label(options.url), id });
		return `<figure class="kit-qr">${svg}<figcaption>${esc(options.words.caption)}</figcaption></figure>\n`;
	};
}
