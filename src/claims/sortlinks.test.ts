import { describe, expect, it } from 'vitest';
import { sortLinks, type ClaimLink } from './align.js';

/** A small deterministic generator (no Math.random in tests). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('sortLinks', () => {
  it('orders links as the comparator does: best score first, then by claim indices', () => {
    for (const n of [0, 1, 2, 3, 7, 64, 1000]) {
      const rand = lcg(n + 1);
      const links: ClaimLink[] = [];
      // Few distinct scores, so ties are common and the indices decide.
      for (let i = 0; i < n; i++) links.push({ a: Math.floor(rand() * 20), b: Math.floor(rand() * 20), score: Math.floor(rand() * 5) / 4 });
      const expected = [...links].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
      expect(sortLinks(links)).toEqual(expected);
      // Stable: equal links keep their order (the very objects of the comparator sort).
      links.forEach((l, i) => expect(l).toBe(expected[i]));
    }
  });
});
