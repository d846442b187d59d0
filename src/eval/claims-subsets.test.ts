import { describe, expect, it } from 'vitest';
import { mulberry32 as seededRandom } from '../util/random.js';
import { restrictGold, sampleSubsets } from './claims-subsets.js';
import { parseClaimsFlags, scoreClaims, type GoldClaims } from './claims.js';

const docs = ['d1', 'd2', 'd3', 'd4', 'd5'];

describe('subset sampling', () => {
  it('draws the same distinct sorted subsets for the same seed', () => {
    const a = sampleSubsets(docs, 3, 6, seededRandom(7));
    const b = sampleSubsets(docs, 3, 6, seededRandom(7));
    expect(a).toEqual(b);
    expect(a).toHaveLength(6);
    expect(new Set(a.map((s) => s.join(','))).size).toBe(6);
    for (const s of a) {
      expect(s).toHaveLength(3);
      expect([...s].sort()).toEqual(s);
    }
    expect(sampleSubsets(docs, 3, 6, seededRandom(8))).not.toEqual(a);
  });

  it('gives every subset once when there are no more than asked for', () => {
    const all = sampleSubsets(docs, 4, 30, seededRandom(1));
    expect(all).toHaveLength(5);
    expect(new Set(all.map((s) => s.join(','))).size).toBe(5);
    expect(sampleSubsets(docs, 6, 30, seededRandom(1))).toEqual([]);
  });
});

describe('gold restricted to a subset', () => {
  const gold: GoldClaims = {
    story: 's',
    claims: [
      { id: 'toll', kind: 'contested', mentions: [{ doc: 'd1', start: 0, end: 10, value: 'four' }, { doc: 'd2', start: 0, end: 10, value: 'Four (officials)' }, { doc: 'd3', start: 0, end: 10, value: 'six' }] },
      { id: 'ship', kind: 'corroborated', mentions: [{ doc: 'd1', start: 20, end: 30 }, { doc: 'd3', start: 20, end: 30 }] },
      { id: 'fog', kind: 'single', mentions: [{ doc: 'd4', start: 0, end: 5 }] },
    ],
  };

  it('keeps a contest only where the documents left give different values', () => {
    const agree = restrictGold(gold, new Set(['d1', 'd2']));
    expect(agree.claims.map((g) => [g.id, g.kind])).toEqual([['toll', 'corroborated'], ['ship', 'single']]);
    const differ = restrictGold(gold, new Set(['d2', 'd3']));
    expect(differ.claims.map((g) => [g.id, g.kind])).toEqual([['toll', 'contested'], ['ship', 'single']]);
  });

  it('scores pairs over the documents left only', () => {
    const sub = restrictGold(gold, new Set(['d1', 'd3']));
    const s = scoreClaims(sub, [{ status: 'contested', mentions: [{ article: 'd1', start: 0, end: 5 }, { article: 'd3', start: 0, end: 5 }] }]);
    expect(s).toMatchObject({ goldPairs: 2, predictedPairs: 1, correctPairs: 1, contested: 1, contestedFound: 1 });
  });
});

describe('claims eval flags', () => {
  it('reads the subset options and leaves the paths', () => {
    const f = parseClaimsFlags(['a.jsonl', '--subsets', '2,3', 'g.json', '--samples', '10', '--seed', '4', '--held-out', '--align', '{"pairModel":6}']);
    expect(f).toEqual({ subsets: [2, 3], samples: 10, seed: 4, heldOut: true, align: { pairModel: 6 }, rest: ['a.jsonl', 'g.json'] });
  });
});
