import { describe, expect, it } from '@jest/globals';
import { addDays, daysIn } from '../src/index.js';

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
});
