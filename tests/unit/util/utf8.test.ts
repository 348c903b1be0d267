import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8, guessEncoding } from '../../../src/util/utf8.ts';
import { encodeShiftJis } from '../../integration/shift-jis.ts';

const page = readFileSync('content/mail/smtp-auth.md', 'utf8');
const firstJapaneseLine = page.split('\n').findIndex((l) => /[^\p{ASCII}]/u.test(l)) + 1;

describe('decodeUtf8', () => {
	it('returns UTF-8 text as it is, with a BOM and CRLF line ends kept', () => {
		const text = '\uFEFF---\r\ntitle: 題\r\n---\r\n本文\r\n';
		expect(decodeUtf8(Buffer.from(text, 'utf8'), 'a.md')).toEqual({ text });
	});

	it("refuses a page saved as Shift_JIS: the first bad byte's line, the encoding, the line as it reads, the fix", () => {
		const r = decodeUtf8(encodeShiftJis(page), 'content/mail/smtp-auth.md');
		expect(r.problem).toBeDefined();
		expect(r.problem!.line).toBe(firstJapaneseLine);
		expect(r.problem!.message).toMatch(
			/^the file is not UTF-8 \(byte 0x[0-9A-F]{2} is the first that is not\); it looks like Shift_JIS: this line reads "/,
		);
		expect(r.problem!.message).toContain(page.split('\n')[firstJapaneseLine - 1]!.trim().slice(0, 20));
		expect(r.problem!.hint).toMatch(/save it as UTF-8/);
		expect(r.problem!.hint).toContain('iconv -f SHIFT_JIS -t UTF-8 content/mail/smtp-auth.md');
	});

	it('names EUC-JP and UTF-16 too', () => {
		const euc = Buffer.from([0x61, 0x0a, 0xc6, 0xfc, 0xcb, 0xdc, 0xa4, 0xce, 0xa5, 0xb5, 0xa1, 0xbc, 0xa5, 0xd0, 0xa1, 0xbc, 0x0a]);
		expect(new TextDecoder('euc-jp').decode(euc)).toBe('a\n日本のサーバー\n');
		expect(decodeUtf8(euc, 'x.md').problem).toMatchObject({
			line: 2,
			message: expect.stringMatching(/looks like EUC-JP: this line reads "日本のサーバー" in EUC-JP$/),
		});
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title: 題\n', 'utf16le')]);
		expect(decodeUtf8(utf16, 'x.md').problem).toMatchObject({
			line: 1,
			message: expect.stringMatching(/UTF-16 byte order mark.*UTF-16 \(little endian\)/),
		});
	});

	it('takes Latin-1 bytes for Windows-1252, not for Shift_JIS (Japanese text has kana)', () => {
		const r = decodeUtf8(Buffer.from('{\n  "note": "do not édit"\n}\n', 'latin1'), 'x.json');
		expect(r.problem).toMatchObject({
			file: 'x.json',
			line: 2,
			message:
				'the file is not UTF-8 (byte 0xE9 is the first that is not); it looks like Windows-1252: this line reads ""note": "do not édit"" in Windows-1252',
		});
		expect(r.problem!.hint).toContain('iconv -f WINDOWS-1252 -t UTF-8 x.json');
	});
});

describe('firstInvalidUtf8', () => {
	it('finds overlong forms, surrogates, out-of-range code points and cut sequences', () => {
		expect(firstInvalidUtf8(Buffer.from('aé日𝄞', 'utf8'))).toBe(-1);
		expect(firstInvalidUtf8(Uint8Array.of(0x61, 0xc0, 0x80))).toBe(1); // overlong NUL
		expect(firstInvalidUtf8(Uint8Array.of(0xe0, 0x80, 0x80))).toBe(0); // overlong
		expect(firstInvalidUtf8(Uint8Array.of(0x61, 0x62, 0xed, 0xa0, 0x80))).toBe(2); // surrogate D800
		expect(firstInvalidUtf8(Uint8Array.of(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
		expect(firstInvalidUtf8(Uint8Array.of(0x61, 0xe6, 0x97))).toBe(1); // cut at the end
	});

	it("agrees with Node's isUtf8 on random bytes", () => {
		let seed = 14;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (let n = 0; n < 3000; n++) {
			const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 8) }, () =>
				random() < 0.5 ? 0x80 + Math.floor(random() * 0x80) : Math.floor(random() * 0x100),
			);
			const bad = firstInvalidUtf8(bytes);
			expect(bad === -1, Buffer.from(bytes).toString('hex')).toBe(isUtf8(bytes));
			if (bad > 0) expect(isUtf8(bytes.subarray(0, bad)), Buffer.from(bytes).toString('hex')).toBe(true);
		}
	});
});

describe('guessEncoding', () => {
	it('reads Shift_JIS back', () => {
		expect(guessEncoding(encodeShiftJis('受信サーバー'))).toEqual({ name: 'Shift_JIS', label: 'shift_jis', text: '受信サーバー' });
	});
});
