// Decoding percent-encoded addresses for people (errors, link checks, path comparison): the one
// safe decoder. Pure; no dependencies.

/**
 * `decode(text)` (decodeURI by default; pass decodeURIComponent to decode reserved characters too),
 * or `text` as written when it is not valid percent-encoding (a stray `%`): an address an author wrote
 * is shown and compared as written rather than throwing.
 */
export function safeDecodeURI(text: string, decode: (text: string) => string = decodeURI): string {
	try {
		return decode(text);
	} catch {
		return text;
	}
}
