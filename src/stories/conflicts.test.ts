import { describe, expect, it } from 'vitest';
import { shouldMerge, StoryClusterer, type ClusterInput } from './cluster.js';
import { DETAIL_SLOTS, extractFeatures } from './features.js';
import { FITTED_PARAMS } from './params.js';

// Fixture articles written for these tests (no third-party text): two invented earthquakes of
// one kind on one island, told with much the same words, and a second report of the first.
const quake = (id: string, text: string): ClusterInput => ({ id, text, published: null, language: 'en' });
const first = quake('q1', `Earthquake shakes Tarvos island, fisherman hurt
A strong earthquake shook the island of Tarvos on Sunday, damaging houses in two villages.
A 61-year-old fisherman was hurt when a wall fell on his boat shed, the island governor said.
Rescue teams from the mainland reached the villages by ferry in the evening.`);
const sameEvent = quake('q2', `Tarvos villagers sleep outdoors after quake
Villagers on Tarvos slept in tents after the earthquake on Sunday damaged dozens of houses.
The governor said a 61-year-old fisherman hurt by a falling wall was recovering in hospital.
Ferries brought blankets and water from the mainland.`);
const otherEvent = quake('q3', `Earthquake shakes Tarvos island, shepherd hurt
A strong earthquake shook the island of Tarvos on Wednesday, damaging houses in two villages.
A 45-year-old shepherd was hurt when a wall fell on his barn, the island governor said.
Rescue teams from the mainland reached the villages by ferry in the evening.`);

const labelsIn = (f: ReturnType<typeof extractFeatures>, slot: string): string[] =>
  f.details.keys.filter((_, i) => DETAIL_SLOTS[f.details.slots[i]] === slot).map((k) => f.labels.get(k) as string);

describe('detail conflicts: ages and weekdays', () => {
  it('records the weekdays an article names as details', () => {
    expect(labelsIn(extractFeatures(first), 'weekday')).toEqual([`x:weekday:7`]) // Sunday;
    expect(labelsIn(extractFeatures(otherEvent), 'weekday')).toHaveLength(1);
    expect(labelsIn(extractFeatures(first), 'weekday')).not.toEqual(labelsIn(extractFeatures(otherEvent), 'weekday'));
    expect(labelsIn(extractFeatures(first), 'age')).toEqual(['x:age:61']);
  });

  it('flags an age and a weekday conflict between two quakes of one kind, none between two reports of one', () => {
    const c = new StoryClusterer({ params: { ageConflict: 0.3, weekdayConflict: 0.2 } });
    const other = c.explain(otherEvent, first);
    expect(other.similarities.ageConflict).toBe(1);
    expect(other.similarities.weekdayConflict).toBe(1);
    expect(other.parts.ages).toBeLessThan(0);
    expect(other.parts.weekdays).toBeLessThan(0);
    const same = c.explain(sameEvent, first);
    expect(same.similarities.ageConflict).toBe(0);
    expect(same.similarities.weekdayConflict).toBe(0);
    expect(same.parts.ages).toBeCloseTo(0, 12);
    // The parts still sum to the score.
    const sum = Object.values(other.parts).reduce((x, y) => x + y, 0);
    expect(sum).toBeCloseTo(other.score, 10);
    // With the penalties the other quake scores clearly lower than without them.
    const plain = new StoryClusterer({ params: { ageConflict: 0, weekdayConflict: 0 } }).explain(otherEvent, first);
    expect(other.score).toBeLessThan(plain.score - 0.1);
  });
});

describe('relative merge (mergeRatio)', () => {
  const p = { ...FITTED_PARAMS, mergeAbove: 0.3 };
  it('merges stories that score with each other almost as well as within themselves', () => {
    // Loose stories (cohesion 0.22 and 0.25) whose articles score 0.21 across: one event.
    expect(shouldMerge(0.21, 0.22, 0.25, { ...p, mergeRatio: 0.9 })).toBe(true);
    expect(shouldMerge(0.21, 0.22, 0.25, { ...p, mergeRatio: 0 })).toBe(false);
  });
  it('keeps apart stories that are clearly tighter within than across', () => {
    expect(shouldMerge(0.18, 0.34, 0.33, { ...p, mergeRatio: 0.9 })).toBe(false);
    expect(shouldMerge(-0.05, -0.04, Number.NaN, { ...p, mergeRatio: 0.9 })).toBe(false);
  });
  it('uses the cohesion of the story that has one when the other is a single article', () => {
    expect(shouldMerge(0.2, Number.NaN, 0.21, { ...p, mergeRatio: 0.9 })).toBe(true);
    expect(shouldMerge(0.2, Number.NaN, Number.NaN, { ...p, mergeRatio: 0.9 })).toBe(false);
    expect(shouldMerge(0.35, Number.NaN, Number.NaN, { ...p, mergeRatio: 0 })).toBe(true);
  });
});
