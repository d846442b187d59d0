import { describe, expect, it } from 'vitest';
import { correctionJson, memberColumns, memberFromRow, storyFromRow, storyHasOutlet, urlHost } from './story-rows.js';
import { jsonText } from './rows.js';

describe('urlHost', () => {
  it('gives the lower-case host without www., or null', () => {
    expect(urlHost('https://www.Coldwater-Courier.example/2025/03/night-shifts')).toBe('coldwater-courier.example');
    expect(urlHost('http://radio.example:8080/news?id=7')).toBe('radio.example');
    expect(urlHost('  https://wire.example./x  ')).toBe('wire.example');
    expect(urlHost('wire.example/no-scheme')).toBeNull();
    expect(urlHost('mailto:desk@wire.example')).toBeNull();
    expect(urlHost(null)).toBeNull();
  });
});

describe('storyFromRow', () => {
  it('merges named outlets with URL hosts and ids, distinct and sorted', () => {
    const row = storyFromRow({
      id: 'talks',
      title: 'Ceasefire talks resume',
      updated_at: '2025-03-14T10:00:00.000Z',
      article_count: '4',
      first_published: '2025-03-13',
      last_published: '2025-03-14',
      outlets: '["Meridian Wire","Harbour Courier"]',
      bare: [
        ['https://www.valmora-watch.example/a', 'blog/1'],
        ['https://valmora-watch.example/b', 'blog/2'],
        [null, 'notes/3'],
      ],
    });
    expect(row.outlets).toEqual(['Harbour Courier', 'Meridian Wire', 'notes/3', 'valmora-watch.example']);
    expect(row.articleCount).toBe(4);
    expect(storyHasOutlet(row, ' VALMORA-watch.example ')).toBe(true);
    expect(storyHasOutlet(row, 'meridian wire')).toBe(true);
    expect(storyHasOutlet(row, 'Estrel Daily')).toBe(false);
  });

  it('reads missing aggregates (PostgreSQL gives null for an empty FILTER) as none', () => {
    const row = storyFromRow({
      id: 's', title: 't', updated_at: 'x', article_count: 1, first_published: null, last_published: null, outlets: null, bare: null,
    });
    expect(row.outlets).toEqual([]);
  });
});

describe('member rows', () => {
  it('encode evidence as JSON (none as null) and decode booleans', () => {
    const member = { article: 'a', story: 's', score: 0.25, created: false, evidence: undefined };
    expect(memberColumns(member, jsonText)).toEqual({ article_id: 'a', story_id: 's', score: 0.25, created: false, evidence: null });
    expect(memberColumns({ ...member, evidence: { reason: 'pin' } }, jsonText).evidence).toBe('{"reason":"pin"}');
    expect(memberFromRow({ article_id: 'a', story_id: 's', score: 0.25, created: 1, evidence: null })).toEqual({
      article: 'a', story: 's', score: 0.25, created: true, evidence: null,
    });
  });

  it('refuses a correction JSON cannot hold', () => {
    expect(correctionJson({ kind: 'pin', article: 'a', story: 's' })).toBe('{"kind":"pin","article":"a","story":"s"}');
    expect(() => correctionJson(undefined)).toThrow(TypeError);
    expect(() => correctionJson(() => 1)).toThrow(TypeError);
  });
});
