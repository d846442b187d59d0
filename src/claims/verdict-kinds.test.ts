import { describe, expect, it } from 'vitest';
import { claimFinder, storyInput, type FixtureArticle } from './test-fixtures.js';
import { verdictOf } from './verdict.js';
import { dayRange, daysMeet, monthParts } from './verdict-dates.js';
import { grammaticalCount } from './verdict-plural.js';
import { nationality, statedNationalities } from './verdict-nationality.js';

/** A coastguard raid on smugglers, told by four invented outlets (undated, as some feeds are). */
const RAID: FixtureArticle[] = [
  {
    id: 'tide',
    outlet: 'Tide Report',
    published: '2026-06-14',
    text: `Coastguard seizes smugglers
The coastguard detained 14 Albanian and Greek smugglers near Korsa.
Officers boarded the larger smuggling boat.
The cutter Vigil replaced the patrol ship Arden in early May.
The captain was on the bridge during the raid.
The harbour master isn't sure what caused the delay.
The inquiry will open on May 20.`,
  },
  {
    id: 'mariner',
    outlet: 'Mariner Daily',
    published: '2026-06-14',
    text: `Smugglers caught off Korsa
The coastguard detained 14 Albanian smugglers near Korsa.
Officers boarded the smuggling boats.
The cutter Vigil replaced the patrol ship Arden at the end of April.
The captain was not on the bridge during the raid.
The cause of the delay is still unclear, the harbour master said.
The inquiry will open on May 24.
The minister praised the crew on May 22.`,
  },
  {
    id: 'sentinel',
    outlet: 'Korsa Sentinel',
    published: '2026-06-14',
    text: `Raid near Korsa
The coastguard detained 14 Greek and Albanian smugglers near Korsa.
Officers boarded the larger smuggling boat.
The cutter Vigil replaced the patrol ship Arden in May.
The coastguard defended its actions.`,
  },
  {
    id: 'gull',
    outlet: 'Gull Post',
    published: '2026-06-14',
    text: `Coastguard praised
The coastguard defended its action.
The cutter Vigil replaced the patrol ship Arden on May 3.`,
  },
];

const input = storyInput(RAID);

/** The claim of `article` whose text holds `phrase`. */
const claimOf = claimFinder(input);

describe('parts of months', () => {
  it('reads early, mid, late and end of a month as ranges of days', () => {
    const parts = monthParts('It left in early May, docked mid-June, sailed at the end of July and again in November-end.');
    expect(parts.map((p) => [p.text, p.from, p.to])).toEqual([
      ['early May', 501, 512],
      ['mid-June', 609, 622],
      ['the end of July', 719, 731],
      ['November-end', 1119, 1131],
    ]);
    expect(monthParts('They may end soon.')).toEqual([]);
    expect(dayRange('XXXX-05-03')).toEqual([503, 503]);
  });

  it('contests parts of months that do not meet, each mention with its words', () => {
    const a = claimOf('tide', 'early May');
    const b = claimOf('mariner', 'end of April');
    const v = verdictOf([a, b]);
    expect(v).toMatchObject({ status: 'contested', kind: 'date' });
    expect(v.values.get(a.id)).toBe('early May');
    expect(v.values.get(b.id)).toMatch(/end of April/);
  });

  it('keeps a part of a month and a day or month inside it corroborated', () => {
    expect(daysMeet([501, 512], [503, 503])).toBe(true);
    expect(verdictOf([claimOf('tide', 'early May'), claimOf('sentinel', 'in May')]).status).toBe('corroborated');
    expect(verdictOf([claimOf('tide', 'early May'), claimOf('gull', 'May 3')]).status).toBe('corroborated');
  });
});

describe('one thing against several', () => {
  it('reads the grammatical number of a noun phrase', () => {
    expect(grammaticalCount('boat', 'Officers boarded the larger ')).toEqual([1, 1]);
    expect(grammaticalCount('boats', 'Officers boarded the ')).toEqual([2, Infinity]);
    expect(grammaticalCount('boats', 'Officers boarded two of the ')).toBeNull();
    expect(grammaticalCount('actions', 'defended its ')).toBeNull();
    expect(grammaticalCount('Salahaddin', 'boarded the ')).toBeNull();
  });

  it('contests "boarded the boat" against "boarded the boats"', () => {
    const a = claimOf('tide', 'boarded the larger');
    const b = claimOf('mariner', 'boarded the smuggling boats');
    const v = verdictOf([a, b]);
    expect(v).toMatchObject({ status: 'contested', kind: 'number' });
    expect(v.values.get(a.id)).toMatch(/boat$/);
    expect(v.values.get(b.id)).toMatch(/boats$/);
    expect(verdictOf([a, claimOf('sentinel', 'boarded the larger')]).status).toBe('corroborated');
  });

  it('does not count abstract nouns ("its action" / "its actions")', () => {
    expect(verdictOf([claimOf('gull', 'defended its action'), claimOf('sentinel', 'its actions')]).status).not.toBe('contested');
  });
});

describe('nationalities of a counted group', () => {
  it('folds the forms of one nationality', () => {
    expect(nationality('Somalian')).toBe(nationality('Somali'));
    expect(nationality('Albanians')).toBe('albanian');
    expect(nationality('Korsa')).toBeNull();
  });

  it('reads the nationalities the phrase after a number names', () => {
    const [n] = statedNationalities(claimOf('tide', '14 Albanian and Greek'));
    expect(n).toMatchObject({ value: 14, nations: ['albanian', 'greek'], text: '14 Albanian and Greek smugglers' });
  });

  it('contests the same count given other nationalities, and keeps the same set in another order', () => {
    const a = claimOf('tide', '14 Albanian and Greek');
    const b = claimOf('mariner', '14 Albanian smugglers');
    const v = verdictOf([a, b]);
    expect(v).toMatchObject({ status: 'contested', kind: 'argument' });
    expect(v.values.get(b.id)).toBe('14 Albanian smugglers');
    expect(verdictOf([a, claimOf('sentinel', '14 Greek and Albanian')]).status).toBe('corroborated');
  });
});

describe('days', () => {
  it('contests other days for the same act, not days of different acts', () => {
    expect(verdictOf([claimOf('tide', 'open on May 20'), claimOf('mariner', 'open on May 24')]).kind).toBe('date');
    expect(verdictOf([claimOf('tide', 'open on May 20'), claimOf('mariner', 'praised the crew')]).status).toBe('corroborated');
  });
});

describe('negation', () => {
  it('contests a denial of the same statement', () => {
    expect(verdictOf([claimOf('tide', 'captain was on the bridge'), claimOf('mariner', 'captain was not on the bridge')]).kind).toBe('negation');
  });

  it('does not contest a negated neighbour of another wording ("isn\'t sure" / "is unclear")', () => {
    expect(verdictOf([claimOf('tide', "isn't sure"), claimOf('mariner', 'still unclear')]).status).toBe('corroborated');
  });
});
