// The two editions' generated files: the same configuration, comments in the page's language.
// Japanese and English files must be identical once comments are stripped; English comments carry
// no Japanese; every file of either edition is generated from the words table it is given.
import { describe, expect, it } from 'vitest';
import { clientIds, clients, fieldsSnippet, fieldWords, fileSnippet, muttPair, muttPairs } from '../../../src/clients/index.ts';
import type { UiText } from '../../../src/i18n/index.ts';
import { mobileconfigContent } from '../../../src/clients/mobileconfig.ts';
import { ja } from '../../../src/i18n/ja.ts';
import { en } from '../../../src/i18n/en.ts';
import { ACCOUNT } from '../../../src/settings/placeholders.ts';
import { generatedFiles } from '../../../src/site/files.ts';
import { edited, real } from './fixtures.ts';

const JAPANESE = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;

/** The configuration without its comments: whole-line comments (# or ;) and trailing "  # …" dropped. */
function stripComments(text: string): string[] {
	return text
		.split('\n')
		.filter((l) => !/^\s*[#;]/.test(l))
		.map((l) => l.replace(/\s+#\s.*$/, '').trimEnd());
}

/** The comments of a file (whole lines and trailing ones). */
function comments(text: string): string[] {
	return text.split('\n').flatMap((l) => {
		const whole = /^\s*[#;]\s?(.*)$/.exec(l);
		if (whole) return [whole[1]!];
		const trailing = /\s+#\s(.*)$/.exec(l);
		return trailing ? [trailing[1]!] : [];
	});
}

const pairs = clientIds.filter((id) => clients[id].kind === 'cli').flatMap((id) => clients[id].methods.map((m) => [id, m] as const));

describe('config files in both languages', () => {
	for (const settings of [real, edited((s) => ((s.incoming.pop3s.port = 1995), (s.outgoing.submission.tls = 'implicit')))]) {
		for (const [client, method] of pairs) {
			it(`${client} ${method} (port ${settings.incoming.pop3s.port}): the same configuration, comments in each language`, () => {
				const jaFile = fileSnippet(settings, client, method, ACCOUNT, ja);
				const enFile = fileSnippet(settings, client, method, ACCOUNT, en);
				expect(stripComments(enFile.text)).toEqual(stripComments(jaFile.text));
				expect({ ...enFile, text: '' }).toEqual({ ...jaFile, text: '' });
				const enComments = comments(enFile.text);
				expect(enComments.length).toBe(comments(jaFile.text).length);
				expect(enComments.filter((c) => JAPANESE.test(c))).toEqual([]);
				// Each Japanese comment with words is in Japanese (none left over in English).
				// (Indented comment lines are examples of code, e.g. "#   machine … login … password …".)
				const words = comments(jaFile.text).filter(
					(c) => !c.startsWith('  ') && /[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}/i.test(c.replace(/\S*[~/.=$]\S*/g, '')),
				);
				expect(words.filter((c) => !JAPANESE.test(c))).toEqual([]);
			});
		}
	}

	it('the downloads of each edition: English files under /en/, the same configuration as the Japanese ones', () => {
		const files = new Map(generatedFiles(real).map((f) => [f.path, f]));
		const english = [...files.keys()].filter((p) => p.startsWith('/en/'));
		// Each client's file per method, mutt's combined receive × send files, and the Apple profile.
		expect(english.length).toBe(pairs.length + muttPairs(real, ACCOUNT, en).length + 1);
		for (const path of english) {
			const jaFile = files.get(path.slice(3))!;
			expect(jaFile, path).toBeDefined();
			const enBody = files.get(path)!.body;
			expect(enBody.split('\n').filter((l) => JAPANESE.test(l))).toEqual([]);
			const download = /^\/en\/downloads\/([a-z]+)-([a-z0-9]+)(?:-([a-z0-9]+))?\//.exec(path);
			if (download?.[3]) {
				// mutt's combined file (config mutt RECEIVE SEND), in each language.
				expect(enBody).toBe(muttPair(real, download[2]!, download[3], ACCOUNT, en).text.split(ACCOUNT).join(en.accountPlaceholder));
				expect(jaFile.body).toBe(muttPair(real, download[2]!, download[3], ACCOUNT, ja).text.split(ACCOUNT).join(ja.accountPlaceholder));
			} else if (download) {
				// The English generator's file, with the English account placeholder; the Japanese
				// download at the same path without /en is the Japanese generator's.
				const [client, method] = [download[1] as (typeof pairs)[number][0], download[2] as (typeof pairs)[number][1]];
				expect(enBody).toBe(fileSnippet(real, client, method, ACCOUNT, en).text.split(ACCOUNT).join(en.accountPlaceholder));
				expect(jaFile.body).toBe(fileSnippet(real, client, method, ACCOUNT, ja).text.split(ACCOUNT).join(ja.accountPlaceholder));
			}
		}
	});

	it('the Apple profile: the same payload, names and description in each language', () => {
		const words = ['PayloadDisplayName', 'PayloadDescription', 'EmailAccountDescription', 'PayloadOrganization'];
		const strip = (v: unknown): unknown =>
			Array.isArray(v)
				? v.map(strip)
				: v && typeof v === 'object'
					? Object.fromEntries(
							Object.entries(v)
								.filter(([k]) => !words.includes(k))
								.map(([k, x]) => [k, strip(x)]),
						)
					: v;
		const jaProfile = mobileconfigContent(real, ja);
		const enProfile = mobileconfigContent(real, en);
		expect(strip(enProfile)).toEqual(strip(jaProfile));
		expect(JSON.stringify(enProfile)).not.toMatch(JAPANESE);
		expect(JSON.stringify(jaProfile)).toMatch(/メール設定/);
	});
});

describe('field tables in both languages', () => {
	const gui = clientIds.filter((id) => clients[id].kind === 'gui').flatMap((id) => clients[id].methods.map((m) => [id, m] as const));
	const plain = (t: UiText) => (typeof t === 'string' ? t : t.ja);
	for (const [client, method] of gui) {
		it(`${client} ${method}: the same rows; English text, or a Japanese label marked with its gloss`, () => {
			const jaRows = fieldsSnippet(real, client, method, ACCOUNT, ja).rows.map((r) => fieldWords(r, ja));
			const enTable = fieldsSnippet(real, client, method, ACCOUNT, en);
			expect(enTable.rows.length).toBe(jaRows.length);
			expect(enTable.title).not.toMatch(JAPANESE);
			enTable.rows.forEach((row, i) => {
				const r = { ...row, ...fieldWords(row, en) };
				for (const t of [r.label, r.value]) {
					if (typeof t === 'string') expect(t, `row ${i}`).not.toMatch(JAPANESE);
					else expect(t.gloss, `row ${i}`).not.toMatch(JAPANESE);
				}
				expect(r.note ?? '').not.toMatch(JAPANESE);
				// Values the reader types (host names, ports, the account) are the same in both.
				const v = plain(jaRows[i]!.value);
				if (/^[\w.@-]+$/.test(v)) expect(plain(r.value)).toBe(v);
			});
		});
	}
});
