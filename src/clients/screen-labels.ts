// The words of the GUI clients' own screens, as placeholders: `{{ outlook-express.secureConnection }}`,
// `{{ sylpheed.tab.ssl }}`, `{{ apple-mail.iosIncomingServer }}` … give a step the very label its field
// table shows (the clients' label tables in src/i18n), so a step and its table cannot quote a screen
// differently; the screen-labels markdown plugin refuses a label typed by hand that nearly matches
// one of these. On an English page a Japanese interface's label is its meaning (its gloss). Pure.
import { ja } from '../i18n/ja.ts';
import { en } from '../i18n/en.ts';
import type { UiText, Words } from '../i18n/index.ts';

type Table = Readonly<Record<string, UiText>>;

// Each client's tables of screen words, by placeholder prefix; values and notes are not screen words.
const tables = (w: Words): [string, Table][] => {
	const c = w.config;
	const { apopNote: _a, leaveOnServerNote: _l, asYouLike: _y, places, dialog, securityChoices: _s, ...thunderbird } = c.thunderbird;
	const {
		incomingTitle: _ai,
		outgoingTitle: _ao,
		onIos: _on,
		starttlsNote: _st,
		dialog: _d,
		dialogUnconfirmed: _du,
		...appleMail
	} = c.appleMail;
	return [
		['outlook-express', c.outlookExpress.labels],
		['outlook-express.tab', c.outlookExpress.tabs],
		['sylpheed', c.sylpheed.labels],
		['sylpheed.tab', c.sylpheed.tabs],
		['becky', c.becky.labels],
		['becky.tab', c.becky.tabs],
		['thunderbird', { ...thunderbird, ...places, ...dialog }],
		['apple-mail', appleMail],
	];
};

const text = (t: UiText, locale: 'ja' | 'en') => (typeof t === 'string' ? t : locale === 'ja' ? t.ja : t.gloss);

/** Every screen-word placeholder of a language: key → the label as the page prints it. */
export function screenLabelPlaceholders(locale: 'ja' | 'en'): Map<string, string> {
	const words = locale === 'ja' ? ja : en;
	const out = new Map<string, string>();
	for (const [prefix, table] of tables(words)) for (const [key, t] of Object.entries(table)) out.set(`${prefix}.${key}`, text(t, locale));
	return out;
}
