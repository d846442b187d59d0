import { describe, expect, it } from 'vitest';
import { claimVectors, coreSpan, DEFAULT_ALIGN, localScore, scorePairs } from './align.js';
import { CoreMatcher } from './cores.js';
import { extractClaims } from './extract.js';
import { internStory } from './interned.js';
import { FERRY, storyInput } from './test-fixtures.js';

/** The claims of the ferry fixture story, their vectors and candidate links. */
function ferry() {
  const input = storyInput(FERRY);
  const claims = input.articles.flatMap((a) => extractClaims(a, input.extraction.get(a.id)!));
  const vectors = claimVectors(claims);
  return { claims, vectors, links: scorePairs(claims, vectors, DEFAULT_ALIGN.candidate) };
}

describe('CoreMatcher (interned cores)', () => {
  it('gives the same cores and local scores as the Map-based coreSpan and localScore', () => {
    const { claims, vectors, links } = ferry();
    expect(links.length).toBeGreaterThan(5);
    const matcher = new CoreMatcher(internStory(claims, vectors));
    let compared = 0;
    for (const l of links) {
      const shared = new Map<string, number>();
      for (const [k, w] of vectors[l.a]) if (vectors[l.b].has(k)) shared.set(k, w * vectors[l.b].get(k)!);
      const content = [...shared.keys()].filter((k) => !k.startsWith('p:')).length;
      expect(matcher.share(l.a, l.b)).toBe(content);
      const ca = coreSpan(claims[l.a], shared, DEFAULT_ALIGN.coreMass);
      const cb = coreSpan(claims[l.b], shared, DEFAULT_ALIGN.coreMass);
      expect(matcher.core(l.a, DEFAULT_ALIGN.coreMass)).toEqual(ca);
      expect(matcher.core(l.b, DEFAULT_ALIGN.coreMass)).toEqual(cb);
      if (!ca || !cb) continue;
      const local = localScore(claims[l.a], ca, vectors[l.a], claims[l.b], cb, vectors[l.b], DEFAULT_ALIGN);
      expect(matcher.local(l.a, ca, l.b, cb, DEFAULT_ALIGN.mass)).toBe(local);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('finds a core around the shared words of two reports of the same event', () => {
    const { claims, vectors, links } = ferry();
    const matcher = new CoreMatcher(internStory(claims, vectors));
    const l = links[0];
    matcher.share(l.a, l.b);
    const core = matcher.core(l.a, DEFAULT_ALIGN.coreMass)!;
    const c = claims[l.a];
    expect(core.start).toBeGreaterThanOrEqual(c.span.start);
    expect(core.end).toBeLessThanOrEqual(c.span.end);
    expect(core.end).toBeGreaterThan(core.start);
  });
});
