import { describe, expect, it } from 'vitest';
import { claimFinder, storyInput, type FixtureArticle } from './test-fixtures.js';
import { verdictOf } from './verdict.js';
import { cityOf, placesMeet } from './verdict-places.js';

/** A cable fault placed in different cities by invented outlets. */
const FAULT: FixtureArticle[] = [
  {
    id: 'netwire',
    outlet: 'Net Wire',
    published: '2026-10-05',
    text: `Cable fault cuts traffic
The cable broke near Alexandria on Friday.`,
  },
  {
    id: 'linkpost',
    outlet: 'Link Post',
    published: '2026-10-05',
    text: `Undersea cable fault
The cable broke near Naples on Friday.`,
  },
  {
    id: 'seaboard',
    outlet: 'Seaboard News',
    published: '2026-10-05',
    text: `Traffic hit by cable fault
The cable broke near Egypt on Friday.`,
  },
];

const input = storyInput(FAULT);

/** The claim of `article` whose text holds `phrase`. */
const claimOf = claimFinder(input);

describe('places', () => {
  it('only tells known cities apart', () => {
    expect(cityOf('Alexandria')).not.toBeNull();
    expect(cityOf('Egypt')).toBeNull();
    expect(placesMeet('Alexandria', 'Naples')).toBe(false);
    expect(placesMeet('Alexandria', 'Egypt')).toBe(true);
    expect(placesMeet('Alexandria', 'the Old Harbour')).toBe(true);
  });

  it('contests two cities for the same act, each mention with its place', () => {
    const a = claimOf('netwire', 'near Alexandria');
    const b = claimOf('linkpost', 'near Naples');
    const v = verdictOf([a, b]);
    expect(v).toMatchObject({ status: 'contested', kind: 'argument' });
    expect(v.values.get(a.id)).toBe('Alexandria');
    expect(v.values.get(b.id)).toBe('Naples');
  });

  it('keeps a city and a country corroborated', () => {
    expect(verdictOf([claimOf('netwire', 'near Alexandria'), claimOf('seaboard', 'near Egypt')]).status).toBe('corroborated');
  });
});
