import { describe, expect, it } from 'vitest';
import { calloutsPlugin } from '../../../src/markdown/plugins/callouts.ts';
import { runFixtures } from './fixture.ts';
import { mdWith, render } from './setup.ts';
import { ja } from '../../../src/i18n/ja.ts';
import { en } from '../../../src/i18n/en.ts';

runFixtures('tests/unit/markdown/fixtures/callouts.txt', () => mdWith((m) => calloutsPlugin(m, { words: ja })));

describe('calloutsPlugin problems', () => {
	const md = mdWith((m) => calloutsPlugin(m, { words: ja, otherContainers: ['steps'] }));
	const list = '::: note, ::: tip, ::: warning, ::: danger, ::: steps';

	it('reports an unknown type at its line with the nearest known type', () => {
		const { env } = render(md, '# 見出し\n\n::: warnin\n本文\n:::\n', 7);
		expect(env.problems).toEqual([
			{
				file: 'content/mail/page.md',
				line: 10,
				message: 'unknown container type "::: warnin"',
				hint: `did you mean "::: warning"? The containers are ${list}`,
			},
			{
				file: 'content/mail/page.md',
				line: 12,
				message: 'this ":::" line closes no container',
				hint: `remove it, or open a container before it (${list}); to nest containers, give the outer one more colons (:::: note … ::::)`,
			},
		]);
	});

	it('suggests the other containers too', () => {
		const { env } = render(md, '::: step\n1. a\n:::\n', 0);
		expect(env.problems[0]).toMatchObject({ line: 1, hint: expect.stringContaining('did you mean "::: steps"?') });
	});

	it('blames the renderer for a known container whose plugin is missing', () => {
		const { env } = render(md, '::: steps\n1. a\n', 0);
		expect(env.problems).toEqual([
			{
				file: 'content/mail/page.md',
				line: 1,
				message: '"::: steps" is not handled by this renderer',
				hint: 'apply the plugin for ::: steps in the renderer factory (src/markdown/renderer.ts)',
			},
		]);
	});

	it('lists the types when nothing is near', () => {
		const { env } = render(md, 'text\n\n::: information\n', 2);
		expect(env.problems).toEqual([
			{ file: 'content/mail/page.md', line: 5, message: 'unknown container type "::: information"', hint: `the containers are ${list}` },
		]);
	});

	it('finds an unknown type inside a known callout, on the right line', () => {
		const { env } = render(md, '::: note\nテキスト\n\n::: Tip\n中\n:::\n', 20);
		expect(env.problems[0]).toEqual({
			file: 'content/mail/page.md',
			line: 24,
			message: 'unknown container type "::: Tip"',
			hint: `did you mean "::: tip"? The containers are ${list}`,
		});
	});

	it('reports nothing for valid callouts', () => {
		expect(render(md, '::: danger 注意点\n- a\n:::\n').env.problems).toEqual([]);
	});

	it('takes titles and labels from the words table it is given', () => {
		const english = mdWith((m) => calloutsPlugin(m, { words: en }));
		expect(render(english, '::: warning\nx\n:::\n').html).toContain('aria-label="Caution"');
		expect(render(english, '::: note The tables\nx\n:::\n').html).toContain('aria-label="Note: The tables"');
		expect(render(md, '::: note 表について\nx\n:::\n').html).toContain('aria-label="メモ：表について"');
	});
});
