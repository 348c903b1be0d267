import { describe, expect, it } from 'vitest';
import type { MarkdownIt } from 'markdown-it';
import { htmlPlugin } from '../../../src/markdown/plugins/html.ts';
import { runFixtures } from './fixture.ts';
import { mdWith, render } from './setup.ts';

runFixtures('tests/unit/markdown/fixtures/html.txt', () => mdWith(htmlPlugin));

describe('htmlPlugin problems', () => {
	const md = mdWith(htmlPlugin);
	const hint =
		'write Markdown instead: ::: note / tip / warning / danger for boxes, ::: steps for numbered steps, **bold**, [links](/mail/); to show HTML as an example, put it in `backticks` or a code block';
	const at = (line: number, message: string, h = hint) => ({ file: 'content/mail/page.md', line, message, hint: h });

	it('reports block HTML at its first line', () => {
		const { env } = render(md, '# 見出し\n\n<div class="box">\n中身\n</div>\n', 10);
		expect(env.problems).toEqual([at(13, 'raw HTML is not allowed in content: <div class="box">')]);
	});

	it('reports inline HTML once per line, naming the tags', () => {
		const { env } = render(md, '一行目\n二行目 <b>太字</b> と <br>\n三行目 <kbd>Enter</kbd>\n', 4);
		expect(env.problems).toEqual([
			at(6, 'raw HTML is not allowed in content: <b> </b> <br>'),
			at(7, 'raw HTML is not allowed in content: <kbd> </kbd>'),
		]);
	});

	it('reports HTML in a table cell at its row', () => {
		const { env } = render(md, '| a |\n| - |\n| x<br>y |\n', 2);
		expect(env.problems).toEqual([at(5, 'raw HTML is not allowed in content: <br>')]);
	});

	it('says to remove comments', () => {
		const { env } = render(md, 'text\n\n<!-- メモ -->\n', 0);
		expect(env.problems).toEqual([
			at(
				3,
				'raw HTML is not allowed in content: <!-- メモ -->',
				'remove the comment: HTML comments end up in the published page; keep notes for maintainers in docs/',
			),
		]);
	});

	it('shortens long HTML in the message', () => {
		const { env } = render(md, `<p class="${'x'.repeat(80)}">\n`, 0);
		expect(env.problems[0]!.message).toBe(`raw HTML is not allowed in content: <p class="${'x'.repeat(49)}…`);
	});

	it('leaves HTML tokens that other plugins add later alone', () => {
		const withGenerated = mdWith(htmlPlugin, (m: MarkdownIt) => {
			m.core.ruler.push('test_generated', (state) => {
				const t = new state.Token('html_block', '', 0);
				t.content = '<hr class="generated">\n';
				state.tokens.push(t);
			});
		});
		const { env, html } = render(withGenerated, 'text\n');
		expect(env.problems).toEqual([]);
		expect(html).toBe('<p>text</p>\n<hr class="generated">\n');
	});

	it('leaves tokens marked trusted alone', () => {
		const withTrusted = mdWith((m: MarkdownIt) => {
			m.core.ruler.after('block', 'test_trusted', (state) => {
				const t = new state.Token('html_block', '', 0);
				t.content = '<div class="made-by-a-block-rule"></div>\n';
				t.meta = { trusted: true };
				state.tokens.unshift(t);
			});
		}, htmlPlugin);
		const { env, html } = render(withTrusted, 'text\n');
		expect(env.problems).toEqual([]);
		expect(html).toContain('<div class="made-by-a-block-rule"></div>');
	});
});
