import { describe, expect, it } from 'vitest';
import { analyzeStoryClaims, extractClaims } from './index.js';
import { findHedges, isNegated, mainWords } from './extract.js';
import { splitClauses } from './clauses.js';
import { tokenize } from '../nlp/tokenize.js';
import { FERRY, FERRY_LINKS, storyInput } from './test-fixtures.js';
import type { ClaimGroupOutput } from './types.js';

const input = storyInput(FERRY, FERRY_LINKS);
const result = analyzeStoryClaims(input);
const textOf = (id: string): string => input.articles.find((a) => a.id === id)!.text;

/** The group holding the mention of `article` that overlaps `phrase` most. */
function groupOf(article: string, phrase: string): ClaimGroupOutput {
  const at = textOf(article).indexOf(phrase);
  expect(at, phrase).toBeGreaterThanOrEqual(0);
  const end = at + phrase.length;
  // The group whose mention in `article` overlaps the phrase most.
  let g: ClaimGroupOutput | undefined;
  let best = 0;
  for (const c of result.claims) {
    for (const m of c.mentions) {
      const ov = m.article === article ? Math.min(m.end, end) - Math.max(m.start, at) : 0;
      if (ov > best) [g, best] = [c, ov];
    }
  }
  expect(g, phrase).toBeDefined();
  return g!;
}

describe('claims of one article', () => {
  const a = input.articles.find((x) => x.id === 'coastal')!;
  const claims = extractClaims(a, input.extraction.get('coastal')!);

  it('reads the title (flagged) and strips attribution frames into metadata', () => {
    expect(claims[0]).toMatchObject({ from: 'title', text: 'Four passengers killed as ferry hits freighter' });
    const rescued = claims.find((c) => c.text.includes('112 people'))!;
    expect(rescued.text).not.toMatch(/Reuters/);
    expect(rescued.frame?.source?.text).toBe('Reuters');
    expect(rescued.numbers.map((n) => [n.value, n.unit])).toEqual([[112, 'peopl']]);
    const captain = claims.find((c) => c.text.includes('captain'))!;
    expect(captain.text).toBe('The captain was not on the bridge at the time of the collision');
    expect(captain.negated).toBe(true);
    expect(captain.frame?.source?.text).toBe('a crew member');
  });

  it('marks hedged statements and keeps the dates of a statement', () => {
    const fog = claims.find((c) => c.text.includes('fog'))!;
    expect(fog.hedged).toBe(true);
    expect(fog.hedges).toContain('may');
    const inquiry = claims.find((c) => c.text.includes('inquiry'))!;
    expect(inquiry.hedged).toBe(false);
    expect(inquiry.dates.map((d) => d.value)).toEqual(['2026-03-24']);
  });

  it('finds hedges and negations in words', () => {
    expect(findHedges('the minister is expected to resign'.split(' '))).toEqual(['expected to']);
    expect(findHedges('the army reportedly withdrew'.split(' '))).toEqual(['reportedly']);
    expect(isNegated('he did not attend'.split(' '))).toBe(true);
    expect(isNegated('not only the port but the town'.split(' '))).toBe(false);
  });

  it('reads a negation inside a condition as the condition\'s, not the claim\'s', () => {
    const neg = (text: string): boolean => isNegated(mainWords(tokenize(text), text));
    expect(neg('The union would accept the offer only if the plant did not close')).toBe(false);
    expect(neg('The club will sign him unless the fee is not paid by June')).toBe(false);
    expect(neg('If the talks fail, the army will not withdraw')).toBe(true);
    expect(neg('The army will not withdraw if the talks fail')).toBe(true);
  });

  it('splits a sentence with two facts into two clauses', () => {
    const text = 'The storm flooded the valley road; engineers closed the bridge over the river.';
    const spans = splitClauses(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['The storm flooded the valley road', 'engineers closed the bridge over the river']);
    const two = 'Police arrested two men at the harbour, and officers seized a van near the station.';
    expect(splitClauses(two, tokenize(two)).map((s) => two.slice(s.start, s.end))).toEqual([
      'Police arrested two men at the harbour',
      'officers seized a van near the station',
    ]);
    const one = 'The ferry sailed from the harbour and the island at dawn.';
    expect(splitClauses(one, tokenize(one))).toHaveLength(1);
  });
});

describe('alignment and verdicts across outlets', () => {
  it('groups paraphrases: refused to comment ~ declined to say', () => {
    const g = groupOf('gazette', 'refused to comment');
    expect(g.mentions.some((m) => m.article === 'coastal' && textOf('coastal').slice(m.start, m.end).includes('declined to say'))).toBe(true);
    expect(g.mentions.find((m) => m.article === 'gazette')!.text).toContain('refused to comment');
    expect(g.status).toBe('corroborated');
  });

  it('flags a date conflict with each mention\'s value', () => {
    const g = groupOf('coastal', 'will open on March 24');
    expect(g.status).toBe('contested');
    expect(g.kind).toBe('date');
    const values = Object.fromEntries(g.mentions.map((m) => [m.article, m.value]));
    expect(values.gazette).toMatch(/2026-03-20/);
    expect(values.coastal).toMatch(/2026-03-24/);
  });

  it('flags a number conflict (four vs six dead)', () => {
    const g = groupOf('islander', 'Six passengers were killed');
    expect(g.status).toBe('contested');
    expect(g.kind).toBe('number');
    const values = new Set(g.mentions.map((m) => m.value?.toLowerCase()));
    expect(values.has('six')).toBe(true);
    expect(values.has('four')).toBe(true);
  });

  it('flags a negation conflict', () => {
    const g = groupOf('coastal', 'captain was not on the bridge');
    expect(g).toMatchObject({ status: 'contested', kind: 'negation' });
    expect(g.mentions.find((m) => m.article === 'coastal')!.value).toBe('denied');
    expect(g.mentions.find((m) => m.article === 'gazette')!.value).toBe('affirmed');
  });

  it('flags a different action on the same object and date', () => {
    const g = groupOf('coastal', 'publish a safety report');
    expect(g).toMatchObject({ status: 'contested', kind: 'action' });
    expect(g.mentions.find((m) => m.article === 'gazette')!.value).toMatch(/^submit/);
    expect(g.mentions.find((m) => m.article === 'coastal')!.value).toMatch(/^publish/);
  });

  it('keeps a hedging difference visible', () => {
    const g = groupOf('coastal', 'fast in thick fog');
    expect(g.hedged).toBe(true);
    expect(g.mentions.find((m) => m.article === 'coastal')!.hedged).toBe(true);
    expect(g.mentions.find((m) => m.article === 'gazette')!.hedged).toBe(false);
    expect(g.hedgedMentions).toBe(1);
  });
});

describe('origins', () => {
  it('counts two outlets citing one agency as one origin', () => {
    const g = groupOf('coastal', 'Rescuers pulled 112 people');
    expect(g.outlets).toEqual(expect.arrayContaining(['Harbour Gazette', 'Coastal Times']));
    expect(g.origins).toEqual(['Reuters']);
    expect(g.originCount).toBe(1);
    expect(g.originsLabel).toMatch(/^\d outlets, 1 origin \(Reuters\)$/);
  });

  it('counts a syndicated copy as its original\'s origin, and an outlet without a name by its URL host', () => {
    const g = groupOf('gazette', 'collided with a cargo ship');
    expect(g.status).toBe('corroborated');
    expect(g.outlets).toEqual(expect.arrayContaining(['Harbour Gazette', 'Valley Herald', 'islander-news.example']));
    expect(g.mentions.find((m) => m.article === 'wire-copy')!.origin).toBe('Harbour Gazette');
    expect(g.origins).toEqual(expect.arrayContaining(['Harbour Gazette', 'islander-news.example']));
    expect(g.origins).not.toContain('Valley Herald');
    expect(g.originCount).toBe(g.outlets.length - 1);
    expect(result.origins.edges).toContainEqual(expect.objectContaining({ from: 'outlet:valley herald', to: 'outlet:harbour gazette', kind: 'copies' }));
    // Reuters is an entity the entity stage found: the edge goes to it.
    expect(result.origins.edges).toContainEqual(expect.objectContaining({ from: 'outlet:coastal times', to: expect.stringMatching(/^(entity|source):reuters$/), kind: 'cites' }));
  });
});

describe('timeline', () => {
  it('lists dated claim groups in date order with their mentions', () => {
    const values = result.timeline.map((t) => t.value);
    expect(values).toEqual([...values].sort());
    expect(values).toEqual(expect.arrayContaining(['2026-03-09', '2026-03-20', '2026-03-24', '2026-04-02']));
    const crash = result.timeline.find((t) => t.value === '2026-03-09')!;
    expect(crash.estimated).toBe(false);
    expect(new Set(crash.mentions.map((m) => m.article))).toContain('islander');
    for (const t of result.timeline) for (const id of t.claims) expect(result.claims.some((c) => c.id === id)).toBe(true);
  });
});
