import { describe, expect, it } from 'vitest';
import { StoryClusterer, type ClusterInput } from './cluster.js';

// Invented reports of two arrests of one (invented) footballer, alternating, each a little different.
const ellsmere = 'Harwick Rovers midfielder Kasper Lindqvist was arrested for drink-driving on Mill Lane in Ellsmere on Saturday in 2019.';
const portbridge = 'Calder Athletic midfielder Kasper Lindqvist was arrested after his car hit a van on Quay Street in Portbridge on Thursday in 2023.';
const reports: ClusterInput[] = Array.from({ length: 16 }, (_, i) => ({
  id: `r${i}`, published: null, language: 'en',
  text: `${i % 2 === 0 ? ellsmere : portbridge} Report ${i + 1} quoted police officers at the scene.`,
}));

describe('a story merged back is not split again at once', () => {
  it('waits for the merged story to grow before the next split check', () => {
    // Every article joins, every tidy merges and splits come easily: merge and split disagree.
    const c = new StoryClusterer({ params: { threshold: -1, mergeAbove: -1, mergeSlack: 10 } });
    let joinedBefore = false;
    let splits = 0;
    let joins = 0;
    for (const x of reports) {
      c.add(x);
      const moves = c.drainMoves();
      const split = moves.some((m) => m.evidence.reason === 'split');
      const joined = moves.some((m) => m.evidence.reason === 'join');
      // The article right after a merge does not undo it.
      if (joinedBefore) expect(split).toBe(false);
      if (split) splits++;
      if (joined) joins++;
      joinedBefore = joined;
    }
    expect(splits).toBeGreaterThan(0);
    expect(joins).toBeGreaterThan(0);
    // Without the wait the story flipped on every article (8 splits in 16 reports).
    expect(splits).toBeLessThan(6);
  });
});
