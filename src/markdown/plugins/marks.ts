// Marks over a picture (../marks.ts says what they are): a fence ```marks WIDTHxHEIGHT``` right under
// a lone picture holds its numbered points and boxes, one a line. A fence rather than a `:::` block,
// so that it sits inside a step without closing the `::: steps` around it. The block rule keeps the
// lines; a core rule after the gallery's checks them and hangs them on the picture's ImageRef (the
// caption lists them, the page draws them: ./gallery.ts, src/site/picture.ts). Must be applied after
// galleryPlugin.
import type { MarkdownIt, StateBlock, StateCore } from 'markdown-it';
import { report, type MarkdownEnv } from '../env.ts';
import { parseMark, parseMarksSize, type Mark } from '../marks.ts';
import { envOf } from './shared.ts';
import type { GalleryMeta } from './gallery.ts';

/** What the block rule stores on kit_marks tokens' meta. */
interface MarksBlock {
	size: string;
	/** The mark lines with their 0-based source line. */
	lines: { text: string; line: number }[];
}

const EXAMPLE =
	'a line "```marks 480x320", then one mark a line ("1. 120,40 what it shows" for a point, "2. 20,180 440,220 what it shows" for a box), then "```"';

/** Add ```marks``` fences under pictures. */
export function marksPlugin(md: MarkdownIt): void {
	md.block.ruler.before('fence', 'kit_marks', (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
		if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
		const at = (n: number) => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]!);
		const open = /^(`{3,}|~{3,})\s*marks(?:\s+(.*))?$/.exec(at(startLine).trimEnd());
		if (!open) return false;
		const fence = open[1]!;
		let end = startLine + 1;
		const closes = (n: number) => new RegExp(`^${fence[0]}{${fence.length},}\\s*$`).test(at(n));
		while (end < endLine && !(state.sCount[end]! >= state.blkIndent && closes(end))) end++;
		if (silent) return true;
		const lines: MarksBlock['lines'] = [];
		for (let n = startLine + 1; n < Math.min(end, endLine); n++) if (at(n).trim()) lines.push({ text: at(n).trim(), line: n });
		const token = state.push('kit_marks', '', 0);
		token.meta = { size: (open[2] ?? '').trim(), lines } satisfies MarksBlock;
		token.map = [startLine, Math.min(end + 1, endLine)];
		token.block = true;
		state.line = Math.min(end + 1, endLine);
		return true;
	});

	md.core.ruler.push('kit_marks', (state: StateCore) => {
		const env = envOf(state);
		const tokens = state.tokens;
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i]!;
			if (token.type !== 'kit_marks') continue;
			const above = tokens[i - 1];
			attach(
				env,
				token.meta as unknown as MarksBlock,
				token.map,
				above?.type === 'kit_gallery' ? (above.meta as unknown as GalleryMeta) : undefined,
			);
		}
		state.tokens = tokens.filter((t) => t.type !== 'kit_marks');
	});
}

// Check a marks block and give its marks to the picture above it.
function attach(env: MarkdownEnv, block: MarksBlock, map: [number, number] | null, figure: GalleryMeta | undefined): void {
	if (!figure || figure.gallery) {
		report(
			env,
			map,
			figure ? 'marks under a gallery: it is not clear which picture they belong to' : 'marks that follow no picture',
			`put the marks directly under a picture on a line of its own (one picture, not a gallery): ${EXAMPLE}`,
		);
		return;
	}
	const ref = figure.images[0];
	if (!ref) return; // the picture itself has a problem, already reported
	const size = parseMarksSize(block.size);
	if (!size) {
		report(
			env,
			map,
			block.size ? `marks size "${block.size}" is not WIDTHxHEIGHT` : 'marks without the size their places were measured on',
			`write the picture's size in pixels after marks, e.g. \`\`\`marks 480x320 (the size the coordinates were read on)`,
		);
		return;
	}
	const items: Mark[] = [];
	for (const { text, line } of block.lines) {
		const mark = parseMark(text, items.length + 1, size);
		if ('problem' in mark)
			report(
				env,
				[line, line + 1],
				mark.problem,
				`write each mark as "N. X,Y what it shows" (a numbered point) or "N. X1,Y1 X2,Y2 what it shows" (a box)`,
			);
		else items.push(mark);
	}
	if (!block.lines.length) report(env, map, 'marks without any mark', `write ${EXAMPLE}`);
	if (items.length === block.lines.length && items.length) ref.marks = { ...size, items };
}
