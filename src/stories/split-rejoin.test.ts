import { describe, expect, it } from 'vitest';
import { StoryClusterer, type ClusterInput } from './cluster.js';

// Invented reports of one event told in two strands (the opening, the traffic), alternating.
const opening = 'Mayor Ines Vardy opened the 40 million Tolka Bridge in Brenmouth, cutting a ribbon before a brass band and a crowd of families.';
const traffic = 'Drivers queued for hours as the 40 million Tolka Bridge in Brenmouth opened, and Mayor Ines Vardy asked commuters for patience with the new junctions.';
const reports: ClusterInput[] = Array.from({ length: 16 }, (_, i) => ({
  id: `r${i}`, published: null, language: 'en',
  text: `${i % 2 === 0 ? opening : traffic} Update ${i + 1} from the city desk.`,
}));

describe('split pieces merged back are not split again at once', () => {
  it('waits for the rejoined story to grow before the next split check', () => {
    // Every article joins, splits come easily, and split pieces that agree always rejoin (no
    // plain merge): split and rejoin disagree, so the story would flip on every article.
    const c = new StoryClusterer({
      params: { threshold: -1, splitBelow: 1, splitGap: 0, mergeAbove: 2, mergeRatio: 0, mergeAgreeAbove: -1, mergeSlack: 10 },
    });
    let joinedBefore = false;
    let splits = 0;
    let joins = 0;
    for (const x of reports) {
      c.add(x);
      const moves = c.drainMoves();
      const split = moves.some((m) => m.evidence.reason === 'split');
      const joined = moves.some((m) => m.evidence.reason === 'join');
      // The article right after a rejoin does not undo it.
      if (joinedBefore) expect(split).toBe(false);
      if (split) splits++;
      if (joined) joins++;
      joinedBefore = joined;
    }
    expect(splits).toBeGreaterThan(0);
    expect(joins).toBeGreaterThan(0);
  });
});
