// Marks over a picture: numbered points and highlight boxes written as data in the Markdown, under
// the picture they belong to, and drawn over it by the page (an SVG over the <picture>, in the page
// and in the lightbox), never into the image file. A new capture of the same screen replaces the
// file and keeps its marks; a capture at another scale (a Retina screenshot) too, because the marks
// are measured on a stated size and scale with the picture.
//
//   ![The account dialog of Windows Live Mail](./images/wlm/1-accounts.png "Add the account")
//
//   ```marks 480x320
//   1. 120,40 ［電子メール］ (Email)
//   2. 20,180 440,220 The incoming mail server
//   ```
//
// The first line gives the size (width x height, in pixels) the coordinates were read on: the
// picture's own size when the marks were placed (any image viewer shows the pixel under the
// pointer). Each mark is a number (1, 2, … in order), then one point (the centre of a numbered
// circle) or two corners (a highlight box, its number at the first corner), then what the mark
// shows. That text is the mark's meaning for everyone: the caption lists the marks under the
// picture, which is how a screen reader reaches them (the drawing itself is hidden from it).
// Pure: parsing, the legend and the drawing, as strings of HTML/SVG.
import { escapeHtml as esc } from '../util/escape.ts';

/** One mark: a numbered point (no w/h) or a numbered box from (x, y), w × h in the stated size's pixels. */
export interface Mark {
	n: number;
	x: number;
	y: number;
	w?: number;
	h?: number;
	/** What the mark shows (its meaning, in the caption). */
	text: string;
}

/** The marks of one picture and the size their coordinates were read on. */
export interface Marks {
	width: number;
	height: number;
	items: Mark[];
}

/** Parse the `::: marks` opening line's size ("480x320"); undefined when it is not one. */
export function parseMarksSize(text: string): { width: number; height: number } | undefined {
	const m = /^(\d+)\s*[x×]\s*(\d+)$/.exec(text.trim());
	if (!m) return undefined;
	const width = Number(m[1]);
	const height = Number(m[2]);
	return width > 0 && height > 0 ? { width, height } : undefined;
}

/** Parse one mark line ("1. 120,40 text" or "2. 20,180 440,220 text"): the mark, or what is wrong with it. */
export function parseMark(line: string, expected: number, size: { width: number; height: number }): Mark | { problem: string } {
	const m = /^(\d+)[.)]\s+(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)(?:\s+(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?))?(?:\s+(.*))?$/.exec(
		line.trim(),
	);
	if (!m) return { problem: `"${line.trim()}" is not a mark` };
	const n = Number(m[1]);
	if (n !== expected) return { problem: `mark ${n} should be mark ${expected} (number the marks 1, 2, 3 … in order)` };
	const [x, y] = [Number(m[2]), Number(m[3])];
	const text = (m[6] ?? '').trim();
	if (!text) return { problem: `mark ${n} says nothing: write what it shows after its place (it is the mark's meaning in the caption)` };
	const inside = (px: number, py: number) => px <= size.width && py <= size.height;
	if (m[4] === undefined) {
		if (!inside(x, y)) return { problem: `mark ${n} (${x},${y}) is outside the ${size.width}x${size.height} picture` };
		return { n, x, y, text };
	}
	const [x2, y2] = [Number(m[4]), Number(m[5])];
	if (!inside(x, y) || !inside(x2, y2))
		return { problem: `mark ${n} (${x},${y} ${x2},${y2}) is outside the ${size.width}x${size.height} picture` };
	if (x2 <= x || y2 <= y) return { problem: `mark ${n}: the second corner (${x2},${y2}) must be right of and below the first (${x},${y})` };
	return { n, x, y, w: x2 - x, h: y2 - y, text };
}

/** The caption's list of marks: each number as drawn, then its meaning. */
export function marksLegendHtml(marks: Marks, label: string): string {
	const items = marks.items.map((m) => `<li><span class="kit-mark">${m.n}</span> ${esc(m.text)}</li>`).join('');
	return `<ol class="kit-marks" role="list" aria-label="${esc(label)}">${items}</ol>`;
}

/** The drawing over the picture: an SVG in the marks' own coordinates, stretched over the image, hidden from screen readers. */
export function marksOverlaySvg(marks: Marks): string {
	const { width, height } = marks;
	// Sizes in the picture's pixels, in proportion to it, so they scale with it.
	const r = Math.max(9, Math.round(Math.max(width, height) * 0.022));
	const line = Math.max(2, Math.round(r / 4));
	// A number's circle stays inside the picture, even at a box's corner on its edge.
	const clamp = (v: number, max: number) => Math.min(Math.max(v, r), max - r);
	const badge = (cx: number, cy: number, n: number) => {
		const [x, y] = [clamp(cx, width), clamp(cy, height)];
		return (
			`<circle cx="${x}" cy="${y}" r="${r}" fill="#c2410c" stroke="#fff" stroke-width="${line / 1.5}"/>` +
			`<text x="${x}" y="${y}" dy="0.35em" text-anchor="middle" font-size="${Math.round(r * 1.25)}" font-weight="700" fill="#fff">${n}</text>`
		);
	};
	const shapes = marks.items.map((m) =>
		m.w === undefined
			? badge(m.x, m.y, m.n)
			: `<rect x="${m.x}" y="${m.y}" width="${m.w}" height="${m.h}" rx="${line}" fill="#c2410c" fill-opacity="0.12" stroke="#c2410c" stroke-width="${line}"/>` +
				badge(m.x, m.y, m.n),
	);
	return (
		`<svg class="kit-marks-overlay" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" aria-hidden="true" focusable="false" data-pagefind-ignore>` +
		`<g font-family="system-ui, sans-serif">${shapes.join('')}</g></svg>`
	);
}
