import { describe, expect, it } from 'vitest';
import { splitSentences, prepareText, prepareClaim } from './text.js';
import { LEXICONS, matchLexicon } from './lexicon.js';
import { fitBoosted, predictProba, compactModel } from './gbm.js';
import { FEATURE_NAMES, pairFeatures } from './features.js';
import { claimHash, idfOf } from './model.js';
import { confusion, fncScore, macroF1, perClass } from '../eval/stance.js';
import type { Verdict } from './model.js';

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks, keeping offsets into the text', () => {
    const text = 'Mr. Haddow spoke first. The vote was close!\nA second paragraph follows here.\n\n  Last one?';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Mr. Haddow spoke first.',
      'The vote was close!',
      'A second paragraph follows here.',
      'Last one?',
    ]);
  });

  it('does not split after an initial', () => {
    const text = 'The report by J. Smith was published. It was long.';
    expect(splitSentences(text)).toHaveLength(2);
  });
});

describe('lexicons', () => {
  it('matches single words and multi-word phrases on word boundaries', () => {
    const words = 'officials said the story is not true and the photo was fake'.split(' ');
    expect(matchLexicon(LEXICONS.refute, words)).toEqual([5, 11]);
    expect(matchLexicon(LEXICONS.report, words)).toEqual([1]);
    expect(matchLexicon(LEXICONS.refute, 'the photo was faked'.split(' '))).toEqual([3]);
    expect(matchLexicon(LEXICONS.refute, 'a fakery'.split(' '))).toEqual([]);
  });
});

describe('pairFeatures', () => {
  const idf = idfOf({ docs: 10, df: { said: 9, council: 2 } });
  const claim = 'Council approves new bridge over the Tarrow';
  const body = prepareText('The council approved a new bridge over the river Tarrow on Monday.\nWork starts in spring.');

  it('has one value per feature name', () => {
    const { vector } = pairFeatures(claim, prepareClaim(claim), body, idf);
    expect(vector).toHaveLength(FEATURE_NAMES.length);
    expect(vector.every(Number.isFinite)).toBe(true);
  });

  it('ranks the sentence that shares the claim words first', () => {
    const { ranked, vector } = pairFeatures(claim, prepareClaim(claim), body, idf);
    expect(ranked[0].index).toBe(0);
    expect(ranked[0].score).toBeGreaterThan(0.8);
    const other = prepareText('Rain is expected across the north tomorrow.');
    const far = pairFeatures(claim, prepareClaim(claim), other, idf).vector;
    const cos = FEATURE_NAMES.indexOf('cosine');
    expect(vector[cos]).toBeGreaterThan(far[cos]);
    expect(far[cos]).toBe(0);
  });

  it('sees a denial near the claim words', () => {
    const denied = prepareText('The council denied that it approved a bridge over the Tarrow, calling the report false.');
    const v = pairFeatures(claim, prepareClaim(claim), denied, idf).vector;
    expect(v[FEATURE_NAMES.indexOf('refuteNear')]).toBeGreaterThan(0);
    expect(v[FEATURE_NAMES.indexOf('refuteCover')]).toBeGreaterThan(0.5);
    const plain = pairFeatures(claim, prepareClaim(claim), body, idf).vector;
    expect(plain[FEATURE_NAMES.indexOf('refuteNear')]).toBe(0);
  });
});

describe('fitBoosted', () => {
  it('learns an interaction of two features (XOR) and predicts probabilities', () => {
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 200; i++) {
      const a = (i * 37) % 100 / 100;
      const b = (i * 61) % 100 / 100;
      X.push([a, b, (i % 7) / 7]);
      y.push((a > 0.5) !== (b > 0.5) ? 1 : 0);
    }
    const model = compactModel(fitBoosted(X, y, y.map(() => 1), ['no', 'yes'], { rounds: 60, depth: 2, learningRate: 0.3, lambda: 1, minChild: 1, bins: 16 }));
    const p = (a: number, b: number): number => predictProba(model, [a, b, 0.5])[1];
    expect(p(0.2, 0.8)).toBeGreaterThan(0.8);
    expect(p(0.8, 0.2)).toBeGreaterThan(0.8);
    expect(p(0.2, 0.2)).toBeLessThan(0.2);
    expect(p(0.9, 0.9)).toBeLessThan(0.2);
  });
});

describe('stance metrics', () => {
  const gold: Verdict[] = ['supports', 'contradicts', 'discusses', 'unrelated', 'unrelated', 'discusses'];
  const pred: Verdict[] = ['supports', 'discusses', 'discusses', 'unrelated', 'discusses', 'discusses'];

  it('computes per-class figures and macro F1', () => {
    const m = confusion(gold, pred);
    const pc = perClass(m);
    expect(pc.find((c) => c.verdict === 'contradicts')?.f1).toBe(0);
    expect(pc.find((c) => c.verdict === 'supports')?.f1).toBe(1);
    // discusses: P 2/4, R 1 -> F1 2/3; unrelated: P 1, R 1/2 -> 2/3.
    expect(macroF1(m)).toBeCloseTo((1 + 0 + 2 / 3 + 2 / 3) / 4, 10);
  });

  it('computes the FNC-1 weighted score', () => {
    // related right: 4 pairs (x0.25) + right label 3 (x0.75); unrelated right 1 (x0.25).
    const { score, max } = fncScore(confusion(gold, pred));
    expect(score).toBeCloseTo(4 * 0.25 + 3 * 0.75 + 0.25, 10);
    expect(max).toBeCloseTo(4 + 2 * 0.25, 10);
  });
});

describe('claimHash', () => {
  it('ignores case and spacing only', () => {
    expect(claimHash('Giant  squid found')).toBe(claimHash('giant squid found'));
    expect(claimHash('Giant squid found')).not.toBe(claimHash('Giant squid lost'));
  });
});
