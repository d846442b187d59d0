/**
 * Invented article fixtures for store tests (all text written for this project). Not used at
 * run time.
 */
import { createHash } from 'node:crypto';
import type { Article, Span } from '../types.js';
import type { StoryMember } from './contract.js';

/** A stand-in for the text stage's content hash: sha1 of the whitespace-collapsed text. */
export function fixtureHash(text: string): string {
  return createHash('sha1').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** Invented news texts, each with a headline line first. */
export const FIXTURE_TEXTS = {
  harbour: `Port authority approves night shifts at Coldwater harbour

COLDWATER, 12 March (Meridian Wire) - The regional port authority on Tuesday approved a plan to run cargo cranes through the night at Coldwater harbour, a move its director said would cut the queue of waiting ships by half before the summer.

"We have fourteen vessels at anchor and crews who want to work," director Elena Markovic told reporters after the vote. The dockworkers' union said it had not been consulted and would study the rota before the first night shift on 20 March.

Residents of the waterfront district have complained about noise since the terminal expanded last year. The authority said new electric cranes would be quieter than the diesel machines they replace.`,
  harbourLater: `Port authority approves night shifts at Coldwater harbour

COLDWATER, 12 March (Meridian Wire) - The regional port authority on Tuesday approved a plan to run cargo cranes through the night at Coldwater harbour, a move its director said would cut the queue of waiting ships by half before the summer.

"We have fourteen vessels at anchor and crews who want to work," director Elena Markovic told reporters after the vote. The dockworkers' union said late on Tuesday that it would back the rota if overtime pay is doubled.

Residents of the waterfront district have complained about noise since the terminal expanded last year.`,
  ceasefire: `Talks on river ceasefire resume in Valmora

VALMORA - Negotiators from both riverbank provinces met again on Thursday to discuss a peace plan that would pull artillery back twenty kilometres from the Serra river, according to a statement from the mediators.

The mediators, led by former judge Tomas Okafor, said the sides had agreed on prisoner exchanges but not on who would monitor the line. A spokesman for the northern delegation said the U.S.-backed proposal was "a serious basis" for further talks, while the southern side rejected any foreign observers.`,
  drought: `Farmers in Estrel valley count losses after dry spring

ESTREL - Wheat yields in the Estrel valley will fall by a third this year after the driest spring on record, the regional farmers' cooperative estimated on Monday.

Cooperative chair Ana Lindqvist said 40% of members had applied for emergency credit. The agriculture ministry promised a relief package "within weeks" but gave no figure. Irrigation reservoirs stood at 18% of capacity, down from 55% a year earlier, the water board said.`,
  election: `Mayor Brandt concedes in Halden after recount

HALDEN - Mayor Jonas Brandt conceded defeat on Sunday after a recount confirmed that challenger Priya Raman had won the city election by 212 votes.

Raman, a former schools inspector, promised to publish the city budget line by line within her first hundred days. Brandt, who led the city for nine years, said he would stay on the council. Turnout was 61%, the election office said, the highest since 2004.`,
} as const;

/** Spans of the lines of a text (a crude stand-in for sentence splitting). */
function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim().length > 0) spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}

/**
 * An article as the text stage would produce it, from `text` (a key of {@link FIXTURE_TEXTS}
 * or a literal), with any field overridden.
 */
export function makeArticle(id: string, text: string, overrides: Partial<Article> = {}): Article {
  const headline = text.split('\n')[0];
  const lines = lineSpans(text);
  return {
    id,
    version: 1,
    text,
    title: headline,
    titleSpan: { start: 0, end: headline.length },
    outlet: 'Meridian Wire',
    outletInferred: false,
    outletSpan: null,
    published: '2025-03-12',
    estimatedPublished: null,
    language: 'en',
    url: `https://news.example.org/${encodeURIComponent(id)}`,
    author: null,
    categories: ['world'],
    source: { kind: 'text', input: `fixtures/${id}.txt`, encoding: 'utf-8' },
    marks: [{ start: lines[1]?.start ?? 0, end: (lines[1]?.start ?? 0) + 9, kind: 'dateline', rule: 'dateline-caps' }],
    sentences: lines.slice(1),
    messages: [],
    contentHash: fixtureHash(text),
    ...overrides,
  };
}

/**
 * `n` distinct articles of roughly `size` characters each (for speed measurements), built by
 * varying invented sentences so that every text and hash differs.
 */
export function makeBulkArticles(n: number, size = 3000): Article[] {
  const pool = Object.values(FIXTURE_TEXTS).join('\n\n').split('\n').filter((line) => line.trim());
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [`Bulletin ${i}: regional roundup number ${i}`];
    let length = parts[0].length;
    for (let j = i; length < size; j++) {
      const line = pool[j % pool.length];
      parts.push(line);
      length += line.length + 2;
    }
    out.push(
      makeArticle(`bulk-${i}`, parts.join('\n\n'), {
        outlet: i % 3 === 0 ? 'Meridian Wire' : 'Harbour Courier',
        published: `2025-03-${String(1 + (i % 28)).padStart(2, '0')}`,
      }),
    );
  }
  return out;
}

/**
 * Story decisions for `articleIds`, `perStory` consecutive articles per story (`story-0`,
 * `story-1` ...), the first of each creating it, with a small evidence record.
 */
export function makeStoryMembers(articleIds: readonly string[], perStory: number, prefix = 'story'): StoryMember[] {
  return articleIds.map((article, i) => {
    const created = i % perStory === 0;
    const score = created ? 0 : 0.4 + ((i * 37) % 50) / 100;
    return {
      article,
      story: `${prefix}-${Math.floor(i / perStory)}`,
      score,
      created,
      evidence: { reason: created ? 'new' : 'score', threshold: 0.42, candidates: i % 24 },
    };
  });
}
