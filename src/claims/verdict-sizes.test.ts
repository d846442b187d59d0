import { describe, expect, it } from 'vitest';
import { claimFinder, storyInput, type FixtureArticle } from './test-fixtures.js';
import { verdictOf } from './verdict.js';
import { countsAgree, statedCounts } from './verdict-numbers.js';
import { vagueSizes } from './verdict-sizes.js';

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
