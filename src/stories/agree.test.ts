import { describe, expect, it } from 'vitest';
import { daysApart, groupCosine, REJOIN_DAYS, shouldRejoin, splitRelatives } from './agree.js';
import { FITTED_PARAMS } from './params.js';
import { record } from './records.test-fixtures.js';
import { CHANNELS } from './score.js';
import type { MemberRecord } from './story.js';
import { emptyVector, fromMap } from './vector.js';

/** A record naming the name keys `names` and stating the number keys `numbers` (weight 1 each). */
function withFacts(seq: number, years: number[], names: number[], numbers: number[]): MemberRecord {
  const r = record(seq, years);
  const vectors = Object.fromEntries(CHANNELS.map((ch) => [ch, emptyVector()])) as MemberRecord['vectors'];
  vectors.names = fromMap(new Map(names.map((k) => [k, 1])));
  vectors.numbers = fromMap(new Map(numbers.map((k) => [k, 1])));
  return { ...r, vectors };
}

const idf = (): number => 1;
const p = { ...FITTED_PARAMS, mergeAgreeAbove: 0.15 };

describe('merging split pieces back (mergeAgreeAbove)', () => {
  // One event cut in two: both pieces name the same people and state the same toll and year.
  const early = [1, 2, 3].map((i) => withFacts(i, [2008], [10, 11, 12], [40, 41]));
  const late = [4, 5, 6].map((i) => withFacts(i, [2008], [10, 11, 13], [40, 42]));

  it('measures how far two groups name the same things', () => {
    expect(groupCosine(early, late, 'names', idf)).toBeCloseTo(2 / 3, 5);
    expect(groupCosine(early, late, 'numbers', idf)).toBeCloseTo(0.5, 5);
    expect(groupCosine(early, late, 'terms', idf)).toBe(0);
  });

  it('rejoins agreeing pieces that score high enough with each other', () => {
    expect(shouldRejoin(early, late, 0.2, p, idf)).toBe(true);
    expect(shouldRejoin(early, late, 0.1, p, idf)).toBe(false);
    // Off unless set.
    expect(shouldRejoin(early, late, 0.2, { ...p, mergeAgreeAbove: undefined }, idf)).toBe(false);
  });

  it('keeps apart pieces that disagree on a fact, or share no names or figures', () => {
    const otherYear = [4, 5, 6].map((i) => withFacts(i, [2011], [10, 11, 13], [40, 42]));
    expect(shouldRejoin(early, otherYear, 0.2, p, idf)).toBe(false);
    const otherPeople = [4, 5, 6].map((i) => withFacts(i, [2008], [20, 21, 22], [40, 42]));
    expect(shouldRejoin(early, otherPeople, 0.2, p, idf)).toBe(false);
    const noFigures = [4, 5, 6].map((i) => withFacts(i, [2008], [10, 11, 13], []));
    expect(shouldRejoin(early, noFigures, 0.2, p, idf)).toBe(false);
  });
});

describe('split pieces that share their figures closely (rejoinFigures)', () => {
  const q = { ...p, rejoinFigures: 0.5 };
  // One climb accident told in two strands: the rescuers and police are quoted in one, the
  // family in the other (few names in common), but both state the same height, age and time.
  const rescue = [1, 2, 3].map((i) => withFacts(i, [2013], [10, 11, 12, 13, 14, 15], [40, 41, 42]));
  const family = [4, 5, 6].map((i) => withFacts(i, [2013], [10, 11, 20, 21, 22, 23], [40, 41, 42]));

  it('rejoin when the figures agree though the names mostly differ', () => {
    expect(groupCosine(rescue, family, 'names', idf)).toBeCloseTo(1 / 3, 5);
    expect(groupCosine(rescue, family, 'numbers', idf)).toBeCloseTo(1, 5);
    expect(shouldRejoin(rescue, family, 0.2, q, idf)).toBe(true);
    // Off unless set: names 0.4 needed.
    expect(shouldRejoin(rescue, family, 0.2, p, idf)).toBe(false);
  });

  it('stay apart when the figures agree only in part, or no name is shared', () => {
    // Two events of one topic: the same people, some figures in common (a third of them).
    const partly = [4, 5, 6].map((i) => withFacts(i, [2013], [10, 11, 20, 21, 22, 23], [40, 43, 44]));
    expect(groupCosine(rescue, partly, 'numbers', idf)).toBeCloseTo(1 / 3, 5);
    expect(shouldRejoin(rescue, partly, 0.2, q, idf)).toBe(false);
    const strangers = [4, 5, 6].map((i) => withFacts(i, [2013], [20, 21, 22, 23, 24, 25], [40, 41, 42]));
    expect(shouldRejoin(rescue, strangers, 0.2, q, idf)).toBe(false);
  });
});

describe('time between split pieces', () => {
  const dated = (rs: MemberRecord[], day: number | null): MemberRecord[] => rs.map((r) => ({ ...r, day }));
  const early = [1, 2, 3].map((i) => withFacts(i, [], [10, 11, 12], [40, 41]));
  const late = [4, 5, 6].map((i) => withFacts(i, [], [10, 11, 13], [40, 42]));

  it('measures the gap between the groups\' dated reports', () => {
    const a = [...dated(early.slice(0, 2), 100), ...dated(early.slice(2), 104)];
    expect(daysApart(a, dated(late, 102))).toBe(0);
    expect(daysApart(a, dated(late, 110))).toBe(6);
    expect(daysApart(dated(late, 90), a)).toBe(10);
    // Undated groups give no evidence either way.
    expect(daysApart(a, dated(late, null))).toBe(0);
  });

  it('does not rejoin agreeing pieces reported far apart in time (two events of one kind)', () => {
    // The same people and figures, no stated year to conflict: a second event a year on.
    expect(shouldRejoin(dated(early, 1000), dated(late, 1003), 0.2, p, idf)).toBe(true);
    expect(shouldRejoin(dated(early, 1000), dated(late, 1000 + REJOIN_DAYS + 1), 0.2, p, idf)).toBe(false);
    expect(shouldRejoin(dated(early, 1000), dated(late, 1365), 0.2, p, idf)).toBe(false);
    expect(shouldRejoin(dated(early, 1000), dated(late, null), 0.2, p, idf)).toBe(true);
  });
});

describe('split relatives', () => {
  const story = (id: string, splitFrom: string | null) => ({ id, splitFrom });
  it('are a piece and the story it left, or two pieces cut from one story', () => {
    expect(splitRelatives(story('s2', 's1'), story('s1', null))).toBe(true);
    expect(splitRelatives(story('s1', null), story('s2', 's1'))).toBe(true);
    // Siblings: two strands cut from s1 at different checks.
    expect(splitRelatives(story('s2', 's1'), story('s3', 's1'))).toBe(true);
    // Unrelated stories, and stories never split (both null) are not relatives.
    expect(splitRelatives(story('s2', 's1'), story('s4', 's9'))).toBe(false);
    expect(splitRelatives(story('s1', null), story('s4', null))).toBe(false);
  });
});

describe('split lineage in snapshots', () => {
  it('keeps the story a piece was split off from', async () => {
    const { emptyStory, storyFromJson, storyToJson } = await import('./story.js');
    const s = emptyStory('s2', 'en', null);
    s.splitFrom = 's1';
    expect(storyFromJson(JSON.parse(JSON.stringify(storyToJson(s)))).splitFrom).toBe('s1');
    expect(storyFromJson(JSON.parse(JSON.stringify(storyToJson(emptyStory('s3', 'en', null))))).splitFrom).toBeNull();
  });
});
