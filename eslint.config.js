// The linter: ESLint with typescript-eslint's and eslint-plugin-astro's recommended rules, over every
// TypeScript, JavaScript and .astro file. Formatting is Prettier's (.prettierrc.json), not ESLint's.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
	{ ignores: ['node_modules/', 'dist/', '.astro/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// `_name` marks a parameter a callback's signature requires but this one does not use.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
		},
	},
	// textlint loads its configuration with require() (.textlint/*.cjs).
	{ files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
