import { describe, expect, it } from 'vitest';
import { codeExpander, placeholdersPlugin } from '../../../src/markdown/plugins/placeholders.ts';
import { createEnv } from '../../../src/markdown/env.ts';
import { ACCOUNT, methodNameKeys } from '../../../src/settings/placeholders.ts';
import { headingIdsPlugin } from '../../../src/markdown/plugins/headingIds.ts';
import { languagePlugin } from '../../../src/markdown/plugins/language.ts';
import { en } from '../../../src/i18n/en.ts';
import { runFixtures } from './fixture.ts';
import { mdWith, render, values } from './setup.ts';
import { ja } from '../../../src/i18n/ja.ts';

runFixtures('tests/unit/markdown/fixtures/placeholders.txt', () =>
	mdWith((md) => placeholdersPlugin(md, { values, accountPlaceholder: ja.accountPlaceholder })),
);

describe('codeExpander', () => {
	it('gives the code plugin an expander that reports at the file line', () => {
		const env = createEnv('content/mail/page.md', 5);
		// A fence opening on body line 3 (map[0] = 2): its content's third line is body line 6, file line 11.
		expect(codeExpander(values)('a\nb\n{{ smtp.hots }}\n', [2, 7], env)).toBe('a\nb\n{{ smtp.hots }}\n');
		expect(env.problems).toEqual([
			{ file: 'content/mail/page.md', line: 11, message: 'unknown placeholder {{ smtp.hots }}', hint: 'did you mean {{ smtp.host }}?' },
		]);
	});
});

describe('placeholdersPlugin', () => {
	const md = mdWith((m) => placeholdersPlugin(m, { values, accountPlaceholder: ja.accountPlaceholder }));
	const at = (line: number, message: string, hint: string) => ({ file: 'content/mail/page.md', line, message, hint });

	it('escapes values', () => {
		const risky = mdWith((m) => placeholdersPlugin(m, { values: new Map([['x', '<b>&"</b>']]), accountPlaceholder: '<you>' }));
		expect(render(risky, '{{ x }} `{{ x }}`\n').html).toBe(
			'<p>&lt;b&gt;&amp;&quot;&lt;/b&gt; <code>&lt;b&gt;&amp;&quot;&lt;/b&gt;</code></p>\n',
		);
		const acct = mdWith((m) => placeholdersPlugin(m, { values: new Map([['a', `${ACCOUNT}<&>`]]), accountPlaceholder: '<you>' }));
		expect(render(acct, '{{ a }} `{{ a }}`\n').html).toBe(
			'<p><kit-account class="kit-account" data-placeholder="">&lt;you&gt;</kit-account>&lt;&amp;&gt; ' +
				'<code><kit-account class="kit-account" data-placeholder="">&lt;you&gt;</kit-account>&lt;&amp;&gt;</code></p>\n',
		);
	});

	it('reports unknown keys at their line (text, code, link, table cell)', () => {
		const src = [
			'# 見出し',
			'',
			'一行目',
			'二行目 {{ pop3.host }}',
			'`{{ smtp.prot }}`',
			'',
			'[x](https://{{ domian}}/)',
			'',
			'| a |',
			'| - |',
			'| {{ apop.lable }} |',
			'',
		].join('\n');
		const { env } = render(md, src, 10);
		expect(env.problems).toEqual([
			at(14, 'unknown placeholder {{ pop3.host }}', 'did you mean {{ pop3s.host }}?'),
			at(15, 'unknown placeholder {{ smtp.prot }}', 'did you mean {{ smtp.port }}?'),
			at(
				17,
				'this link was not made: a link address cannot contain spaces, and "{{ key }}" has some',
				'inside a link address write the placeholder without spaces, e.g. (https://{{domain}}/), or wrap the address in <…>',
			),
			at(17, 'unknown placeholder {{ domian }}', 'did you mean {{ domain }}?'),
			at(21, 'unknown placeholder {{ apop.lable }}', 'did you mean {{ apop.label }}?'),
		]);
	});

	it('reports an unknown key inside a link address', () => {
		const { env, html } = render(md, 'text\n\n[x](https://{{domian}}/)\n', 10);
		expect(env.problems).toEqual([at(13, 'unknown placeholder {{ domian }}', 'did you mean {{ domain }}?')]);
		expect(html).toContain('href="https://{{domian}}/"');
	});

	it('refuses the account name in a link address', () => {
		const { env } = render(md, 'a\nb\n[mail](mailto:{{email}})\n', 1);
		expect(env.problems).toEqual([
			at(
				4,
				"{{ email }} cannot be used in a link address: it holds the reader's account name, which is only filled in on the page",
				'write the address as text (e.g. {{ email }}) instead of linking it',
			),
		]);
	});

	it('leaves fenced code to the code plugin', () => {
		const { env, html } = render(md, '```\n{{ nope }}\n```\n');
		expect(env.problems).toEqual([]);
		expect(html).toContain('{{ nope }}');
	});
});

describe('method names never wrap inside themselves (noWrap)', () => {
	const keys = methodNameKeys;
	const plugin = (m: Parameters<typeof placeholdersPlugin>[0]) =>
		placeholdersPlugin(m, { values, accountPlaceholder: ja.accountPlaceholder, noWrap: keys });
	const NW = (text: string) => `<span class="kit-nowrap">${text}</span>`;

	it('are the services’ labels and TLS modes, not hosts, ports or the login host’s label', () => {
		expect(keys.has('submission.label')).toBe(true);
		expect(keys.has('pop3s.tls')).toBe(true);
		expect(keys.has('pop3s.host')).toBe(false);
		expect(keys.has('smtp.port')).toBe(false);
		expect(keys.has('loginHost.label')).toBe(false);
	});

	it('wraps a method name in prose, link text and table cells; other values stay plain text', () => {
		const md = mdWith(plugin);
		expect(render(md, '{{ submission.label }} で {{ submission.host }} に送ります。').html).toBe(
			`<p>${NW('SMTP-AUTH (STARTTLS)')} で smtp.club.kyutech.ac.jp に送ります。</p>\n`,
		);
		expect(render(md, '[{{ pop3s.label }} の設定](/mail/pop3s/)').html).toBe(
			`<p><a href="/mail/pop3s/">${NW('POP3 over SSL')} の設定</a></p>\n`,
		);
		expect(render(md, '| 方式 |\n| --- |\n| {{ submissions.tls }} |').html).toContain(`<td>${NW('SSL/TLS')}</td>`);
		// Inline code is one element already; alt text and titles are attributes: no element there.
		expect(render(md, '`{{ pop3s.label }}` ![{{ pop3s.label }}](./a.png "{{ pop3s.label }}")').html).toBe(
			'<p><code>POP3 over SSL</code> <img src="./a.png" alt="POP3 over SSL" title="POP3 over SSL"></p>\n',
		);
	});

	it('keeps a heading’s plain text: its id, its TOC entry and its anchor’s name', () => {
		const md = mdWith(plugin, (m) => headingIdsPlugin(m, { words: ja }));
		const { html, env } = render(md, '## {{ submission.label }} の設定\n');
		expect(env.headings).toEqual([{ depth: 2, slug: 'smtp-auth-starttls-の設定', text: 'SMTP-AUTH (STARTTLS) の設定' }]);
		expect(html).toBe(
			`<h2 id="smtp-auth-starttls-の設定">${NW('SMTP-AUTH (STARTTLS)')} の設定<a class="kit-anchor" data-pagefind-ignore="all" href="#smtp-auth-starttls-の設定" aria-label="「SMTP-AUTH (STARTTLS) の設定」へのリンク"><span aria-hidden="true">#</span></a></h2>\n`,
		);
	});

	it('puts the 要確認 mark after the name, outside the span', () => {
		const md = mdWith((m) =>
			placeholdersPlugin(m, {
				values,
				accountPlaceholder: ja.accountPlaceholder,
				noWrap: keys,
				unconfirmed: { keys: new Map([['submission.tls', 'why']]), text: '要確認', inText: '（要確認）', title: 't', href: '/h' },
			}),
		);
		expect(render(md, '{{ submission.tls }} です').html).toBe(
			`<p>${NW('STARTTLS')}<a class="kit-unconfirmed" href="/h" title="t" data-pagefind-ignore>要確認</a> です</p>\n`,
		);
	});

	it('still lets the language check read the name on an English page', () => {
		const md = mdWith(
			(m) => placeholdersPlugin(m, { values: new Map([['x.label', '送信']]), accountPlaceholder: 'you', noWrap: new Set(['x.label']) }),
			(m) => languagePlugin(m, { words: en }),
		);
		expect(render(md, 'Use {{ x.label }}.').env.problems.map((p) => p.message)).toEqual(['Japanese text "送信" on an English page']);
	});
});
