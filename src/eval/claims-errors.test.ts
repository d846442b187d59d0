import { describe, expect, it } from 'vitest';
import { claimErrors } from './claims-errors.js';
import type { GoldClaims, PredictedGroup } from './claims.js';

// Two articles: "Rangers seized 40 kilos of ivory near the river" and "Park rangers seized 40kg
// of ivory; two poachers fled". Gold facts: the seizure (s), the place (p), the flight (f).
const gold: GoldClaims = {
  story: 'ivory',
  claims: [
    { id: 's', kind: 'corroborated', mentions: [{ doc: 'a', start: 0, end: 30 }, { doc: 'b', start: 0, end: 34 }] },
    { id: 'p', kind: 'corroborated', mentions: [{ doc: 'a', start: 31, end: 47 }, { doc: 'b', start: 60, end: 80 }] },
    { id: 'f', kind: 'single', mentions: [{ doc: 'b', start: 36, end: 58 }] },
  ],
};
const group = (mentions: [string, number, number][]): PredictedGroup => ({ status: 'corroborated', mentions: mentions.map(([article, start, end]) => ({ article, start, end })) });

describe('claimErrors', () => {
  it('tells a span covering two facts from a member stating another fact', () => {
    // a's mention covers the seizure and the place: its place mention pairs with b's seizure.
    const wide = claimErrors(gold, [group([['a', 0, 47], ['b', 0, 34]])]);
    expect(wide).toMatchObject({ correctPairs: 1, multiSpan: 1, wrongMember: 0, neverGrouped: 1, split: 0 });
    // b's flight clause joins the seizure group: a member on another fact.
    const stray = claimErrors(gold, [group([['a', 0, 30], ['b', 0, 34], ['b', 36, 58]])]);
    expect(stray).toMatchObject({ correctPairs: 1, multiSpan: 0, wrongMember: 1 });
  });

  it('counts a missed pair as split when both mentions are grouped, apart', () => {
    const e = claimErrors(gold, [group([['a', 0, 30], ['b', 0, 34]]), group([['a', 31, 47], ['b', 36, 58]]), group([['b', 60, 80], ['a', 0, 30]])]);
    expect(e.split).toBe(1);
    expect(e.neverGrouped).toBe(0);
    expect(e.missedByGroup.get('p')).toBe(1);
  });
});
