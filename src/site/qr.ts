// A QR code as an SVG image, made at build time (no script reaches the reader): the modules come
// from uqr's encoder (a port of Nayuki's reference QR generator), drawn here as one path, dark on a
// white square with the four-module quiet zone the standard asks for, so a phone camera reads it in
// the dark theme too. Pure.
import { encode } from 'uqr';
import { escapeHtml as esc } from '../util/escape.ts';

export interface QrSvgOptions {
	/** The image's accessible name (what it is and where it leads). */
	label: string;
	/** Drawn size in CSS pixels (the SVG scales; default 176). */
	size?: number;
	/** id for the <title> element (unique in the page). */
	id?: string;
}

/** The QR code of `text` (error correction M) as an SVG element with role img and a title. */
export function qrSvg(text: string, { label, size = 176, id = 'kit-qr' }: QrSvgOptions): string {
	const qr = encode(text, { ecc: 'M', border: 4 });
	// One subpath per horizontal run of dark modules.
	let d = '';
	qr.data.forEach((row, y) => {
		for (let x = 0; x < row.length; x++) {
			if (!row[x]) continue;
			let run = 1;
			while (row[x + run]) run++;
			d += `M${x} ${y}h${run}v1h-${run}z`;
			x += run - 1;
		}
	});
	const n = qr.size;
	return (
		`<svg class="kit-qr__code" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${esc(id)}" viewBox="0 0 ${n} ${n}" width="${size}" height="${size}" shape-rendering="crispEdges">` +
		`<title id="${esc(id)}">${esc(label)}</title><rect width="${n}" height="${n}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
	);
}
