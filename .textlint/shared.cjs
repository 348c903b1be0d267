// What both editions' textlint configurations share: the glossary and how screen labels are quoted.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const YAML = require('yaml');

const terms = YAML.parse(readFileSync(join(__dirname, 'glossary.yml'), 'utf8'));

/** The prh rule file (as YAML text) of one language's part of the glossary. */
function glossary(lang) {
	const rules = terms[lang].map(({ expected, patterns, prh }) => ({ expected, patterns, ...(prh ? { prh } : {}) }));
	return YAML.stringify({ version: 1, rules });
}

/** Screen labels: Japanese quotes them in ［ ］, English in bold (`**Label**`). */
const labelsExempt = { ja: '/［[^］\\n]*］/', en: ['Strong'] };

/** A `{{ key }}` placeholder of the settings (src/settings/placeholders.ts). */
const placeholder = '/\\{\\{[^}]*\\}\\}/';

/** A picture, `![alt](src "caption")`, on one line. */
const picture = '/!\\[[^\\n]*?\\]\\([^)\\n]*\\)/';

/** A list item that gives a page's sources. */
const citation = { ja: '/^\\s*- 出典[:：].*$/m', en: '/^\\s*- Sources?:.*$/m' };

module.exports = { glossary, labelsExempt, placeholder, picture, citation };
