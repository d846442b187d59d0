import { describe, expect, it } from 'vitest';
import { proposeSplit, relativeSplit } from './refine.js';
import { FITTED_PARAMS } from './params.js';
import { record } from './records.test-fixtures.js';
import type { MemberRecord } from './story.js';

/**
 * `n` records, the first `first` in one group: pair scores `within` inside a group, `across`
 * between the groups.
 */
function groups(n: number, first: number, within: number, across: number): {
  records: MemberRecord[]; score: (a: MemberRecord, b: MemberRecord) => number;
} {
  const records = Array.from({ length: n }, (_, i) => record(i + 1, []));
  const side = (r: MemberRecord): number => (records.indexOf(r) < first ? 0 : 1);
  return { records, score: (a, b) => (side(a) === side(b) ? within : across) };
}

describe('splits relative to the groups\' cohesion (splitRatio)', () => {
  // Two events with the same people: reports score 0.22 within an event and 0.13 across (gap
  // 0.09, under the 0.094 a check of 13 records needs; 0.13 is 0.59 of 0.22).
  const p = { ...FITTED_PARAMS, splitBelow: 0.25, splitGap: 0.12, splitGapSize: 8, splitConflict: 0, splitAgreeBelow: undefined, splitRatio: 0.6 };

  it('splits a loose lump whose groups score well under their cohesion across', () => {
    const lump = groups(13, 7, 0.22, 0.13);
    expect(proposeSplit(lump.records, { ...p, splitRatio: undefined }, lump.score)).toBeNull();
    const split = proposeSplit(lump.records, p, lump.score);
    expect(split?.keep).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(split?.move).toEqual([7, 8, 9, 10, 11, 12]);
  });

  it('keeps a story whose groups score close to their cohesion across', () => {
    // One loosely worded event: 0.2 within, 0.14 across (0.7 of it).
    const loose = groups(13, 7, 0.2, 0.14);
    expect(proposeSplit(loose.records, p, loose.score)).toBeNull();
  });

  it('needs more than 8 records and groups of 3 or more', () => {
    expect(relativeSplit(13, 6, 0.13, 0.22, 0.22, p)).toBe(true);
    expect(relativeSplit(8, 4, 0.13, 0.22, 0.22, p)).toBe(false);
    expect(relativeSplit(13, 2, 0.13, 0.22, 0.22, p)).toBe(false);
    // Groups that share no words are for the gap to judge, not the ratio.
    expect(relativeSplit(13, 6, 0, 0.22, 0.22, p)).toBe(false);
    expect(relativeSplit(13, 6, 0.13, 0.22, 0.22, { ...p, splitRatio: undefined })).toBe(false);
  });
});
