// Field rows into words (src/clients/rows.ts): each kind of row becomes the words of the table's
// language, the tab goes in front of the label, and a Japanese interface's label on an English page
// keeps its Japanese words with the meaning beside them.
import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldValue, fieldWords, type FieldRow } from '../../../src/clients/index.ts';
import { ja } from '../../../src/i18n/ja.ts';
import { en } from '../../../src/i18n/en.ts';

const base = { label: 'Field', copy: false } as const;

describe('field rows in words', () => {
	it('a text row shows its value; a secret says to type it', () => {
		const host: FieldRow = { label: 'Host', kind: 'text', value: 'pop3.example', copy: true };
		const secret: FieldRow = { label: 'Password', kind: 'text', value: '', secret: true, copy: false };
		for (const words of [ja, en]) expect(fieldValue(host, words)).toBe('pop3.example');
		expect(fieldValue(secret, ja)).toBe('(入力します)');
		expect(fieldValue(secret, en)).toBe(en.config.typeIt);
		expect(fieldValue(secret, en)).not.toBe(ja.config.typeIt);
	});

	it('a check box says tick it or not, in the language of the table', () => {
		const on: FieldRow = { ...base, kind: 'checkbox', value: true, copy: false };
		const off: FieldRow = { ...base, kind: 'checkbox', value: false, copy: false };
		expect([fieldValue(on, ja), fieldValue(off, ja)]).toEqual(['チェックする', 'チェックしない']);
		expect([fieldValue(on, en), fieldValue(off, en)]).toEqual(['Ticked', 'Not ticked']);
	});

	it('a "specify the port" box gives the port when ticked and names the standard port when not', () => {
		const other: FieldRow = { ...base, kind: 'checkbox', value: true, port: 995, copy: false };
		const standard: FieldRow = { ...base, kind: 'checkbox', value: false, port: 110, copy: false };
		expect([fieldValue(other, ja), fieldValue(standard, ja)]).toEqual(['チェックして 995 番', 'チェックしない (標準の 110 番)']);
		expect([fieldValue(other, en), fieldValue(standard, en)]).toEqual(['Ticked, port 995', 'Not ticked (the standard port 110)']);
	});

	it("a client's own words for its check boxes win (on/off switches, the reader's choice)", () => {
		const l = en.config.outlookExpress.labels;
		const says = { on: l.on, off: l.off, optional: en.config.outlookExpress.onIfNeeded };
		expect(fieldValue({ ...base, kind: 'checkbox', value: true, says, copy: false }, en)).toEqual({ ja: 'オン', gloss: 'on' });
		expect(fieldValue({ ...base, kind: 'checkbox', value: false, says, copy: false }, en)).toEqual({ ja: 'オフ', gloss: 'off' });
		expect(fieldValue({ ...base, kind: 'checkbox', value: 'optional', says, copy: false }, en)).toBe('On if you need it');
		expect(fieldValue({ ...base, kind: 'checkbox', value: 'optional', says: { optional: 'お好みで' }, copy: false }, ja)).toBe('お好みで');
	});

	it('an optional check box without its words is an error that names the field', () => {
		expect(() => fieldValue({ ...base, label: 'Leave a copy', kind: 'checkbox', value: 'optional', copy: false }, en)).toThrow(
			/"Leave a copy".*says\.optional/,
		);
	});

	it('a choice shows the choice as the client names it', () => {
		expect(fieldValue({ ...base, kind: 'choice', value: 'STARTTLS', copy: false }, en)).toBe('STARTTLS');
		const glossed = en.config.sylpheed.labels.authAuto;
		expect(fieldValue({ ...base, kind: 'choice', value: glossed, copy: false }, en)).toEqual({ ja: '自動', gloss: 'Automatic' });
	});

	it('puts the tab in front of the label: "[tab] label" in Japanese, "tab: label" as the English meaning', () => {
		const jaRow = { tab: ja.config.sylpheed.tabs.basic, label: ja.config.sylpheed.labels.protocol };
		expect(fieldLabel(jaRow, ja)).toBe('[基本] プロトコル');
		const enRow = { tab: en.config.sylpheed.tabs.basic, label: en.config.sylpheed.labels.protocol };
		expect(fieldLabel(enRow, en)).toEqual({ ja: '[基本] プロトコル', gloss: 'Basic tab: Protocol' });
		const button = { tab: en.config.outlookExpress.tabs.settings, label: en.config.outlookExpress.labels.logOnPassword };
		expect(fieldLabel(button, en)).toEqual({ ja: '[設定] パスワード', gloss: 'Settings button: Password' });
		expect(fieldLabel({ tab: 'Advanced', label: 'Port' }, en)).toBe('Advanced: Port');
	});

	it('leaves a label without a tab as it is', () => {
		expect(fieldLabel({ label: en.config.thunderbird.hostname }, en)).toBe('Hostname');
		expect(fieldLabel({ label: ja.config.thunderbird.hostname }, ja)).toBe('ホスト名');
	});

	it('fieldWords gives both', () => {
		const row: FieldRow = {
			tab: ja.config.becky.tabs.details,
			label: ja.config.becky.labels.smtpAuth,
			kind: 'checkbox',
			value: true,
			copy: false,
		};
		expect(fieldWords(row, ja)).toEqual({ label: '[詳細] SMTP認証', value: 'チェックする' });
	});
});
