import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';
import { dayNumber, findDates, monthNumber, weekdayNumber } from './dates.js';

const dates = (text: string) => findDates(text, tokenize(text)).map((d) => [d.text, d.year, d.month, d.day]);

describe('findDates', () => {
  it('finds month-day-year and day-month-year forms', () => {
    expect(dates('Published May 03, 2013 and again on 18 September 2013.')).toEqual([
      ['May 03, 2013', 2013, 5, 3],
      ['18 September 2013', 2013, 9, 18],
    ]);
  });

  it('finds abbreviated months, month-year and bare years', () => {
    expect(dates('Voting began on Dec. 14; the law dates from March 2010 and was amended in 2012.')).toEqual([
      ['Dec. 14', undefined, 12, 14],
      ['March 2010', 2010, 3, undefined],
      ['2012', 2012, undefined, undefined],
    ]);
  });

  it('does not take the modal verb "may" or "March" the verb for a month', () => {
    expect(dates('She may resign. Protesters march on. May be later.')).toEqual([]);
  });

  it('finds ISO dates', () => {
    expect(dates('Filed 2024-03-04 by the clerk')).toEqual([['2024-03-04', 2024, 3, 4]]);
  });

  it('converts to day numbers and names to numbers', () => {
    expect(dayNumber({ year: 1970, month: 1, day: 2 })).toBe(1);
    expect(dayNumber({ year: 2013 })).toBeUndefined();
    expect(monthNumber('Sept.')).toBe(9);
    expect(weekdayNumber('Saturday')).toBe(6);
  });
});
