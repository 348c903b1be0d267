// The glossary alone, for the word tables under src/i18n/ (tests/unit/i18n/glossary.test.ts lints
// every sentence the site writes from them): the language comes from KIT_PROSE_LANG (ja or en).
// The preset's style rules are for pages; a table's words are short phrases.
const { glossary } = require('./shared.cjs');

const lang = process.env.KIT_PROSE_LANG === 'en' ? 'en' : 'ja';

module.exports = {
	rules: { prh: { rulePaths: [], ruleContents: [glossary(lang)] } },
};
