// Where the reader's account goes, a downloaded or shown config file says so with the edition's
// placeholder ((account name), （アカウント名）). A student editing the file by hand must be able to
// tell it from the file's own syntax: `username = username` (getmail) or `user username` (msmtp)
// leaves them guessing which word to replace. So in every generated file of both editions, the
// placeholder is no word of the file's syntax: it occurs only where the account goes.
import { describe, expect, it } from 'vitest';
import { ACCOUNT } from '../../../src/settings/placeholders.ts';
import { clientIds, clients, fileSnippet, muttPairs } from '../../../src/clients/index.ts';
import { locales, strings } from '../../../src/i18n/index.ts';
import { settings } from '../markdown/setup.ts';

/** Every config file the generators write for an edition, with the account as the sentinel. */
function files(locale: (typeof locales)[number]): { name: string; text: string }[] {
	const words = strings(locale);
	const out: { name: string; text: string }[] = [];
	for (const id of clientIds) {
		if (clients[id].kind !== 'cli') continue;
		for (const method of clients[id].methods)
			out.push({ name: `${id} ${method}`, text: fileSnippet(settings, id, method, ACCOUNT, words).text });
	}
	for (const s of muttPairs(settings, ACCOUNT, words)) out.push({ name: s.filename, text: s.text });
	return out;
}

/**
 * The words of a file's syntax that a placeholder could be taken for: every key, keyword, section
 * and value the generator wrote (the file with the account and the comment lines left out), in
 * lower case. A hyphenated key (mutt's `account-hook`) is one word.
 */
function syntaxWords(text: string): Set<string> {
	return new Set(
		text
			.split('\n')
			.filter((line) => !/^\s*[#;]/.test(line))
			.join('\n')
			.split(ACCOUNT)
			.join(' ')
			.toLowerCase()
			.split(/[^\p{L}\p{N}_-]+/u)
			.filter(Boolean),
	);
}

/**
 * Where a placeholder would be confused with the file's syntax: the placeholder, without its
 * brackets, is itself a word the file uses (`username = username`, `user user`).
 */
function clashes(text: string, placeholder: string): string[] {
	const bare = placeholder.replace(/^[（(]|[）)]$/g, '').toLowerCase();
	return syntaxWords(text).has(bare) ? [bare] : [];
}

describe('the account placeholder in generated files', () => {
	it('would be caught if it were a word of the syntax (the old `username`)', () => {
		const en = files('en');
		const getmail = en.find((f) => f.name.startsWith('getmail'));
		const msmtp = en.find((f) => f.name.startsWith('msmtp'));
		expect(getmail && clashes(getmail.text, 'username')).toEqual(['username']);
		expect(msmtp && clashes(msmtp.text, 'user')).toEqual(['user']);
	});

	for (const locale of locales) {
		const placeholder = strings(locale).accountPlaceholder;
		it(`${locale}: "${placeholder}" is no word of any file's syntax, and marks itself as a placeholder`, () => {
			const all = files(locale);
			expect(all.length).toBeGreaterThan(10);
			for (const f of all) {
				expect(f.text, f.name).toContain(ACCOUNT);
				expect(clashes(f.text, placeholder), f.name).toEqual([]);
			}
			// Brackets round it and a space or a Japanese word inside it: no config syntax here
			// has such a key, so the placeholder cannot be read as one.
			expect(placeholder).toMatch(/^[（(](?:[^）)]* [^）)]*|[\p{Script=Katakana}\p{Script=Han}]+)[）)]$/u);
		});
	}
});
