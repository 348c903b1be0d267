// textlint for the Japanese edition (npm run lint:prose). Preset: the Japanese technical-writing rules,
// tuned where the manual's own style differs; the reason is beside each change.
const { glossary, labelsExempt, placeholder, picture } = require('./shared.cjs');

module.exports = {
	filters: {
		// Screen labels are quoted as the program shows them, in ［ ］; the `:::` lines of the site's blocks
		// are syntax, not prose (textlint's Markdown parser does not know them and joins them to the
		// paragraph before).
		// A picture's alt text lists everything the picture shows, for a screen reader: it is a
		// description, not a sentence of the page.
		allowlist: { allow: [labelsExempt.ja, '/^:::.*$/m', picture] },
	},
	rules: {
		prh: { rulePaths: [], ruleContents: [glossary('ja')] },
		'preset-ja-technical-writing': {
			// A `{{ key }}` placeholder is not counted: its source (`{{ loginHost.label }}`, 20 characters)
			// says nothing about its length on the page.
			'sentence-length': { max: 100, skipPatterns: [placeholder] },
			// Lists and tables hold whole sentences in the same です・ます style as the body; headings are
			// noun phrases.
			'no-mix-dearu-desumasu': { preferInHeader: '', preferInBody: 'ですます', preferInList: 'ですます', strict: false },
			// "受信サーバー：" introduces the table after it, as in the 2004 page.
			'ja-no-mixed-period': { allowPeriodMarks: ['：'], allowEmojiAtEnd: false, forceAppendPeriod: false },
			// Product names end in "!" (Becky!, Yahoo!); a full-width ！ is still an error.
			'no-exclamation-question-mark': { allowHalfWidthExclamation: true, allowHalfWidthQuestion: false },
			// Proper nouns that are long runs of kanji.
			'max-kanji-continuous-len': { max: 6, allow: ['情報処理推進機構', '学生自治ネットワーク委員会'] },
		},
	},
};
