import { describe, expect, it } from 'vitest';
import {
	codeExpander,
	expandPlaceholders,
	placeholderProblem,
	placeholdersPlugin,
	splitPlaceholders,
} from '../../../src/markdown/plugins/placeholders.ts';
import { createEnv } from '../../../src/markdown/env.ts';
import { ACCOUNT } from '../../../src/settings/placeholders.ts';
import { runFixtures } from './fixture.ts';
import { mdWith, render, values } from './setup.ts';
import { ja } from '../../../src/i18n/ja.ts';

runFixtures('tests/unit/markdown/fixtures/placeholders.txt', () =>
	mdWith((md) => placeholdersPlugin(md, { values, accountPlaceholder: ja.accountPlaceholder })),
);

describe('splitPlaceholders / expandPlaceholders', () => {
	it('splits text, keys and escaped braces', () => {
		expect(splitPlaceholders('a {{ x.y }}b\\{{ z }}{{w}}')).toEqual([
			{ text: 'a ' },
			{ key: 'x.y', raw: '{{ x.y }}', index: 2 },
			{ text: 'b{{ z }}' },
			{ key: 'w', raw: '{{w}}', index: 20 },
		]);
	});

	it('expands code, keeps the account sentinel, reports unknown keys by line', () => {
		const unknown: [string, number, string[]][] = [];
		const out = expandPlaceholders(
			'user {{ email }}\nserver {{ pop3s.host }}\n\n{{ nope }} {{ domian }} \\{{ x }}\n',
			values,
			(k, l, near) => unknown.push([k, l, near]),
		);
		expect(out).toBe(`user ${ACCOUNT}@club.kyutech.ac.jp\nserver pop3.club.kyutech.ac.jp\n\n{{ nope }} {{ domian }} {{ x }}\n`);
		expect(unknown).toEqual([
			['nope', 3, []],
			['domian', 3, ['domain']],
		]);
	});

	it('gives the code plugin an expander that reports at the file line', () => {
		const env = createEnv('content/mail/page.md', 5);
		// A fence opening on body line 3 (map[0] = 2): its content's third line is body line 6, file line 11.
		expect(codeExpander(values)('a\nb\n{{ smtp.hots }}\n', [2, 7], env)).toBe('a\nb\n{{ smtp.hots }}\n');
		expect(env.problems).toEqual([
			{ file: 'content/mail/page.md', line: 11, message: 'unknown placeholder {{ smtp.hots }}', hint: 'did you mean {{ smtp.host }}?' },
		]);
	});

	it('words the problems', () => {
		expect(placeholderProblem('pop3.host', values)).toEqual({
			message: 'unknown placeholder {{ pop3.host }}',
			hint: 'did you mean {{ pop3s.host }}?',
		});
		// Ties are all named.
		expect(placeholderProblem('pops.host', values).hint).toBe('did you mean {{ apops.host }} or {{ pop3s.host }}?');
		expect(placeholderProblem('', values).message).toBe('empty placeholder {{ }}');
		const far = placeholderProblem('zzzzzzzzzzzzzzzzzzzz', values);
		expect(far.hint).toContain('the placeholders are {{ domain }}, {{ loginHost }}');
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
