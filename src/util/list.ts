// The wording of a list of alternatives in English messages for authors: "a", "a or b", "a, b or c".
// Pure; no dependencies.

/** "a", "a or b", "a, b or c" ('' for none). */
export function orList(items: readonly string[]): string {
	return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? '');
}
