import { describe, expect, it } from 'vitest';
import { claimFinder, storyInput, type FixtureArticle } from './test-fixtures.js';
import { verdictOf } from './verdict.js';
import { hoursOf, timesOfDayMeet } from './verdict-times.js';

/** A warehouse fire in an invented town, timed differently by four invented outlets. */
const FIRE: FixtureArticle[] = [
  {
    id: 'lantern',
    outlet: 'Lantern News',
    published: '2026-03-10',
    text: `Warehouse burns in Ostrel
The fire broke out at 3 a.m. on Monday at the Ostrel depot.
Crews reached the depot on Monday morning.`,
  },
  {
    id: 'courier',
    outlet: 'Ostrel Courier',
    published: '2026-03-10',
    text: `Depot fire in Ostrel
The fire broke out at 5 a.m. on Monday at the Ostrel depot.
Crews reached the depot on Monday afternoon.`,
  },
  {
    id: 'herald',
    outlet: 'Valley Herald',
    published: '2026-03-10',
    text: `Ostrel depot destroyed
The fire broke out at around 3:30 a.m. on Monday at the Ostrel depot.
Crews reached the depot at 9 a.m. on Monday.`,
  },
];

const input = storyInput(FIRE);

/** The claim of `article` whose text holds `phrase`. */
const claimOf = claimFinder(input);

describe('times of day', () => {
  it('reads clock times, parts of the day and early / late as hours', () => {
    expect(hoursOf({ value: '2026-03-09T03:00', text: '3 a.m.', before: 'at ' })).toEqual([2.5, 3.5]);
    expect(hoursOf({ value: '2026-03-09T11:00', text: '11 a.m.', before: 'at around ' })).toEqual([10, 12]);
    expect(hoursOf({ value: '2026-03-09TMO', text: 'Monday morning', before: 'on ' })).toEqual([5, 12]);
    expect(hoursOf({ value: '2026-03-09', text: 'Monday', before: 'early ' })).toEqual([0, 9]);
    expect(hoursOf({ value: '2026-03-09', text: 'Monday', before: 'on ' })).toBeNull();
    // "midday" is written as noon but covers the hours around it; "noon" is the clock time.
    expect(hoursOf({ value: '2026-03-09T12:00', text: 'Monday midday', before: 'on ' })).toEqual([11, 13]);
    expect(hoursOf({ value: '2026-03-09T12:00', text: 'noon', before: 'at ' })).toEqual([11.5, 12.5]);
  });

  it('lets the night run past midnight and keeps other time zones apart', () => {
    const night = { value: '2026-03-09TNI', text: 'Monday night', before: '' };
    expect(timesOfDayMeet(night, { value: '2026-03-09T00:30', text: '12:30 a.m.', before: '' })).toBe(true);
    expect(timesOfDayMeet(night, { value: '2026-03-09T08:00', text: '8 a.m.', before: '' })).toBe(false);
    expect(timesOfDayMeet({ value: '2026-03-09T21:40', text: '9:40 p.m. ET', before: '' }, { value: '2026-03-09T01:40', text: '1:40 a.m. GMT', before: '' })).toBe(true);
  });

  it('contests other clock times for the same act on the same day', () => {
    const a = claimOf('lantern', 'at 3 a.m.');
    const b = claimOf('courier', 'at 5 a.m.');
    const v = verdictOf([a, b]);
    expect(v).toMatchObject({ status: 'contested', kind: 'date' });
    expect(v.values.get(a.id)).toMatch(/T03:00/);
    expect(v.values.get(b.id)).toMatch(/T05:00/);
  });

  it('keeps an approximate time within the hour corroborated', () => {
    expect(verdictOf([claimOf('lantern', 'at 3 a.m.'), claimOf('herald', 'around 3:30')]).status).toBe('corroborated');
  });

  it('contests a morning against an afternoon, not a morning against 9 a.m.', () => {
    expect(verdictOf([claimOf('lantern', 'Monday morning'), claimOf('courier', 'Monday afternoon')]).kind).toBe('date');
    expect(verdictOf([claimOf('lantern', 'Monday morning'), claimOf('herald', 'at 9 a.m.')]).status).toBe('corroborated');
  });
});
