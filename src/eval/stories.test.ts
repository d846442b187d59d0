import { describe, expect, it } from 'vitest';
import { bcubedScores, pairwiseScores } from './stories.js';

const gold = new Map([['a', 'G1'], ['b', 'G1'], ['c', 'G1'], ['d', 'G2'], ['e', 'G2']]);
const pred = new Map([['a', 'P1'], ['b', 'P1'], ['c', 'P2'], ['d', 'P2'], ['e', 'P2']]);

describe('pairwiseScores', () => {
  it('counts same-story pairs', () => {
    // Predicted pairs ab, cd, ce, de (2 right); gold pairs ab, ac, bc, de.
    const s = pairwiseScores(pred, gold);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(0.5);
  });

  it('is perfect for the gold partition under other names, and ignores items missing from one side', () => {
    const renamed = new Map([...gold].map(([k, v]) => [k, v + 'x']));
    renamed.set('zzz', 'G1x');
    expect(pairwiseScores(renamed, gold)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('gives all singletons full precision and no recall', () => {
    const single = new Map([...gold.keys()].map((k) => [k, k]));
    const s = pairwiseScores(single, gold);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0);
  });
});

describe('bcubedScores', () => {
  it('averages per-item precision and recall', () => {
    const s = bcubedScores(pred, gold);
    expect(s.precision).toBeCloseTo((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5);
    expect(s.recall).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5);
  });

  it('gives one big cluster full recall and low precision', () => {
    const one = new Map([...gold.keys()].map((k) => [k, 'all']));
    const s = bcubedScores(one, gold);
    expect(s.recall).toBe(1);
    expect(s.precision).toBeCloseTo((3 * 3 / 5 + 2 * 2 / 5) / 5);
  });
});
