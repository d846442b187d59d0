import { describe, expect, it } from 'vitest';
import type { StoryRow } from './contract.js';
import { buildStoryQuery, finishStoryListing } from './story-query.js';

const row = (id: string, outlets: string[]): StoryRow => ({
  id, title: id, articleCount: outlets.length, outlets, firstPublished: null, lastPublished: null, updatedAt: '',
});

describe('buildStoryQuery', () => {
  it('pages in SQL without an outlet filter, with placeholders in order', () => {
    const sqlite = buildStoryQuery({ from: '2025-03', to: '2025-03-14', limit: 10, offset: 20 }, 'sqlite');
    expect(sqlite.params).toEqual(['2025-03', '2025-03-14', 10, 20]);
    expect(sqlite.sql).toMatch(/HAVING substr\(max\(a\.published\), 1, 7\) >= \? AND substr\(min\(a\.published\), 1, 10\) <= \?/);
    expect(sqlite.sql).toMatch(/LIMIT \? OFFSET \?$/);
    expect(sqlite.post).toBeNull();
    const pg = buildStoryQuery({ offset: 5 }, 'postgres', 'talks');
    expect(pg.params).toEqual(['talks', 5]);
    expect(pg.sql).toMatch(/WHERE m\.story_id = \$1/);
    expect(pg.sql).toMatch(/OFFSET \$2$/);
  });

  it('leaves the exact outlet match and the page to code', () => {
    const q = buildStoryQuery({ outlet: ' Meridian WIRE', limit: 1, offset: 1 }, 'sqlite');
    expect(q.params).toEqual(['meridian wire']);
    expect(q.sql).not.toMatch(/LIMIT/);
    const rows = [row('a', ['Meridian Wire']), row('b', ['wire.example']), row('c', ['meridian wire', 'x']), row('d', ['Meridian Wire'])];
    expect(finishStoryListing(rows, q.post).map((r) => r.id)).toEqual(['c']);
    expect(finishStoryListing(rows, { outlet: 'wire.example' }).map((r) => r.id)).toEqual(['b']);
    expect(() => buildStoryQuery({ limit: 1.5 }, 'sqlite')).toThrow(RangeError);
  });
});
