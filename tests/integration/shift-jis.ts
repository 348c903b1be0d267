// Encode text as Shift_JIS, as an older Windows editor saves it (Node encodes only UTF-8): the table
// is built by decoding every two-byte code with Node's own Shift_JIS decoder.
let table: Map<string, number[]> | undefined;

/** The Shift_JIS bytes of `text` (every character must exist in Shift_JIS). */
export function encodeShiftJis(text: string): Buffer {
	if (!table) {
		table = new Map();
		const decoder = new TextDecoder('shift_jis');
		for (let b = 0xa1; b <= 0xdf; b++) table.set(decoder.decode(Uint8Array.of(b)), [b]);
		for (const lead of [...Array.from({ length: 0x1f }, (_, i) => 0x81 + i), ...Array.from({ length: 0x1d }, (_, i) => 0xe0 + i)]) {
			for (let trail = 0x40; trail <= 0xfc; trail++) {
				if (trail === 0x7f) continue;
				const ch = decoder.decode(Uint8Array.of(lead, trail));
				if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
			}
		}
	}
	const bytes: number[] = [];
	for (const ch of text) {
		if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
		else {
			const code = table.get(ch);
			if (!code) throw new Error(`no Shift_JIS code for ${JSON.stringify(ch)}`);
			bytes.push(...code);
		}
	}
	return Buffer.from(bytes);
}
