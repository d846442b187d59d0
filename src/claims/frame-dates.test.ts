import { describe, expect, it } from 'vitest';
import { analyzeStoryClaims } from './index.js';
import { storyInput, type FixtureArticle } from './test-fixtures.js';

/**
 * Two outlets report one ultimatum. One dates the statement ("said on Monday that ..."), the other
 * the deadline itself: the statement's date is no value of the deadline's slot, so the outlets do
 * not contradict each other, and the statement's date still reaches the timeline.
 */
const ULTIMATUM: FixtureArticle[] = [
  {
    id: 'valley-post',
    outlet: 'Valley Post',
    published: '2026-05-13',
    text:
      'Port strike talks collapse\n\n' +
      'Harbour director Ilse Marrow said on May 11 that the dockworkers union must accept the new wage offer or lose its contract. ' +
      'The union has rejected three earlier offers since March.',
  },
  {
    id: 'coast-courier',
    outlet: 'Coast Courier',
    published: '2026-05-13',
    text:
      'Dockworkers given wage ultimatum\n\n' +
      'The dockworkers union must accept the new wage offer by May 20 or lose its contract, harbour director Ilse Marrow warned. ' +
      'Union leaders called the ultimatum an insult to their members.',
  },
];

describe('dates of the attribution frame', () => {
  const input = storyInput(ULTIMATUM);
  const result = analyzeStoryClaims(input);
  const offer = result.claims.filter((g) =>
    g.mentions.some((m) => input.articles.find((a) => a.id === m.article)!.text.slice(m.start, m.end).includes('accept')),
  );

  it('do not turn the date of a statement into a conflicting value', () => {
    expect(offer.length).toBeGreaterThan(0);
    for (const g of offer) expect(g.status, g.text).not.toBe('contested');
  });

  it('still date the statement in the timeline', () => {
    expect(result.timeline.map((t) => t.value)).toContain('2026-05-11');
  });
});
