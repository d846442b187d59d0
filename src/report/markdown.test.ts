/**
 * The analysis Markdown: week values read as their days, and a contested claim quotes each
 * side's value and span, a corroborated one each outlet's wording with its origin.
 */
import { describe, expect, it } from 'vitest';
import { renderAnalysisMarkdown } from './markdown.js';
import { dateValueLabel } from './dates.js';
import { analyzeStoryClaims } from '../claims/index.js';
import { FERRY, FERRY_LINKS, storyInput } from '../claims/test-fixtures.js';
import type { AnalysisDocument, StoryOutput } from '../analyze.js';
import type { ArticleOutput } from './article.js';

describe('date values', () => {
  it('give the days of an ISO week', () => {
    expect(dateValueLabel('2026-W11')).toBe('2026-03-09 .. 2026-03-15 (week 11)');
    expect(dateValueLabel('2026-W01')).toBe('2025-12-29 .. 2026-01-04 (week 1)');
    expect(dateValueLabel('2026-03-09')).toBe('2026-03-09');
  });
});

describe('the claims of a story in Markdown', () => {
  const input = storyInput(FERRY, FERRY_LINKS);
  const { claims, timeline, origins } = analyzeStoryClaims(input);
  const articles = input.articles.map((a) => ({ ...a, times: [], attributions: [], entities: [], duplicates: [], estimatedPublished: null }) as unknown as ArticleOutput);
  const story: StoryOutput = {
    id: 's1', title: 'Ferry collision', articles: articles.map((a) => a.id), outlets: [...new Set(claims.flatMap((c) => c.outlets))],
    firstPublished: '2026-03-10', lastPublished: '2026-03-11', claims, timeline, origins, summary: [],
  };
  const md = renderAnalysisMarkdown({ articles, stories: [story] } as AnalysisDocument);
  const text = new Map(input.articles.map((a) => [a.id, a.text]));

  it('quotes both sides of a contested date with their values and spans', () => {
    const inquiry = claims.find((c) => c.kind === 'date')!;
    expect(inquiry).toBeDefined();
    for (const m of inquiry.mentions) {
      expect(text.get(m.article)!.slice(m.start, m.end)).toBe(m.text);
      expect(md).toContain(`"${m.value}" in "${m.text}"`);
    }
  });

  it('quotes each outlet of a corroborated claim with the origin it cites', () => {
    expect(md).toMatch(/corroborated, 3 outlets, 1 origin \(Reuters\)/);
    expect(md).toMatch(/- Coastal Times, per Reuters: "[^"]*112 people[^"]*"/);
  });
});
