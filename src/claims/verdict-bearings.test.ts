import { describe, expect, it } from 'vitest';
import { claimFinder, storyInput, type FixtureArticle } from './test-fixtures.js';
import { verdictOf } from './verdict.js';
import { bearingsMeet, statedBearings } from './verdict-bearings.js';

/** A tanker attacked off an invented port, placed by invented outlets. */
const TANKER: FixtureArticle[] = [
  {
    id: 'beacon',
    outlet: 'Gulf Beacon',
    published: '2026-08-14',
    text: `Tanker attacked off Port Sarel
Raiders attacked the tanker Amber Tide 80 nautical miles west of Port Sarel on Monday.`,
  },
  {
    id: 'lantern',
    outlet: 'Sarel Lantern',
    published: '2026-08-14',
    text: `Raiders hit tanker
Raiders attacked the tanker Amber Tide about 80 nautical miles east of Port Sarel on Monday.`,
  },
  {
    id: 'dispatch',
    outlet: 'Coast Dispatch',
    published: '2026-08-14',
    text: `Amber Tide attacked
Raiders attacked the tanker Amber Tide some 150km north-west of Port Sarel on Monday.`,
  },
];

const claimOf = claimFinder(storyInput(TANKER));

describe('placements from a named place', () => {
  it('reads the direction, the distance in kilometres and the place', () => {
    const [b] = statedBearings('The ferry sank 12 miles south-west of Kellan Point on Sunday.');
    expect(b).toMatchObject({ place: 'kellan point', bearing: 225, text: '12 miles south-west of Kellan Point' });
    expect(b.km![0]).toBeLessThan(12 * 1.609344);
    expect(b.km![1]).toBeGreaterThan(12 * 1.609344);
    expect(statedBearings('The village lies north of Dremmen.')).toMatchObject([{ place: 'dremmen', bearing: 0 }]);
    // The place ends at the first lowercase word.
    expect(statedBearings('The cable broke south of Varnia on Friday.')[0].place).toBe('varnia');
    expect(statedBearings('The north of the country was hit.')).toEqual([]);
  });

  it('lets neighbouring directions and converted distances agree, not opposite ones', () => {
    const [km] = statedBearings('about 24km north of Halvard');
    const [miles] = statedBearings('15 miles north of Halvard');
    const [east] = statedBearings('15 miles north-east of Halvard');
    const [south] = statedBearings('15 miles south of Halvard');
    const [far] = statedBearings('50 miles north of Halvard');
    expect(bearingsMeet(km, miles)).toBe(true);
    expect(bearingsMeet(miles, east)).toBe(true);
    expect(bearingsMeet(miles, south)).toBe(false);
    expect(bearingsMeet(miles, far)).toBe(false);
  });

  it('contests "west of Port Sarel" against "east of Port Sarel", each mention with its placement', () => {
    const west = claimOf('beacon', 'west of Port Sarel');
    const east = claimOf('lantern', 'east of Port Sarel');
    const v = verdictOf([west, east]);
    expect(v).toMatchObject({ status: 'contested', kind: 'argument' });
    expect(v.values.get(west.id)).toBe('80 nautical miles west of Port Sarel');
    expect(v.values.get(east.id)).toBe('about 80 nautical miles east of Port Sarel');
  });

  it('keeps 80 nautical miles west and some 150km north-west in agreement', () => {
    expect(verdictOf([claimOf('beacon', 'west of Port Sarel'), claimOf('dispatch', 'north-west of Port Sarel')]).status).toBe('corroborated');
  });
});
