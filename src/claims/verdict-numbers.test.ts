import { describe, expect, it } from 'vitest';
import { claimFinder, storyInput, type FixtureArticle } from './test-fixtures.js';
import { verdictOf } from './verdict.js';
import type { Claim } from './types.js';
import { countedThing, numberRange, partyAfter, phraseBeforeParticiple, statedCounts } from './verdict-numbers.js';

/** A flood told by invented outlets: some counts agree in different wordings, some do not. */
const FLOOD: FixtureArticle[] = [
  {
    id: 'ledger',
    outlet: 'Valley Ledger',
    published: '2026-02-11',
    text: `Floods hit Marrow valley
More than 20 homes were flooded in Ostrey on Tuesday.
Rescuers evacuated 14 adults and 9 children from the riverside estate.
Shares in the regional water company fell 6.2 per cent on Tuesday.
Two bridges were closed by the police.`,
  },
  {
    id: 'courier',
    outlet: 'Marrow Courier',
    published: '2026-02-11',
    text: `Ostrey under water
23 homes were flooded in Ostrey on Tuesday.
Rescuers evacuated 23 people from the riverside estate.
Shares in the regional water company fell 2.5 percent on Tuesday.
2 bridges were closed by the police.`,
  },
  {
    id: 'herald',
    outlet: 'Ostrey Herald',
    published: '2026-02-11',
    text: `Valley flood toll rises
Dozens of homes were flooded in Ostrey on Tuesday.
Rescuers evacuated 40 people from the riverside estate.
Four bridges were closed by the police.`,
  },
];

const input = storyInput(FLOOD);

/** The claim of `article` whose text holds `phrase`. */
const claimOf = claimFinder(input);

describe('counts a claim states', () => {
  it('reads the range a wording allows', () => {
    const n = { start: 0, end: 2, text: '40', value: 40, unit: null };
    expect(numberRange(n, 'as many as 40 people', 11)).toEqual([0, 40]);
    expect(numberRange(n, 'at least 40 people', 9)).toEqual([40, Infinity]);
    expect(numberRange(n, 'about 40 people', 6)).toEqual([34, 46]);
    expect(numberRange(n, 'the 40 people', 4)).toEqual([40, 40]);
    const dozens = { start: 0, end: 6, text: 'dozens', value: 12, unit: null };
    expect(numberRange(dozens, 'dozens of people', 0)).toEqual([20, Infinity]);
  });

  it('reads a bound before a number as a range', () => {
    const [homes] = statedCounts(claimOf('ledger', 'More than 20 homes'));
    expect(homes).toMatchObject({ thing: countedThing(homes.numbers[0]), low: 21, high: Infinity });
  });

  it('adds up coordinated parts of one whole', () => {
    const counts = statedCounts(claimOf('ledger', '14 adults and 9 children'));
    expect(counts.some((x) => x.low === 23 && x.high === 23 && x.numbers.length === 2)).toBe(true);
  });

  it('folds per cent, percent and % into one counted thing', () => {
    const a = statedCounts(claimOf('ledger', '6.2 per cent'));
    const b = statedCounts(claimOf('courier', '2.5 percent'));
    expect(a.map((x) => x.thing)).toContain('percent');
    expect(b.map((x) => x.thing)).toContain('percent');
  });
});

describe('number conflicts', () => {
  it('keeps "more than 20" and "23" corroborated', () => {
    expect(verdictOf([claimOf('ledger', 'More than 20 homes'), claimOf('courier', '23 homes')]).status).toBe('corroborated');
  });

  it('keeps "dozens of" and "23" corroborated, and contests "dozens of" against "8"', () => {
    // Extraction may leave "Dozens" uncounted: the number is attached here as a reader would.
    const c = claimOf('herald', 'Dozens of homes');
    const at = c.text.indexOf('Dozens');
    const dozens = { ...c, numbers: [{ start: c.span.start + at, end: c.span.start + at + 6, text: 'Dozens', value: 12, unit: 'home', phrase: ['home'] }] };
    const courier = claimOf('courier', '23 homes');
    expect(statedCounts(courier)[0].thing).toBe('home');
    expect(verdictOf([dozens, courier]).status).toBe('corroborated');
    const eight = { ...courier, numbers: courier.numbers.map((n) => ({ ...n, value: 8, text: '8' })) };
    expect(verdictOf([dozens, eight]).status).toBe('contested');
  });

  it('keeps "two" and "2" corroborated', () => {
    expect(verdictOf([claimOf('ledger', 'Two bridges'), claimOf('courier', '2 bridges')]).status).toBe('corroborated');
  });

  it('contests "two" against "four" bridges, each mention with its value', () => {
    const a = claimOf('ledger', 'Two bridges');
    const b = claimOf('herald', 'Four bridges');
    const v = verdictOf([a, b]);
    expect(v).toMatchObject({ status: 'contested', kind: 'number' });
    expect(v.values.get(a.id)).toBe('Two');
    expect(v.values.get(b.id)).toBe('Four');
  });

  it('keeps parts that add up to the other outlet\'s total corroborated, and contests another total', () => {
    const parts = claimOf('ledger', '14 adults and 9 children');
    expect(verdictOf([parts, claimOf('courier', 'evacuated 23 people')]).status).toBe('corroborated');
    expect(verdictOf([claimOf('courier', 'evacuated 23 people'), claimOf('herald', 'evacuated 40 people')]).status).toBe('contested');
  });

  it('contests shares written as "per cent" and "percent"', () => {
    const a = claimOf('ledger', '6.2 per cent');
    const b = claimOf('courier', '2.5 percent');
    const v = verdictOf([a, b]);
    expect(v).toMatchObject({ status: 'contested', kind: 'number' });
    expect(v.values.get(a.id)).toMatch(/6\.2/);
    expect(v.values.get(b.id)).toMatch(/2\.5/);
  });
});

describe('counts of one noun with other named sides', () => {
  const BOUTS = storyInput([
    { id: 'ring', outlet: 'Ring Weekly', published: '2026-03-02', text: `Veteran boxer retires\nKolbe lost three fights with Dravek over his career.\nKolbe fought four rounds on Saturday.` },
    { id: 'post', outlet: 'Canvas Post', published: '2026-03-02', text: `Kolbe calls it a day\nKolbe won both fights with Amsel before his title run.\nKolbe fought six rounds on Saturday.` },
  ]);
  const claim = claimFinder(BOUTS);

  it('reads the named side after a count', () => {
    expect(partyAfter(' fights with Dravek over his career')).toBe('dravek');
    expect(partyAfter(' close matches against the Rovers')).toBe('rovers');
    expect(partyAfter(' fights in Dravek')).toBeUndefined();
    expect(partyAfter(' fights with his brother')).toBeUndefined();
  });

  it('does not contest counts of fights with different opponents, and still contests the rounds', () => {
    expect(verdictOf([claim('ring', 'three fights'), claim('post', 'both fights')]).status).not.toBe('contested');
    expect(verdictOf([claim('ring', 'four rounds'), claim('post', 'six rounds')])).toMatchObject({ status: 'contested', kind: 'number' });
  });
});

/** Pipelines cut in an invented strait: the counted noun followed by a participle clause. */
const PIPES: FixtureArticle[] = [
  {
    id: 'gauge',
    outlet: 'Strait Gauge',
    published: '2026-07-03',
    text: `Pipelines damaged in Verran Strait
Engineers said two pipelines linking Osk and Delm were damaged on Thursday.`,
  },
  {
    id: 'monitor',
    outlet: 'Delm Monitor',
    published: '2026-07-03',
    text: `Strait pipelines hit
Engineers said four pipelines running across the Verran Strait were damaged on Thursday.`,
  },
  {
    id: 'digest',
    outlet: 'Osk Digest',
    published: '2026-07-03',
    text: `Strait damage
Engineers said two pipelines were damaged in the Verran Strait on Thursday.`,
  },
];

describe('the counted noun before a participle clause', () => {
  const claimIn = claimFinder(storyInput(PIPES));

  it('cuts the counted phrase before a participle that opens a clause, not before an -ing modifier', () => {
    expect(phraseBeforeParticiple(['pipelin', 'link', 'osk'], ' pipelines linking Osk and Delm')).toEqual(['pipelin']);
    expect(phraseBeforeParticiple(['pipelin', 'run', 'across'], ' pipelines running across the strait')).toEqual(['pipelin']);
    expect(phraseBeforeParticiple(['drill', 'platform'], ' drilling platforms were hit')).toEqual(['drill', 'platform']);
    expect(phraseBeforeParticiple(['oil', 'drill', 'platform'], ' oil drilling platforms were hit')).toEqual(['oil', 'drill', 'platform']);
  });

  it('counts pipelines in "two pipelines linking Osk and Delm" and "four pipelines running across the strait"', () => {
    const two = claimIn('gauge', 'two pipelines');
    const four = claimIn('monitor', 'four pipelines');
    expect(statedCounts(two).map((x) => x.thing)).toEqual(statedCounts(four).map((x) => x.thing));
    const v = verdictOf([two, four]);
    expect(v).toMatchObject({ status: 'contested', kind: 'number' });
    expect(v.values.get(two.id)).toBe('two');
    expect(v.values.get(four.id)).toBe('four');
    expect(verdictOf([two, claimIn('digest', 'two pipelines')]).status).toBe('corroborated');
  });
});

describe('a count whose phrase runs into a narrowed part', () => {
  const CABLES = storyInput([
    { id: 'post', outlet: 'Harbour Post', published: '2026-03-06', text: `Cables cut\nThree undersea cables off the coast of Sicily were damaged on Friday.\nTwo cables and the power lines off the coast of Sicily were damaged on Friday.` },
    { id: 'wire', outlet: 'Strait Wire', published: '2026-03-06', text: `Cables cut\nFour submarine cables off the coast of Sicily were damaged on Friday.` },
  ]);
  const find = claimFinder(CABLES);
  /** The part of `c` from `from` on (what one alignment matched), with the numbers and marks inside it. */
  const part = (c: Claim, from: string): Claim => {
    const at = c.text.indexOf(from);
    const start = c.span.start + at;
    return { ...c, span: { start, end: c.span.end }, text: c.text.slice(at), numbers: c.numbers.filter((n) => n.start >= start), marks: c.marks.filter((m) => m.start >= start) };
  };

  it('contests the counts that lead into parts naming only the place and the act', () => {
    const a = find('post', 'Three undersea cables');
    const b = find('wire', 'Four submarine cables');
    const pa = part(a, 'Sicily were damaged');
    const pb = part(b, 'Sicily were damaged');
    expect(pa.numbers).toHaveLength(0);
    const v = verdictOf([pa, pb], 1, [a, b]);
    expect(v).toMatchObject({ status: 'contested', kind: 'number' });
    expect(v.values.get(pa.id)).toBe('Three');
    expect(v.values.get(pb.id)).toBe('Four');
  });

  it('does not carry a count across a phrase break ("and") into the part', () => {
    const a = find('post', 'Two cables and');
    expect(a.numbers).toHaveLength(1);
    const b = find('wire', 'Four submarine cables');
    const pa = part(a, 'Sicily were damaged');
    const pb = part(b, 'Sicily were damaged');
    expect(verdictOf([pa, pb], 1, [a, b]).status).toBe('corroborated');
  });
});
