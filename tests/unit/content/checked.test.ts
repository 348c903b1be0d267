// A walkthrough's checked: entries: the schema and the rules between fields (file:line), the English
// page stating the same check, and which checks are due at a fixed day.
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/content/frontmatter.ts';
import { STALE_AFTER_MONTHS, dueChecks, editionProblem, formatDue, historicalEra, type CheckedEntry } from '../../../src/content/checked.ts';

const page = (extra: string) => `---\ntitle: 手順\ndescription: 説明\norder: 1\n${extra}---\n\n本文\n`;
const problems = (extra: string) =>
	parseFrontmatter(page(extra), 'content/a.md').problems.map((p) => `${p.line}: ${p.message}${p.hint ? ` → ${p.hint.split('\n')[0]}` : ''}`);
const tb = (fields: string) => `clients: [thunderbird]\nchecked:\n  - { client: thunderbird, ${fields} }\n`;

describe('checked: on a walkthrough', () => {
	it('accepts one entry per client and platform', () => {
		expect(problems(tb('version: "153.8.0esr", platform: linux, date: 2026-12-06, how: run'))).toEqual([]);
		expect(problems(tb('platform: android, date: 2026-11-28, how: unchecked'))).toEqual([]);
		expect(problems(`clients: [fetchmail, mutt]\nchecked:\n  - { client: fetchmail, version: "6.4.37", platform: linux, date: 2026-12-06, how: run }\n  - { client: mutt, version: "2.2.12", platform: linux, date: 2026-12-06, how: run }\n`)).toEqual([]);
	});
	it('is required on a walkthrough, at the clients line', () => {
		expect(problems('clients: [thunderbird]\n')).toEqual(['5: a walkthrough says what it was last checked against: "checked:" is missing → add checked: with one entry per client and platform (client, version, platform, date, how), e.g.']);
	});
	it('is required on a page that declares its client (client:), at that line, and names it', () => {
		expect(problems('client: { id: windows-live-mail, name: Windows Live Mail 2012 }\n')).toEqual([
			expect.stringMatching(/^5: a walkthrough says what it was last checked against: "checked:" is missing/),
		]);
		expect(
			problems(
				'client: { id: windows-live-mail, name: Windows Live Mail 2012 }\nchecked:\n  - { client: windows-live-mail, platform: windows, date: 2026-12-06, how: unchecked }\n',
			),
		).toEqual([]);
	});
	it('is not on a historical page (historical: <year>)', () => {
		const entry = 'checked:\n  - { client: sylpheed, version: "3.7.0", platform: linux, date: 2026-12-06, how: run }\n';
		expect(problems(`historical: 2004\nclients: [sylpheed]\n${entry}`)).toEqual([expect.stringMatching(/^7: a historical page carries no "checked:"/)]);
		expect(problems('historical: 2004\nclients: [sylpheed]\n')).toEqual([]);
		expect(historicalEra(true)).toBe(2004);
		expect(historicalEra(2012)).toBe(2012);
		expect(historicalEra(false)).toBeUndefined();
		expect(historicalEra(undefined)).toBeUndefined();
	});
	it('reports each bad field at its line', () => {
		expect(problems(tb('version: "1", platform: linx, date: 2026-12-06, how: run'))).toEqual([expect.stringMatching(/^7: front matter field "checked\[0\]\.platform": .* → did you mean "linux"\?/)]);
		expect(problems(tb('version: "1", platform: linux, date: 2026-13-01, how: run'))).toEqual(['7: front matter field "checked[0].date": no such day in the calendar → fix the value of checked[0].date']);
		expect(problems(tb('version: "1", platform: linux, date: 2026-12-06, how: ran'))).toEqual([expect.stringMatching(/^7: front matter field "checked\[0\]\.how": .* → did you mean "run"\?/)]);
		expect(problems(tb('version: 18.10, platform: ios, date: 2026-12-06, how: run'))).toEqual([expect.stringMatching(/^7: front matter field "checked\[0\]\.version": write the version in quotes/)]);
		expect(problems(tb('verison: "1", platform: linux, date: 2026-12-06, how: sources'))).toEqual([
			'7: unknown front matter field "checked[0].verison" → did you mean "version"? Known fields in checked[0]: client, version, platform, date, how',
		]);
	});
	it('names the client among the page\'s clients, with the nearest one', () => {
		expect(problems('clients: [thunderbird]\nchecked:\n  - client: thunderbrid\n    version: "1"\n    platform: linux\n    date: 2026-12-06\n    how: run\n')).toEqual([
			'7: checked[0].client: "thunderbrid" is not one of the page\'s clients (thunderbird) → did you mean "thunderbird"?',
			'6: "checked:" has no entry for thunderbird → add an entry for thunderbird (how: unchecked if it was never checked)',
		]);
	});
	it('asks for the version of a real check, and an entry for every client', () => {
		expect(problems(tb('platform: linux, date: 2026-12-06, how: run'))).toEqual([expect.stringMatching(/^7: checked\[0\]: a check \(how: run\) names the version it was made with: "version" is missing/)]);
		expect(problems(`clients: [fetchmail, mutt]\nchecked:\n  - { client: fetchmail, version: "6.4.37", platform: linux, date: 2026-12-06, how: run }\n`)).toEqual(['6: "checked:" has no entry for mutt → add an entry for mutt (how: unchecked if it was never checked)']);
		expect(problems('checked:\n  - { client: thunderbird, version: "1", platform: linux, date: 2026-12-06, how: run }\n')).toEqual([expect.stringMatching(/^5: "checked:" is for walkthroughs: the page has no "clients:"/)]);
	});
});

describe('both editions state the same check', () => {
	const entry: CheckedEntry = { client: 'thunderbird', version: '153.8.0esr', platform: 'linux', date: '2026-12-06', how: 'run' };
	const english = (checked: CheckedEntry[] | undefined) => ({ file: 'content/en/a.md', checked, lineOf: () => 6 });
	it('no problem when the entries are the same', () => {
		expect(editionProblem(english([entry]), { file: 'content/a.md', checked: [entry] })).toBeUndefined();
	});
	it('a problem at the English page\'s checked: line when they differ', () => {
		expect(editionProblem(english([{ ...entry, date: '2026-11-01' }]), { file: 'content/a.md', checked: [entry] })).toEqual(
			expect.objectContaining({ file: 'content/en/a.md', line: 6, message: '"checked:" differs from the Japanese page content/a.md' }),
		);
		expect(editionProblem(english(undefined), { file: 'content/a.md', checked: [entry] })).toBeDefined();
	});
});

describe('checks due again, as of a fixed day', () => {
	const pages = [
		{ file: 'content/tb.md', url: '/tb/', data: { checked: [{ client: 'thunderbird', version: '128.0', platform: 'linux', date: '2025-06-01', how: 'run' }, { client: 'thunderbird', platform: 'android', date: '2025-06-01', how: 'unchecked' }] as CheckedEntry[] } },
		{ file: 'content/cli.md', url: '/cli/', data: { checked: [{ client: 'mutt', version: '2.2.12', platform: 'linux', date: '2026-05-31', how: 'run' }] as CheckedEntry[] } },
		{ file: 'content/other.md', url: '/other/', data: {} },
	];
	it('lists checks at least the limit old, and parts never checked', () => {
		expect(STALE_AFTER_MONTHS).toBe(12);
		const due = dueChecks(pages, '2026-06-01');
		expect(due.map((d) => [d.file, d.entry.platform, d.age.months, d.never])).toEqual([
			['content/tb.md', 'linux', 12, false],
			['content/tb.md', 'android', 12, true],
		]);
		// A day earlier, the Linux check is not due yet (11 months); the never-checked part still is.
		expect(dueChecks(pages, '2026-05-31').map((d) => d.entry.platform)).toEqual(['android']);
	});
	it('says page, client, version, platform and age', () => {
		const text = formatDue(dueChecks(pages, '2027-06-01'), '2027-06-01');
		expect(text).toContain('2 checks are older than 12 months (as of 2027-06-01):');
		expect(text).toContain('content/tb.md (/tb/): thunderbird 128.0 on linux: checked 2025-06-01 (run), 24 months (730 days) ago');
		expect(text).toContain('content/cli.md (/cli/): mutt 2.2.12 on linux: checked 2026-05-31 (run), 12 months (366 days) ago');
		expect(text).toContain('1 walkthrough part was never checked against the client:\n  content/tb.md (/tb/): thunderbird on android: written 2025-06-01, never checked against the client');
		expect(formatDue([], '2026-06-01')).toBe('No walkthrough is due for a re-check (limit 12 months, as of 2026-06-01).');
	});
});
