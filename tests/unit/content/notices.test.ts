// Notices' front matter: every bad field is a problem at its file line, with what to do; the two
// editions of a notice go together; the notices page must exist.
import { describe, expect, it } from 'vitest';
import { isNoticeFile, parseNotices } from '../../../src/content/notices.ts';
import type { Problem } from '../../../src/shared/problems.ts';

const PAGES = ['/', '/notices/', '/mail/', '/mail/service/', '/mail/clients/', '/mail/clients/thunderbird/'];

const good = {
	title: 'タイトル',
	summary: '要約です。',
	date: '2026-01-10',
	until: '2026-03-31',
	severity: 'warning',
	affects: '\n  clients: [thunderbird]\n  methods: [pop3s]\n  pages: [/mail/service/]',
};

/** A Japanese notice whose front matter has `fields` (YAML values), in this order, one per line. */
function notice(fields: Record<string, string | undefined>, body = '本文です。\n'): string {
	const lines = Object.entries(fields)
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => `${k}: ${v}`);
	return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

const english = (id = 'x') => ({ file: `content/en/notices/${id}.md`, source: '---\ntitle: Title\nsummary: Summary.\n---\n\nBody.\n' });

/** Problems of one Japanese notice (plus its English edition), as "file:line: message". */
function problemsOf(source: string, id = 'x'): string[] {
	const { problems } = parseNotices([{ file: `content/notices/${id}.md`, source }, english(id)], { pages: PAGES, english: true });
	return problems.map((p) => `${p.file}:${p.line}: ${p.message}${p.hint ? ` → ${p.hint}` : ''}`);
}

/** The file line of `key:` in the notice made by notice(fields). */
const lineOf = (fields: Record<string, string | undefined>, key: string) =>
	notice(fields)
		.split('\n')
		.findIndex((l) => l.startsWith(`${key}:`)) + 1;

describe('a notice with good front matter', () => {
	it('has no problem, in both editions', () => {
		expect(problemsOf(notice(good))).toEqual([]);
	});
	it('is told from the notices page by its place', () => {
		expect(isNoticeFile('content/notices/gmail.md')).toBe(true);
		expect(isNoticeFile('content/en/notices/gmail.md')).toBe(true);
		expect(isNoticeFile('content/notices/index.md')).toBe(false);
		expect(isNoticeFile('content/en/notices/index.md')).toBe(false);
		expect(isNoticeFile('content/mail/notices.md')).toBe(false);
		expect(isNoticeFile('content/mail/notices/x.md')).toBe(false);
	});
});

describe('each bad field of a notice is reported at its line', () => {
	const cases: { name: string; fields: Record<string, string | undefined>; line: (f: Record<string, string | undefined>) => number; expected: RegExp }[] = [
		{ name: 'a missing title', fields: { ...good, title: undefined }, line: () => 1, expected: /front matter field "title" is missing/ },
		{ name: 'a missing summary', fields: { ...good, summary: undefined }, line: () => 1, expected: /front matter field "summary" is missing/ },
		{ name: 'a missing date', fields: { ...good, date: undefined }, line: () => 1, expected: /front matter field "date" is missing/ },
		{ name: 'a missing severity', fields: { ...good, severity: undefined }, line: () => 1, expected: /front matter field "severity" is missing/ },
		{ name: 'a missing affects', fields: { ...good, affects: undefined }, line: () => 1, expected: /front matter field "affects" is missing/ },
		{ name: 'a date written another way', fields: { ...good, date: '2026/01/10' }, line: (f) => lineOf(f, 'date'), expected: /front matter field "date": write the date as YYYY-MM-DD/ },
		{ name: 'a day that does not exist', fields: { ...good, date: '2026-02-30', until: undefined }, line: (f) => lineOf(f, 'date'), expected: /front matter field "date": no such day in the calendar/ },
		{ name: 'an end before the start', fields: { ...good, until: '2026-01-09' }, line: (f) => lineOf(f, 'until'), expected: /until \(2026-01-09\) is before date \(2026-01-10\)/ },
		{ name: 'a mistyped severity', fields: { ...good, severity: 'warnign' }, line: (f) => lineOf(f, 'severity'), expected: /front matter field "severity": expected one of "info"\|"warning"\|"critical" → did you mean "warning"\? one of: info, warning, critical/ },
		{ name: 'an unknown field', fields: { ...good, severty: 'info' }, line: (f) => lineOf(f, 'severty'), expected: /unknown front matter field "severty" → did you mean "severity"\?/ },
		{ name: 'affects naming nothing', fields: { ...good, affects: '{}' }, line: (f) => lineOf(f, 'affects'), expected: /affects names nothing/ },
	];
	for (const c of cases) {
		it(c.name, () => {
			const found = problemsOf(notice(c.fields));
			expect(found).toEqual([expect.stringMatching(new RegExp(`^content/notices/x\\.md:${c.line(c.fields)}: ${c.expected.source}`))]);
		});
	}

	// Values inside affects: the line of the item itself.
	const affects = (yaml: string) => notice({ ...good, affects: yaml });
	const itemLine = (yaml: string, item: string) => 1 + Object.keys(good).indexOf('affects') + 1 + yaml.split('\n').findIndex((l) => l.includes(item));
	it('an unknown client id, with the nearest one', () => {
		const yaml = '\n  clients:\n    - sylpheed\n    - thunderbrid';
		expect(problemsOf(affects(yaml))).toEqual([
			expect.stringMatching(new RegExp(`^content/notices/x\\.md:${itemLine(yaml, 'thunderbrid')}: front matter field "affects\\.clients\\[1\\]": .* → did you mean "thunderbird"\\?`)),
		]);
	});
	it('an unknown method id, with the nearest one', () => {
		const yaml = '\n  methods: [pop3]';
		expect(problemsOf(affects(yaml))).toEqual([expect.stringMatching(new RegExp(`^content/notices/x\\.md:${itemLine(yaml, 'pop3')}: front matter field "affects\\.methods\\[0\\]": .* → did you mean "pop3s"\\?`))]);
	});
	it('a page that does not exist, with the nearest one', () => {
		const yaml = '\n  pages:\n    - /mail/\n    - /mail/servce/';
		expect(problemsOf(affects(yaml))).toEqual([
			`content/notices/x.md:${itemLine(yaml, 'servce')}: affects.pages[1]: no page has the path /mail/servce/ → did you mean /mail/service/?`,
		]);
	});
	it('a page written without its slashes, and an English page', () => {
		const yaml = '\n  pages:\n    - mail/service\n    - /en/mail/service/';
		expect(problemsOf(affects(yaml))).toEqual([
			expect.stringMatching(new RegExp(`^content/notices/x\\.md:${itemLine(yaml, 'mail/service')}: affects\\.pages\\[0\\]: "mail/service" is not a page path → .*/mail/service/`)),
			expect.stringMatching(new RegExp(`^content/notices/x\\.md:${itemLine(yaml, '/en/')}: affects\\.pages\\[1\\]: "/en/mail/service/" is an English path → .*\\(/mail/service/\\)`)),
		]);
	});
	it('an unknown key inside affects, with the nearest one', () => {
		const yaml = '\n  client: [thunderbird]';
		expect(problemsOf(affects(yaml))).toEqual([
			`content/notices/x.md:${itemLine(yaml, 'client:')}: unknown front matter field "affects.client" → did you mean "clients"? Known fields in affects: clients, methods, pages`,
		]);
	});
	it('a file without front matter', () => {
		expect(problemsOf('本文だけ\n')).toEqual([expect.stringMatching(/^content\/notices\/x\.md:1: the notice has no front matter → start the file with ---, then title:, summary:, date:/)]);
	});
	it('a YAML syntax error, at its line and column', () => {
		expect(problemsOf(notice({ ...good, title: '"閉じていない' }))).toEqual([expect.stringMatching(/^content\/notices\/x\.md:2:\d*/)]);
	});
	it('a file name that is not an id', () => {
		expect(problemsOf(notice(good), 'Gmail_POP')).toEqual([
			expect.stringMatching(/^content\/notices\/Gmail_POP\.md:1: the notice's file name "Gmail_POP\.md" is not a notice id → name it with lower-case letters/),
			expect.stringMatching(/^content\/en\/notices\/Gmail_POP\.md:1: the notice's file name "Gmail_POP\.md" is not a notice id/),
		]);
	});
});

describe('the two editions of a notice', () => {
	const ja = { file: 'content/notices/x.md', source: notice(good) };
	const run = (files: { file: string; source: string }[], english = true, pages = PAGES): Problem[] => parseNotices(files, { pages, english }).problems;
	it('an English notice carries only its words: a fact there says where it belongs', () => {
		const source = '---\ntitle: Title\nsummary: Summary.\ndate: 2026-01-10\n---\n\nBody.\n';
		expect(run([ja, { file: 'content/en/notices/x.md', source }])).toEqual([
			expect.objectContaining({ file: 'content/en/notices/x.md', line: 4, message: 'unknown front matter field "date"', hint: expect.stringContaining('date is written once, in the Japanese notice content/notices/x.md') }),
		]);
	});
	it('a Japanese notice without its English edition, and the reverse', () => {
		expect(run([ja])).toEqual([expect.objectContaining({ file: 'content/notices/x.md', line: 1, message: 'the notice has no English edition (content/en/notices/x.md)' })]);
		expect(run([english('y'), ja, english('x')])).toEqual([expect.objectContaining({ file: 'content/en/notices/y.md', line: 1, message: 'the notice has no Japanese edition (content/notices/y.md)' })]);
	});
	it('a site without an English edition needs no English notices', () => {
		expect(run([ja], false)).toEqual([]);
	});
	it('notices need the notices page', () => {
		expect(run([ja, english('x')], true, PAGES.filter((p) => p !== '/notices/'))).toEqual([
			expect.objectContaining({ file: 'content/notices/x.md', line: 1, message: 'notices need the notices page content/notices/index.md (/notices/)' }),
		]);
	});
});
