import { describe, expect, it } from 'vitest';
import { claimFinder, storyInput, type FixtureArticle } from './test-fixtures.js';
import { verdictOf } from './verdict.js';
import { countsAgree, statedCounts } from './verdict-numbers.js';
import { pairSizes, vagueSizes } from './verdict-sizes.js';

/** A pension march in an invented capital, sized differently by four invented outlets. */
const MARCH: FixtureArticle[] = [
  {
    id: 'bugle',
    outlet: 'Morning Bugle',
    published: '2026-04-02',
    text: `Pension march fills Varna Square
Tens of thousands of protesters marched through Varna on Wednesday.`,
  },
  {
    id: 'post',
    outlet: 'Varna Post',
    published: '2026-04-02',
    text: `Varna pension march
Organisers said as many as 20,000 people marched through Varna on Wednesday.`,
  },
  {
    id: 'wire',
    outlet: 'Capital Wire',
    published: '2026-04-02',
    text: `Thousands march in Varna
Roughly 30,000 people marched through Varna on Wednesday.`,
  },
  {
    id: 'gazette',
    outlet: 'Varna Gazette',
    published: '2026-04-02',
    text: `March in Varna
Thousands of workers marched through Varna on Wednesday.`,
  },
];

const input = storyInput(MARCH);

/** The claim of `article` whose text holds `phrase`. */
const claimOf = claimFinder(input);

describe('vague sizes', () => {
  it('reads plural scale words as ranges with the noun they count', () => {
    expect(vagueSizes('Tens of thousands of striking workers rallied.')).toEqual([
      { start: 0, end: 17, text: 'Tens of thousands', noun: 'workers', low: 20_000, high: 99_999 },
    ]);
    expect(vagueSizes('Hundreds of police stood by.')[0]).toMatchObject({ noun: 'police', low: 200, high: Infinity });
    expect(vagueSizes('thousands of them left')).toEqual([]);
  });

  it('counts people, protesters and workers as one crowd', () => {
    const [a] = statedCounts(claimOf('bugle', 'Tens of thousands'));
    const [b] = statedCounts(claimOf('post', '20,000 people'));
    expect([a.thing, b.thing]).toEqual(['people', 'people']);
    expect(countsAgree(a, b)).toBe(false);
  });

  it('contests "tens of thousands" against "as many as 20,000"', () => {
    const a = claimOf('bugle', 'Tens of thousands');
    const b = claimOf('post', '20,000 people');
    const v = verdictOf([a, b]);
    expect(v).toMatchObject({ status: 'contested', kind: 'number' });
    expect(v.values.get(a.id)).toBe('Tens of thousands');
    expect(v.values.get(b.id)).toBe('20,000');
  });

  it('keeps sizes whose ranges overlap corroborated', () => {
    expect(verdictOf([claimOf('bugle', 'Tens of thousands'), claimOf('wire', '30,000 people')]).status).toBe('corroborated');
    expect(verdictOf([claimOf('gazette', 'Thousands of workers'), claimOf('post', '20,000 people')]).status).toBe('corroborated');
  });
});

/** A pipeline leak in an invented bay, told by three invented outlets. */
const LEAK: FixtureArticle[] = [
  {
    id: 'tide',
    outlet: 'Tide Courier',
    published: '2026-06-11',
    text: `Pipelines leak in Morrow Bay
Both the Estra and Kell pipelines were damaged by the storm on Tuesday.`,
  },
  {
    id: 'ledger',
    outlet: 'Bay Ledger',
    published: '2026-06-11',
    text: `Storm damage in Morrow Bay
Four pipelines were damaged by the storm on Tuesday.`,
  },
  {
    id: 'gull',
    outlet: 'Gull Report',
    published: '2026-06-11',
    text: `Morrow Bay storm
Two pipelines were damaged by the storm on Tuesday.`,
  },
];

describe('sizes of two in words', () => {
  it('reads "both" before the plural it counts and "a couple of" as two or three', () => {
    const read = (t: string): [string, number, number][] => pairSizes(t).map((x) => [x.noun, x.low, x.high]);
    expect(read('Both the Estra and Kell pipelines were damaged')).toEqual([['pipelines', 2, 2]]);
    expect(read('both ferries sank')).toEqual([['ferries', 2, 2]]);
    expect(read('a couple of fire engines were torched')).toEqual([['engines', 2, 3]]);
    // "both ... and" joining two names, with no plural they count, counts nothing.
    expect(read('both Estra and Kell were hit')).toEqual([]);
    expect(read('talks with both the mayor and the governor')).toEqual([]);
  });

  it('contests "both" against another count of the same thing, not against two', () => {
    const input = storyInput(LEAK);
    const claimOf = claimFinder(input);
    const both = claimOf('tide', 'pipelines');
    expect(verdictOf([both, claimOf('ledger', 'Four pipelines')])).toMatchObject({ status: 'contested', kind: 'number' });
    expect(verdictOf([both, claimOf('gull', 'Two pipelines')]).status).toBe('corroborated');
  });
});
