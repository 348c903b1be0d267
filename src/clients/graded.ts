// Field rows of clients whose labels are graded (src/i18n/sourced.ts): a row's tab, label and
// value are SourcedText from the client's words; the row keeps their text and, in `graded`, their
// ids, so the field table can mark the uncertain ones. Pure.
import type { SourcedText } from '../i18n/sourced.ts';
import type { FieldRow } from './types.ts';

/** The tab and label of a row from graded labels: spread into the row. */
export function gradedLabels(label: SourcedText, tab?: SourcedText): Pick<FieldRow, 'label' | 'tab' | 'graded'> {
	return {
		...(tab ? { tab: tab.text } : {}),
		label: label.text,
		graded: { ...(tab ? { tab: tab.id } : {}), label: label.id },
	};
}

/** A choice row's value from a graded label, with the row's other graded parts kept. */
export function gradedChoice(
	parts: Pick<FieldRow, 'label' | 'tab' | 'graded'>,
	value: SourcedText,
): Pick<FieldRow, 'label' | 'tab' | 'graded'> & { kind: 'choice'; value: string; copy: false } {
	return { ...parts, kind: 'choice', value: value.text, copy: false, graded: { ...parts.graded, value: value.id } };
}
