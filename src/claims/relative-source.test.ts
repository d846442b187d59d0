/**
 * A bare relative pronoun the attribution stage could not tie to a speaker ("the new route,
 * which adds three crossings") names no one: it is no frame and no origin, so the statement
 * stays the outlet's own. A relative right after a name ("The Transport Ministry, which said")
 * stands for that name, and a pronoun no earlier source explains ("She said ...") for the
 * nearest name of its kind before it.
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
      'Harbour director Lena Hoff toured the site of the new pier on Monday.',
      'She said the first crossings would start in the second week of June.',
      'A spokesman for the county, Erik Vold, confirmed that the old quay would close in May.',
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

  it('reads a pronoun no earlier source explains as the nearest person named before it', () => {
    const start = claims.find((c) => c.text.includes('first crossings'));
    expect(start?.frame?.source?.text).toMatch(/Hoff$/);
    expect(start?.frame?.sourceEntity).toBeTruthy();
  });

  it('keeps a source span free of the commas around an apposition', () => {
    const quay = claims.find((c) => c.text.includes('old quay'));
    expect(quay?.frame?.source?.text).toMatch(/Erik Vold$/);
  });
});
