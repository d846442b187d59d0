import { describe, expect, it } from 'vitest';
import { neededGap, proposeSplit } from './refine.js';
import { FITTED_PARAMS } from './params.js';
import { record } from './records.test-fixtures.js';
import type { MemberRecord } from './story.js';

/** `n` records in two halves whose pair scores are 0.3 within a half and 0.21 across (gap 0.09). */
function halves(n: number): { records: MemberRecord[]; score: (a: MemberRecord, b: MemberRecord) => number } {
  const records = Array.from({ length: n }, (_, i) => record(i + 1, []));
  const half = (r: MemberRecord): number => (records.indexOf(r) < n / 2 ? 0 : 1);
  return { records, score: (a, b) => (half(a) === half(b) ? 0.3 : 0.21) };
}

describe('the split gap scaled by the size of the check (splitGapSize)', () => {
  const p = { ...FITTED_PARAMS, splitBelow: 0.25, splitGap: 0.12, splitGapSize: 8 };

  it('keeps the gap up to splitGapSize records and lowers it by the square root beyond', () => {
    expect(neededGap(6, p)).toBe(0.12);
    expect(neededGap(8, p)).toBe(0.12);
    expect(neededGap(32, p)).toBeCloseTo(0.06, 12);
    expect(neededGap(32, { ...p, splitGapSize: 0 })).toBe(0.12);
    expect(neededGap(32, { ...p, splitGapSize: undefined })).toBe(0.12);
  });

  it('splits two groups apart by a moderate gap among many records, not among few', () => {
    const many = halves(16);
    const split = proposeSplit(many.records, p, many.score);
    expect(split?.keep).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(split?.move).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    // The same gap among eight records may be chance.
    const few = halves(8);
    expect(proposeSplit(few.records, p, few.score)).toBeNull();
    // Without the scaling the fixed gap refuses both.
    expect(proposeSplit(many.records, { ...p, splitGapSize: 0 }, many.score)).toBeNull();
  });
});
