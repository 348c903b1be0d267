// Suggest the known names nearest to a mistyped one (for "did you mean" hints in errors).

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return row[b.length]!;
}

/** Return up to `max` candidates closest to `name`, nearest first; only reasonably close ones. */
export function nearest(name: string, candidates: Iterable<string>, max = 3): string[] {
	const limit = Math.max(2, Math.ceil(name.length / 2));
	return [...candidates]
		.map((c) => ({ c, d: editDistance(name.toLowerCase(), c.toLowerCase()) }))
		.filter(({ d }) => d <= limit)
		.sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
		.slice(0, max)
		.map(({ c }) => c);
}
