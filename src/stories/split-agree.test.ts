import { describe, expect, it } from 'vitest';
import { proposeSplit } from './refine.js';
import { FITTED_PARAMS } from './params.js';
import { record } from './records.test-fixtures.js';
import type { MemberRecord } from './story.js';

/** Two groups of four: pair scores `within` inside a group, `across` between the groups. */
function scores(records: MemberRecord[], within: number, across: number): (a: MemberRecord, b: MemberRecord) => number {
  const group = (r: MemberRecord): number => (records.indexOf(r) < 4 ? 0 : 1);
  return (a, b) => (group(a) === group(b) ? within : across);
}

describe('splits of groups that agree on their facts (splitAgreeBelow)', () => {
  const p = { ...FITTED_PARAMS, splitBelow: 0.25, splitGap: 0.12, splitConflict: 0, splitAgreeBelow: 0.1 };
  // One trial told in two strands (the verdict, the courtroom scenes): same year, same age.
  const oneEvent = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => record(i, [2019], i % 3 === 0 ? [['age', 41]] : []));
  // Two fires at one chain's stores: one group states 2017 and two dead, the other 2019 and none.
  const twoEvents = [
    ...[1, 2, 3, 4].map((i) => record(i, [2017], [['dead', 2]])),
    ...[5, 6, 7, 8].map((i) => record(i, [2019], [['dead', 0]])),
  ];

  it('keeps a story whose groups agree when only a moderate word gap sets them apart', () => {
    // Gap 0.2 >= splitGap and between 0.15 < splitBelow: a split on scores alone.
    expect(proposeSplit(oneEvent, { ...p, splitAgreeBelow: undefined }, scores(oneEvent, 0.35, 0.15))).not.toBeNull();
    expect(proposeSplit(oneEvent, p, scores(oneEvent, 0.35, 0.15))).toBeNull();
  });

  it('still splits agreeing groups that share almost no words', () => {
    const split = proposeSplit(oneEvent, p, scores(oneEvent, 0.35, 0.05));
    expect(split?.keep).toEqual([0, 1, 2, 3]);
    expect(split?.move).toEqual([4, 5, 6, 7]);
  });

  it('splits groups that disagree on their facts at the same word gap', () => {
    const split = proposeSplit(twoEvents, p, scores(twoEvents, 0.35, 0.15));
    expect(split?.keep).toEqual([0, 1, 2, 3]);
    expect(split?.move).toEqual([4, 5, 6, 7]);
  });
});
