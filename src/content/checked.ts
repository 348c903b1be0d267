// What a walkthrough was last checked against (front matter `checked:`), the rules that keep those
// claims honest, and which checks are due again. Pure.
//
// A walkthrough is a page with `clients:`. It carries one `checked:` entry per client and platform
// it covers: the client's version, the platform, the day, and how: `run` (the steps and values were
// checked in the running client: here Thunderbird's real captures, and the command-line clients the
// mail suite runs), `sources` (labels taken from the client's own translation files or its vendor's
// documentation for that version, never run here), or `unchecked` (written without either: the page
// shows the site's unconfirmed mark). A historical page (`historical:`) records an old setup and
// carries no `checked:`: it says so instead.
import { z } from 'zod';
import type { Problem } from '../shared/problems.ts';
import { age, isCalendarDate } from '../util/dates.ts';
import { nearest } from '../util/nearest.ts';
import { pathText, type LineOf } from './front-yaml.ts';

/** Re-check a walkthrough when its check is older than this (the one place the limit is kept). */
export const STALE_AFTER_MONTHS = 12;

/** Platforms a check names (their names in each language: src/i18n, `checked.platforms`). */
export const platforms = ['windows', 'macos', 'linux', 'android', 'ios', 'ipados'] as const;
export type Platform = (typeof platforms)[number];

/** How a check was made (see the file header). */
export const checkKinds = ['run', 'sources', 'unchecked'] as const;
export type CheckKind = (typeof checkKinds)[number];

/** A calendar day written YYYY-MM-DD (unquoted in YAML it stays a string). */
export const isoDate = z
	.string({ error: 'write the date as YYYY-MM-DD' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write the date as YYYY-MM-DD', abort: true })
	.refine(isCalendarDate, { error: 'no such day in the calendar' });

export const checkedEntrySchema = z.strictObject({
	/** The client checked: one of the page's `clients`. */
	client: z.string().min(1),
	/** Its version as the client shows it ("153.8.0esr", "18"); quoted, so YAML keeps 18.10 as written. Only `unchecked` may leave it out. */
	version: z.string({ error: 'write the version in quotes, e.g. "18.2" (YAML would read 18.10 as the number 18.1)' }).min(1).optional(),
	platform: z.enum(platforms),
	/** The day of the check (for `unchecked`: the day the steps were written). */
	date: isoDate,
	how: z.enum(checkKinds),
});
export type CheckedEntry = z.infer<typeof checkedEntrySchema>;

export const checkedSchema = z.array(checkedEntrySchema).min(1);

/** The era of a historical page: `historical: 2004`, or `true` (the 2004 page, the older form). */
export function historicalEra(historical: boolean | number | undefined): number | undefined {
	if (typeof historical === 'number') return historical;
	return historical ? 2004 : undefined;
}

/** The front matter fields these rules read (both forms of `historical`). */
interface CheckedFields {
	clients?: readonly string[] | undefined;
	/** A client without a generator, declared by its page: a walkthrough as much as one with `clients:`. */
	client?: { id: string } | undefined;
	historical?: boolean | number | undefined;
	checked?: readonly CheckedEntry[] | undefined;
}

/** Problems of a page's `checked:` against the rest of its front matter, each at its file line. */
export function checkedProblems(data: CheckedFields, file: string, lineOf: LineOf): Problem[] {
	const problems: Problem[] = [];
	const at = (path: PropertyKey[], message: string, hint: string) => problems.push({ file, line: lineOf(path), message, hint });
	const historical = historicalEra(data.historical) !== undefined;
	if (historical) {
		if (data.checked) at(['checked'], 'a historical page carries no "checked:"', 'it records an old setup and is not checked against today\'s clients: remove checked:, or remove historical: if the page is a current walkthrough');
		return problems;
	}
	const clients = [...(data.clients ?? []), ...(data.client ? [data.client.id] : [])];
	if (!data.checked) {
		if (clients.length) {
			at([data.clients?.length ? 'clients' : 'client'], 'a walkthrough says what it was last checked against: "checked:" is missing', `add checked: with one entry per client and platform (client, version, platform, date, how), e.g.\n        checked:\n          - { client: ${clients[0]}, version: "1.2", platform: linux, date: 2026-12-06, how: run }\n      see docs/maintainers.md`);
		}
		return problems;
	}
	if (!clients.length) at(['checked'], '"checked:" is for walkthroughs: the page has no "clients:"', 'add clients: with the clients the page sets up, or remove checked:');
	data.checked.forEach((entry, i) => {
		if (clients.length && !clients.includes(entry.client)) {
			const near = nearest(entry.client, clients);
			at(['checked', i, 'client'], `${pathText(['checked', i, 'client'])}: "${entry.client}" is not one of the page's clients (${clients.join(', ')})`, near.length ? `did you mean "${near[0]}"?` : 'name a client from clients:, or add it there');
		}
		if (entry.how !== 'unchecked' && entry.version === undefined) {
			at(['checked', i], `${pathText(['checked', i])}: a check (how: ${entry.how}) names the version it was made with: "version" is missing`, 'add version: "…" as the client shows it, or write how: unchecked if the steps were not checked');
		}
	});
	for (const client of clients) {
		if (!data.checked.some((e) => e.client === client)) at(['checked'], `"checked:" has no entry for ${client}`, `add an entry for ${client} (how: unchecked if it was never checked)`);
	}
	return problems;
}

/** The facts of a check both editions must agree on (the English page states the same check). */
const checkKey = (e: CheckedEntry) => JSON.stringify([e.client, e.version ?? null, e.platform, e.date, e.how]);

/** A problem when an English page's `checked:` differs from its Japanese page's (at the English file's line). */
export function editionProblem(
	english: { file: string; checked?: readonly CheckedEntry[] | undefined; lineOf: LineOf },
	japanese: { file: string; checked?: readonly CheckedEntry[] | undefined },
): Problem | undefined {
	const en = (english.checked ?? []).map(checkKey);
	const ja = (japanese.checked ?? []).map(checkKey);
	if (en.length === ja.length && en.every((k, i) => k === ja[i])) return undefined;
	return {
		file: english.file,
		line: english.lineOf(['checked']),
		message: `"checked:" differs from the Japanese page ${japanese.file}`,
		hint: 'both editions state the same check: copy the Japanese page\'s checked: entries (same order) into this page',
	};
}

/** The pages whose checks are listed: the Japanese edition's walkthroughs (the English pages state the same checks). */
export function walkthroughs<P extends { locale: string; data: { checked?: readonly CheckedEntry[] | undefined } }>(pages: readonly P[]): P[] {
	return pages.filter((p) => p.locale === 'ja' && p.data.checked);
}

/** A check due again: older than the limit, or never made. */
export interface DueCheck {
	/** The walkthrough's file and URL. */
	file: string;
	url: string;
	entry: CheckedEntry;
	/** Age of the check at `today`. */
	age: { months: number; days: number };
	/** True for `how: unchecked`: never checked against the client. */
	never: boolean;
}

/** Every check of these pages that is due at `today`: older than `limitMonths`, or never made. Oldest first. */
export function dueChecks(
	pages: readonly { file: string; url: string; data: { checked?: readonly CheckedEntry[] | undefined } }[],
	today: string,
	limitMonths = STALE_AFTER_MONTHS,
): DueCheck[] {
	const due: DueCheck[] = [];
	for (const page of pages) {
		for (const entry of page.data.checked ?? []) {
			const a = age(entry.date, today);
			const never = entry.how === 'unchecked';
			if (never || a.months >= limitMonths) due.push({ file: page.file, url: page.url, entry, age: a, never });
		}
	}
	return due.sort((x, y) => x.entry.date.localeCompare(y.entry.date) || x.file.localeCompare(y.file));
}

/** The list `npm run stale` prints and the build shows as a warning (English: for maintainers). */
export function formatDue(due: readonly DueCheck[], today: string, limitMonths = STALE_AFTER_MONTHS): string {
	if (!due.length) return `No walkthrough is due for a re-check (limit ${limitMonths} months, as of ${today}).`;
	const old = due.filter((d) => !d.never);
	const never = due.filter((d) => d.never);
	const line = (d: DueCheck) => {
		const e = d.entry;
		const what = `${e.client}${e.version ? ` ${e.version}` : ''} on ${e.platform}`;
		const when = d.never ? `written ${e.date}, never checked against the client` : `checked ${e.date} (${e.how}), ${d.age.months} months (${d.age.days} days) ago`;
		return `  ${d.file} (${d.url}): ${what}: ${when}`;
	};
	const parts: string[] = [];
	if (old.length) parts.push(`${old.length} check${old.length === 1 ? ' is' : 's are'} older than ${limitMonths} months (as of ${today}):\n${old.map(line).join('\n')}`);
	if (never.length) parts.push(`${never.length} walkthrough part${never.length === 1 ? ' was' : 's were'} never checked against the client:\n${never.map(line).join('\n')}`);
	parts.push('Re-check each against the client (or its sources), then update checked: in both editions (docs/maintainers.md, "Checked with").');
	return parts.join('\n');
}
