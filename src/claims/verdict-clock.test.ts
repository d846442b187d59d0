import { describe, expect, it } from 'vitest';
import { claimTimes, timeOfDay, undatedTime } from './extract.js';
import { claimFinder, storyInput, type FixtureArticle } from './test-fixtures.js';
import { verdictOf } from './verdict.js';
import type { TimeExpression } from '../types.js';

/** A tanker boarded off an invented coast, timed by four invented outlets; three have no date. */
const TANKER: FixtureArticle[] = [
  {
    id: 'harbour',
    outlet: 'Harbour Gazette',
    published: null,
    text: `Tanker boarded off Cape Varla
Armed raiders boarded the tanker Corvina at 0300 hrs near Cape Varla.
The coastguard reached the Corvina two hours later.`,
  },
  {
    id: 'tidewater',
    outlet: 'Tidewater Post',
    published: null,
    text: `Raiders seize Corvina
Armed raiders boarded the tanker Corvina at around 9 a.m. near Cape Varla.
The crew of 14 locked themselves in the engine room.`,
  },
  {
    id: 'signal',
    outlet: 'Signal Daily',
    published: null,
    text: `Corvina raid
Armed raiders boarded the tanker Corvina shortly after 0300 hours near Cape Varla, the port authority said.`,
  },
  {
    id: 'ledger',
    outlet: 'Coastal Ledger',
    published: '2026-04-14',
    text: `Corvina boarded
Armed raiders boarded the tanker Corvina at 3 a.m. on Tuesday near Cape Varla.`,
  },
];

/** Two undated outlets on what the port police plan for the same afternoon. */
const PLANS: FixtureArticle[] = [
  {
    id: 'pier',
    outlet: 'Pier Journal',
    published: null,
    text: `Corvina inquiry
The port police will release more details on Wednesday afternoon.`,
  },
  {
    id: 'anchor',
    outlet: 'Anchor News',
    published: null,
    text: `Corvina briefing
The port police will hold a news conference on Wednesday afternoon.`,
  },
];

const input = storyInput(TANKER);
const claimOf = claimFinder(input);

describe('times of day of claims', () => {
  it('reads clock times, 24-hour times and parts of the day', () => {
    expect(timeOfDay('11 a.m.')).toBe('T11:00');
    expect(timeOfDay('around 3:30 pm')).toBe('T15:30');
    expect(timeOfDay('12 p.m.')).toBe('T12:00');
    expect(timeOfDay('1100 hrs IST')).toBe('T11:00');
    expect(timeOfDay('around noon today')).toBe('T12:00');
    expect(timeOfDay('Saturday morning')).toBe('TMO');
    expect(timeOfDay('late on Friday night')).toBe('TNI');
    expect(timeOfDay('on Monday')).toBeNull();
    expect(undatedTime('9 a.m.')).toBe('XXXX-XX-XXT09:00');
  });

  it('values the times of an undated article and reads "1100 hours" as a clock time', () => {
    const text = 'The ship sent a message at 1100 hours and was boarded at 2330 hrs GMT, after 1200 hours of talks, around 9 a.m.';
    const at = (s: string): number => text.indexOf(s);
    const times: TimeExpression[] = [
      { start: at('1100 hours'), end: at('1100 hours') + 10, text: '1100 hours', type: 'DURATION', value: 'PT1100H', estimated: false },
      { start: at('1200 hours'), end: at('1200 hours') + 10, text: '1200 hours', type: 'DURATION', value: 'PT1200H', estimated: false },
      { start: at('9 a.m.') - 7, end: at('9 a.m.') + 6, text: 'around 9 a.m.', type: 'TIME', value: null, estimated: false },
    ];
    const out = claimTimes(text, times);
    expect(out.map((t) => [t.text, t.type, t.value])).toEqual([
      ['1100 hours', 'TIME', 'XXXX-XX-XXT11:00'],
      ['2330 hrs GMT', 'TIME', 'XXXX-XX-XXT23:30'],
      // An amount of time stays one ("1200 hours of talks").
      ['1200 hours', 'DURATION', 'PT1200H'],
      ['around 9 a.m.', 'TIME', 'XXXX-XX-XXT09:00'],
    ]);
  });

  it('contests other times of day for the same act in undated articles', () => {
    const a = claimOf('harbour', '0300 hrs');
    const b = claimOf('tidewater', '9 a.m.');
    expect(a.dates.map((d) => d.value)).toEqual(['XXXX-XX-XXT03:00']);
    const v = verdictOf([a, b]);
    expect(v).toMatchObject({ status: 'contested', kind: 'date' });
    expect(v.values.get(a.id)).toMatch(/T03:00/);
    expect(v.values.get(b.id)).toMatch(/T09:00/);
  });

  it('keeps the same time corroborated, dated or not', () => {
    expect(verdictOf([claimOf('harbour', '0300 hrs'), claimOf('signal', '0300 hours')]).status).toBe('corroborated');
    expect(verdictOf([claimOf('harbour', '0300 hrs'), claimOf('ledger', '3 a.m.')]).status).toBe('corroborated');
    expect(verdictOf([claimOf('tidewater', '9 a.m.'), claimOf('ledger', '3 a.m.')])).toMatchObject({ status: 'contested', kind: 'date' });
  });

  it('does not read two plans for a time of day on an unknown day as other actions on one date', () => {
    const plans = claimFinder(storyInput(PLANS));
    const a = plans('pier', 'release');
    const b = plans('anchor', 'news conference');
    expect(a.dates.map((d) => d.value)).toEqual(['XXXX-XX-XXTAF']);
    expect(verdictOf([a, b]).status).toBe('corroborated');
  });
});
