import { describe, expect, it } from 'vitest';
import { goldFactOf, oracleGroups } from './oracle.js';
import { scoreClaims, type GoldClaims, type PredictedGroup } from '../eval/claims.js';

// Three articles; each states "the ferry sank" (gold f1) at 0-20 and "forty passengers were
// rescued" (gold f2) at 30-60.
const gold: GoldClaims = {
  story: 'ferry',
  claims: [
    { id: 'f1', kind: 'corroborated', mentions: ['a', 'b', 'c'].map((doc) => ({ doc, start: 0, end: 20 })) },
    { id: 'f2', kind: 'corroborated', mentions: ['a', 'b', 'c'].map((doc) => ({ doc, start: 30, end: 60 })) },
  ],
};
const group = (...ms: [string, number, number][]): PredictedGroup => ({ status: 'corroborated', mentions: ms.map(([article, start, end]) => ({ article, start, end })) });

describe('claim oracles', () => {
  it('names the gold fact a group covers in the most articles', () => {
    expect(goldFactOf(gold, group(['a', 2, 8], ['b', 2, 8], ['c', 35, 40]))).toBe('f1');
    expect(goldFactOf(gold, group(['a', 70, 80]))).toBe('');
  });

  it('membership drops the mention of another fact, spans keep it', () => {
    const pred = [group(['a', 2, 8], ['b', 2, 8], ['c', 35, 40])];
    expect(oracleGroups(gold, pred, 'membership')[0].mentions.map((m) => m.article)).toEqual(['a', 'b']);
    expect(scoreClaims(gold, oracleGroups(gold, pred, 'membership')).precision).toBe(1);
    expect(oracleGroups(gold, pred, 'spans')[0].mentions).toEqual([
      { article: 'a', start: 0, end: 20 },
      { article: 'b', start: 0, end: 20 },
      { article: 'c', start: 35, end: 40 },
    ]);
  });

  it('a mention spanning both facts counts wrong pairs until its span is the gold one', () => {
    const pred = [group(['a', 0, 60], ['b', 5, 15])];
    expect(scoreClaims(gold, pred).precision).toBe(0.5);
    expect(scoreClaims(gold, oracleGroups(gold, pred, 'spans')).precision).toBe(1);
  });

  it('merge joins the split groups of one fact', () => {
    const pred = [group(['a', 2, 8], ['b', 2, 8]), group(['c', 2, 8], ['b', 40, 50])];
    expect(scoreClaims(gold, pred).recall).toBeCloseTo(1 / 6);
    const merged = oracleGroups(gold, pred, 'merge');
    expect(merged).toHaveLength(1);
    expect(scoreClaims(gold, merged).recall).toBe(0.5);
    const both = oracleGroups(gold, pred, 'merge+membership');
    expect(scoreClaims(gold, both)).toMatchObject({ precision: 1, recall: 0.5 });
  });
});
