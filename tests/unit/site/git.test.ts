import { describe, expect, it } from 'vitest';
import { parseCommits, parseGitLog, translationLag } from '../../../src/site/git.ts';

const log = [
	'',
	'c3 2026-11-20T10:00:00+09:00\n\ncontent/a.md\n',
	'c2 2026-10-01T10:00:00+09:00\n\ncontent/a.md\ncontent/b.md\n',
	'c1 2026-01-01T10:00:00+09:00\n\ncontent/b.md\ncontent/c.md\n',
].join('\0');

describe('parseGitLog', () => {
	it('takes the newest change of each file', () => {
		expect(Object.fromEntries(parseGitLog(log))).toEqual({
			'content/a.md': '2026-11-20T10:00:00+09:00',
			'content/b.md': '2026-10-01T10:00:00+09:00',
			'content/c.md': '2026-01-01T10:00:00+09:00',
		});
	});
	it('gives no date for files last seen in the commit a shallow clone is cut at', () => {
		const dates = parseGitLog(log, new Set(['c1']));
		expect(dates.get('content/b.md')).toBe('2026-10-01T10:00:00+09:00');
		expect(dates.has('content/c.md')).toBe(false);
	});
});

describe('editUrl', () => {
	it('uses KIT_EDIT_URL as the prefix of the file path', async () => {
		const { editUrl } = await import('../../../src/site/git.ts');
		process.env.KIT_EDIT_URL = 'https://git.example.org/commission/manual/edit/main';
		try {
			expect(editUrl('content/mail/index.md')).toBe('https://git.example.org/commission/manual/edit/main/content/mail/index.md');
		} finally {
			delete process.env.KIT_EDIT_URL;
		}
	});
});

describe('translationLag', () => {
	const ja = 'content/mail/a.md';
	const en = 'content/en/mail/a.md';
	/** A log, newest first: [hash, date, files, trailer]. */
	const history = (...commits: [string, string, string[], string?][]) =>
		parseCommits(commits.map(([h, d, files, trailer = '']) => `\0${h} ${d}\x1f${trailer}\n\n${files.join('\n')}\n`).join(''));

	it('flags an English page whose Japanese page changed after it, with both dates', () => {
		const log = history(
			['c3', '2026-12-01T10:00:00+09:00', [ja]],
			['c2', '2026-11-01T10:00:00+09:00', [en]],
			['c1', '2026-10-01T10:00:00+09:00', [ja, en]],
		);
		expect(translationLag(log, ja, en)).toEqual({ japanese: '2026-12-01T10:00:00+09:00', english: '2026-11-01T10:00:00+09:00' });
	});
	it('keeps pages changed in the same commit, or English last, in step', () => {
		expect(
			translationLag(history(['c2', '2026-12-01T10:00:00+09:00', [ja, en]], ['c1', '2026-10-01T10:00:00+09:00', [ja]]), ja, en),
		).toBeUndefined();
		expect(
			translationLag(history(['c2', '2026-12-01T10:00:00+09:00', [en]], ['c1', '2026-10-01T10:00:00+09:00', [ja]]), ja, en),
		).toBeUndefined();
	});
	it('does not count a Japanese commit marked "Translation: not needed"', () => {
		const log = history(['c2', '2026-12-01T10:00:00+09:00', [ja], 'not needed'], ['c1', '2026-10-01T10:00:00+09:00', [ja, en]]);
		expect(log[0]!.noTranslation).toBe(true);
		expect(translationLag(log, ja, en)).toBeUndefined();
	});
	it('does not count a commit that leaves the Japanese text as it was, and dates the one that changed it', () => {
		const log = history(
			['c3', '2026-12-01T10:00:00+09:00', [ja]],
			['c2', '2026-11-15T10:00:00+09:00', [ja]],
			['c1', '2026-10-01T10:00:00+09:00', [ja, en]],
		);
		// c2 changed the text, c3 only an alias: the lag dates from c2.
		const texts: Record<string, string> = { HEAD: 'v2', c3: 'v2', 'c3^': 'v2', c2: 'v2', 'c2^': 'v1', c1: 'v1' };
		expect(translationLag(log, ja, en, new Set(), (r) => texts[r])).toEqual({
			japanese: '2026-11-15T10:00:00+09:00',
			english: '2026-10-01T10:00:00+09:00',
		});
		// Only aliases changed since the translation: in step.
		const same: Record<string, string> = { HEAD: 'v1', c3: 'v1', 'c3^': 'v1', c2: 'v1', 'c2^': 'v1', c1: 'v1' };
		expect(translationLag(log, ja, en, new Set(), (r) => same[r])).toBeUndefined();
	});
	it('says nothing when history cannot tell', () => {
		expect(translationLag(history(['c1', '2026-10-01T10:00:00+09:00', [ja]]), ja, en)).toBeUndefined();
		const log = history(['c2', '2026-12-01T10:00:00+09:00', [ja]], ['c1', '2026-10-01T10:00:00+09:00', [en]]);
		expect(translationLag(log, ja, en, new Set(['c1']))).toBeUndefined();
	});
});
