import { describe, expect, it } from 'vitest';
import { publicationOrder, recluster, StoryClusterer, type Assignment, type ClusterInput } from './cluster.js';
import { total } from './score.js';

/** Texts of 30 made-up words from a fixed pseudo-random sequence (`seed`): unrelated to each other. */
function madeUpTexts(seed: number): () => string {
  const word = (): string => {
    let w = '';
    for (let k = 0; k < 7; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      w += 'bcdfghklmnprstvz'[seed % 16] + 'aeiou'[(seed >> 8) % 5];
    }
    return w;
  };
  return () => Array.from({ length: 30 }, word).join(' ') + '.';
}

// Fixture articles written for these tests (no third-party text).
const quakeChile1: ClusterInput = {
  id: 'cl-1', published: '2025-03-04', language: 'en',
  title: 'Magnitude 6.4 earthquake shakes northern Chile',
  text: `Magnitude 6.4 earthquake shakes northern Chile
A magnitude 6.4 earthquake struck near the port city of Antofagasta in northern Chile on Tuesday, the national seismology centre said.
The quake hit at 10:42 local time at a depth of 35 kilometres, about 60 kilometres south-west of Antofagasta.
Chile's disaster agency Senapred said there were no immediate reports of casualties, although power was cut in parts of Mejillones and Tocopilla.
Mining company Escondida said it had halted operations at two sites while engineers inspected equipment.
The navy ruled out a tsunami threat for the Chilean coast.`,
};
const quakeChile2: ClusterInput = {
  id: 'cl-2', published: '2025-03-04', language: 'en',
  title: 'Strong quake rattles Antofagasta, mines pause work',
  text: `Strong quake rattles Antofagasta, mines pause work
Residents of Antofagasta ran into the streets on Tuesday morning when a strong 6.4-magnitude tremor rocked the region.
Senapred, Chile's emergency office, reported power outages in Mejillones and Tocopilla but no deaths.
The Escondida copper mine suspended work at two of its sites as a precaution, a spokeswoman said.
Seismologists put the depth of the quake at 35 kilometres. The Chilean navy said no tsunami was expected.`,
};
const quakeTurkey1: ClusterInput = {
  id: 'tr-1', published: '2025-06-15', language: 'en',
  title: 'Earthquake of magnitude 5.2 hits eastern Turkey',
  text: `Earthquake of magnitude 5.2 hits eastern Turkey
An earthquake of magnitude 5.2 struck Malatya province in eastern Turkey on Sunday, Turkey's disaster agency AFAD said.
The quake was centred in the Battalgazi district at a depth of 9 kilometres and was felt in Elazig and Adiyaman.
Interior Minister Ali Yerlikaya said three old buildings collapsed but they had been empty since 2023.
Eleven people were treated in hospital for minor injuries after jumping from balconies in panic.`,
};
const quakeTurkey2: ClusterInput = {
  id: 'tr-2', published: '2025-06-16', language: 'en',
  title: 'Malatya quake: 11 hurt, empty buildings collapse',
  text: `Malatya quake: 11 hurt, empty buildings collapse
Eleven people were injured when a 5.2-magnitude earthquake shook Malatya on Sunday, according to AFAD.
Minister Ali Yerlikaya told reporters that three abandoned buildings in Battalgazi came down.
The tremor, at a shallow depth of 9 kilometres, was also felt in neighbouring Elazig and Adiyaman provinces.
Schools in Battalgazi will stay closed on Monday while engineers check damage.`,
};
const rates: ClusterInput = {
  id: 'ecb-rates', published: '2025-06-05', language: 'en',
  title: 'Central bank cuts interest rates by a quarter point',
  text: `Central bank cuts interest rates by a quarter point
The European Central Bank lowered its deposit rate by 0.25 percentage points to 2 per cent on Thursday, its eighth cut in a year.
President Christine Lagarde told a press conference in Frankfurt that inflation was close to the bank's target.
Economists expect the bank to pause in July as trade tensions with Washington cloud the outlook.`,
};

const all = [quakeChile1, quakeTurkey1, rates, quakeChile2, quakeTurkey2];

function storiesOf(assignments: Assignment[]): Map<string, string> {
  return new Map(assignments.map((a) => [a.article, a.story]));
}

describe('StoryClusterer', () => {
  it('joins the same event told in different words', () => {
    const s = storiesOf(recluster(all));
    expect(s.get('cl-2')).toBe(s.get('cl-1'));
    expect(s.get('tr-2')).toBe(s.get('tr-1'));
  });

  it('keeps two different earthquakes and an unrelated story apart', () => {
    const s = storiesOf(recluster(all));
    expect(s.get('cl-1')).not.toBe(s.get('tr-1'));
    expect(s.get('ecb-rates')).not.toBe(s.get('cl-1'));
    expect(s.get('ecb-rates')).not.toBe(s.get('tr-1'));
    expect(new Set(s.values()).size).toBe(3);
  });

  it('reports evidence: a join has parts summing to its score, a new story its best rejected rival', () => {
    const res = recluster(all);
    const join = res.find((a) => a.article === 'cl-2') as Assignment;
    expect(join.created).toBe(false);
    expect(join.evidence.reason).toBe('score');
    expect(total(join.evidence.parts!)).toBeCloseTo(join.score, 10);
    expect(join.score).toBeGreaterThanOrEqual(join.evidence.threshold);
    const fresh = res.find((a) => a.article === 'tr-1') as Assignment;
    expect(fresh.created).toBe(true);
    if (fresh.evidence.bestRejected) expect(fresh.evidence.bestRejected.score).toBeLessThan(fresh.evidence.threshold);
  });

  it('is deterministic across re-runs and input order of equal-date items is kept', () => {
    const a = recluster(all);
    const b = recluster(all.map((x) => ({ ...x })));
    expect(b).toEqual(a);
    expect(publicationOrder(all).map((x) => x.id)).toEqual(['cl-1', 'cl-2', 'ecb-rates', 'tr-1', 'tr-2']);
  });

  it('orders dated inputs by date and keeps undated ones at their ingest place', () => {
    const x = (id: string, published: string | null): ClusterInput => ({ id, text: id, published });
    const order = publicationOrder([x('u1', null), x('d2', '2025-03-02'), x('u2', null), x('d1', '2025-03-01'), x('u3', null)]);
    // u1 has no dated input before it: it takes the date of the next one (d2); u2 and u3 take the
    // date of the dated input just before them.
    expect(order.map((y) => y.id)).toEqual(['d1', 'u3', 'u1', 'd2', 'u2']);
    expect(publicationOrder([x('a', null), x('b', null)]).map((y) => y.id)).toEqual(['a', 'b']);
  });

  it('continues from a snapshot exactly as an uninterrupted run', () => {
    const ordered = publicationOrder(all);
    const straight = new StoryClusterer();
    const expected = ordered.map((x) => straight.add(x));
    const first = new StoryClusterer();
    const head = ordered.slice(0, 3).map((x) => first.add(x));
    const snap = JSON.parse(JSON.stringify(first.snapshot()));
    const second = StoryClusterer.restore(snap);
    const rest = ordered.slice(3).map((x) => second.add(x));
    expect([...head, ...rest].map((a) => [a.article, a.story])).toEqual(expected.map((a) => [a.article, a.story]));
  });

  it('keeps story ids across a recluster when given the previous assignments', () => {
    const before = storiesOf(recluster(all));
    // The Chilean story's first article is now missing; its story keeps its id anyway.
    const after = storiesOf(recluster(all.filter((x) => x.id !== 'cl-1'), { previous: before }));
    expect(after.get('cl-2')).toBe(before.get('cl-2'));
    expect(after.get('tr-2')).toBe(before.get('tr-2'));
  });

  it('honours a pin, on a live run and on a recluster', () => {
    const before = storiesOf(recluster(all));
    const pin = { kind: 'pin' as const, article: 'ecb-rates', story: before.get('cl-1') as string };
    const after = storiesOf(recluster(all, { corrections: [pin], previous: before }));
    expect(after.get('ecb-rates')).toBe(after.get('cl-1'));
    expect(after.get('tr-1')).not.toBe(after.get('cl-1'));
  });

  it('honours a merge: every article of either story, and later ones, go to the target', () => {
    const before = storiesOf(recluster(all));
    const chile = before.get('cl-1') as string;
    const turkey = before.get('tr-1') as string;
    const merge = { kind: 'merge' as const, stories: [chile, turkey] as [string, string], into: chile };
    const after = storiesOf(recluster(all, { corrections: [merge], previous: before }));
    for (const id of ['cl-1', 'cl-2', 'tr-1', 'tr-2']) expect(after.get(id)).toBe(chile);
    expect(after.get('ecb-rates')).not.toBe(chile);

    // Live: merging two active stories folds them together; the next Turkish article joins it.
    const live = new StoryClusterer();
    const ids = storiesOf(publicationOrder([quakeChile1, quakeChile2, quakeTurkey1]).map((x) => live.add(x)));
    live.correct({ kind: 'merge', stories: [ids.get('cl-1') as string, ids.get('tr-1') as string], into: ids.get('cl-1') as string });
    expect(live.add(quakeTurkey2).story).toBe(ids.get('cl-1'));
    expect(live.corrections).toHaveLength(1);
  });

  it('honours a split: the listed articles form the new story', () => {
    const merged = { kind: 'pin' as const, article: 'tr-1', story: 'quakes' };
    const merged2 = { kind: 'pin' as const, article: 'cl-1', story: 'quakes' };
    const split = { kind: 'split' as const, story: 'quakes', articles: ['tr-1', 'tr-2'], newStory: 'turkey' };
    const s = storiesOf(recluster(all, { corrections: [merged, merged2, split] }));
    expect(s.get('cl-1')).toBe('quakes');
    expect(s.get('cl-2')).toBe('quakes');
    expect(s.get('tr-1')).toBe('turkey');
    expect(s.get('tr-2')).toBe('turkey');
  });

  it('only lets stories of the same language compete', () => {
    const c = new StoryClusterer();
    const a = c.add(quakeChile1);
    const b = c.add({ ...quakeChile2, language: 'es' });
    expect(b.story).not.toBe(a.story);
    const d = new StoryClusterer();
    const e = d.add(quakeChile1);
    expect(d.add({ ...quakeChile2, language: null }).story).toBe(e.story);
  });

  it('evicts stale stories to bound the active set', () => {
    // Unrelated one-article stories.
    const text = madeUpTexts(7);
    const c = new StoryClusterer({ windowDays: 30, maxActiveStories: 1000 });
    for (let i = 0; i < 600; i++) {
      const day = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      c.add({ id: `d${i}`, published: day, text: text() });
    }
    // Stories older than the window go at the next sweep (every 256 articles).
    expect(c.activeStories).toBeLessThanOrEqual(31 + 256);
    const small = new StoryClusterer({ maxActiveStories: 5 });
    for (let i = 0; i < 20; i++) small.add({ id: `u${i}`, text: text() });
    expect(small.activeStories).toBe(5);
  });

  it('keeps a story open while undated reports keep joining it, and evicts it once they stop', () => {
    const text = madeUpTexts(11);
    const day = (i: number): string => new Date(Date.UTC(2025, 2, 5) + i * 86_400_000).toISOString().slice(0, 10);
    // An undated report of the Chile quake, ingested `i` days after the dated one.
    const undated = (i: number): ClusterInput => ({ ...quakeChile2, id: `cl-u${i}`, published: null });
    const run = (withUndated: boolean): { first: string; last: string } => {
      const c = new StoryClusterer({ windowDays: 30 });
      const first = c.add(quakeChile1).story;
      for (let i = 1; i <= 600; i++) {
        c.add({ id: `x${i}`, published: day(i), text: text() });
        if (withUndated && i % 20 === 0) c.add(undated(i));
      }
      return { first, last: c.add(undated(601)).story };
    };
    // Undated reports every 20 days keep the story within the 30-day window.
    const kept = run(true);
    expect(kept.last).toBe(kept.first);
    // With nothing joining it, the story left the window long ago.
    const evicted = run(false);
    expect(evicted.last).not.toBe(evicted.first);
  });

  it('keeps a story with no dated report until the LRU bound: it has no age to judge', () => {
    const text = madeUpTexts(13);
    const day = (i: number): string => new Date(Date.UTC(2025, 2, 5) + i * 86_400_000).toISOString().slice(0, 10);
    const c = new StoryClusterer({ windowDays: 30 });
    // The first report of the quake comes undated amid dated news, which then moves 600 days on.
    c.add({ id: 'y0', published: day(0), text: text() });
    const first = c.add({ ...quakeChile1, published: null }).story;
    for (let i = 1; i <= 600; i++) c.add({ id: `y${i}`, published: day(i), text: text() });
    expect(c.add({ ...quakeChile2, published: null }).story).toBe(first);
    // The unrelated dated one-article stories did leave the window.
    expect(c.activeStories).toBeLessThanOrEqual(2 + 31 + 256);
    // The bound on the active set still applies.
    const small = new StoryClusterer({ maxActiveStories: 5, windowDays: 30 });
    small.add({ id: 'z0', published: day(0), text: text() });
    small.add({ ...quakeChile1, published: null });
    for (let i = 1; i <= 20; i++) small.add({ id: `z${i}`, published: day(i), text: text() });
    expect(small.activeStories).toBe(5);
    expect(small.add({ ...quakeChile2, published: null }).created).toBe(true);
  });
});

describe('explain', () => {
  it('returns parts that sum to the score, the threshold, and what is shared', () => {
    const c = new StoryClusterer();
    for (const x of publicationOrder(all)) c.add(x);
    const same = c.explain(quakeChile2, quakeChile1);
    const parts = Object.values(same.parts).reduce((s, x) => s + x, 0);
    expect(parts).toBeCloseTo(same.score, 10);
    expect(same.threshold).toBe(c.params.threshold);
    expect(same.sameStory).toBe(true);
    expect(same.shared.names).toContain('antofagasta');
    expect(same.shared.numbers).toContain('6.4');
    const other = c.explain(quakeTurkey1, quakeChile1);
    expect(other.score).toBeLessThan(same.score);
    expect(other.sameStory).toBe(false);
    expect(other.parts.time).toBeLessThan(0);
  });
});
