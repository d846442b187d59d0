import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticles, type AnalysisDocument } from '../analyze.js';
import type { ClaimGroupOutput, ClaimMentionOutput } from '../claims/types.js';
import { groupWeight, referenceValue, summarizeStory, type SummaryArticle } from './index.js';
import { FLOOD, prepareFixture } from './test-fixtures.js';

/** Sentence spans of a text split after ". " (enough for hand-made articles). */
function article(id: string, outlet: string, text: string): SummaryArticle {
  const sentences: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/\.(\s+|$)/g)) {
    sentences.push({ start, end: m.index + 1 });
    start = m.index + m[0].length;
  }
  return { id, outlet, text, sentences };
}

function mention(a: SummaryArticle, words: string, extra: Partial<ClaimMentionOutput> = {}): ClaimMentionOutput {
  const start = a.text.indexOf(words);
  if (start < 0) throw new Error(`not in ${a.id}: ${words}`);
  return { article: a.id, start, end: start + words.length, outlet: a.outlet, hedged: false, value: null, text: words, from: 'body', source: null, origin: a.outlet, ...extra };
}

function group(id: string, status: ClaimGroupOutput['status'], mentions: ClaimMentionOutput[], extra: Partial<ClaimGroupOutput> = {}): ClaimGroupOutput {
  const outlets = [...new Set(mentions.map((m) => m.outlet))];
  return {
    id, text: mentions[0].text, status, outlets, origins: outlets, originCount: outlets.length, originsLabel: '', hedged: mentions.some((m) => m.hedged),
    hedgedMentions: mentions.filter((m) => m.hedged).length, kind: status === 'contested' ? 'date' : null, dates: [], score: 1, mentions, ...extra,
  };
}

const north = article('north', 'North Courier', 'The tram line between Aldgate Park and the harbour will close for six weeks from June 2, the transport authority said. Replacement buses will run every ten minutes during the day. The work will cost about 14 million pounds. Night buses will not be affected by the closure at all.');
const south = article('south', 'South Ledger', 'Trams between Aldgate Park and the harbour will stop for six weeks from June 9 while the tracks are replaced. The transport authority said replacement buses would run every ten minutes. A local shop owner said the closure would hurt trade on the busy harbour front.');

const closure = group('c1', 'contested', [
  mention(north, 'tram line between Aldgate Park and the harbour will close for six weeks from June 2', { value: '2026-06-02' }),
  mention(south, 'Trams between Aldgate Park and the harbour will stop for six weeks from June 9', { value: '2026-06-09' }),
]);
const buses = group('c2', 'corroborated', [mention(north, 'Replacement buses will run every ten minutes'), mention(south, 'replacement buses would run every ten minutes')]);
const cost = group('c3', 'single', [mention(north, 'The work will cost about 14 million pounds')]);
const trade = group('c4', 'single', [mention(south, 'the closure would hurt trade', { hedged: true })]);

describe('summarizeStory on hand-made groups', () => {
  const summary = summarizeStory([closure, buses, cost, trade], [north, south]);

  it('takes verbatim sentences, each citing its own span first', () => {
    expect(summary.length).toBeGreaterThanOrEqual(2);
    const byId = new Map([north, south].map((a) => [a.id, a]));
    for (const s of summary) {
      expect(byId.get(s.article)!.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.citations[0]).toMatchObject({ article: s.article, start: s.start, end: s.end, role: 'source', text: s.text });
      for (const c of s.citations) expect(byId.get(c.article)!.text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('leads with the lead sentence and cites the other outlet as contradicting a contested value', () => {
    expect(summary[0].claims).toEqual(['c1']);
    expect(summary[0].article).toBe('north');
    expect(summary[0].contested).toBe(true);
    expect(summary[0].contradictedBy).toEqual(['South Ledger']);
    expect(summary[0].citations[1]).toMatchObject({ article: 'south', role: 'contradicts', claim: 'c1', value: '2026-06-09' });
  });

  it('covers the corroborated claim once, with both outlets, and never repeats a claim', () => {
    const withBuses = summary.filter((s) => s.claims.includes('c2'));
    expect(withBuses).toHaveLength(1);
    expect(withBuses[0].outlets.sort()).toEqual(['North Courier', 'South Ledger']);
    const all = summary.flatMap((s) => s.claims);
    expect(new Set(all).size).toBe(all.length);
  });

  it('skips sentences that state no claim', () => {
    expect(summary.some((s) => s.text.startsWith('Night buses'))).toBe(false);
  });

  it('keeps a short summary for a story without claims (its lead sentence)', () => {
    const only = summarizeStory([], [north]);
    expect(only).toHaveLength(1);
    expect(only[0].text).toMatch(/^The tram line/);
    expect(only[0].citations).toHaveLength(1);
  });

  it('weighs corroborated over contested over single, and takes the majority value as reference', () => {
    expect(groupWeight(buses)).toBeGreaterThan(groupWeight(closure));
    expect(groupWeight(closure)).toBeGreaterThan(groupWeight(cost));
    const third = mention(article('east', 'East Post', 'Trams stop for six weeks from June 9.'), 'Trams stop for six weeks from June 9', { value: '2026-06-09' });
    expect(referenceValue(group('c9', 'contested', [...closure.mentions, third]))).toBe('2026-06-09');
    expect(referenceValue(buses)).toBeNull();
  });
});

describe('summarizeStory through analyzeArticles (invented multi-outlet story)', () => {
  let doc: AnalysisDocument;
  beforeAll(async () => {
    doc = await analyzeArticles(prepareFixture(FLOOD));
  });

  it('gives the story a summary whose spans are exact article slices', () => {
    expect(doc.stories).toHaveLength(1);
    const [story] = doc.stories;
    const text = new Map(doc.articles.map((a) => [a.id, a.text]));
    expect(story.summary.length).toBeGreaterThanOrEqual(2);
    expect(story.summary.length).toBeLessThanOrEqual(5);
    for (const s of story.summary) {
      expect(text.get(s.article)!.slice(s.start, s.end)).toBe(s.text);
      for (const c of s.citations) expect(text.get(c.article)!.slice(c.start, c.end)).toBe(c.text);
      // Body sentences only: never the headline line.
      expect(s.start).toBeGreaterThan(text.get(s.article)!.indexOf('\n'));
    }
  });

  it('leads with a claim several outlets carry, and avoids near-repeats across the copies', () => {
    const [story] = doc.stories;
    expect(story.summary[0].outlets.length).toBeGreaterThanOrEqual(2);
    const texts = story.summary.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('flags the repair date the outlets disagree on when it summarises it', () => {
    const [story] = doc.stories;
    const repairs = story.summary.find((s) => /repairs/i.test(s.text));
    if (repairs) {
      expect(repairs.contested).toBe(true);
      expect(repairs.contradictedBy.length + repairs.citations.filter((c) => c.role === 'contradicts').length).toBeGreaterThan(0);
    }
    expect(story.claims.some((g) => g.status === 'contested')).toBe(true);
  });
});
