// The markup builders (src/markdown/markup.ts): each element is written by one function, escaped there.
import { describe, expect, it } from 'vitest';
import {
	accountHtml,
	copyButtonHtml,
	downloadLinkHtml,
	noWrapCloseHtml,
	noWrapOpenHtml,
	proseHtml,
	unconfirmedHtml,
} from '../../../src/markdown/markup.ts';
import { accountTransformer } from '../../../src/markdown/plugins/code.ts';
import { getHighlighter, THEMES } from '../../../src/markdown/highlighter.ts';
import { ACCOUNT } from '../../../src/settings/placeholders.ts';

describe('accountHtml / accountNode', () => {
	it('writes the fillable element with its escaped placeholder', () => {
		expect(accountHtml('<you>')).toBe('<kit-account class="kit-account" data-placeholder="">&lt;you&gt;</kit-account>');
	});
	// Shiki's serialiser escapes "<" its own way (&#x3C;); the account's placeholder words have no such character.
	it('is the same element in a highlighted code block (the hast node serialises to the same HTML)', async () => {
		const highlighter = await getHighlighter();
		const html = highlighter.codeToHtml(`user ${ACCOUNT}`, {
			lang: 'text',
			themes: THEMES,
			defaultColor: false,
			transformers: [accountTransformer('ユーザー名')],
		});
		expect(html).toContain(`user ${accountHtml('ユーザー名')}`);
		expect(html).not.toContain(ACCOUNT);
	});
});

describe('copyButtonHtml', () => {
	it('writes a code block’s button', () => {
		expect(copyButtonHtml({ label: 'コピー', done: 'コピーしました' })).toBe(
			'<kit-copy class="kit-copy"><button type="button" class="kit-button kit-copy__button kit-js" data-done="コピーしました">コピー</button></kit-copy>',
		);
	});
	it('writes a field’s quiet button with its accessible name, escaped', () => {
		expect(copyButtonHtml({ label: 'Copy', done: 'Copied', name: 'Copy "Server"', quiet: true })).toBe(
			'<kit-copy class="kit-copy"><button type="button" class="kit-button kit-button--quiet kit-copy__button kit-js" data-done="Copied" aria-label="Copy &quot;Server&quot;">Copy</button></kit-copy>',
		);
	});
});

describe('downloadLinkHtml', () => {
	it('writes the link to the built file, named for saving', () => {
		expect(downloadLinkHtml({ filename: '.muttrc', href: '/downloads/ja/mutt&pop3s/.muttrc', label: 'ダウンロード' })).toBe(
			'<kit-download class="kit-download" data-filename=".muttrc"><a class="kit-button kit-button--quiet" href="/downloads/ja/mutt&amp;pop3s/.muttrc" download=".muttrc">ダウンロード</a></kit-download>',
		);
	});
});

describe('unconfirmedHtml', () => {
	const mark = { text: '要確認', title: 'a "b"', href: '/mail/settings/#unconfirmed' };
	it('links to the explanation, or is a span inside a link', () => {
		expect(unconfirmedHtml(mark)).toBe(
			'<a class="kit-unconfirmed" href="/mail/settings/#unconfirmed" title="a &quot;b&quot;" data-pagefind-ignore>要確認</a>',
		);
		expect(unconfirmedHtml(mark, true)).toBe('<span class="kit-unconfirmed" title="a &quot;b&quot;" data-pagefind-ignore>要確認</span>');
	});
});

it('the no-wrap span opens and closes', () => {
	expect(`${noWrapOpenHtml}SMTP-AUTH (STARTTLS)${noWrapCloseHtml}`).toBe('<span class="kit-nowrap">SMTP-AUTH (STARTTLS)</span>');
});

describe('proseHtml: a sentence from the settings keeps each method name whole', () => {
	it('escapes the text and wraps every method name, longest first', () => {
		expect(proseHtml('POP3 (POP3 over SSL と APOP) <だけ>', ['APOP', 'POP3 over SSL'])).toBe(
			'POP3 (<span class="kit-nowrap">POP3 over SSL</span> と <span class="kit-nowrap">APOP</span>) &lt;だけ&gt;',
		);
	});
	it('leaves text without a method name as escaped text', () => {
		expect(proseHtml('a & b', ['POP3 over SSL'])).toBe('a &amp; b');
		expect(proseHtml('a & b', [])).toBe('a &amp; b');
	});
});
