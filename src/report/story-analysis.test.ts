import { describe, expect, it } from 'vitest';
import { FLOOD, prepareFixture } from '../summary/test-fixtures.js';
import { analyzeStoredStory, storedStoryReport } from './story-analysis.js';

const TRAM = {
  id: 'tram-closure',
  outlet: 'North Courier',
  published: '2026-05-20',
  text: `Aldgate tram line to close for six weeks
The tram line between Aldgate Park and the harbour will close for six weeks from June 2, the transport authority said.
Replacement buses will run every ten minutes during the day, the authority said.
The work on the worn tracks will cost about 14 million pounds.`,
};

describe('analyzeStoredStory', () => {
  it('reports a stored story as one story, keeping its id', async () => {
    const { story, parts } = await analyzeStoredStory({ id: 'stored-1', title: 'stored title' }, prepareFixture(FLOOD));
    expect(parts).toBe(1);
    expect(story.id).toBe('stored-1');
    expect(story.articles.sort()).toEqual(['cardell-post', 'river-echo', 'valley-wire']);
  });

  it('keeps every member together when re-analysis would cut a hand-merged story in two', async () => {
    const members = prepareFixture([...FLOOD, TRAM]);
    const { story, parts, articles } = await analyzeStoredStory({ id: 'merged', title: 'Cardell week' }, members);
    expect(parts).toBe(2);
    expect(story.id).toBe('merged');
    expect(story.articles).toHaveLength(4);
    expect(story.outlets).toContain('North Courier');
    expect(story.summary.length).toBeGreaterThan(0);
    expect(articles.map((a) => a.id)).toContain('tram-closure');
    const report = await storedStoryReport({ id: 'merged', title: 'Cardell week' }, prepareFixture([...FLOOD, TRAM]));
    expect(report.matrix.outlets).toHaveLength(4);
    expect(report.matrix.rows.some((r) => r.cells.find((c) => c.outlet === 'North Courier')?.stance === 'supports')).toBe(true);
  });
});
