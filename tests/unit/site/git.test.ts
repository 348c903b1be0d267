import { describe, expect, it } from 'vitest';
import { parseGitLog } from '../../../src/site/git.ts';

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
