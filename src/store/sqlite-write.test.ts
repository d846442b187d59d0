import { describe, expect, it } from 'vitest';
import { SqliteStore } from './sqlite.js';
import { makeArticle } from './test-fixtures.js';

describe('SqliteStore write path', () => {
  it('keeps the full-text index equal to the stored current versions across adds, updates and new versions', async () => {
    const store = new SqliteStore(':memory:');
    const ferry = 'The harbour authority suspended night ferries after an engine fire on Tuesday.';
    const bridge = 'Engineers closed the old river bridge after inspectors found cracked bearings.';
    const results = await store.putArticles([
      makeArticle('ferry-1', ferry, { title: 'Night ferries halted' }),
      makeArticle('bridge-1', bridge, { title: 'Bridge closed' }),
      // The same id again in one batch: a new version of an article this batch adds.
      makeArticle('bridge-1', `${bridge} Repairs will take six weeks.`, { title: 'Bridge closed for repairs' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['added', 'added', 'new-version']);
    // A later batch: a metadata update, a new version and a new article.
    await store.putArticles([
      makeArticle('ferry-1', ferry, { title: 'Ferry crossings suspended' }),
      makeArticle('bridge-1', 'The river bridge reopened to buses after temporary supports went in.', { title: 'Bridge reopens' }),
      makeArticle('tram-1', 'Tram drivers voted to strike over rosters.', { title: null }),
    ]);
    const db = store.database;
    expect(() => db.exec("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    expect((await store.search('suspended')).map((h) => h.id)).toEqual(['ferry-1']);
    expect(await store.search('halted')).toEqual([]);
    expect(await store.search('bearings')).toEqual([]);
    expect((await store.search('reopened')).map((h) => h.id)).toEqual(['bridge-1']);
    expect((await store.search('rosters')).map((h) => h.id)).toEqual(['tram-1']);
    const indexed = db.prepare('SELECT count(*) FROM articles_fts').pluck().get();
    expect(indexed).toBe(3);
    await store.close();
  });
});
