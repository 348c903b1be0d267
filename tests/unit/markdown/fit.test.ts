// The one table builder's form decision (src/markdown/fit.ts) and the code-span kinds (markup.ts).
import { describe, expect, it } from 'vitest';
import { fitTables, textWidth } from '../../../src/markdown/fit.ts';
import { codeHtml, codePhraseHtml } from '../../../src/markdown/markup.ts';

const fitOf = (html: string) => Number(/--kit-fit:([\d.]+)rem/.exec(fitTables(html))![1]);

describe('fitTables', () => {
	const table = `<table aria-label="表: 項目 / 値"><thead><tr><th scope="col">項目</th><th scope="col">値</th></tr></thead><tbody><tr><th scope="row">サーバー</th><td><code>pop3.club.kyutech.ac.jp</code></td></tr><tr><td colspan="2">注</td></tr></tbody></table>`;
	const out = fitTables(`<p>前</p>\n${table}\n<p>後</p>`);

	it('wraps each table in the fitted container and leaves the rest alone', () => {
		expect(out).toMatch(/^<p>前<\/p>\n<div class="kit-table" style="--kit-fit:[\d.]+rem"><table aria-label="表: 項目 \/ 値" role="table">/);
		expect(out.endsWith('</table></div>\n<p>後</p>')).toBe(true);
	});

	it('labels each body cell with its column header, and marks a row one cell across', () => {
		expect(out).toContain('<td data-label="値" role="cell"><code>');
		expect(out).toContain('<td colspan="2" data-span="all" role="cell">注</td>');
		// A row's header heads its card: it has no label.
		expect(out).toContain('<th scope="row" role="rowheader">サーバー</th>');
	});

	it('labels cells with the header’s words only, not its marks or screen-reader text', () => {
		const marked = fitTables(
			'<table><thead><tr><th>方式</th><th>STARTTLS<a class="kit-unconfirmed" href="#u">要確認</a> (ポート 587)<span class="kit-sr">（説明）</span></th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>',
		);
		expect(marked).toContain('<td data-label="STARTTLS (ポート 587)" role="cell">b</td>');
	});

	it('gives every part its table role, so cards stay a table to assistive technology', () => {
		for (const role of ['table', 'rowgroup', 'row', 'columnheader', 'rowheader', 'cell']) expect(out).toContain(`role="${role}"`);
	});

	it('needs more width for a longer unbreakable value, not for longer wrapping text', () => {
		const withValue = (v: string) => fitOf(`<table><tr><td>${v}</td><td>x</td></tr></table>`);
		expect(withValue('<code>a-much-longer-host-name.club.kyutech.ac.jp</code>')).toBeGreaterThan(
			withValue('<code>pop3.club.kyutech.ac.jp</code>'),
		);
		// Text wraps: past a column's wrap width, a longer sentence needs no more room.
		const long = 'とても長い説明の文がここに続いてさらに続きます。'.repeat(4);
		expect(withValue(long)).toBe(withValue(long.repeat(2)));
		// A method name kept whole counts whole.
		expect(withValue('<span class="kit-nowrap">SMTP-AUTH (STARTTLS)</span>')).toBeGreaterThan(withValue('SMTP-AUTH (STARTTLS)'));
	});

	it('needs more width for more columns', () => {
		const cols = (n: number) => fitOf(`<table><tr>${'<td>ポート番号</td>'.repeat(n)}</tr></table>`);
		expect(cols(5)).toBeGreaterThan(cols(3));
	});

	it('refuses nested tables rather than mangling them', () => {
		expect(() => fitTables('<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>')).toThrow(/not one table/);
	});
});

describe('textWidth', () => {
	it('counts full-width characters as 1em and monospace as narrower', () => {
		expect(textWidth('ポート', false)).toBe(3);
		expect(textWidth('abc', true)).toBeLessThan(textWidth('abc', false) + 0.5);
		expect(textWidth('ab', true)).toBeCloseTo(1.2);
	});
});

describe('codeHtml', () => {
	it('keeps a value plain and writes a long one with its length', () => {
		expect(codeHtml('995')).toBe('<code>995</code>');
		expect(codeHtml('/.well-known/autoconfig/mail/config-v1.1.xml')).toBe(
			'<code style="--kit-ch:44">/.well-known/autoconfig/mail/config-v1.1.xml</code>',
		);
	});
	it('makes text with spaces longer than a value a phrase, which wraps; a short one stays whole', () => {
		expect(codeHtml('set ssl_force_tls = yes ssl_starttls = yes')).toBe(
			'<code class="kit-code-phrase">set ssl_force_tls = yes ssl_starttls = yes</code>',
		);
		expect(codeHtml('POP3 over SSL')).toBe('<code>POP3 over SSL</code>');
		expect(codePhraseHtml('-ERR')).toBe('<code class="kit-code-phrase">-ERR</code>');
	});
	it('keeps a value with the reader’s account whole, whatever spaces its placeholder has', () => {
		const html = '<kit-account>(account name)</kit-account>@club.kyutech.ac.jp';
		expect(codeHtml({ html, text: '(account name)@club.kyutech.ac.jp', account: '(account name)' })).toMatch(
			/^<code style="--kit-ch:\d+">/,
		);
		expect(codeHtml({ html, text: '(account name)@club.kyutech.ac.jp' })).toMatch(/^<code class="kit-code-phrase">/);
	});

	it('escapes text, and takes HTML with the text it shows', () => {
		expect(codeHtml('a<b')).toBe('<code>a&lt;b</code>');
		expect(codeHtml({ html: '<kit-account>x</kit-account>@club.kyutech.ac.jp', text: 'ユーザー名@club.kyutech.ac.jp' })).toBe(
			'<code style="--kit-ch:28"><kit-account>x</kit-account>@club.kyutech.ac.jp</code>',
		);
	});
});
