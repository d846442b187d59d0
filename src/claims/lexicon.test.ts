/**
 * The synonym folding of the claims stage: words of one event meet on one stem, and words that
 * mostly name something else in news stay apart.
 */
import { describe, expect, it } from 'vitest';
import { stem } from '../nlp/stem.js';
import { canonical } from './lexicon.js';

const fold = (word: string): string => canonical(stem(word));

describe('synonym folding', () => {
  it('folds the usual paraphrases of one act', () => {
    expect(fold('detained')).toBe(fold('arrested'));
    expect(fold('captured')).toBe(fold('arrested'));
    expect(fold('declined')).toBe(fold('refused'));
  });

  it('keeps apart words whose usual news sense is another act or thing', () => {
    // Weapons, ships and territory are seized; people are arrested.
    expect(fold('seized')).not.toBe(fold('arrested'));
    // "The head of the agency" goes nowhere.
    expect(fold('head')).not.toBe(fold('go'));
  });
});
