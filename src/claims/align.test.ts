import { describe, expect, it } from 'vitest';
import { alignWith, claimVectors, DEFAULT_ALIGN, scorePairs } from './align.js';
import type { Claim } from './types.js';

/** A bare claim with the given terms (enough for vectors and pair scoring). */
function claim(article: string, n: number, terms: string[]): Claim {
  const text = terms.join(' ');
  return {
    id: `${article}#${n}`, article, outlet: article, span: { start: 0, end: text.length }, text,
    sentence: { start: 0, end: text.length }, from: 'body', frame: null, hedged: false, hedges: [],
    negated: false, numbers: [], dates: [], entities: [], predicate: null, predicateText: null,
    irrealis: false, terms, marks: [],
  };
}

/** Every pair from different articles sharing a term, scored by brute force. */
function allPairs(claims: Claim[], min: number): [number, number][] {
  const v = claimVectors(claims);
  const out: [number, number][] = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      if (claims[i].article === claims[j].article) continue;
      let s = 0;
      for (const [k, w] of v[i]) s += w * (v[j].get(k) ?? 0);
      if (s >= min) out.push([i, j]);
    }
  }
  return out;
}

describe('bounded pair scoring', () => {
  it('finds every linked pair of a small story', () => {
    const claims = [
      claim('a', 0, ['ferri', 'collid', 'cargo', 'ship']),
      claim('a', 1, ['coast', 'guard', 'rescu', 'passeng']),
      claim('b', 0, ['ferri', 'hit', 'cargo', 'vessel']),
      claim('b', 1, ['minist', 'declin', 'comment']),
      claim('c', 0, ['coast', 'guard', 'save', 'passeng']),
      claim('c', 1, ['ferri', 'cargo', 'ship', 'crash']),
    ];
    const links = scorePairs(claims, claimVectors(claims), 0.15);
    expect(links.map((l) => [l.a, l.b]).sort()).toEqual(allPairs(claims, 0.15).sort());
    expect(links.every((l) => claims[l.a].article !== claims[l.b].article)).toBe(true);
  });

  it('keeps at most perClaim best links per claim in a big story', () => {
    // 60 outlets: story-wide words weigh nothing, so each claim links to the ~8 sharing its rarer word.
    const claims = Array.from({ length: 60 }, (_, i) => claim(`o${i}`, 0, ['bridg', 'close', 'repair', `w${i % 7}`]));
    const opts = { ...DEFAULT_ALIGN, perClaim: 5 };
    const links = scorePairs(claims, claimVectors(claims, opts), 0.15, opts);
    const degree = new Map<number, number>();
    for (const l of links) for (const c of [l.a, l.b]) degree.set(c, (degree.get(c) ?? 0) + 1);
    expect(links.length).toBeLessThan(allPairs(claims, 0.15).length);
    // A link survives when it is among the best of either claim: at most 2 * perClaim each.
    expect(Math.max(...degree.values())).toBeLessThanOrEqual(2 * opts.perClaim);
    expect(Math.min(...degree.values())).toBeGreaterThanOrEqual(opts.perClaim);
  });
});

describe('alignWith', () => {
  it('copies every option but the two thresholds, in the order of the defaults', () => {
    const custom = { ...DEFAULT_ALIGN, mass: 5, perClaim: 3 };
    const o = alignWith(custom, 0.6, 0.4);
    expect(o).toEqual({ ...custom, link: 0.6, merge: 0.4 });
    // One field order: derived options share the defaults' object layout.
    expect(Object.keys(o)).toEqual(Object.keys(DEFAULT_ALIGN));
  });
});
