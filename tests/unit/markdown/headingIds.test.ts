import { describe, expect, it } from 'vitest';
import { headingIdsPlugin } from '../../../src/markdown/plugins/headingIds.ts';
import { runFixtures } from './fixture.ts';
import { mdWith, render } from './setup.ts';
import { ja } from '../../../src/i18n/ja.ts';
import { en } from '../../../src/i18n/en.ts';

runFixtures('tests/unit/markdown/fixtures/headingIds.txt', () => mdWith((m) => headingIdsPlugin(m, { words: ja })));

describe('headingIdsPlugin', () => {
	const md = mdWith((m) => headingIdsPlugin(m, { words: ja }));

	it('collects plain-text headings into env.headings', () => {
		const { env } = render(md, '# 概要\n\n## `smtp` の **設定** {#smtp}\n');
		expect(env.headings).toEqual([
			{ depth: 1, slug: '概要', text: '概要' },
			{ depth: 2, slug: 'smtp', text: 'smtp の 設定' },
		]);
	});

	it('starts afresh on every render with the same instance', () => {
		expect(render(md, '## 設定\n').html).toContain('id="設定"');
		expect(render(md, '## 設定\n').html).toContain('id="設定"');
	});

	it('reports a duplicate custom id at its line, naming the first', () => {
		const { env, html } = render(md, '## A {#same}\n\ntext\n\n## B {#same}\n', 10);
		expect(env.problems).toEqual([
			{
				file: 'content/mail/page.md',
				line: 15,
				message: 'the heading id "same" is already used on line 11',
				hint: 'give each heading a different {#id}',
			},
		]);
		// The second heading still gets an id of its own.
		expect(html).toContain('<h2 id="b">B<');
	});

	it('reports an invalid custom id and falls back to a generated one', () => {
		const { env, html } = render(md, 'text\n\n## 設定 {#設定 a}\n', 3);
		expect(env.problems).toEqual([
			{
				file: 'content/mail/page.md',
				line: 6,
				message: 'invalid heading id "{#設定 a}"',
				hint: 'an id starts with a letter and uses only letters, digits, "-" and "_" (e.g. {#smtp-auth})',
			},
		]);
		expect(html).toContain('<h2 id="設定">設定<a');
	});

	it('takes the anchor label from the words table it is given', () => {
		const english = mdWith((m) => headingIdsPlugin(m, { words: en }));
		expect(render(english, '## A\n').html).toContain('aria-label="Link to “A”"');
		expect(render(md, '## A\n').html).toContain('aria-label="「A」へのリンク"');
	});
});
