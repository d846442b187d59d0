import { describe, expect, it } from 'vitest';
import { claimFinder, storyInput, type FixtureArticle } from './test-fixtures.js';
import { verdictOf } from './verdict.js';
import { statedAges } from './verdict-ages.js';

/** An arrest in an invented city, the suspect's age told differently by invented outlets. */
const ARREST: FixtureArticle[] = [
  {
    id: 'bulletin',
    outlet: 'City Bulletin',
    published: '2026-09-12',
    text: `Arrest after Lindale robbery
Police arrested Marten Oakes, 34, after the Lindale jewellery robbery.`,
  },
  {
    id: 'record',
    outlet: 'Lindale Record',
    published: '2026-09-12',
    text: `Robbery suspect held
Police arrested Marten Oakes, 43, after the Lindale jewellery robbery.`,
  },
  {
    id: 'voice',
    outlet: 'Lindale Voice',
    published: '2026-09-12',
    text: `Suspect arrested in Lindale
Police arrested the 34-year-old Marten Oakes after the Lindale jewellery robbery.`,
  },
];

const input = storyInput(ARREST);

/** The claim of `article` whose text holds `phrase`. */
const claimOf = claimFinder(input);

describe('ages', () => {
  it('ties an age to the person named next to it, else to the noun it qualifies', () => {
    const person = [{ start: 0, end: 9, entity: 'p1', type: 'PERSON' as const }];
    expect(statedAges('Ann Brook, 52, left.', person)).toMatchObject([{ age: 52, who: 'p1', text: '52' }]);
    expect(statedAges('Ann Brook, a 52-year-old nurse, left.', person)).toMatchObject([{ age: 52, who: 'p1' }]);
    expect(statedAges('A 19-year-old man was held.', [])).toMatchObject([{ age: 19, who: 'noun:man' }]);
    expect(statedAges('Sales rose, 52, in total.', [])).toEqual([]);
  });

  it('contests other ages of the same person', () => {
    const a = claimOf('bulletin', 'Oakes, 34');
    const b = claimOf('record', 'Oakes, 43');
    const v = verdictOf([a, b]);
    expect(v).toMatchObject({ status: 'contested', kind: 'number' });
    expect(v.values.get(a.id)).toBe('34');
    expect(v.values.get(b.id)).toBe('43');
  });

  it('keeps the same age in other words corroborated', () => {
    expect(verdictOf([claimOf('bulletin', 'Oakes, 34'), claimOf('voice', '34-year-old')]).status).toBe('corroborated');
  });
});
