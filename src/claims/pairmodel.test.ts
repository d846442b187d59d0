import { describe, expect, it } from 'vitest';
import { claimVectors } from './align.js';
import { extractClaims } from './extract.js';
import { DEFAULT_PAIR_MODEL, fitPairModel, pairContext, pairFeatures, pairProbability, PAIR_FEATURES } from './pairmodel.js';
import { FERRY, storyInput } from './test-fixtures.js';
import type { Claim } from './types.js';

/** The claims of the ferry story (original, rival and island outlets). */
function ferryClaims(): Claim[] {
  const input = storyInput(FERRY.slice(0, 3));
  return input.articles.flatMap((a) => extractClaims(a, input.extraction.get(a.id)!));
}

function find(claims: Claim[], article: string, phrase: string): number {
  const i = claims.findIndex((c) => c.article === article && c.text.includes(phrase));
  expect(i, phrase).toBeGreaterThanOrEqual(0);
  return i;
}

function probability(claims: Claim[], i: number, j: number): number {
  const v = claimVectors(claims);
  let cos = 0;
  for (const [k, w] of v[i]) cos += w * (v[j].get(k) ?? 0);
  return pairProbability(pairFeatures(claims[i], claims[j], cos, pairContext(claims)));
}

describe('pair model', () => {
  it('has one weight per feature', () => {
    expect(DEFAULT_PAIR_MODEL.weights).toHaveLength(PAIR_FEATURES.length);
  });

  it('scores a paraphrase with the same count above an unrelated pair', () => {
    const claims = ferryClaims();
    const rescued = find(claims, 'gazette', 'rescued 112 people');
    const pulled = find(claims, 'coastal', 'pulled 112 people');
    const captain = find(claims, 'coastal', 'captain was not on the bridge');
    const same = probability(claims, rescued, pulled);
    expect(same).toBeGreaterThan(0.5);
    expect(same).toBeGreaterThan(probability(claims, rescued, captain) + 0.3);
  });

  it('reads a shared number with the same unit as its own feature', () => {
    const claims = ferryClaims();
    const x = pairFeatures(claims[find(claims, 'gazette', 'rescued 112 people')], claims[find(claims, 'coastal', 'pulled 112 people')], 0.5, pairContext(claims));
    expect(x[PAIR_FEATURES.indexOf('numberUnit')]).toBe(1);
    expect(x[PAIR_FEATURES.indexOf('numberOther')]).toBe(0);
  });

  it('fits a separable toy set deterministically', () => {
    const rows = [
      { x: [1, 0.9, 2, 1, 0, 1, 1, 0, 0.6, 0.8, 0], y: 1 },
      { x: [1, 0.8, 1, 0, 0, 1, 1, 1, 0.5, 0.7, 0], y: 1 },
      { x: [1, 0.2, 0, 0, 0, 1, 0, 0, 0.1, 0.4, 0], y: 0 },
      { x: [1, 0.3, 0, 0, 1, 0, 0, 0, 0.1, 0.9, 1], y: 0 },
      { x: [1, 0.1, 0, 0, 0, 2, 0, 0, 0.05, 0.5, 0], y: 0 },
    ];
    const a = fitPairModel(rows, 500);
    expect(fitPairModel(rows, 500)).toEqual(a);
    for (const r of rows) expect(pairProbability(r.x, a) >= 0.5).toBe(r.y === 1);
  });
});

describe('attribution frames', () => {
  it('keeps a refusal as the statement ("refused to comment" is not a frame)', () => {
    const claims = ferryClaims();
    const c = claims[find(claims, 'gazette', 'refused to comment')];
    expect(c.frame).toBeNull();
  });
});

describe('stories aligned through the pair model', () => {
  it('groups paraphrases and keeps a number conflict contested', async () => {
    const { analyzeStoryClaims } = await import('./index.js');
    const { DEFAULT_ALIGN } = await import('./align.js');
    const out = analyzeStoryClaims(storyInput(FERRY.slice(0, 3)), { align: { ...DEFAULT_ALIGN, pairModel: 1 } }).claims;
    // Mentions are narrowed to what the group shares ("112 people from the water"): the group is
    // found by where its mentions stand.
    const at = (id: string, phrase: string) => {
      const i = FERRY.find((f) => f.id === id)!.text.indexOf(phrase);
      return (m: { article: string; start: number; end: number }) => m.article === id && m.start < i + phrase.length && i < m.end;
    };
    const rescue = out.find((g) => g.mentions.some(at('gazette', 'rescued 112')) && g.mentions.some(at('coastal', 'pulled 112')));
    expect(rescue?.mentions.every((m) => m.text.includes('112 people'))).toBe(true);
    expect(rescue?.status).toBe('corroborated');
    const inquiry = out.find((g) => g.kind === 'date');
    expect(inquiry?.mentions.map((m) => m.value).join(' ')).toMatch(/March 20.*March 24|March 24.*March 20/);
  });
});
