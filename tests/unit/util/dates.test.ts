import { describe, expect, it } from 'vitest';
import { age, buildDate, dayInJapan, isCalendarDate } from '../../../src/util/dates.ts';

describe('dates', () => {
	it('knows the days of the calendar', () => {
		expect(isCalendarDate('2028-02-29')).toBe(true);
		expect(isCalendarDate('2026-02-29')).toBe(false);
		expect(isCalendarDate('2026-2-1')).toBe(false);
	});
	it('takes the build day from KIT_BUILD_DATE, else the day in Japan', () => {
		expect(buildDate({ KIT_BUILD_DATE: '2026-06-15' })).toBe('2026-06-15');
		expect(buildDate({}, new Date('2026-12-06T20:00:00Z'))).toBe('2026-12-07');
		expect(dayInJapan(new Date('2026-12-06T14:59:59Z'))).toBe('2026-12-06');
		expect(() => buildDate({ KIT_BUILD_DATE: '2026/06/15' })).toThrow(
			/KIT_BUILD_DATE="2026\/06\/15" is not a date: write it as YYYY-MM-DD/,
		);
	});
	it('counts whole months and days', () => {
		expect(age('2025-12-06', '2026-12-06')).toEqual({ months: 12, days: 365 });
		expect(age('2025-12-07', '2026-12-06')).toEqual({ months: 11, days: 364 });
		expect(age('2026-12-07', '2026-12-06')).toEqual({ months: 0, days: 0 });
	});
});
