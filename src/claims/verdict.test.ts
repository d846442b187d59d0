import { describe, expect, it } from 'vitest';
import { analyzeStoryClaims } from './index.js';
import { undatedDay } from './extract.js';
import { compatibleTimes, slotArguments, verdictOf } from './verdict.js';
import { claimFinder, storyInput, type FixtureArticle } from './test-fixtures.js';
import type { ClaimGroupOutput } from './types.js';

/** A warehouse fire told by three invented outlets that disagree on who set it and where it began. */
const FIRE: FixtureArticle[] = [
  {
    id: 'post',
    outlet: 'Riverside Post',
    published: '2026-05-04',
    text: `Warehouse fire in Dunmore
The warehouse was set alight by striking dockers on Sunday night.
The blaze started in Dunmore and spread to two shops.`,
  },
  {
    id: 'echo',
    outlet: 'Evening Echo',
    published: '2026-05-04',
    text: `Dunmore warehouse burns
The warehouse was set alight by teenagers on Sunday night.
The blaze started in Kelby and spread to two shops.`,
  },
  {
    id: 'wire',
    outlet: 'Northern Wire',
    published: '2026-05-04',
    text: `Fire guts warehouse
The warehouse was set alight by striking dockers on Sunday night, police said.`,
  },
];

const input = storyInput(FIRE);
const result = analyzeStoryClaims(input, { argumentConflicts: true });

/** The claim of `article` whose text holds `phrase`. */
const claimOf = claimFinder(input);

/** The group with a mention of `article` inside the sentence holding `phrase`. */
function groupOf(article: string, phrase: string): ClaimGroupOutput {
  const text = input.articles.find((a) => a.id === article)!.text;
  const at = text.indexOf(phrase);
  const g = result.claims.find((c) => c.mentions.some((m) => m.article === article && m.start < at + phrase.length && at < m.end));
  expect(g, phrase).toBeDefined();
  return g!;
}

describe('arguments of a predicate', () => {
  it('reads the agent of a passive, the subject and the object', () => {
    const agent = slotArguments(claimOf('echo', 'set alight by teenagers')).find((a) => a.slot === 'agent');
    expect(agent).toMatchObject({ head: 'teenag' });
    const c = claimOf('post', 'The blaze started');
    const subject = slotArguments(c).find((a) => a.slot === 'subject')!;
    expect(c.text.slice(subject.start - c.span.start, subject.end - c.span.start)).toBe('blaze');
    const object = slotArguments(claimOf('post', 'spread to two shops')).find((a) => a.slot === 'object');
    expect(object).toBeUndefined(); // "to two shops" stands behind a preposition
  });

  it('reads the place a preposition names after the predicate', () => {
    const place = slotArguments(claimOf('echo', 'started in Kelby')).find((a) => a.slot === 'place');
    expect(place).toMatchObject({ type: 'PLACE' });
  });

  it('leaves out a noun behind a preposition as a subject', () => {
    const c = claimOf('post', 'spread to two shops');
    expect(slotArguments(c).filter((a) => a.slot === 'subject').map((a) => a.head)).not.toContain('dunmor');
  });
});

describe('argument conflicts', () => {
  it('are off by default', () => {
    const a = claimOf('post', 'striking dockers');
    const b = { ...claimOf('echo', 'teenagers'), outlet: 'Other' };
    expect(verdictOf([a, b], 1, [a, b], { argumentConflicts: true }).kind).toBe('argument');
    expect(verdictOf([a, b]).kind).toBeNull();
  });

  it('flags outlets naming different agents of the same act, with the value each states', () => {
    const g = groupOf('echo', 'set alight by teenagers');
    expect(g).toMatchObject({ status: 'contested', kind: 'argument' });
    expect(g.mentions.find((m) => m.article === 'echo')!.value).toMatch(/teenagers/);
    expect(g.mentions.find((m) => m.article === 'post')!.value).toMatch(/dockers/);
  });

  it('flags outlets naming different places for the same event', () => {
    const g = groupOf('echo', 'started in Kelby');
    expect(g.status).toBe('contested');
    expect(g.kind === 'argument' || g.kind === 'action').toBe(true);
  });

  it('keeps a group corroborated when outlets name the same agent', () => {
    const a = claimOf('post', 'striking dockers');
    const b = claimOf('wire', 'striking dockers');
    expect(verdictOf([a, b]).status).toBe('corroborated');
  });

  it('does not read a name against a description as a conflict', () => {
    const a = claimOf('post', 'striking dockers');
    const b = { ...claimOf('echo', 'teenagers'), outlet: 'Other' };
    // Same act, one agent a common noun and the other a name: compared only within a kind.
    expect(verdictOf([a, b], 1, [a, b], { argumentConflicts: true }).kind).toBe('argument');
    const named = { ...b, entities: [{ start: b.span.start, end: b.span.end, text: b.text, entity: 'x', type: 'PERSON' as const }] };
    expect(verdictOf([a, named], 1, [a, named], { argumentConflicts: true }).kind).not.toBe('argument');
  });
});

describe('days without a year', () => {
  it('keeps month and day when the article has no date to anchor them', () => {
    expect(undatedDay('November 19')).toBe('XXXX-11-19');
    expect(undatedDay('on 3rd March')).toBe('XXXX-03-03');
    expect(undatedDay('last week')).toBeNull();
  });

  it('compares a day of unknown year with any year', () => {
    expect(compatibleTimes('XXXX-11-19', '2008-11-19')).toBe(true);
    expect(compatibleTimes('XXXX-11-19', 'XXXX-11-18')).toBe(false);
  });
});
