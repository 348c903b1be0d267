// The one escape module and the one safe decoder (src/util/escape.ts, src/util/uri.ts), and the
// "a, b or c" wording (src/util/list.ts).
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { escapeHtml, escapeXml } from '../../../src/util/escape.ts';
import { safeDecodeURI } from '../../../src/util/uri.ts';
import { orList } from '../../../src/util/list.ts';

describe('escapeHtml', () => {
	it('escapes & < > " and nothing else, as markdown-it does', () => {
		const text = `<a href="x">&'九工大'</a>`;
		expect(escapeHtml(text)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;'九工大'&lt;/a&gt;");
		expect(escapeHtml(text)).toBe(new MarkdownIt().utils.escapeHtml(text));
		expect(escapeHtml('plain')).toBe('plain');
		expect(escapeHtml('&amp;')).toBe('&amp;amp;');
	});
	it('escapeXml also escapes the apostrophe', () => {
		expect(escapeXml(`'`)).toBe('&apos;');
	});
});

describe('safeDecodeURI', () => {
	it('decodes valid percent-encoding and keeps an invalid one as written', () => {
		expect(safeDecodeURI('/mail/#%E8%A8%AD%E5%AE%9A')).toBe('/mail/#設定');
		expect(safeDecodeURI('/100%')).toBe('/100%');
		expect(safeDecodeURI('%E8%A8')).toBe('%E8%A8');
	});
	it('decodes reserved characters only with decodeURIComponent', () => {
		expect(safeDecodeURI('a%2Fb%23c')).toBe('a%2Fb%23c');
		expect(safeDecodeURI('a%2Fb%23c', decodeURIComponent)).toBe('a/b#c');
		expect(safeDecodeURI('a%zz', decodeURIComponent)).toBe('a%zz');
	});
});

describe('orList', () => {
	it('words none, one, two and more alternatives', () => {
		expect(orList([])).toBe('');
		expect(orList(['a'])).toBe('a');
		expect(orList(['a', 'b'])).toBe('a or b');
		expect(orList(['a', 'b', 'c'])).toBe('a, b or c');
	});
});
