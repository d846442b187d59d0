import { describe, expect, it } from 'vitest';
import { StoryClusterer, type ClusterInput } from './cluster.js';
import { memberSupported, scoreOf, wordsCarry, type Similarities, type StoryParams } from './score.js';
import { FITTED_PARAMS } from './params.js';

// Fixture articles written for these tests (no third-party text): two reports of a warehouse
// fire in an invented port town, and a court report from elsewhere on the same day that states
// the same date and the same figure but shares none of the names and few of the words.
const fire: ClusterInput[] = [
  {
    id: 'w1', published: '2025-03-04', language: 'en', title: 'Fire destroys Kelmouth harbour warehouse',
    text: `Fire destroys Kelmouth harbour warehouse
A fire destroyed a grain warehouse on Kelmouth harbour on March 3, 2025, and 12 crews fought the blaze through the night, chief officer Marta Quill said.
Nobody was hurt; the harbour road stayed closed while the warehouse roof smouldered.`,
  },
  {
    id: 'w2', published: '2025-03-04', language: 'en', title: 'Kelmouth warehouse blaze: harbour road still closed',
    text: `Kelmouth warehouse blaze: harbour road still closed
Chief officer Marta Quill said 12 crews had fought the grain warehouse fire on Kelmouth harbour since March 3, 2025.
Investigators will look at the warehouse wiring once the roof is safe.`,
  },
];
const court: ClusterInput = {
  id: 'c1', published: '2025-03-04', language: 'en', title: 'Tribunal clears Dovering tax adviser',
  text: `Tribunal clears Dovering tax adviser
A tribunal in Dovering on March 3, 2025 cleared tax adviser Piet Olsen of 12 charges of misleading his clients.
Judge Anna Brecht said the evidence did not show that Olsen knew the returns were false.`,
};

/** Similarities with only the channels these tests set (the rest neutral). */
function sims(s: Partial<Similarities>): Similarities {
  return {
    terms: 0, member: 0, size: 3, lead: 0, names: 0, focus: 0, numbers: 0, dates: 0, yearConflict: 0, detailConflicts: 0,
    ageConflict: 0, weekdayConflict: 0, placeConflict: 0, days: 0,
    present: { names: false, focus: false, numbers: false, dates: false }, ...s,
  };
}

describe('words carry a join (wordMargin)', () => {
  const p: StoryParams = { ...FITTED_PARAMS, threshold: 0.06, wordMargin: 0.02 };

  it('does not let shared dates and figures alone lift a join past the threshold', () => {
    // Few shared words, different names, but the same date and figure: the score passes...
    const weak = sims({ terms: 0.05, member: 0.05, names: 0, numbers: 0.9, dates: 0.9, present: { names: true, focus: false, numbers: true, dates: true } });
    expect(scoreOf(weak, p)).toBeGreaterThanOrEqual(p.threshold);
    // ... but not without them.
    expect(wordsCarry(weak, p, 0.02)).toBe(false);
    expect(memberSupported(weak, p)).toBe(false);
    expect(memberSupported(weak, { ...p, wordMargin: undefined })).toBe(true);
  });

  it('keeps a join whose words and names carry it, with or without the dates', () => {
    const strong = sims({ terms: 0.4, member: 0.4, lead: 0.3, names: 0.6, numbers: 0.9, dates: 0.9, present: { names: true, focus: false, numbers: true, dates: true } });
    expect(wordsCarry(strong, p, 0.02)).toBe(true);
    expect(memberSupported(strong, p)).toBe(true);
    // A date that disagrees is still counted against (only positive date and number parts are left out).
    const against = sims({ terms: 0.12, member: 0.12, dates: 0, present: { names: false, focus: false, numbers: false, dates: true } });
    expect(scoreOf(against, p)).toBeLessThan(scoreOf({ ...against, present: { ...against.present, dates: false } }, p));
    expect(wordsCarry(against, p, 0)).toBe(scoreOf(against, p) >= p.threshold);
  });

  it('keeps out a report that shares only the day and a figure with a story', () => {
    // Weights under which a shared date and figure carry a score past the threshold on their own.
    const params = { content: 1, member: 0, lead: 0, names: 0.5, nameBaseline: 0.2, numbers: 1, numberBaseline: 0, dates: 1, dateBaseline: 0, threshold: 0.06, memberSupport: 0.62 };
    const run = (wordMargin: number | undefined) => {
      const c = new StoryClusterer({ refine: false, params: { ...params, wordMargin } });
      const first = fire.map((a) => c.add(a));
      return { first, court: c.add(court) };
    };
    const open = run(undefined);
    expect(open.first[1].story).toBe(open.first[0].story);
    expect(open.court.story).toBe(open.first[0].story);
    const guarded = run(0.02);
    expect(guarded.first[1].story).toBe(guarded.first[0].story);
    expect(guarded.court.evidence.reason).toBe('new');
    expect(guarded.court.evidence.bestRejected?.score).toBeGreaterThanOrEqual(params.threshold);
  });
});
