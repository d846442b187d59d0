import { describe, expect, it } from 'vitest';
import { formatWeek, isoWeek, parseRefDate, weekdayFrom } from './dates.js';
import { durationValue, numberValue } from './lexicon.js';

describe('calendar helpers', () => {
  it('computes ISO weeks, including across a year boundary', () => {
    expect(isoWeek({ year: 2025, month: 11, day: 22 })).toEqual({ year: 2025, week: 47 });
    expect(isoWeek({ year: 2021, month: 1, day: 1 })).toEqual({ year: 2020, week: 53 });
    expect(formatWeek({ year: 2025, month: 11, day: 22 }, 1)).toBe('2025-W48');
  });
  it('finds the latest and the next weekday', () => {
    const sat = { year: 2025, month: 11, day: 22 };
    expect(weekdayFrom(sat, 5, 'past')).toEqual({ year: 2025, month: 11, day: 21 });
    expect(weekdayFrom(sat, 5, 'future')).toEqual({ year: 2025, month: 11, day: 28 });
    expect(weekdayFrom(sat, 6, 'past')).toEqual(sat);
  });
  it('parses reference dates and rejects junk', () => {
    expect(parseRefDate('1998-02-13T14:35:00')).toEqual({ year: 1998, month: 2, day: 13 });
    expect(parseRefDate('Sat, 22 Nov 2025 23:10:00 -0500')).toEqual({ year: 2025, month: 11, day: 22 });
    expect(parseRefDate('yesterday')).toBeNull();
    expect(parseRefDate(null)).toBeNull();
  });
  it('writes duration values', () => {
    expect(durationValue(numberValue('twenty-four'), 'hour')).toBe('PT24H');
    expect(durationValue(numberValue('2 1/2'), 'year')).toBe('P2Y6M');
    expect(durationValue(null, 'month')).toBe('PXM');
    expect(durationValue(2, 'decade')).toBe('P20Y');
  });
});

describe('valueRange', () => {
  it('spans weeks, weekends, months, quarters, seasons and decades', async () => {
    const { valueRange } = await import('./range.js');
    expect(valueRange('2025-W48')).toEqual({ from: '2025-11-24', to: '2025-11-30' });
    expect(valueRange('2025-W47-WE')).toEqual({ from: '2025-11-22', to: '2025-11-23' });
    expect(valueRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(valueRange('2025-Q3')).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect(valueRange('2025-WI')).toEqual({ from: '2025-12-01', to: '2026-02-28' });
    expect(valueRange('199')).toEqual({ from: '1990-01-01', to: '1999-12-31' });
    expect(valueRange('2025-11-21')).toBeUndefined();
    expect(valueRange('PRESENT_REF')).toBeUndefined();
  });
});
