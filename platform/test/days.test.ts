import { describe, expect, it } from '@jest/globals';
import { addDays, daysIn, daysInMonth, eachDay, isCalendarDate, nextDay, weekdayOf } from '../src/index.js';

describe('days', () => {
  it('counts a range’s days by arithmetic, both ends included, as listing them would', () => {
    expect(daysIn('2026-11-20', '2026-11-20')).toBe(1);
    expect(daysIn('2026-01-01', '2026-12-31')).toBe(365);
    expect(daysIn('2028-01-01', '2028-12-31')).toBe(366);
    expect(daysIn('2026-03-28', '2026-03-30')).toBe(3);
    expect(daysIn('2026-11-21', '2026-11-20')).toBe(0);
    // Against listing, over ranges of every length up to two years from a leap day.
    for (let length = 1; length <= 731; length += 17) {
      let count = 0;
      for (let day = '2028-02-29'; day <= addDays('2028-02-29', length - 1); day = addDays(day, 1)) count += 1;
      expect(daysIn('2028-02-29', addDays('2028-02-29', length - 1))).toBe(count);
    }
  });

  it('tells the weekday and the days of a month by arithmetic, as Date does, every day from 1950 to 2100', () => {
    for (let day = '1950-01-01'; day <= '2100-12-31'; day = addDays(day, 1))
      if (weekdayOf(day) !== new Date(`${day}T00:00:00Z`).getUTCDay()) expect(`${day}: ${weekdayOf(day)}`).toBe('as Date says');
    for (let year = 1600; year <= 2400; year++)
      for (let month = 1; month <= 12; month++) expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect([
      isCalendarDate('2028-02-29'),
      isCalendarDate('2027-02-29'),
      isCalendarDate('2026-04-31'),
      isCalendarDate('2026-13-01'),
    ]).toEqual([true, false, false, false]);
  });

  it('steps to the next day by arithmetic as Date does, every day from 1899 to 2101, and lists a range', () => {
    for (let day = '1899-12-01'; day <= '2101-01-31'; day = addDays(day, 1))
      if (nextDay(day) !== addDays(day, 1)) expect(`${day} → ${nextDay(day)}`).toBe(`${day} → ${addDays(day, 1)}`);
    expect(eachDay('2028-02-27', '2028-03-01')).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
    expect(eachDay('2026-12-31', '2027-01-01')).toEqual(['2026-12-31', '2027-01-01']);
    expect(eachDay('2026-11-20', '2026-11-20')).toEqual(['2026-11-20']);
    expect(eachDay('2026-11-21', '2026-11-20')).toEqual([]);
  });
});
