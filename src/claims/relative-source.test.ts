/**
 * A bare relative pronoun the attribution stage could not tie to a speaker ("the new route,
 * which adds three crossings") names no one: it is no frame and no origin, so the statement
 * stays the outlet's own. A relative right after a name ("The Transport Ministry, which said")
 * stands for that name.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from './index.js';
import { storyInput, type FixtureArticle } from './test-fixtures.js';

const FERRY: FixtureArticle[] = [
  {
    id: 'gazette',
    outlet: 'Fjord Gazette',
    published: '2026-05-04',
    text: [
      'New ferry route to open in June',
      'The county approved the northern ferry route, which adds three crossings a day and a new pier at Holm.',
      'The Transport Ministry, which said the route would cost 40 million, will pay half of it.',
    ].join('\n'),
  },
];

const input = storyInput(FERRY);
const claims = extractClaims(input.articles[0], input.extraction.get('gazette')!);

describe('relative pronouns as sources', () => {
  it('gives no frame to a clause whose only source is a bare "which"', () => {
    const sources = claims.map((c) => c.frame?.source?.text.trim().toLowerCase() ?? null);
    expect(sources).not.toContain('which');
    expect(sources).not.toContain('that');
    expect(claims.some((c) => c.text.includes('three crossings'))).toBe(true);
  });

  it('reads a relative right after a name as that name', () => {
    const cost = claims.find((c) => c.text.includes('40 million'));
    expect(cost?.frame?.source?.text).toMatch(/Transport Ministry$/);
    expect(cost?.text).not.toMatch(/^which/);
  });
});
