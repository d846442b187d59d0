import { describe, expect, it } from 'vitest';
import { StoryClusterer, type ClusterInput } from './cluster.js';
import { memberSupported, type Similarities } from './score.js';

// Fixture articles written for these tests (no third-party text). Each reports a different
// council decision with one of several stock sentences, so a story made of all of them has a
// centroid of stock phrasing; a newcomer that uses all the stock sentences matches that
// centroid better than it matches any one of the articles.
const stock = [
  'Councillors voted on the proposal at a crowded meeting on Tuesday evening.',
  'Residents who attended asked pointed questions about the budget and the timetable.',
  'Officials promised further details on the council website in the coming weeks.',
  'Opposition members complained that consultation with local businesses had been rushed.',
  'A spokeswoman said contractors would be appointed after an open tender.',
];
const topics: Array<[string, string]> = [
  ['Harwick council approves new cycle lanes along the river road', 'The Harwick scheme adds painted cycle lanes and bollards along the river road near the rowing club.'],
  ['Pellmouth council backs library extension', 'Pellmouth will extend its central library with a reading garden, study rooms and a children\'s wing.'],
  ['Ostbury council agrees parking charges rise', 'Ostbury drivers will pay more at the harbour car parks, where hourly tariffs rise from April.'],
  ['Kesdale council funds flood barriers', 'Kesdale will install demountable flood barriers on the quay after repeated winter flooding of shops.'],
  ['Marford council approves school kitchen upgrades', 'Marford primary schools will get new ovens, freezers and canteen furniture under the plan.'],
];
const articles: ClusterInput[] = topics.map(([title, lead], i) => ({
  id: `council-${i}`, published: '2025-02-04', language: 'en', title, text: `${title}\n${lead} ${stock[i]}`,
}));
const newcomer: ClusterInput = {
  id: 'council-new', published: '2025-02-04', language: 'en',
  title: 'Tamford council approves bus shelter repairs',
  text: `Tamford council approves bus shelter repairs\nTamford will repair glass bus shelters on the ring road. ${stock.join(' ')}`,
};

function sims(terms: number, member: number, size: number): Similarities {
  return { terms, member, size } as Similarities;
}

describe('drift guard (memberSupport)', () => {
  it('requires a recent member to back the centroid match of a story of 2 or more', () => {
    const p = { memberSupport: 0.6 } as Parameters<typeof memberSupported>[1];
    expect(memberSupported(sims(0.5, 0.4, 5), p)).toBe(true);
    expect(memberSupported(sims(0.5, 0.2, 5), p)).toBe(false);
    expect(memberSupported(sims(0.5, 0.2, 1), p)).toBe(true);
    expect(memberSupported(sims(0.5, 0.2, 5), { ...p, memberSupport: 0 })).toBe(true);
  });

  it('keeps a newcomer out of a blended story no member resembles', () => {
    const run = (memberSupport: number) => {
      const c = new StoryClusterer({ refine: false, params: { memberSupport }, corrections: articles.map((a) => ({ kind: 'pin' as const, article: a.id, story: 'blend' })) });
      for (const a of articles) c.add(a);
      return c.add(newcomer);
    };
    const open = run(0);
    const guarded = run(0.62);
    // Without the guard the blended centroid takes it; with it, no member backs the match.
    expect(open.story).toBe('blend');
    expect(open.score).toBeGreaterThanOrEqual(open.evidence.threshold);
    expect(guarded.story).not.toBe('blend');
    expect(guarded.evidence.reason).toBe('new');
    expect(guarded.evidence.bestRejected?.story).toBe('blend');
  });
});
