import { describe, expect, it } from 'vitest';
import { StoryClusterer, type ClusterInput } from './cluster.js';

// Fixture articles written for these tests (no third-party text): a dam spillway failure in an
// invented valley told in three reports, an early report of it in other words (it arrives second
// and matches the one report before it only weakly), and a report of an unrelated harvest fair.
const dam: ClusterInput[] = [
  {
    id: 'd1', published: '2025-03-02', language: 'en', title: 'Spillway gives way at Orrin dam',
    text: `Spillway gives way at Orrin dam
The concrete spillway of the Orrin dam gave way on Sunday and water flooded the lower fields of the Corvel valley, engineer Tamsin Rook said.
Farmers moved cattle to the upper pastures as the reservoir drained.`,
  },
  {
    id: 'd2', published: '2025-03-02', language: 'en', title: 'Orrin dam spillway collapse floods Corvel valley fields',
    text: `Orrin dam spillway collapse floods Corvel valley fields
Water poured through the broken spillway of the Orrin dam into the Corvel valley on Sunday, flooding fields, engineer Tamsin Rook said.
The reservoir level fell by half in a day.`,
  },
  {
    id: 'd3', published: '2025-03-03', language: 'en', title: 'Corvel valley farmers count losses after Orrin dam spillway failure',
    text: `Corvel valley farmers count losses after Orrin dam spillway failure
Farmers in the Corvel valley counted drowned crops on Monday after the Orrin dam spillway gave way, engineer Tamsin Rook said.
The reservoir is nearly empty and the spillway will be rebuilt.`,
  },
];
const early: ClusterInput = {
  id: 'e1', published: '2025-03-02', language: 'en', title: 'Cattle moved as Corvel pastures flood',
  text: `Cattle moved as Corvel pastures flood
Herders drove cattle up to the high pastures of the Corvel valley on Sunday as water from the Orrin reservoir spread over the lower fields.`,
};
const fair: ClusterInput = {
  id: 'f1', published: '2025-03-02', language: 'en', title: 'Harvest fair opens in Brannock',
  text: `Harvest fair opens in Brannock
The spring harvest fair opened in Brannock on Sunday with cheese stalls and a ploughing contest, organiser Wenna Pell said.`,
};

/** Clusters `inputs` in order; returns each article's final story (moves applied) and the moves. */
function run(params: Record<string, number | undefined>, inputs: ClusterInput[]) {
  const c = new StoryClusterer({ params: { memberSupport: 0.62, ...params } });
  const story = new Map<string, string>();
  const moves: string[] = [];
  for (const a of inputs) {
    story.set(a.id, c.add(a).story);
    for (const m of c.drainMoves()) {
      story.set(m.article, m.story);
      moves.push(`${m.article}:${m.evidence.reason}`);
    }
  }
  return { story, moves };
}

describe('orphans adopted by a growing story (orphanJoin)', () => {
  // A threshold the early report misses against the single first report, but the later
  // reports pass: the early report starts a story of its own.
  const order = [dam[0], early, fair, dam[1], dam[2]];
  const threshold = 0.4;

  it('leaves the early report alone with the option off', () => {
    const { story } = run({ threshold, orphanJoin: undefined }, order);
    expect(story.get('d2')).toBe(story.get('d1'));
    expect(story.get('d3')).toBe(story.get('d1'));
    expect(story.get('e1')).not.toBe(story.get('d1'));
  });

  it('joins the early report to the story once its reports back it, and leaves the fair alone', () => {
    const { story, moves } = run({ threshold, orphanJoin: 0.2 }, order);
    expect(story.get('e1')).toBe(story.get('d1'));
    expect(moves).toContain('e1:join');
    expect(story.get('f1')).not.toBe(story.get('d1'));
  });

  it('keeps the report apart when the bound is above its average score with the story', () => {
    const { story } = run({ threshold, orphanJoin: 0.6 }, order);
    expect(story.get('e1')).not.toBe(story.get('d1'));
  });
});
