// textlint for the Japanese edition (npm run lint:prose). Preset: the Japanese technical-writing rules,
// tuned where the manual's own style differs; the reason is beside each change.
const { glossary, labelsExempt, placeholder, picture, citation } = require('./shared.cjs');

/** Phrases of the 2004 page kept as it wrote them (see the allowlist). */
const seedWording = [
	'よく目にすることができます',
	'組み合わせて利用することもできます',
	'パスワード以外のデータも暗号化することができます',
	'にログインしてpopauthというコマンドを実行してください',
];

module.exports = {
	filters: {
		// Not checked:
		// - screen labels, quoted as the program shows them in ［ ］;
		// - the `:::` lines of the site's blocks: syntax, not prose (textlint's Markdown parser does not
		//   know them and joins them to the paragraph before);
		// - a picture's alt text: it lists everything the picture shows, for a screen reader, and is a
		//   description, not a sentence of the page;
		// - a source line (`- 出典: …`): it quotes titles and sentences as they were published;
		// - the 2004 page's sentences where only style is at stake (the site keeps the seed's content
		//   faithfully, and tests/e2e/seed-items.ts checks every item): its 「〜することができます」 and
		//   its 「…にログインしてpopauth…」. The terms it uses follow the glossary like every page's, and
		//   seed-items.ts records each such change.
		allowlist: { allow: [labelsExempt.ja, '/^:::.*$/m', picture, citation.ja, ...seedWording] },
	},
	rules: {
		prh: { rulePaths: [], ruleContents: [glossary('ja')], checkLink: true },
		'preset-ja-technical-writing': {
			// Not counted: a `{{ key }}` placeholder (its source, `{{ loginHost.label }}`, 20 characters,
			// says nothing about its length on the page); a bracket with no kana in it, which holds an
			// English title, a reference or an example after the sentence's claim, not part of what the
			// reader parses; the `::: name title` line of a block, which Markdown's parser joins to the
			// sentence after it.
			'sentence-length': { max: 100, skipPatterns: [placeholder, '/（[^）ぁ-んァ-ヶ]*）/', '/^:::.*$/m'] },
			// Lists and tables hold whole sentences in the same です・ます style as the body; headings are
			// noun phrases.
			'no-mix-dearu-desumasu': { preferInHeader: '', preferInBody: 'ですます', preferInList: 'ですます', strict: false },
			// "受信サーバー：" introduces the table after it, as in the 2004 page.
			'ja-no-mixed-period': { allowPeriodMarks: ['：'], allowEmojiAtEnd: false, forceAppendPeriod: false },
			// Product names end in "!" (Becky!, Yahoo!); a full-width ！ is still an error.
			'no-exclamation-question-mark': { allowHalfWidthExclamation: true, allowHalfWidthQuestion: false },
			// 「A も B も」「A にも B にも」「A でも B でも」 is the parallel form, not a doubled particle.
			'no-doubled-joshi': { allow: ['も', 'にも', 'でも'] },
			// Proper nouns that are long runs of kanji, and two terms of the 2004 page's SSL and APOP text.
			'max-kanji-continuous-len': {
				max: 6,
				allow: ['情報処理推進機構', '学生自治ネットワーク委員会', '通信経路暗号化機能', '経路暗号化技術'],
			},
		},
	},
};
