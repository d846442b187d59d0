import { describe, expect, it } from 'vitest';
import { conflictContrast, proposeSplit, recordsConflict } from './refine.js';
import { FITTED_PARAMS } from './params.js';
import { record } from './records.test-fixtures.js';
import type { MemberRecord } from './story.js';

/**
 * Eight records in two groups of four whose pair scores leave a gap of 0.1 between the groups
 * (within 0.3, across 0.2): short of the fitted split gap (0.12) on scores alone.
 */
function scores(records: MemberRecord[]): (a: MemberRecord, b: MemberRecord) => number {
  const group = (r: MemberRecord): number => (records.indexOf(r) < 4 ? 0 : 1);
  return (a, b) => (group(a) === group(b) ? 0.3 : 0.2);
}

describe('conflicting facts between the groups of a split (splitConflict)', () => {
  it('tells conflicting records from agreeing ones', () => {
    expect(recordsConflict(record(1, [2019]), record(2, [2023]))).toBe(true);
    expect(recordsConflict(record(1, [2019, 2023]), record(2, [2023]))).toBe(false);
    // Absence is not disagreement.
    expect(recordsConflict(record(1, []), record(2, [2023]))).toBe(false);
    expect(recordsConflict(record(1, [], [['magnitude', 56]]), record(2, [], [['magnitude', 61]]))).toBe(true);
    expect(recordsConflict(record(1, [], [['dead', 10], ['injured', 5]]), record(2, [], [['dead', 10]]))).toBe(false);
    // Many places are named in one report: different places are no conflict.
    expect(recordsConflict(record(1, [], [['place', 7]]), record(2, [], [['place', 8]]))).toBe(false);
  });

  // Two quakes of one kind: one group states 2005 and magnitude 5.9, the other 2008 and 5.6.
  const lump = [
    ...[1, 2, 3, 4].map((i) => record(i, [2005], [['magnitude', 59]])),
    ...[5, 6, 7, 8].map((i) => record(i, [2008], [['magnitude', 56]])),
  ];
  // One broad story told in two strands (the rescue, the damage) that agree on the facts.
  const broad = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => record(i, [2005], i % 2 === 0 ? [['magnitude', 59]] : []));

  it('measures the contrast of conflicts across and within the groups', () => {
    expect(conflictContrast(lump, [0, 1, 2, 3], [4, 5, 6, 7])).toBe(1);
    expect(conflictContrast(broad, [0, 1, 2, 3], [4, 5, 6, 7])).toBe(0);
  });

  it('splits a lump of two events whose groups disagree on the facts, not a broad story', () => {
    const p = { ...FITTED_PARAMS, splitBelow: 0.25, splitGap: 0.12, splitConflict: 0.05 };
    const split = proposeSplit(lump, p, scores(lump));
    expect(split).not.toBeNull();
    expect(split?.keep).toEqual([0, 1, 2, 3]);
    expect(split?.move).toEqual([4, 5, 6, 7]);
    expect(proposeSplit(broad, p, scores(broad))).toBeNull();
    // Without the conflict evidence the gap is too small for either.
    expect(proposeSplit(lump, { ...p, splitConflict: 0 }, scores(lump))).toBeNull();
  });
});
