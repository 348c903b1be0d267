// textlint for the English edition (npm run lint:prose): the glossary and a basic style set.
const { glossary, labelsExempt } = require('./shared.cjs');

module.exports = {
	filters: {
		// Screen labels are quoted in bold as the program shows them; the `:::` lines are syntax.
		allowlist: { allow: ['/^:::.*$/m'] },
		'node-types': { nodeTypes: labelsExempt.en },
	},
	rules: {
		prh: { rulePaths: [], ruleContents: [glossary('en')], checkLink: true },
		'write-good': {
			// A manual says what a program shows and does ("is shown", "is ticked"): the passive is the
			// plain way to say it.
			passive: false,
			// "only" and "exactly" carry the meaning here ("delivers only to …", "is exactly the
			// host"); "it is" is flagged everywhere, even as "as it is" or "if it is".
			whitelist: ['only', 'Only', 'exactly', 'it is', 'it was'],
		},
		'en-max-word-count': { max: 50 },
		'common-misspellings': true,
	},
};
