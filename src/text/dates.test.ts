import { describe, expect, it } from 'vitest';
import { normaliseDate, parseDateAt } from './dates.js';

describe('normaliseDate', () => {
  it.each([
    ['2025-11-22', '2025-11-22'],
    ['May 03, 2013', '2013-05-03'],
    ['3 May 2013', '2013-05-03'],
    ['Sept. 4, 2019', '2019-09-04'],
    ['Friday, Nov. 21, 2025 14:30 GMT', '2025-11-21T14:30:00Z'],
    ['November 21, 2025 at 2:30 p.m. EST', '2025-11-21T14:30:00'],
    ['22.11.2025', '2025-11-22'],
    ['2017-09-15 17:52', '2017-09-15T17:52:00'],
    ['2025-11-22T10:00:00.000+02:00', '2025-11-22T10:00:00+02:00'],
    ['13/5/2014', '2014-05-13'],
    ['05 / 02 / 2013', '2013-05-02'],
    ['9: 53 AM, MON 22 JUL 2013', '2013-07-22T09:53:00'],
  ])('reads %s', (input, iso) => {
    expect(normaliseDate(input)).toBe(iso);
  });

  it('rejects impossible dates and non-dates', () => {
    expect(normaliseDate('2025-02-30')).toBeNull();
    expect(normaliseDate('Nov 21')).toBeNull();
    expect(normaliseDate('next Thursday')).toBeNull();
    expect(normaliseDate('')).toBeNull();
  });

  it('finds a date at a position and stops before the following words', () => {
    const t = 'date 2025-11-22 As early as next week';
    expect(parseDateAt(t, 5)).toEqual({ iso: '2025-11-22', start: 5, end: 15 });
    expect(parseDateAt(t, 0)).toBeNull();
  });
});
