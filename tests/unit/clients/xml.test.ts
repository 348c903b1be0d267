import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../src/clients/xml.ts';
import { escapeXml } from '../../../src/util/escape.ts';

describe('escapeXml', () => {
	it('escapes the five special characters and keeps non-ASCII', () => {
		expect(escapeXml(`<a href="x">&'九工大'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;九工大&apos;&lt;/a&gt;');
	});
	it('refuses control characters XML cannot carry', () => {
		expect(() => escapeXml('a\u0001b')).toThrow(/control character/);
	});
	it('round-trips through parseXml', () => {
		const text = `<script>alert("x")</script> & 'quotes' ]]> 日本語`;
		expect(parseXml(`<r a="${escapeXml(text)}">${escapeXml(text)}</r>`).root).toMatchObject({ attrs: { a: text }, text });
	});
});

describe('parseXml', () => {
	it('reads declaration, DOCTYPE, comments, attributes, nesting and references', () => {
		const doc = parseXml(
			'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "a" "b">\n<!-- c -->\n<a x=\'1\'><b>&#x41;&#66;&lt;</b><c/></a>\n',
		);
		expect(doc.doctype).toBe('plist PUBLIC "a" "b"');
		expect(doc.root.name).toBe('a');
		expect(doc.root.attrs).toEqual({ x: '1' });
		expect(doc.root.children.map((c) => [c.name, c.text, c.line])).toEqual([
			['b', 'AB<', 4],
			['c', '', 4],
		]);
	});
	const bad: [string, string, RegExp][] = [
		['mismatched tags', '<a><b></a></b>', /<\/a> closes <b>/],
		['bare ampersand', '<a>x & y</a>', /"&" not starting a reference/],
		['unknown entity', '<a>&nbsp;</a>', /unknown entity &nbsp;/],
		['two roots', '<a/><b/>', /content after the root/],
		['unclosed', '<a><b></b>', /never closed/],
		['unquoted attribute', '<a x=1/>', /needs a quoted value/],
		['duplicate attribute', '<a x="1" x="2"/>', /duplicate attribute/],
		['"--" in a comment', '<!-- a -- b --><a/>', /"--" inside a comment/],
		['"<" in an attribute', '<a x="<"/>', /"<" in text or attribute/],
		['control character', '<a>\u0002</a>', /control character/],
		['CDATA', '<a><![CDATA[x]]></a>', /CDATA/],
		['internal DTD subset', '<!DOCTYPE a [<!ENTITY x "y">]><a/>', /internal subsets/],
		['no root', '<!-- only -->', /expected the root element/],
	];
	for (const [name, xml, message] of bad) {
		it(`refuses ${name}, naming the line`, () => {
			expect(() => parseXml(xml)).toThrow(/^XML line \d+: /);
			expect(() => parseXml(xml)).toThrow(message);
		});
	}
});
