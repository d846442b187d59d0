/**
 * General paraphrase rules of the claims stage: light verbs with an event noun ("have a
 * conversation" is "discuss"), and names alone carrying no link between claims that do
 * different things.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../nlp/tokenize.js';
import { analyzeStoryClaims } from './index.js';
import { predicateOf } from './extract.js';
import { storyInput, type FixtureArticle } from './test-fixtures.js';

const pred = (s: string) => predicateOf(tokenize(s))?.lemma ?? null;

describe('light verbs', () => {
  it('read the event noun as the predicate', () => {
    expect(pred('the two leaders are expected to have a conversation about the budget')).toBe(pred('the two leaders will discuss the budget'));
    expect(pred('the unions held talks with the ministry')).toBe(pred('the unions will negotiate with the ministry'));
    expect(pred('police made an arrest on Sunday')).toBe(pred('police arrested a man on Sunday'));
  });

  it('keep their usual reading without an event noun', () => {
    expect(pred('the council has approved the budget')).toBe('approv');
    expect(pred('the mayor made a surprising decision')).toBe('made');
  });
});

/** Two outlets on one city-hall day: one reports the mayor signing the budget, the other her school visit. */
const CITY: FixtureArticle[] = [
  {
    id: 'post',
    outlet: 'Riverton Post',
    published: '2026-05-04',
    text: `Riverton budget signed
Helen Ostrova will sign the Riverton budget on Monday.
The budget raises spending on parks by 12 percent.`,
  },
  {
    id: 'courier',
    outlet: 'Riverton Courier',
    published: '2026-05-04',
    text: `Mayor to tour harbour school
Helen Ostrova is expected to tour the harbour school in Riverton.
Park spending rises by 12 percent under the new budget.`,
  },
];

describe('names alone', () => {
  it('carry no link between claims that do different things', () => {
    const { claims } = analyzeStoryClaims(storyInput(CITY));
    const sign = CITY[0].text.indexOf('will sign');
    const tour = CITY[1].text.indexOf('tour the harbour');
    const mixed = claims.filter(
      (g) =>
        g.mentions.some((m) => m.article === 'post' && m.start < sign + 9 && sign < m.end) ||
        g.mentions.some((m) => m.article === 'courier' && m.start < tour + 16 && tour < m.end),
    );
    // The signing and the visit stay apart: each is told by one outlet.
    expect(mixed.length).toBeGreaterThan(0);
    expect(mixed.map((g) => g.status)).toEqual(mixed.map(() => 'single'));
    // The parks figure, told by both, is still one corroborated group.
    const parks = claims.filter((g) => g.outlets.length === 2 && g.mentions.some((m) => m.text.includes('12 percent')));
    expect(parks.map((g) => g.status)).toEqual(['corroborated']);
  });
});
