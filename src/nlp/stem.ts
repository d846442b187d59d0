/**
 * Porter stemming (the `stemmer` package) behind a bounded cache: news text repeats words a
 * lot, and stemming is the costliest per-token step.
 */
import { stemmer } from 'stemmer';

const CACHE_LIMIT = 100_000;
let cache = new Map<string, string>();

/** Porter stem of a lowercase word (`elections` gives `elect`). Memoised, bounded memory. */
export function stem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const s = stemmer(word);
  if (cache.size >= CACHE_LIMIT) cache = new Map();
  cache.set(word, s);
  return s;
}
