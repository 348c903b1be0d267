// The placeholder text module (src/markdown/placeholder-text.ts): split, look up once, expand, keep
// placeholders through link encoding, nearest keys, and the wording of problems. No markdown-it here.
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import {
	expandPlaceholders,
	keepPlaceholders,
	lineAt,
	placeholderProblem,
	problems,
	resolvePlaceholders,
	splitPlaceholders,
} from '../../../src/markdown/placeholder-text.ts';
import { ACCOUNT } from '../../../src/settings/placeholders.ts';
import { values } from './setup.ts';

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

describe('resolvePlaceholders', () => {
	it('looks each key up once: known keys with their value, unknown ones reported with their index and kept as written', () => {
		const unknown: [string, number][] = [];
		expect(resolvePlaceholders('a {{ smtp.port }} {{ nope }}\\{{ x }}', values, (k, i) => unknown.push([k, i]))).toEqual([
			{ text: 'a ' },
			{ key: 'smtp.port', value: '25', index: 2 },
			{ text: ' ' },
			{ text: '{{ nope }}' },
			{ text: '{{ x }}' },
		]);
		expect(unknown).toEqual([['nope', 18]]);
	});

	it('counts lines from 0', () => {
		expect(lineAt('a\nb\nc', 0)).toBe(0);
		expect(lineAt('a\nb\nc', 4)).toBe(2);
	});
});

describe('keepPlaceholders', () => {
	const normalize = keepPlaceholders(new MarkdownIt().normalizeLink);

	it('passes {{ key }} through markdown-it’s link encoding whole and encodes the rest as before', () => {
		expect(normalize('https://{{domain}}/設定 x')).toBe('https://{{domain}}/%E8%A8%AD%E5%AE%9A%20x');
		expect(normalize('/a/{{ pop3s.host }}/b')).toBe('/a/{{ pop3s.host }}/b');
		expect(normalize('/plain/日本')).toBe(new MarkdownIt().normalizeLink('/plain/日本'));
	});

	it('leaves an escaped \\{{ to the encoder', () => {
		expect(normalize('/a\\{{b')).toBe(new MarkdownIt().normalizeLink('/a\\{{b'));
	});
});

describe('problems', () => {
	it('words an unconfirmed value in a code block and the account in a link address', () => {
		expect(problems.unconfirmedInCode('smtp.port').message).toBe(
			'{{ smtp.port }} is not confirmed yet (assumptions: in content/settings.yaml), and a code block cannot show its 要確認 mark',
		);
		expect(problems.accountInLink('email').message).toBe(
			"{{ email }} cannot be used in a link address: it holds the reader's account name, which is only filled in on the page",
		);
	});

	it('finds a link markdown-it did not make because its placeholder has spaces', () => {
		expect(problems.spacesInLink('[x](https://{{ domain }}/)')?.message).toBe(
			'this link was not made: a link address cannot contain spaces, and "{{ key }}" has some',
		);
		expect(problems.spacesInLink('[x](https://{{domain}}/)')).toBeUndefined();
		expect(problems.spacesInLink('{{ domain }} (see [x](/y/))')).toBeUndefined();
	});
});

it('keeps the ACCOUNT sentinel for the renderer', () => {
	expect(expandPlaceholders('{{ account }}', values)).toBe(ACCOUNT);
});
