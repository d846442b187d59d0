/**
 * Attribution frames carried to the statements they govern: a frame opening its sentence ("X
 * reported that ...") governs all of it, and a frame reaches on to following sentences where the
 * text says so (an agentless "It is noted that", "reportedly", "according to the draft", a view
 * continued right after "X said that ..."), but not to a past event the reporter adds, nor across
 * a paragraph without a marker. Role nouns ("the source") and pronouns name the source cited
 * before; a source close to an organisation is not that organisation.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from './index.js';
import { sourceEntityOf } from './extract.js';
import { storyInput, type FixtureArticle } from './test-fixtures.js';
import type { Claim } from './types.js';

const HARBOUR: FixtureArticle[] = [
  {
    id: 'ledger',
    outlet: 'Bay Ledger',
    published: '2026-06-03',
    text: [
      'Harbour tolls to rise',
      'Radio Meridian reported that next week, Mayor Anna Cole and Governor Piet Varga are expected to hold talks regarding the toll plan.',
      'A source close to the port authority also said that the board liked the outline of the plan, but the unions still oppose it.',
      'It is noted that among the unions\u2019 demands are a cap on night shifts and a new pension fund.',
      'Regarding the pension fund, the source stressed: the board would accept it only if the city paid half. The model of the northern docks was cited as an example.',
      'Recently, the Coast Herald reported that the port drafted a new toll schedule. The schedule was approved by the board in April.',
      'The draft reportedly runs to 40 pages. According to the draft, tolls would rise by 12 per cent for cargo ships.',
      'Harbour master Jonas Brandt said that the level of the new tolls is yet to be settled. A date for the vote has yet to be fixed.',
      'Dockworkers held a rally outside the port office on Tuesday.',
      'Port spokesman Ivan Mirko said that the ferries would keep their old tolls. He added that the cruise lines would pay more.',
      'According to the Island Courier, the toll office will close in August. Its staff moved to the new terminal last year. Port director Lena Hoff said that the move saved money.',
    ].join('\n'),
  },
];

const input = storyInput(HARBOUR);
const article = input.articles[0];
const claims = extractClaims(article, input.extraction.get('ledger')!);

/** The claim whose text holds `phrase`. */
function claimOf(phrase: string): Claim {
  const c = claims.find((x) => x.text.includes(phrase));
  expect(c, phrase).toBeDefined();
  return c!;
}

const source = (phrase: string): string | null => claimOf(phrase).frame?.source?.text ?? null;

describe('frames carried to the statements they govern', () => {
  it('strips a frame that opens its sentence ("X reported that ...") from all of it', () => {
    const talks = claimOf('expected to hold talks');
    expect(talks.frame?.source?.text).toBe('Radio Meridian');
    expect(talks.text).not.toMatch(/Radio Meridian|reported/);
    expect(talks.text).toContain('regarding the toll plan');
    expect(talks.hedged).toBe(true);
  });

  it('gives an agentless "It is noted that" and "was cited" the source named before', () => {
    expect(source('cap on night shifts')).toMatch(/source close to the port authority/i);
    expect(claimOf('cap on night shifts').frame?.carried).toBe(true);
    expect(source('northern docks')).toMatch(/source close to the port authority/i);
  });

  it('ties "the source" to the unnamed source cited before', () => {
    expect(source('city paid half')).toMatch(/source close to the port authority/i);
  });

  it('carries a frame to reported speech and to a document it cites, across one paragraph break', () => {
    expect(source('runs to 40 pages')).toBe('the Coast Herald');
    expect(source('tolls would rise by 12 per cent')).toBe('the Coast Herald');
  });

  it('continues a view right after "X said that ...", not a past event nor a new paragraph', () => {
    expect(source('has yet to be fixed')).toBe('Harbour master Jonas Brandt');
    expect(claimOf('has yet to be fixed').frame?.carried).toBe(true);
    expect(source('approved by the board in April')).toBeNull();
    expect(source('held a rally')).toBeNull();
  });

  it('spans a paragraph with the frame that opens it, relaying the sources it quotes', () => {
    expect(source('staff moved to the new terminal')).toBe('the Island Courier');
    expect(source('the move saved money')).toBe('Port director Lena Hoff');
    expect(claimOf('the move saved money').frame?.via).toBe('the Island Courier');
  });

  it('writes a pronoun source as the person it was tied to', () => {
    expect(source('cruise lines would pay more')).toBe('Port spokesman Ivan Mirko');
  });
});

describe('the entity a source names', () => {
  const text = 'Port spokesman Ivan Mirko; a source close to the Port Authority; Mayor Anna Cole and Governor Piet Varga';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const ent = (s: string, entity: string, type: string) => ({ ...at(s), entity, type });
  const entities = [
    ent('Ivan Mirko', 'ivan-mirko', 'PERSON'),
    ent('Port', 'port', 'ORG'),
    ent('Port Authority', 'port-authority', 'ORG'),
    ent('Anna Cole', 'anna-cole', 'PERSON'),
    ent('Piet Varga', 'piet-varga', 'PERSON'),
  ];

  it('is the person of a title and name, not the organisation before it', () => {
    expect(sourceEntityOf(text, at('Port spokesman Ivan Mirko'), entities)).toBe('ivan-mirko');
  });

  it('is no organisation a source is only close to', () => {
    expect(sourceEntityOf(text, at('a source close to the Port Authority'), entities)).toBeNull();
  });

  it('is none for two speakers', () => {
    expect(sourceEntityOf(text, at('Mayor Anna Cole and Governor Piet Varga'), entities)).toBeNull();
  });
});
