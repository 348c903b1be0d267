// Field rows into words: a GUI generator's row says what a field is (its tab, label, kind of control
// and value, see FieldRow in ./types.ts); this turns it into the words a field table shows, in the
// language of the table passed in ("[基本] プロトコル", 「チェックする」, "Ticked, port 995"). The
// markdown renderer (src/markdown/plugins/snippets.ts) shows these words; the screenshots
// (scripts/screenshots/shots.ts) read the rows themselves. Pure; words from src/i18n.
import { ja } from '../i18n/ja.ts';
import type { UiText, Words } from '../i18n/index.ts';
import type { CheckboxRow, FieldRow } from './types.ts';

// The two halves of a label: the Japanese interface's text and, on an English page, its meaning.
const japanese = (t: UiText) => (typeof t === 'string' ? t : t.ja);
const meaning = (t: UiText) => (typeof t === 'string' ? t : t.gloss);

/**
 * A field's label with the tab it is on, in the words' language: "[基本] プロトコル" on a Japanese page;
 * on an English page, a Japanese interface's label stays as the Japanese edition writes it, with the
 * meaning "Basic tab: Protocol".
 */
export function fieldLabel(row: Pick<FieldRow, 'tab' | 'label'>, words: Pick<Words, 'config'>): UiText {
	const { tab, label } = row;
	if (tab === undefined) return label;
	if (typeof tab === 'string' && typeof label === 'string') return words.config.inTab(tab, label);
	return { ja: ja.config.inTab(japanese(tab), japanese(label)), gloss: words.config.inTab(meaning(tab), meaning(label)) };
}

// A check box's state in words: the client's own words for it when it has them, else "tick it" or not.
function checkboxWords(row: CheckboxRow, words: Pick<Words, 'config'>): UiText {
	const c = words.config;
	if (row.value === 'optional') {
		if (row.says?.optional === undefined)
			throw new Error(`field "${meaning(row.label)}": an optional check box needs its words (says.optional)`);
		return row.says.optional;
	}
	if (row.port !== undefined) return row.value ? c.otherPort(row.port) : c.standardPort(row.port);
	return row.value ? (row.says?.on ?? c.checked) : (row.says?.off ?? c.unchecked);
}

/** What a field table says to do with a field, in the words' language. */
export function fieldValue(row: FieldRow, words: Pick<Words, 'config'>): UiText {
	switch (row.kind) {
		case 'text':
			return row.secret ? words.config.typeIt : row.value;
		case 'checkbox':
			return checkboxWords(row, words);
		case 'choice':
			return row.value;
	}
}

/** A row as a field table shows it: its label (with the tab) and its value, in the words' language. */
export function fieldWords(row: FieldRow, words: Pick<Words, 'config'>): { label: UiText; value: UiText } {
	return { label: fieldLabel(row, words), value: fieldValue(row, words) };
}
