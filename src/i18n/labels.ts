// Every client's graded label table (./sourced.ts explains them), and the lookup by a label's id
// that the pages, the field tables and the label-sources list share. Pure.
import { outlookLabels, outlookNewLabels } from './outlook.ts';
import { graded, type GradedLabel, type LabelTable } from './sourced.ts';

/** Every graded label table, one per client. */
export const labelTables: readonly LabelTable[] = [outlookLabels, outlookNewLabels];

/** A label by its id ("outlook.spa") in `locale`; throws naming the id when no table has it. */
export function gradedLabel(id: string, locale: 'ja' | 'en'): GradedLabel {
	const dot = id.indexOf('.');
	const table = labelTables.find((t) => t.client === id.slice(0, dot));
	const label = table && graded(table, id.slice(dot + 1), locale);
	if (!label) throw new Error(`no graded label "${id}": the label tables are in src/i18n/labels.ts`);
	return label;
}

/** Every graded label's id ("outlook.spa"): each is also a placeholder pages write, {{ outlook.spa }}. */
export function labelIds(): string[] {
	return labelTables.flatMap((t) => Object.keys(t.entries).map((key) => `${t.client}.${key}`));
}
