// Graded labels (src/i18n/sourced.ts, src/i18n/labels.ts): every entry of every client's table has
// a source and a grade in both languages; which labels get the unconfirmed mark; and how the pages
// print them — quoted with the mark when uncertain, never quoted when nobody has seen them.
import { describe, expect, it } from 'vitest';
import { gradedLabel, labelIds, labelTables } from '../../../src/i18n/labels.ts';
import { graded, grades, labelAnchor, labelTableProblems, sided, type LabelTable } from '../../../src/i18n/sourced.ts';
import { outlookLabels } from '../../../src/i18n/outlook.ts';
import { ja } from '../../../src/i18n/ja.ts';
import { en } from '../../../src/i18n/en.ts';

const JAPANESE = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;

describe('every graded label table', () => {
	it('is registered once per client, and the Outlook tables are among them', () => {
		const clients = labelTables.map((t) => t.client);
		expect(new Set(clients).size).toBe(clients.length);
		expect(clients).toEqual(expect.arrayContaining(['outlook', 'outlook-new']));
	});

	for (const table of labelTables) {
		it(`${table.client}: every entry has a grade and, unless "?", its text and a source, in both languages`, () => {
			expect(labelTableProblems(table)).toEqual([]);
			for (const [key, entry] of Object.entries(table.entries))
				for (const locale of ['ja', 'en'] as const) {
					const side = entry[locale];
					expect(grades, `${table.client}.${key} ${locale}`).toContain(side.grade);
					if (side.grade === '?') expect(side.text, `${key} ${locale}`).toBeUndefined();
					else {
						expect(side.text, `${key} ${locale}`).toBeTruthy();
						expect(side.sources.length, `${key} ${locale}`).toBeGreaterThan(0);
					}
				}
		});
		it(`${table.client}: English texts and descriptions have no Japanese (the English edition prints them)`, () => {
			for (const [key, entry] of Object.entries(table.entries)) {
				expect(entry.en.text ?? '', key).not.toMatch(JAPANESE);
				expect(entry.describe.en, key).not.toMatch(JAPANESE);
				expect(entry.disputed?.en ?? '', key).not.toMatch(JAPANESE);
				expect(entry.note?.en ?? '', key).not.toMatch(JAPANESE);
				for (const s of new Set([...entry.ja.sources, ...entry.en.sources])) expect(table.sources[s]!.title.en, s).not.toMatch(JAPANESE);
			}
		});
	}

	it('fails when a grade is removed, a source is unknown or a graded label lost its text', () => {
		const broken: LabelTable = structuredClone(outlookLabels) as unknown as LabelTable;
		const entries = broken.entries as Record<string, { ja: Record<string, unknown>; en: Record<string, unknown> }>;
		delete entries['spa']!.ja['grade'];
		entries['file']!.en['sources'] = ['no-such-source'];
		delete entries['leaveCopy']!.en['text'];
		expect(labelTableProblems(broken)).toEqual([
			'outlook.file (en): unknown source "no-such-source"',
			'outlook.spa (ja): grade undefined is not one of A, B, C, ?',
			'outlook.leaveCopy (en): graded A but has no text',
		]);
	});
});

describe('grades and the mark', () => {
	const table: LabelTable = {
		client: 'demo',
		sources: { s: { title: { ja: 'S', en: 'S' } } },
		entries: {
			sure: {
				ja: { text: 'A', grade: 'A', sources: ['s'] },
				en: { text: 'A', grade: 'A', sources: ['s'] },
				describe: { ja: 'd', en: 'd' },
			},
			one: { ja: { text: 'B', grade: 'B', sources: ['s'] }, en: { text: 'B', grade: 'A', sources: ['s'] }, describe: { ja: 'd', en: 'd' } },
			weak: {
				ja: { text: 'C', grade: 'C', sources: ['s'] },
				en: { text: 'C', grade: 'C', sources: ['s'] },
				describe: { ja: 'd', en: 'd' },
			},
			unseen: { ja: { grade: '?', sources: ['s'] }, en: { grade: '?', sources: [] }, describe: { ja: '説明', en: 'the control' } },
			disputed: {
				ja: { text: 'D', grade: 'A', sources: ['s'] },
				en: { text: 'D', grade: 'A', sources: ['s'] },
				describe: { ja: 'd', en: 'd' },
				disputed: { ja: 'は or では' },
			},
		},
	};
	it('marks B, C, "?" and disputed labels, in the language they concern only', () => {
		const marked = (key: string, locale: 'ja' | 'en') => graded(table, key, locale)!.marked;
		expect(['sure', 'one', 'weak', 'unseen', 'disputed'].map((k) => marked(k, 'ja'))).toEqual([false, true, true, true, true]);
		expect(['sure', 'one', 'weak', 'unseen', 'disputed'].map((k) => marked(k, 'en'))).toEqual([false, false, true, true, false]);
		expect(graded(table, 'unseen', 'en')!.described).toBe(true);
		expect(graded(table, 'nothing', 'en')).toBeUndefined();
	});
	it('gives a words table the label, or the description for "?"', () => {
		expect(sided(table as LabelTable & { entries: Record<'sure' | 'unseen', never> }, 'en')).toMatchObject({
			sure: { text: 'A', id: 'demo.sure' },
			unseen: { text: 'the control', id: 'demo.unseen' },
		});
	});
	it('anchors each label in lower case, one id per label', () => {
		expect(labelAnchor('outlook.encryptedConnection')).toBe('label-outlook-encrypted-connection');
		const anchors = labelIds().map(labelAnchor);
		expect(new Set(anchors).size).toBe(anchors.length);
		for (const a of anchors) expect(a).toMatch(/^label-[a-z0-9-]+$/);
	});
	it('finds every label by its id, and refuses an unknown one', () => {
		for (const id of labelIds()) expect(gradedLabel(id, 'ja').id).toBe(id);
		expect(() => gradedLabel('outlook.nope', 'ja')).toThrow(/no graded label "outlook.nope"/);
	});
});

describe('the words tables hold each side', () => {
	it('the Japanese table holds the Japanese text, the English table the English text or the description', () => {
		expect(ja.config.outlook.labels.leaveCopy).toEqual({ text: 'サーバーにメッセージのコピーを置く(L)', id: 'outlook.leaveCopy' });
		expect(en.config.outlook.labels.leaveCopy).toEqual({ text: 'Leave a copy of messages on the server', id: 'outlook.leaveCopy' });
		// Graded "?" in English: the English table has the description, never a label.
		expect(en.config.outlook.labels.encryptedConnection.text).toBe(outlookLabels.entries.encryptedConnection.describe.en);
		for (const [key, l] of Object.entries(en.config.outlookNew.labels))
			expect(l.text, key).toBe(
				gradedLabel(l.id, 'en').described ? gradedLabel(l.id, 'en').entry.describe.en : gradedLabel(l.id, 'en').side.text,
			);
	});
});
