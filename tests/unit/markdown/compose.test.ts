// The plugins together, through the site's own renderer factory (src/markdown/renderer.ts, whose
// comment states the order and why): a realistic page renders as expected, each plugin's core rule
// sits where that order says, and every plugin's problems are reported in one render.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MarkdownIt } from 'markdown-it';
import { createMarkdownRenderer } from '../../../src/markdown/renderer.ts';
import { getHighlighter } from '../../../src/markdown/highlighter.ts';
import { render, settings } from './setup.ts';

let md: MarkdownIt;
beforeAll(async () => {
	md = createMarkdownRenderer({ settings, highlighter: await getHighlighter(), pages: [], locale: 'ja' });
});
const site = () => md;

const page = `# {{ submission.label }} でメールを送る

学外から送るときは **{{ submission.label }}** を使います。
パスワードは{{ loginHost.label }} ({{ loginHost }}) のログインパスワードです。

::: warning 平文の SMTP
{{ smtp.label }} (ポート {{ smtp.port }}) は {{ smtp.deliversOnlyTo }} 宛てにしか届きません。
:::

## 設定の手順 {#setup}

:::: steps
1. 送信サーバーに \`{{ submission.host }}\` を入力します。
2. ユーザー名に {{ account }} を入力します。

   ::: tip
   アドレスは \`{{ email }}\` です。
   :::
3. 詳しくは [受信の設定](/mail/pop3s/#設定) と [委員会](https://{{domain}}/) を見てください。
::::

| 項目 | 値 |
| --- | --- |
| サーバー | {{ submission.host }} |
| ポート | {{ submission.port }} |
`;

const expected = `<h1 id="smtp-auth-starttls-でメールを送る"><span class="kit-nowrap">SMTP-AUTH (STARTTLS)</span> でメールを送る<a class="kit-anchor" data-pagefind-ignore="all" href="#smtp-auth-starttls-でメールを送る" aria-label="「SMTP-AUTH (STARTTLS) でメールを送る」へのリンク"><span aria-hidden="true">#</span></a></h1>
<p>学外から送るときは <strong><span class="kit-nowrap">SMTP-AUTH (STARTTLS)</span></strong> を使います。
パスワードは共用計算機 (ruby) のログインパスワードです。</p>
<aside class="kit-callout kit-callout--warning" aria-label="注意：平文の SMTP">
<p class="kit-callout__title" aria-hidden="true">平文の SMTP</p>
<p><span class="kit-nowrap">SMTP</span> (ポート 25<a class="kit-unconfirmed" href="/mail/settings/#unconfirmed" title="サーバーの管理者にまだ確かめていない値です（理由は設定値一覧にあります）" data-pagefind-ignore>要確認</a>) は club.kyutech.ac.jp 宛てにしか届きません。</p>
</aside>
<h2 id="setup">設定の手順<a class="kit-anchor" data-pagefind-ignore="all" href="#setup" aria-label="「設定の手順」へのリンク"><span aria-hidden="true">#</span></a></h2>
<ol class="kit-steps">
<li>
<p>送信サーバーに <code>smtp.club.kyutech.ac.jp</code> を入力します。</p>
<details class="kit-step-help"><summary>この手順でうまくいかないとき</summary><p>この手順で入力する値が違うと、次の表示が出ることがあります。リンク先に原因と直し方があります。</p><ul><li><a href="/mail/troubleshooting/send/#certificate">送信できないとき: 証明書の警告が出る</a></li><li><a href="/mail/troubleshooting/send/#refused">送信できないとき: 接続が拒否される</a></li></ul><p>それでも分からないときは、<a href="/start/#ask">委員会に尋ねてください。</a></p></details>
</li>
<li>
<p>ユーザー名に <kit-account class="kit-account" data-placeholder="">（アカウント名）</kit-account> を入力します。</p>
<aside class="kit-callout kit-callout--tip" aria-label="ヒント">
<p class="kit-callout__title" aria-hidden="true">ヒント</p>
<p>アドレスは <code style="--kit-ch:33"><kit-account class="kit-account" data-placeholder="">（アカウント名）</kit-account>@club.kyutech.ac.jp</code> です。</p>
</aside>
</li>
<li>
<p>詳しくは <a href="/mail/pop3s/#%E8%A8%AD%E5%AE%9A">受信の設定</a> と <a href="https://club.kyutech.ac.jp/" rel="noopener">委員会</a> を見てください。</p>
</li>
</ol>
<div class="kit-table" style="--kit-fit:17.7rem"><table aria-label="表: 項目 / 値" role="table">
<thead role="rowgroup">
<tr role="row">
<th role="columnheader">項目</th>
<th role="columnheader">値</th>
</tr>
</thead>
<tbody role="rowgroup">
<tr role="row">
<td data-label="項目" role="cell">サーバー</td>
<td data-label="値" role="cell">smtp.club.kyutech.ac.jp</td>
</tr>
<tr role="row">
<td data-label="項目" role="cell">ポート</td>
<td data-label="値" role="cell">587<a class="kit-unconfirmed" href="/mail/settings/#unconfirmed" title="サーバーの管理者にまだ確かめていない値です（理由は設定値一覧にあります）" data-pagefind-ignore="">要確認</a></td>
</tr>
</tbody>
</table></div>
<p class="kit-back-to-toc" data-pagefind-ignore><a href="#kit-contents">目次へ戻る</a></p>
`;

describe('the plugins composed', () => {
	it('puts the core rules where the order comment says', () => {
		const md: MarkdownIt = site();
		const names = (md.core.ruler as unknown as { __rules__: { name: string }[] }).__rules__.map((r) => r.name);
		const pos = (n: string) => names.indexOf(n);
		expect(pos('kit_html')).toBeGreaterThan(pos('inline'));
		expect(pos('kit_literals')).toBeGreaterThan(pos('inline'));
		expect(pos('kit_placeholders')).toBeGreaterThan(Math.max(pos('kit_html'), pos('kit_literals')));
		expect(pos('kit_placeholders')).toBeLessThan(pos('text_join'));
		expect(pos('kit_links')).toBeGreaterThan(pos('text_join'));
		expect(pos('kit_heading_ids')).toBeGreaterThan(pos('text_join'));
		expect(pos('kit_callouts')).toBeLessThan(pos('inline'));
		expect(pos('kit_steps')).toBeLessThan(pos('inline'));
	});

	it('renders a realistic Japanese page', () => {
		const { html, env } = render(site(), page, 6);
		expect(env.problems).toEqual([]);
		expect(html).toBe(expected);
		expect(env.headings).toEqual([
			{ depth: 1, slug: 'smtp-auth-starttls-でメールを送る', text: 'SMTP-AUTH (STARTTLS) でメールを送る' },
			{ depth: 2, slug: 'setup', text: '設定の手順' },
		]);
		expect(env.links).toEqual([{ href: '/mail/pop3s/#設定', line: 25 }]);
	});

	it("reports every plugin's problems in one render, each at its file line", () => {
		const broken = [
			'# 設定 {#setup}', // 1
			'', // 2
			'受信サーバーは pop3.club.kyutech.ac.jp、ポート 995 です。', // 3: literals ×2
			'送信は {{ smtp.hots }} です。<br>', // 4: placeholders, html
			'', // 5
			'::: warnin', // 6: callouts
			'[前のページ](./pop3s.md)', // 7: links
			':::', // 8: callouts (stray closer, because the opener was not a container)
			'', // 9
			'::: steps', // 10
			'- 箇条書き', // 11: steps
			':::', // 12
			'', // 13
			'## 別 {#setup}', // 14: headingIds
		].join('\n');
		const { env } = render(site(), broken, 30);
		expect(env.problems.map((p) => `${p.line}: ${p.message}`).sort()).toEqual(
			[
				'33: host name pop3.club.kyutech.ac.jp is written literally',
				'33: port 995 is written literally',
				'34: raw HTML is not allowed in content: <br>',
				'34: unknown placeholder {{ smtp.hots }}',
				'36: unknown container type "::: warnin"',
				'37: link to the page URL (/mail/pop3s/), not the file',
				'38: this ":::" line closes no container',
				'41: ::: steps must contain one numbered list, but it also holds a bulleted list (use "1." instead of "-")',
				'44: the heading id "setup" is already used on line 31',
			].sort(),
		);
		expect(env.problems.every((p) => p.file === 'content/mail/page.md' && p.hint)).toBe(true);
	});

	it('does not let placeholders make literals, or HTML refusals out of generated markup', () => {
		const { env, html } = render(site(), '## {{ pop3s.host }}:{{ pop3s.port }} と {{ email }}\n\n`{{ smtp.host }}`\n');
		expect(env.problems).toEqual([]);
		expect(html).toContain('<kit-account class="kit-account" data-placeholder="">（アカウント名）</kit-account>');
		expect(env.headings[0]).toEqual({
			depth: 2,
			slug: 'pop3clubkyutechacjp995-と-アカウント名clubkyutechacjp',
			text: 'pop3.club.kyutech.ac.jp:995 と （アカウント名）@club.kyutech.ac.jp',
		});
	});

	it('asks for an env when rendered without one', () => {
		expect(() => site().render('text\n')).toThrow('render Markdown with an env from createEnv(file, lineOffset)');
	});

	it('renders the same page the same way twice with one instance', () => {
		const md = site();
		expect(render(md, page, 6).html).toBe(render(md, page, 6).html);
	});
});
