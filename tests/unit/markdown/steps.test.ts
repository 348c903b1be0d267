import { describe, expect, it } from 'vitest';
import { stepsPlugin } from '../../../src/markdown/plugins/steps.ts';
import { calloutsPlugin } from '../../../src/markdown/plugins/callouts.ts';
import { runFixtures } from './fixture.ts';
import { mdWith, render } from './setup.ts';
import { ja } from '../../../src/i18n/ja.ts';

runFixtures('tests/unit/markdown/fixtures/steps.txt', () => mdWith(stepsPlugin));

describe('stepsPlugin problems', () => {
	const md = mdWith(stepsPlugin, (m) => calloutsPlugin(m, { words: ja }));
	const hint = 'write the steps as "1. …", "2. …" directly inside ::: steps and nothing else; put notes, code and images inside a step';
	const at = (line: number, message: string, h = hint) => ({ file: 'content/mail/page.md', line, message, hint: h });

	const cases: { name: string; src: string; problem: ReturnType<typeof at> }[] = [
		{
			name: 'a paragraph before the list',
			src: '::: steps\n手順:\n\n1. a\n:::\n',
			problem: at(12, '::: steps must contain one numbered list, but it also holds a paragraph'),
		},
		{
			name: 'a bulleted list',
			src: 'x\n\n::: steps\n- a\n- b\n:::\n',
			problem: at(14, '::: steps must contain one numbered list, but it also holds a bulleted list (use "1." instead of "-")'),
		},
		{
			name: 'a callout after the list',
			src: ':::: steps\n1. a\n\n::: note\nn\n:::\n::::\n',
			problem: at(14, '::: steps must contain one numbered list, but it also holds a "::: callout" block'),
		},
		{
			name: 'two lists',
			src: '::: steps\n1. a\n2. b\n\n\n1) c\n:::\n',
			problem: at(16, '::: steps must contain one numbered list, but it holds 2', 'join the lists into one, or use one ::: steps per list'),
		},
		{ name: 'nothing', src: '::: steps\n:::\n', problem: at(11, '::: steps must contain one numbered list, but it is empty') },
		{
			name: 'a title',
			src: '::: steps 手順\n1. a\n:::\n',
			problem: at(
				11,
				'"::: steps" takes no title: "steps 手順"',
				'write the heading above the ::: steps line, or put the text in the first step',
			),
		},
	];
	for (const c of cases) {
		it(`reports ${c.name} at its line`, () => {
			expect(render(md, c.src, 10).env.problems).toEqual([c.problem]);
		});
	}

	it('accepts a callout inside a step (the outer container has more colons)', () => {
		const { env, html } = render(md, ':::: steps\n1. a\n\n   ::: tip\n   t\n   :::\n::::\n');
		expect(env.problems).toEqual([]);
		expect(html).toContain('<ol class="kit-steps">');
	});

	it('says how to nest when the inner ":::" closed the steps early', () => {
		const { env } = render(md, '::: steps\n1. a\n\n   ::: tip\n   t\n   :::\n:::\n', 0);
		expect(env.problems).toEqual([
			expect.objectContaining({
				line: 7,
				message: 'this ":::" line closes no container',
				hint: expect.stringContaining('give the outer one more colons'),
			}),
		]);
	});

	it('works inside a callout', () => {
		const { env, html } = render(md, ':::: note\n::: steps\n1. a\n:::\n::::\n');
		expect(env.problems).toEqual([]);
		expect(html).toContain('<ol class="kit-steps">\n<li>a</li>\n</ol>\n</aside>');
	});
});
