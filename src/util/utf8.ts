// Decode a text input (a page, the settings, any data file) as UTF-8, strictly: a file in another
// encoding (Shift_JIS from an older Windows editor, EUC-JP, UTF-16) is refused with the line of its
// first bad byte and the fix, instead of being published as mojibake. A BOM and CRLF line ends stay
// as they are (the parsers accept them). Pure.
import { isUtf8 } from 'node:buffer';
import type { Problem } from '../shared/problems.ts';

/** The offset of the first byte that does not continue a valid UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const c = bytes[i]!;
		if (c < 0x80) {
			i++;
			continue;
		}
		// Lead byte: how many continuation bytes follow, and the allowed range of the first one
		// (which rules out overlong forms, UTF-16 surrogates and code points above U+10FFFF).
		let need: number;
		let lo = 0x80;
		let hi = 0xbf;
		if (c >= 0xc2 && c <= 0xdf) need = 1;
		else if (c >= 0xe0 && c <= 0xef) {
			need = 2;
			if (c === 0xe0) lo = 0xa0;
			if (c === 0xed) hi = 0x9f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			need = 3;
			if (c === 0xf0) lo = 0x90;
			if (c === 0xf4) hi = 0x8f;
		} else return i;
		for (let k = 1; k <= need; k++) {
			const b = bytes[i + k];
			if (b === undefined || b < (k === 1 ? lo : 0x80) || b > (k === 1 ? hi : 0xbf)) return i;
		}
		i += need + 1;
	}
	return -1;
}

/** Encodings an editor may have saved a Japanese text in, tried in this order when the bytes are not UTF-8. */
const JAPANESE = [
	{ label: 'shift_jis', name: 'Shift_JIS' },
	{ label: 'euc-jp', name: 'EUC-JP' },
] as const;

/**
 * How Japanese a decoding looks: full-width kana and Japanese punctuation (every Japanese text has
 * some) count double, kanji once. Latin-1 bytes read as Shift_JIS give kanji only, EUC-JP bytes read
 * as Shift_JIS half-width katakana only: both score 0.
 */
function japaneseScore(text: string): number {
	const kana = text.match(/[\u3000-\u30ff]/g)?.length ?? 0;
	return kana === 0 ? 0 : 2 * kana + (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0);
}

/** The encoding the bytes most likely are, and their text in it: a guess to help, never used as content. */
export function guessEncoding(bytes: Uint8Array): { name: string; label: string; text: string } {
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return { name: 'UTF-16 (little endian)', label: 'utf-16le', text: new TextDecoder('utf-16le').decode(bytes) };
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return { name: 'UTF-16 (big endian)', label: 'utf-16be', text: new TextDecoder('utf-16be').decode(bytes) };
	let best: { name: string; label: string; text: string; score: number } | undefined;
	for (const { label, name } of JAPANESE) {
		try {
			const text = new TextDecoder(label, { fatal: true }).decode(bytes);
			const score = japaneseScore(text);
			if (score > (best?.score ?? 0)) best = { name, label, text, score };
		} catch {
			// not this one
		}
	}
	if (best) return { name: best.name, label: best.label, text: best.text };
	// A Western editor's legacy encoding (it decodes any bytes: the last guess).
	return { name: 'Windows-1252', label: 'windows-1252', text: new TextDecoder('windows-1252').decode(bytes) };
}

/** How to convert, shown with every encoding problem (`from`: the guessed encoding, for iconv). */
export function saveAsUtf8(file: string, from?: string): string {
	const iconv =
		from && !from.startsWith('UTF-16')
			? `; or run: iconv -f ${from.toUpperCase()} -t UTF-8 ${file} > ${file}.new && mv ${file}.new ${file}`
			: '';
	return `save it as UTF-8: in VS Code click the encoding in the status bar → "Save with Encoding" → UTF-8; in Notepad "Save as" → Encoding: UTF-8${iconv}`;
}

/** The text of a file's bytes, or the problem that it is not UTF-8 (file:line of the first bad byte). */
export function decodeUtf8(
	bytes: Uint8Array,
	file: string,
): { text: string; problem?: undefined } | { text?: undefined; problem: Problem } {
	const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
	if (!utf16 && isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
	const bad = utf16 ? 0 : firstInvalidUtf8(bytes);
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < bad; i++) {
		if (bytes[i] === 0x0a) {
			line++;
			lineStart = i + 1;
		}
	}
	const guess = guessEncoding(bytes);
	// The bad line as it reads in the guessed encoding, so the maintainer recognises it.
	const lineEnd = bytes.indexOf(0x0a, bad);
	const text = utf16
		? guess.text.split('\n')[0]!
		: new TextDecoder(guess.label).decode(bytes.subarray(lineStart, lineEnd === -1 ? undefined : lineEnd));
	const trimmed = text.replace(/^\uFEFF/, '').trim();
	const seen = trimmed ? `: this line reads "${trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed}" in ${guess.name}` : '';
	return {
		problem: {
			file,
			line,
			message: `the file is not UTF-8 (${utf16 ? 'it starts with a UTF-16 byte order mark' : `byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')} is the first that is not`}); it looks like ${guess.name}${seen}`,
			hint: saveAsUtf8(file, guess.name),
		},
	};
}
