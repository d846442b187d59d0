import { describe, expect, it } from 'vitest';
import { StoryClusterer, type ClusterInput } from './cluster.js';

// Fixture articles written for these tests (no third-party text): a bridge closure in an
// invented river town told in two reports, a later report of it with fewer of the same words,
// and a second bridge story from another invented town.
const bridge: ClusterInput[] = [
  {
    id: 'b1', published: '2025-06-10', language: 'en', title: 'Cracks close Farrow river bridge',
    text: `Cracks close Farrow river bridge
Engineers closed the old stone bridge over the Farrow river after divers found cracks in two piers, mayor Ilse Marrot said.
Buses will cross at the ferry landing while the piers are surveyed.`,
  },
  {
    id: 'b2', published: '2025-06-10', language: 'en', title: 'Farrow bridge shut as divers find cracked piers',
    text: `Farrow bridge shut as divers find cracked piers
Divers found cracks in two piers of the stone bridge over the Farrow river, and engineers shut it, mayor Ilse Marrot said.
The survey of the piers may take a month.`,
  },
];
const later: ClusterInput = {
  id: 'b3', published: '2025-06-11', language: 'en', title: 'Ferry queues grow in Farrow',
  text: `Ferry queues grow in Farrow
Commuters waited an hour at the ferry landing on Wednesday, a day after the bridge closed; mayor Ilse Marrot asked for patience while engineers survey the piers.`,
};
const otherBridge: ClusterInput[] = [
  {
    id: 'o1', published: '2025-06-10', language: 'en', title: 'Sallow raises ferry fares',
    text: `Sallow raises ferry fares
Ferry fares in Sallow rise by a fifth from July, councillor Ben Otway said, to pay for a new landing.
Commuters who cross daily can buy a cheaper monthly pass.`,
  },
];

function run(params: Record<string, number>, stories: ClusterInput[][]) {
  const c = new StoryClusterer({ refine: false, params: { memberSupport: 0.62, ...params } });
  const first = stories.flat().map((a) => c.add(a));
  return { first, later: c.add(later) };
}

describe('uncontested join (joinSlack, joinMargin)', () => {
  // The later report's score against the bridge story, measured with the option off.
  const probe = run({ threshold: 0.5 }, [bridge]).later;
  const score = probe.evidence.bestRejected?.score ?? Number.NaN;

  it('joins a weak match just under the threshold when no other story competes', () => {
    expect(score).toBeGreaterThan(0.05);
    // A threshold just above the report's score: it starts a story of its own ...
    const threshold = score + 0.01;
    const off = run({ threshold }, [bridge]);
    expect(off.first[1].story).toBe(off.first[0].story);
    expect(off.later.evidence.reason).toBe('new');
    // ... unless the match is uncontested and within the slack.
    const on = run({ threshold, joinSlack: 0.02, joinMargin: 0.02 }, [bridge]);
    expect(on.later.story).toBe(on.first[0].story);
    expect(on.later.evidence.reason).toBe('score');
    expect(on.later.score).toBeLessThan(threshold);
    // Not beyond the slack.
    expect(run({ threshold: score + 0.03, joinSlack: 0.02, joinMargin: 0.02 }, [bridge]).later.evidence.reason).toBe('new');
  });

  it('leaves a weak match to the threshold when another story scores nearly as well', () => {
    const both = run({ threshold: 0.5 }, [bridge, otherBridge]).later;
    const best = both.evidence.bestRejected?.score ?? Number.NaN;
    // The other town's ferry story shares the ferry and commuter words: it is the runner-up.
    const c = new StoryClusterer({ refine: false, params: { memberSupport: 0.62, threshold: 0.5 } });
    for (const a of [...bridge, ...otherBridge]) c.add(a);
    const rival = c.explain(later, otherBridge[0]).score;
    expect(rival).toBeGreaterThan(0);
    expect(rival).toBeLessThan(best);
    const threshold = best + 0.01;
    const at = (joinMargin: number, stories: ClusterInput[][]) => run({ threshold, joinSlack: 0.02, joinMargin }, stories).later;
    // A lead over the rival smaller than asked for: left to the threshold (a story of its own).
    expect(at(best - rival + 0.02, [bridge, otherBridge]).evidence.reason).toBe('new');
    // A lead it has: it joins.
    expect(at(Math.max(0, best - rival - 0.02), [bridge, otherBridge]).evidence.reason).toBe('score');
  });
});
