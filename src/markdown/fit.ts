// Every table on a page, whoever wrote it (a Markdown table, a generated settings, mailers, message
// or field table), takes one form decided here (issue 21): a table where it fits, a stack of cards,
// one per row with each cell labelled by its column's header, where it does not.
//
// The builder estimates the width the table needs to show without squeezing a column below its
// longest unbreakable value, and writes it on the table's wrapper as `--kit-fit`. The wrapper is a
// size container whose font size is that width, so one container query in
// src/styles/content/tables.css, `(width < 1em)`, switches any table to cards exactly where the
// column it stands in is narrower than it needs: a phone, a step's indented list, or a desktop column
// for a table too wide for it. No table has CSS of its own for this, and a new table gets it.
//
// The cards keep a real table for screen readers: every element carries its table role
// explicitly (a browser may drop a table's semantics once its cells are displayed as blocks), and
// the column name before a cell is generated content with empty alternative text, so it is read
// once, as the column header.
//
// Pure: HTML in, HTML out. A table is parsed from the HTML the renderer wrote for it.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** The estimate's constants, in rem at the tables' font size (0.92rem, tables.css). */
const FONT = 0.92;
/** A cell's horizontal padding and border (tables.css: 0.7rem on each side, 1px borders). */
const CELL_EXTRA = 1.5;
/** Wider than this a column's text wraps rather than widening the table (its unbreakable parts do not). */
const WRAP_AT = 10;
/** The narrowest a column may be in table form: a few characters of Japanese. */
const MIN_COLUMN = 4;
/** Code's font size, relative to its text (base.css). */
const CODE = 0.9;
/** Bold text (a header cell) is this much wider. */
const BOLD = 1.1;
/** A copy button beside a value (src/markdown/markup.ts copyButtonHtml). */
const BUTTON = 4.5;

/** Width in em of `text` on one line in its own font: full-width characters 1em, others by font (a rough average). */
export function textWidth(text: string, mono: boolean): number {
	let w = 0;
	for (const ch of text) {
		if (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)) w += 1;
		else if (mono) w += 0.6;
		else if (/[A-Z@%&mwMW]/.test(ch)) w += 0.7;
		else if (/[iIl.,:;'!|()[\] ]/.test(ch)) w += 0.3;
		else w += 0.55;
	}
	return w;
}

/** Text that must stay on one line: a value in code, a method's name, a copyable value, a column header. */
function unbreakable(el: Element): boolean {
	const cls = (el.properties['className'] as string[] | undefined) ?? [];
	if (el.tagName === 'code') return !cls.includes('kit-code-phrase');
	return cls.includes('kit-nowrap') || cls.includes('kit-value');
}

/** A cell's needs in rem: the widest unbreakable part, and the width of its text on one line (capped). */
function cellNeeds(cell: Element): { min: number; want: number } {
	const bold = cell.tagName === 'th' ? BOLD : 1;
	let min = 0;
	let line = 0;
	let lineWidth = 0;
	const walk = (nodes: ElementContent[], mono: boolean, whole: boolean) => {
		for (const n of nodes) {
			if (n.type === 'text') {
				const size = FONT * bold * (mono ? CODE : 1);
				const w = textWidth(n.value, mono) * size;
				line += w;
				if (whole) continue;
				// Outside a value, Latin text breaks at spaces and Japanese between characters.
				for (const word of n.value.split(/\s+/)) min = Math.max(min, textWidth(word.replace(/[^\x21-\x7e]/g, ''), mono) * size);
			} else if (n.type === 'element') {
				if (n.tagName === 'br') {
					lineWidth = Math.max(lineWidth, line);
					line = 0;
				} else if (n.tagName === 'kit-copy') {
					line += BUTTON;
					min = Math.max(min, BUTTON);
				} else if (!whole && unbreakable(n)) {
					const before = line;
					walk(n.children, mono || n.tagName === 'code', true);
					min = Math.max(min, line - before);
				} else walk(n.children, mono || n.tagName === 'code', whole);
			}
		}
	};
	walk(cell.children, false, false);
	lineWidth = Math.max(lineWidth, line);
	return { min, want: Math.min(lineWidth, WRAP_AT) };
}

const isElement = (n: RootContent | ElementContent): n is Element => n.type === 'element';
const children = (el: Element | Root, ...tags: string[]): Element[] =>
	(el.children as (RootContent | ElementContent)[]).filter(isElement).filter((c) => tags.includes(c.tagName));
const span = (cell: Element) => Number(cell.properties['colSpan'] ?? 1) || 1;
/** A header cell's words as a card shows them before each value: without its marks and screen-reader text. */
const labelText = (n: Element | ElementContent): string => {
	if (n.type === 'text') return n.value;
	if (n.type !== 'element') return '';
	const cls = (n.properties['className'] as string[] | undefined) ?? [];
	return cls.includes('kit-unconfirmed') || cls.includes('kit-sr') ? '' : n.children.map(labelText).join('');
};

/** Roles that keep a table a table for assistive technology whatever its CSS display. */
const ROLES: Record<string, string> = { table: 'table', thead: 'rowgroup', tbody: 'rowgroup', tfoot: 'rowgroup', tr: 'row', td: 'cell' };
/** A header cell heads its column in the header row (or with scope=col), else its row (or group of rows). */
const headerRole = (th: Element, inHead: boolean) => {
	const scope = th.properties['scope'];
	return scope === 'col' || (inHead && scope === undefined) ? 'columnheader' : 'rowheader';
};

/**
 * One table, its form decided: wrapped in `<div class="kit-table" style="--kit-fit:…rem">`, every
 * body cell labelled with its column's header (`data-label`), every element given its table role.
 * The table keeps its own attributes (its accessible name, its search weight).
 */
export function fitTable(table: Element): Element {
	const rows = [...children(table, 'thead', 'tbody', 'tfoot').flatMap((g) => children(g, 'tr')), ...children(table, 'tr')];
	const headRow = children(table, 'thead').flatMap((g) => children(g, 'tr'))[0];
	const labels: string[] = [];
	for (const th of headRow ? children(headRow, 'th', 'td') : [])
		for (let i = 0; i < span(th); i++) labels.push(labelText(th).replace(/\s+/g, ' ').trim());
	const columns = Math.max(labels.length, ...rows.map((r) => children(r, 'th', 'td').reduce((n, c) => n + span(c), 0)));
	const widths = new Array<number>(columns).fill(MIN_COLUMN);
	for (const row of rows) {
		let col = 0;
		for (const cell of children(row, 'th', 'td')) {
			const n = span(cell);
			if (n === 1) {
				const { min, want } = cellNeeds(cell);
				widths[col] = Math.max(widths[col]!, min, want);
			}
			// A body cell under one column is labelled by it for the card form (not a row's header, which heads the card).
			if (n === 1 && row !== headRow && labels[col] && cell.tagName === 'td') cell.properties['dataLabel'] = labels[col];
			if (n === columns && columns > 1) cell.properties['dataSpan'] = 'all';
			col += n;
		}
	}
	// No margin on top: the estimate already errs wide (fit.spec proves it at twelve widths), and any
	// margin turned the field tables into cards on a desktop column they fit.
	const fit = widths.reduce((sum, w) => sum + w + CELL_EXTRA, 0);
	const walk = (el: Element, inHead: boolean) => {
		const role = el.tagName === 'th' ? headerRole(el, inHead) : ROLES[el.tagName];
		if (role) el.properties['role'] = role;
		for (const c of children(el, 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td')) walk(c, inHead || el.tagName === 'thead');
	};
	walk(table, false);
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: ['kit-table'], style: `--kit-fit:${Math.ceil(fit * 10) / 10}rem` },
		children: [table],
	};
}

/** Every `<table>` in `html` (the rendered page) in its fitted form; the rest of the HTML untouched. */
export function fitTables(html: string): string {
	return html.replace(/<table[\s>][\s\S]*?<\/table>/g, (source) => {
		const root = fromHtml(source, { fragment: true });
		const table = children(root, 'table')[0];
		// No builder nests tables; if one ever did, its HTML would be cut at the inner </table>.
		if (!table || root.children.length !== 1 || source.lastIndexOf('<table') !== 0)
			throw new Error(`fitTables: not one table: ${source.slice(0, 80)}`);
		return toHtml(fitTable(table));
	});
}
