import { describe, expect, it } from 'vitest';
import { claimVectors, DEFAULT_ALIGN } from './align.js';
import { facetGroups, type FacetOptions } from './facets.js';
import type { Span } from '../types.js';
import type { Claim } from './types.js';

/** A bare claim whose content words (3+ letters, not in `skip`) are its terms and marks. */
function claim(article: string, text: string, skip: string[] = []): Claim {
  const marks = [...text.matchAll(/[a-z0-9]{3,}/gi)]
    .filter((m) => !skip.includes(m[0].toLowerCase()))
    .map((m) => ({ key: `t:${m[0].toLowerCase()}`, start: m.index!, end: m.index! + m[0].length }));
  return {
    id: `${article}#0`, article, outlet: article, span: { start: 0, end: text.length }, text,
    sentence: { start: 0, end: text.length }, from: 'body', frame: null, hedged: false, hedges: [],
    negated: false, numbers: [], dates: [], entities: [], predicate: null, predicateText: null,
    irrealis: false, terms: [...new Set(marks.map((m) => m.key.slice(2)))], marks,
  };
}

const OPTS: FacetOptions = { link: 0.5, stated: 2, mass: 0.5, apartAll: 1, join: 2 };
const SKIP = ['the', 'and', 'with', 'off', 'her', 'all'];

/** Two outlets' clauses stating a collision and the rescue of the crew in one sentence each. */
const CLAIMS = [
  claim('harbour', 'The tanker struck the pier at dawn and the coast guard rescued all eleven crew members', SKIP),
  claim('coastal', 'The tanker struck the pier, and the coast guard rescued eleven crew members with a helicopter', SKIP),
];

/** The span of a phrase in a claim. */
function spanOf(c: Claim, phrase: string): Span {
  const at = c.text.indexOf(phrase);
  return { start: at, end: at + phrase.length };
}

describe('facet groups', () => {
  it('groups the fact two linked clauses share beyond the mentions that already hold them', () => {
    // An existing group points at the collision in both clauses; the rescue is left out.
    const covered = (i: number): Span[] => [spanOf(CLAIMS[i], 'The tanker struck the pier')];
    const groups = facetGroups(CLAIMS, claimVectors(CLAIMS), covered, () => true, [{ a: 0, b: 1, score: 0.9 }], DEFAULT_ALIGN, OPTS);
    expect(groups).toHaveLength(1);
    expect(groups[0].map((n) => n.claim).sort()).toEqual([0, 1]);
    for (const n of groups[0]) {
      const text = CLAIMS[n.claim].text.slice(n.start, n.end);
      // The facet is the rescue, not the collision the group already states.
      expect(text).toMatch(/eleven crew/);
      expect(text).not.toMatch(/struck/);
    }
  });

  it('adds nothing when the mentions already cover what the clauses share', () => {
    const covered = (i: number): Span[] => [CLAIMS[i].span];
    expect(facetGroups(CLAIMS, claimVectors(CLAIMS), covered, () => true, [{ a: 0, b: 1, score: 0.9 }], DEFAULT_ALIGN, OPTS)).toEqual([]);
  });

  it('needs a strong link', () => {
    const covered = (): Span[] => [];
    expect(facetGroups(CLAIMS, claimVectors(CLAIMS), covered, () => false, [{ a: 0, b: 1, score: 0.3 }], DEFAULT_ALIGN, OPTS)).toEqual([]);
    expect(facetGroups(CLAIMS, claimVectors(CLAIMS), covered, () => false, [{ a: 0, b: 1, score: 0.9 }], DEFAULT_ALIGN, { ...OPTS, link: 0 })).toEqual([]);
  });

  it('pairs no group holds together share all their features', () => {
    // Each claim is in a group of its own fact elsewhere, covering the collision.
    const covered = (i: number): Span[] => [spanOf(CLAIMS[i], 'The tanker struck the pier')];
    const groups = facetGroups(CLAIMS, claimVectors(CLAIMS), covered, () => false, [{ a: 0, b: 1, score: 0.9 }], DEFAULT_ALIGN, OPTS);
    expect(groups).toHaveLength(1);
    const withOwn = facetGroups(CLAIMS, claimVectors(CLAIMS), covered, () => false, [{ a: 0, b: 1, score: 0.9 }], DEFAULT_ALIGN, { ...OPTS, apartAll: 0 });
    expect(withOwn).toHaveLength(1);
    for (const n of withOwn[0]) expect(CLAIMS[n.claim].text.slice(n.start, n.end)).not.toMatch(/struck/);
  });
});
