import { describe, expect, it } from 'vitest';
import { StoryClusterer, type ClusterInput } from './cluster.js';

// Fixture articles written for these tests (no third-party text): a ferry grounding off an
// invented island, and a lighthouse reopening on another; two lighthouse reports arrive while the
// ferry story is the only story (a threshold low enough that they join it), then two more are
// pinned to a lighthouse story of their own by a correction, then the ferry story grows.
const ferry = (id: string, day: string, lead: string): ClusterInput => ({
  id, published: day, language: 'en', title: lead,
  text: `${lead}
The ferry Marrow Star ran aground on the Tenby shoal off Quarry Island on Friday with 140 passengers aboard, harbour master Odile Venn said.
Tugs refloated the ferry at high tide and the passengers came ashore at Quarry Island pier.`,
});
const light = (id: string, day: string, lead: string): ClusterInput => ({
  id, published: day, language: 'en', title: lead,
  text: `${lead}
The restored lighthouse on Gullrock Head reopened to visitors on Friday after two years of repairs to its lantern and stair, keeper Anwen Strade said.
Visitors can climb the 112 steps to the lantern gallery every weekend.`,
});
const f1 = ferry('f1', '2025-05-02', 'Ferry aground off Quarry Island');
const l1 = light('l1', '2025-05-02', 'Gullrock Head lighthouse reopens');
const l2 = light('l2', '2025-05-02', 'Visitors return to Gullrock lighthouse');
const l3 = light('l3', '2025-05-03', 'Gullrock lighthouse lantern shines again');
const l4 = light('l4', '2025-05-03', 'Gullrock Head keeper welcomes first visitors');
const f2 = ferry('f2', '2025-05-03', 'Marrow Star refloated at high tide');

function run(splitHome: number | undefined) {
  const c = new StoryClusterer({
    params: { threshold: -1, memberSupport: 0, moveMargin: 1, mergeAbove: 0.5, mergeAgreeAbove: undefined, splitHome },
    corrections: [{ kind: 'pin', article: 'l3', story: 'lighthouse' }, { kind: 'pin', article: 'l4', story: 'lighthouse' }],
  });
  const story = new Map<string, string>();
  for (const a of [f1, l1, l2, l3, l4, f2]) {
    story.set(a.id, c.add(a).story);
    for (const m of c.drainMoves()) story.set(m.article, m.story);
  }
  return story;
}

describe('a home for a split-off group (splitHome)', () => {
  it('sends the lighthouse reports split off the ferry story to the lighthouse story', () => {
    const on = run(4);
    expect(on.get('f2')).toBe(on.get('f1'));
    expect(on.get('l1')).toBe('lighthouse');
    expect(on.get('l2')).toBe('lighthouse');
  });

  it('starts a new story for them with the option off', () => {
    const off = run(undefined);
    expect(off.get('f2')).toBe(off.get('f1'));
    expect(off.get('l1')).toBe(off.get('l2'));
    expect(off.get('l1')).not.toBe(off.get('f1'));
    expect(off.get('l1')).not.toBe('lighthouse');
  });
});
