import { describe, expect, it } from 'vitest';
import { extractTimes } from './index.js';
import { reportingQuarter } from './refiners/quarter-context.js';
import { focusOf, resolveAnaphor } from './refiners/focus.js';
import type { Candidate } from './types.js';

/** Reference date of the fixtures: Saturday 22 November 2025. */
const REF = '2025-11-22';

/** The first expression whose text is `text` in `sentence`. */
function find(sentence: string, text: string, reference: string | null = REF) {
  const t = extractTimes(sentence, { reference }).find((x) => x.text === text);
  if (!t) throw new Error(`"${text}" not found in: ${JSON.stringify(extractTimes(sentence, { reference }))}`);
  return t;
}

describe('the temporal focus', () => {
  const story = 'The minister landed in Oslo on June 3, 2024. Later that day she met the king, and the following year she returned as prime minister.';
  it('anchors "that day" and "the following year" to the last date mentioned', () => {
    expect(find(story, 'Later that day').value).toBe('2024-06-03');
    expect(find(story, 'the following year').value).toBe('2025');
  });
  it('anchors to the reference when the text has mentioned no date', () => {
    expect(find('Thousands marched through the capital that day.', 'that day').value).toBe('2025-11-22');
    expect(find('The ferry left at dawn and docked the next day.', 'the next day').value).toBe('2025-11-23');
  });
  it('needs a focus of the right granularity: a day for "the same day"', () => {
    const s = 'The plant closed in March 2023 and reopened on May 9, 2023; the union met the same day and again the following month.';
    expect(find(s, 'the same day').value).toBe('2023-05-09');
    expect(find(s, 'the following month').value).toBe('2023-06');
  });
  it('counts "the previous Friday" from the day in focus, not from the reference', () => {
    const s = 'The index closed at 2,080 on Nov. 14, 2025, down 4% from the previous Friday.';
    expect(find(s, 'the previous Friday').value).toBe('2025-11-07');
  });
  it('keeps "the next year" out (as often the coming twelve months)', () => {
    expect(extractTimes('Rates may rise over the next year.', { reference: REF }).some((t) => t.value === '2026' && t.text === 'the next year')).toBe(false);
  });
  it('resolves anaphors against a focus date', () => {
    const f = { year: 2024, month: 12, day: 30, relative: false };
    expect(resolveAnaphor({ unit: 'day', offset: 2 }, f)).toBe('2025-01-01');
    expect(resolveAnaphor({ unit: 'week', offset: 1 }, f)).toBe('2025-W02');
    expect(resolveAnaphor({ unit: 'month', offset: -1 }, f)).toBe('2024-11');
    expect(resolveAnaphor({ unit: 'day', offset: 1, weekday: 1 }, f)).toBe('2025-01-06');
    expect(focusOf('1998-10-23T10:35')).toEqual({ year: 1998, month: 10, day: 23 });
    expect(focusOf('P1D')).toBeNull();
  });
});

describe('"the year"', () => {
  it('is the reference year alone, a duration before "ended"', () => {
    expect(find('Shares hit a high for the year in June.', 'the year')).toMatchObject({ type: 'DATE', value: '2025' });
    expect(find('For the year ended March 31, the group earned $4 million.', 'the year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
    expect(find('In the fiscal year ending June 30, sales fell.', 'the fiscal year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
  });
  it('leaves "the year-earlier quarter" and "the year 2000" to other parsers', () => {
    expect(extractTimes('Profit beat the year-earlier quarter.', { reference: REF }).map((t) => t.text)).not.toContain('the year');
  });
});

describe('clock times joined with their day', () => {
  it('makes one TIME of a clock time, a time zone and a weekday', () => {
    expect(find('The offer will expire at 9 a.m. EST Tuesday.', '9 a.m. EST Tuesday')).toMatchObject({ type: 'TIME', value: '2025-11-25T09:00' });
  });
  it('joins "noon" with the day after it', () => {
    expect(find('The ceasefire will start at noon Saturday.', 'noon Saturday', '2025-11-19')).toMatchObject({ type: 'TIME', value: '2025-11-22T12:00' });
  });
});

describe('recurring weekdays and holidays', () => {
  it('reads "Tuesday nights" as a set, with a weekday coordinated before it', () => {
    const s = 'Two new flights will leave Lisbon on Monday and Tuesday nights.';
    expect(find(s, 'Monday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-1TNI' });
    expect(find(s, 'Tuesday nights')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-2TNI' });
  });
  it('gives "Easter week" the reference week when the reference is in it', () => {
    // Easter 2026 is Sunday 5 April; Monday 30 March is in its week
    expect(find('Pilgrims gathered in the square as Easter week began.', 'Easter week', '2026-03-30').value).toBe('2026-W14');
  });
});

describe('the reporting quarter', () => {
  it('prefers, on a tie, the latest quarter that had ended by the reference', () => {
    const s = 'Its best result since the third quarter of 2019 came as profit rose 8% in the third quarter. A year ago it earned $3 million.';
    expect(find(s, 'A year ago').value).toBe('2024-Q3');
  });
  it('ranks a quarter still running after one that has ended', () => {
    const q = (value: string): Candidate => ({ start: 0, end: 1, type: 'DATE', value, relative: false, parser: 'test', priority: 2 });
    expect(reportingQuarter([q('2025-Q4'), q('2025-Q3')], { year: 2025, month: 11, day: 22 })).toEqual({ year: 2025, q: 3 });
    expect(reportingQuarter([q('2025-Q4'), q('2025-Q4'), q('2025-Q3')], { year: 2025, month: 11, day: 22 })).toEqual({ year: 2025, q: 4 });
  });
});
