/**
 * A count standing just outside the words a group shares ("Police said 12 people were |
 * injured") still belongs to the mention: outlets that give different counts of one thing are
 * then told apart as contested, with each mention's value. Numbers are compared by what they
 * count, and "nothing less than" is no negation.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStoryClaims, extractClaims } from './index.js';
import { isNegated } from './extract.js';
import { verdictOf } from './verdict.js';
import { storyInput, type FixtureArticle } from './test-fixtures.js';

const STORM: FixtureArticle[] = [
  {
    id: 'ledger',
    outlet: 'Marrow Ledger',
    published: '2026-09-14',
    text: `Storm batters Marrow coast
A storm with gusts of 140 km/h swept across the Marrow coast on Sunday, tearing roofs off dozens of houses.
Police said 9 people were injured in the storm.
Ferries to the islands were cancelled until Tuesday.`,
  },
  {
    id: 'courier',
    outlet: 'Brenn Courier',
    published: '2026-09-14',
    text: `Marrow coast counts storm damage
Gusts of 140 km/h tore roofs off houses along the Marrow coast on Sunday.
Police said 14 people had been injured in the storm.
All ferries to the islands stayed in port until Tuesday.`,
  },
];

describe('counts next to the shared words', () => {
  const out = analyzeStoryClaims(storyInput(STORM)).claims;
  const injured = out.find((g) => g.mentions.length >= 2 && g.mentions.every((m) => /injured/.test(m.text)));

  it('contests a group whose outlets count the injured differently, each mention with its count', () => {
    expect(injured).toBeDefined();
    expect(injured!.status).toBe('contested');
    expect(injured!.kind).toBe('number');
    const values = injured!.mentions.map((m) => `${m.article}:${m.value}`).sort();
    expect(values).toEqual(['courier:14', 'ledger:9']);
  });

  it('keeps agreeing counts corroborated', () => {
    const gusts = out.find((g) => g.mentions.length >= 2 && g.mentions.every((m) => /140/.test(m.text)));
    if (gusts) expect(gusts.status).not.toBe('contested');
  });
});

describe('what a number counts, and emphasis that is no denial', () => {
  const input = storyInput([
    { id: 'one', outlet: 'Harbour Log', published: '2026-07-01', text: 'Coast guards said 40 migrants were rescued off the cape.\nThe patrol also seized three other fishing boats.' },
    { id: 'two', outlet: 'Cape Herald', published: '2026-07-01', text: 'Two of the migrant boats were towed to the port.\nThe patrol also seized two other boats.' },
  ]);
  const claims = input.articles.flatMap((a) => extractClaims(a, input.extraction.get(a.id)!));
  const claimWith = (phrase: string) => claims.find((c) => c.text.includes(phrase))!;

  it('does not contest counts of different things that share a word ("40 migrants" / "two of the migrant boats")', () => {
    expect(verdictOf([claimWith('40 migrants'), claimWith('migrant boats')]).status).toBe('corroborated');
  });

  it('contests counts of the same thing ("three other fishing boats" / "two other boats")', () => {
    const v = verdictOf([claimWith('three other'), claimWith('two other')]);
    expect(v.status).toBe('contested');
    expect(v.kind).toBe('number');
  });

  it('reads "nothing less than" and "no fewer than" as emphasis, "nothing was found" as a denial', () => {
    expect(isNegated('nothing less than the future of the league is at stake'.split(' '))).toBe(false);
    expect(isNegated('no fewer than nine ships were waiting'.split(' '))).toBe(false);
    expect(isNegated('nothing was found on board'.split(' '))).toBe(true);
  });
});
