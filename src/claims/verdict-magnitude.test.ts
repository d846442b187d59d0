import { describe, expect, it } from 'vitest';
import { claimFinder, storyInput, type FixtureArticle } from './test-fixtures.js';
import { verdictOf } from './verdict.js';
import { statedMagnitudes } from './verdict-magnitude.js';

/** An earthquake off an invented island, measured differently by three invented outlets. */
const QUAKE: FixtureArticle[] = [
  {
    id: 'seismo',
    outlet: 'Seismo Daily',
    published: '2026-08-03',
    text: `Quake shakes Tarn island
A magnitude 6.1 earthquake struck Tarn island on Sunday.`,
  },
  {
    id: 'gulf',
    outlet: 'Gulf Times Online',
    published: '2026-08-03',
    text: `Tarn island quake
A 5.8-magnitude earthquake struck Tarn island on Sunday.`,
  },
  {
    id: 'islander',
    outlet: 'The Islander',
    published: '2026-08-03',
    text: `Earthquake on Tarn
An earthquake measuring 6.1 on the Richter scale struck Tarn island on Sunday.`,
  },
];

const input = storyInput(QUAKE);

/** The claim of `article` whose text holds `phrase`. */
const claimOf = claimFinder(input);

describe('earthquake magnitudes', () => {
  it('reads magnitudes in their usual wordings, spaced decimals included', () => {
    const values = (t: string): string[] => statedMagnitudes(t).map((m) => m.text);
    expect(values('A 6.1-magnitude quake hit.')).toEqual(['6.1']);
    expect(values('The survey put the magnitude at 5. 9.')).toEqual(['5. 9']);
    expect(values('It measured 5.6 on the Richter scale.')).toEqual(['5.6']);
    expect(values('Aftershocks ranged from 2.8 to 3.8 on the Richter scale.')).toEqual([]);
    expect(statedMagnitudes('a magnitude 6 quake')[0]).toMatchObject({ low: 5.5, high: 6.5 });
  });

  it('contests other magnitudes of the same quake', () => {
    const a = claimOf('seismo', 'magnitude 6.1');
    const b = claimOf('gulf', '5.8-magnitude');
    const v = verdictOf([a, b]);
    expect(v).toMatchObject({ status: 'contested', kind: 'number' });
    expect(v.values.get(a.id)).toBe('6.1');
    expect(v.values.get(b.id)).toBe('5.8');
  });

  it('keeps the same magnitude in other words corroborated', () => {
    expect(verdictOf([claimOf('seismo', 'magnitude 6.1'), claimOf('islander', 'Richter')]).status).toBe('corroborated');
  });
});
