// Calendar dates as the manual writes them (YYYY-MM-DD, in Japan's time zone): the build's "today",
// validation, and ages in months. Pure apart from buildDate's reading of the clock and environment.

/** A YYYY-MM-DD string that names a real day (2026-02-30 does not). */
export function isCalendarDate(text: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The day it is in Japan (UTC+9, no daylight saving) at `now`, as YYYY-MM-DD. */
export function dayInJapan(now: Date): string {
	return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/** The environment variable that fixes the build's date (tests, or a rebuild "as of" a day). */
export const BUILD_DATE_VARIABLE = 'KIT_BUILD_DATE';

/**
 * The day the build treats as today: KIT_BUILD_DATE (YYYY-MM-DD) when set, else today in Japan.
 * What is current (notices) and what is due for a re-check (walkthroughs) is decided against it.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): string {
	const fixed = env[BUILD_DATE_VARIABLE];
	if (fixed === undefined || fixed === '') return dayInJapan(now);
	if (!isCalendarDate(fixed))
		throw new Error(
			`${BUILD_DATE_VARIABLE}="${fixed}" is not a date: write it as YYYY-MM-DD (e.g. ${dayInJapan(now)}), or leave it unset for today`,
		);
	return fixed;
}

/** Whole months from `from` to `to` (both YYYY-MM-DD; 0 when `to` is earlier), and the days. */
export function age(from: string, to: string): { months: number; days: number } {
	const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
	const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
	const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
	const days = Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
	return { months: Math.max(0, months), days: Math.max(0, days) };
}
