import { describe, expect, it } from 'vitest';
import { recluster, StoryClusterer, type Assignment, type ClusterInput } from './cluster.js';
import { MOVE_MIN_OTHER, proposeMoves, twoMeans } from './refine.js';
import { subtractVectors } from './vector.js';

// Fixture articles written for these tests (no third-party text): two drink-driving arrests of
// one invented footballer, four years and two towns apart, told with much the same words.
const dui = (id: string, text: string): ClusterInput => ({ id, text, published: null, language: 'en' });

const ellsmere = [
  dui('e1', `Harwick Rovers midfielder Kasper Lindqvist arrested on suspicion of drink-driving
Kasper Lindqvist, 24, was arrested in Ellsmere early on Saturday after police stopped his car on Mill Lane in 2019.
Officers said a roadside breath test put the Harwick Rovers player over the legal limit.
He was released on bail and is due before Ellsmere magistrates in March.
A Harwick Rovers spokesman said the club was aware of the arrest and would deal with it internally.`),
  dui('e2', `Rovers star Lindqvist held after Ellsmere breath test
Police in Ellsmere arrested footballer Kasper Lindqvist on Saturday morning on suspicion of driving over the limit.
The 24-year-old was pulled over on Mill Lane shortly after 2am, officers said.
Harwick Rovers said they were disappointed and that Lindqvist would be fined two weeks' wages.
The midfielder joined the club from Norrvik in 2017.`),
  dui('e3', `Lindqvist bailed over Mill Lane drink-drive stop
Harwick Rovers midfielder Kasper Lindqvist has been bailed after his arrest in Ellsmere, police said.
The 24-year-old failed a breath test when officers stopped his Audi on Mill Lane on Saturday.
He will appear before Ellsmere magistrates in March, a police spokeswoman said.
Rovers manager Derek Hollis said the player had apologised to his team-mates.`),
  dui('e4', `Hollis: Lindqvist let the club down after Ellsmere arrest
Harwick Rovers manager Derek Hollis said Kasper Lindqvist had let the club down after the 24-year-old was arrested for drink-driving in Ellsmere.
Police stopped the midfielder on Mill Lane on Saturday and a breath test showed he was over the limit.
Hollis said Lindqvist would still be available for the cup tie against Dunmore on Tuesday.`),
];

const portbridge = [
  dui('p1', `Kasper Lindqvist arrested after crash in Portbridge
Former Harwick Rovers midfielder Kasper Lindqvist, 28, was arrested in Portbridge on Thursday night after his car hit a parked van on Quay Street in 2023.
Police said the footballer, now with Calder Athletic, failed a breath test at the scene.
Nobody was injured in the crash. Lindqvist was held overnight and charged with drink-driving.`),
  dui('p2', `Calder Athletic's Lindqvist charged with drink-driving after Quay Street crash
Calder Athletic midfielder Kasper Lindqvist has been charged with drink-driving after crashing into a parked van in Portbridge.
The 28-year-old was arrested on Thursday night when officers found him over the limit, Portbridge police said.
He will appear before Portbridge magistrates next month. Calder Athletic said it had suspended the player.`),
  dui('p3', `Calder suspend Lindqvist after second drink-drive arrest
Calder Athletic have suspended Kasper Lindqvist after the 28-year-old was arrested in Portbridge for drink-driving.
His car struck a parked van on Quay Street on Thursday night, police said, and a breath test showed he was over the limit.
Calder chairman Nadia Osei said the club had offered the player support.`),
  dui('p4', `Lindqvist to appear before Portbridge magistrates
Kasper Lindqvist, the Calder Athletic midfielder arrested after his car hit a van on Quay Street, will appear before Portbridge magistrates next month.
The 28-year-old was charged with drink-driving on Friday, Portbridge police said.
Calder chairman Nadia Osei said Lindqvist had been suspended while the case goes on.`),
];

/** The two arrests interleaved, as reports of both might arrive undated in one batch. */
const interleaved = ellsmere.flatMap((e, i) => [e, portbridge[i]]);

function storiesOf(assignments: Assignment[]): Map<string, string> {
  return new Map(assignments.map((a) => [a.article, a.story]));
}

describe('refinement', () => {
  it('keeps two drink-driving arrests of one footballer, in different years and towns, apart', () => {
    const s = storiesOf(recluster(interleaved));
    for (const x of ellsmere) expect(s.get(x.id)).toBe(s.get('e1'));
    for (const x of portbridge) expect(s.get(x.id)).toBe(s.get('p1'));
    expect(s.get('e1')).not.toBe(s.get('p1'));
  });

  it('splits a story that mixed two events and reports the moves with drainMoves', () => {
    // A threshold so low that every article joins the first story: only a split can separate them.
    const c = new StoryClusterer({ params: { threshold: -1 } });
    const final = new Map<string, string>();
    const moves: Assignment[] = [];
    for (const x of interleaved) {
      const a = c.add(x);
      final.set(a.article, a.story);
      for (const m of c.drainMoves()) {
        moves.push(m);
        final.set(m.article, m.story);
      }
    }
    expect(moves.length).toBeGreaterThan(0);
    expect(moves.every((m) => m.evidence.reason === 'split' || m.evidence.reason === 'move' || m.evidence.reason === 'join')).toBe(true);
    // The moves were drained: nothing is reported twice.
    expect(c.drainMoves()).toEqual([]);
    for (const x of ellsmere) expect(final.get(x.id)).toBe(final.get('e1'));
    for (const x of portbridge) expect(final.get(x.id)).toBe(final.get('p1'));
    expect(final.get('e1')).not.toBe(final.get('p1'));
  });

  it('never moves a pinned article', () => {
    const pins = portbridge.slice(0, 2).map((x) => ({ kind: 'pin' as const, article: x.id, story: 'arrests' }));
    const s = storiesOf(recluster(interleaved, { corrections: pins, params: { threshold: -1 } }));
    expect(s.get('p1')).toBe('arrests');
    expect(s.get('p2')).toBe('arrests');
  });

  it('can be switched off: then nothing moves', () => {
    const c = new StoryClusterer({ params: { threshold: -1 }, refine: false });
    const stories = new Set(interleaved.map((x) => c.add(x).story));
    expect(stories.size).toBe(1);
    expect(c.drainMoves()).toEqual([]);
  });

  it('carries the movable recent articles through a snapshot', () => {
    const straight = new StoryClusterer({ params: { threshold: -1 } });
    const expected = new Map<string, string>();
    for (const x of interleaved) {
      expected.set(x.id, straight.add(x).story);
      for (const m of straight.drainMoves()) expected.set(m.article, m.story);
    }
    const first = new StoryClusterer({ params: { threshold: -1 } });
    const got = new Map<string, string>();
    for (const x of interleaved.slice(0, 3)) got.set(x.id, first.add(x).story);
    const second = StoryClusterer.restore(JSON.parse(JSON.stringify(first.snapshot())));
    for (const x of interleaved.slice(3)) {
      got.set(x.id, second.add(x).story);
      for (const m of second.drainMoves()) got.set(m.article, m.story);
    }
    expect(got).toEqual(expected);
  });
});

describe('twoMeans', () => {
  it('finds two blocks in a similarity matrix and refuses a single block', () => {
    const block = (i: number): number => (i < 3 ? 0 : 1);
    const two = Array.from({ length: 7 }, (_, i) => Array.from({ length: 7 }, (_, j) => (block(i) === block(j) ? 0.6 : 0.05)));
    const g = twoMeans(two);
    expect(g).not.toBeNull();
    const sides = [g!.a, g!.b].map((x) => x.join(',')).sort();
    expect(sides).toEqual(['0,1,2', '3,4,5,6']);
    // One outlier alone does not make a group of two.
    const one = Array.from({ length: 5 }, (_, i) => Array.from({ length: 5 }, (_, j) => (i === 4 || j === 4 ? 0 : 0.5)));
    const h = twoMeans(one);
    if (h) expect(Math.min(h.a.length, h.b.length)).toBeGreaterThanOrEqual(2);
  });
});

describe('subtractVectors', () => {
  it('takes a contribution out of a centroid and drops emptied entries', () => {
    const a = { keys: Uint32Array.from([1, 3, 5]), vals: Float32Array.from([1, 0.5, 2]) };
    const b = { keys: Uint32Array.from([3, 4, 5]), vals: Float32Array.from([0.5, 1, 0.5]) };
    const d = subtractVectors(a, b);
    expect(Array.from(d.keys)).toEqual([1, 5]);
    expect(Array.from(d.vals)).toEqual([1, 1.5]);
  });
});

describe('proposeMoves', () => {
  const p = { moveMargin: 0.1, threshold: 0.05 } as Parameters<typeof proposeMoves>[3];
  // Story A: records 0-3; story B: records 4-5. Record 3 scores 0.1 with A's others and 0.5 with B's.
  const sim = [
    [0, 0.4, 0.4, 0.1, 0, 0],
    [0.4, 0, 0.4, 0.1, 0, 0],
    [0.4, 0.4, 0, 0.1, 0, 0],
    [0.1, 0.1, 0.1, 0, 0.5, 0.5],
    [0, 0, 0, 0.5, 0, 0.45],
    [0, 0, 0, 0.5, 0.45, 0],
  ];
  it('moves a record that fits the other story clearly better on average', () => {
    expect(proposeMoves(sim, 4, sim.map(() => false), p)).toEqual([{ index: 3, score: 0.5 }]);
  });
  it('never moves a fixed record, nor when the margin is 1 or more', () => {
    const fixed = sim.map((_, i) => i === 3);
    expect(proposeMoves(sim, 4, fixed, p)).toEqual([]);
    expect(proposeMoves(sim, 4, sim.map(() => false), { ...p, moveMargin: 1 })).toEqual([]);
  });
  it('does not pull a record into a story of one on a single pair score', () => {
    // Story B is record 5 alone; record 4 (in A now) scores 0.9 with it but well with A too.
    const one = [
      [0, 0.4, 0.4, 0.3, 0.3, 0],
      [0.4, 0, 0.4, 0.3, 0.3, 0],
      [0.4, 0.4, 0, 0.3, 0.3, 0],
      [0.3, 0.3, 0.3, 0, 0.3, 0],
      [0.3, 0.3, 0.3, 0.3, 0, 0.9],
      [0, 0, 0, 0, 0.9, 0],
    ];
    expect(MOVE_MIN_OTHER).toBe(2);
    expect(proposeMoves(one, 5, one.map(() => false), p)).toEqual([]);
  });
});
