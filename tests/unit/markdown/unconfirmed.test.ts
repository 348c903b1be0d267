// The 要確認 mark in the renderer (placeholders, tables, field tables, code blocks) and mutt's
// combined `config mutt RECEIVE SEND` blocks, through the site's own renderer factory.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MarkdownIt } from 'markdown-it';
import { createMarkdownRenderer } from '../../../src/markdown/renderer.ts';
import { getHighlighter } from '../../../src/markdown/highlighter.ts';
import { mdWith, render, settings, values } from './setup.ts';
import { placeholdersPlugin } from '../../../src/markdown/plugins/placeholders.ts';
import { unconfirmedValues } from '../../../src/settings/placeholders.ts';
import { ja } from '../../../src/i18n/ja.ts';

let md: MarkdownIt;
let en: MarkdownIt;
beforeAll(async () => {
	const highlighter = await getHighlighter();
	md = createMarkdownRenderer({ settings, highlighter, pages: [], locale: 'ja' });
	en = createMarkdownRenderer({ settings, highlighter, pages: [], locale: 'en' });
});
const MARK =
	'<a class="kit-unconfirmed" href="/mail/settings/#unconfirmed" title="サーバーの管理者にまだ確かめていない値です（理由は設定値一覧にあります）" data-pagefind-ignore>要確認</a>';

// In a table, the mark as the table builder (fit.ts, through hast) writes it.
const TABLE_MARK = MARK.replace('data-pagefind-ignore>', 'data-pagefind-ignore="">');

describe('the 要確認 mark', () => {
	it('follows an unconfirmed value in text, not a confirmed one', () => {
		expect(render(md, 'ポート {{ submission.port }} と {{ pop3s.port }}').html).toBe(`<p>ポート 587${MARK} と 995</p>\n`);
	});
	it('follows inline code (outside it) and table cells; inside a link it is a span', () => {
		expect(render(md, '`{{ submission.port }}`').html).toBe(`<p><code>587</code>${MARK}</p>\n`);
		expect(render(md, '| a |\n| --- |\n| {{ submission.tls }} |').html).toContain(
			`<td data-label="a" role="cell"><span class="kit-nowrap">STARTTLS</span>${TABLE_MARK}</td>`,
		);
		expect(render(md, '[port {{ submission.port }}](/mail/smtp-auth/)').html).toContain(
			'<a href="/mail/smtp-auth/">port 587<span class="kit-unconfirmed"',
		);
	});
	it('is text in alt text, and English on English pages', () => {
		const plain = mdWith((m) =>
			placeholdersPlugin(m, {
				values,
				accountPlaceholder: ja.accountPlaceholder,
				unconfirmed: { keys: unconfirmedValues(settings, ja), text: '要確認', inText: ja.unconfirmedInText, title: 't', href: '/h' },
			}),
		);
		expect(render(plain, '![port {{ submission.port }}](./x.png "at {{ submission.port }}")').html).toBe(
			'<p><img src="./x.png" alt="port 587（要確認）" title="at 587（要確認）"></p>\n',
		);
		expect(render(en, 'port {{ submission.port }}').html).toContain('<a class="kit-unconfirmed" href="/en/mail/settings/#unconfirmed"');
	});
	it('marks field-table rows and the settings table', () => {
		const fields = render(md, '```config thunderbird submission\n```').html;
		expect(fields).toContain(`<span class="kit-value">587</span> ${TABLE_MARK}`);
		expect(render(md, '::: settings-table\n:::').html).toContain(`<code>587</code> ${TABLE_MARK}`);
	});
	it('a code block cannot carry it: an unconfirmed placeholder there is an error at its line', () => {
		const { env } = render(md, 'text\n\n```console\n$ telnet {{ smtp.host }} {{ smtp.port }}\n```\n');
		expect(env.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
			'14: {{ smtp.port }} is not confirmed yet (assumptions: in content/settings.yaml), and a code block cannot show its 要確認 mark',
		]);
	});
});

describe('config mutt RECEIVE SEND', () => {
	it('renders the combined file with its download path', () => {
		const { html, env } = render(md, '```config mutt apop submission\n```');
		expect(env.problems).toEqual([]);
		expect(html).toContain('/downloads/mutt-apop-submission/muttrc.txt');
		expect(html).toContain('account-hook');
	});
	it('refuses a third word for other clients and unknown ways, saying what to write', () => {
		const msgs = (src: string) => render(md, src).env.problems.map((p) => `${p.message} — ${p.hint}`);
		expect(msgs('```config msmtp submission pop3s\n```')).toEqual([
			'msmtp has no combined receive + send file ("pop3s") — write `config CLIENT METHOD`; only mutt takes a third word (`config mutt RECEIVE SEND`)',
		]);
		expect(msgs('```config mutt pop3s sendmail\n```')[0]).toMatch(
			/^mutt cannot send by "sendmail": write one of submission, submissions, smtp, msmtp/,
		);
	});
});
