import { describe, expect, it } from 'vitest';
import { StoryClusterer, type ClusterInput } from './cluster.js';
import { memberSupported, type Similarities } from './score.js';

// Fixture articles written for these tests (no third-party text): a council story in one
// invented town, and a football report from the same town on the same weekday that shares its
// names and day but hardly any of its vocabulary.
const council: ClusterInput[] = [
  {
    id: 'c1', published: '2025-03-04', language: 'en', title: 'Harwick council approves river cycle lanes',
    text: `Harwick council approves river cycle lanes
Harwick councillors on Tuesday approved painted cycle lanes and bollards along the river road, mayor Edith Corran said.
The scheme will cost the Harwick council budget about 400,000 pounds and work starts in May.`,
  },
  {
    id: 'c2', published: '2025-03-04', language: 'en', title: 'Cycle lanes for Harwick river road after council vote',
    text: `Cycle lanes for Harwick river road after council vote
Mayor Edith Corran said on Tuesday that Harwick council had voted for cycle lanes and bollards on the river road.
Residents asked about parking; the council said work starts in May.`,
  },
];
const football: ClusterInput = {
  id: 'f1', published: '2025-03-04', language: 'en', title: 'Harwick Rovers beat Dunmore on Tuesday',
  text: `Harwick Rovers beat Dunmore on Tuesday
Harwick Rovers scored twice late on Tuesday to beat Dunmore, with mayor Edith Corran watching from the stand.
Striker Kasper Lindqvist headed the winner from a corner.`,
};

function sims(terms: number, member: number, size: number): Similarities {
  return { terms, member, size } as Similarities;
}

describe('content floor (minContent)', () => {
  it('makes a story ineligible when the article shares too little vocabulary with it', () => {
    const p = { memberSupport: 0.6, minContent: 0.12 } as Parameters<typeof memberSupported>[1];
    expect(memberSupported(sims(0.3, 0.3, 5), p)).toBe(true);
    expect(memberSupported(sims(0.08, 0.08, 5), p)).toBe(false);
    // Also for a one-article story, where the drift guard does not apply.
    expect(memberSupported(sims(0.08, 0.08, 1), p)).toBe(false);
    expect(memberSupported(sims(0.08, 0.08, 5), { ...p, minContent: 0 })).toBe(true);
  });

  it('keeps out an article that only names, places and a weekday tie to the story', () => {
    // Weights that let shared names and days carry a score past the threshold on their own.
    const params = { content: 1, member: 0, lead: 0, names: 2, nameBaseline: 0, dates: 1, dateBaseline: 0, threshold: 0.05, memberSupport: 0.62 };
    const run = (minContent: number) => {
      const c = new StoryClusterer({ refine: false, params: { ...params, minContent } });
      const first = council.map((a) => c.add(a));
      return { first, f: c.add(football) };
    };
    const open = run(0);
    expect(open.first[1].story).toBe(open.first[0].story);
    expect(open.f.story).toBe(open.first[0].story);
    expect(open.f.evidence.similarities?.terms).toBeLessThan(0.2);
    const floored = run(0.2);
    expect(floored.first[1].story).toBe(floored.first[0].story);
    expect(floored.f.evidence.reason).toBe('new');
    expect(floored.f.evidence.bestRejected?.score).toBeGreaterThanOrEqual(params.threshold);
  });
});
