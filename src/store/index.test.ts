import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isPostgresUrl, openStore, SqliteStore } from './index.js';
import { FIXTURE_TEXTS, makeArticle } from './test-fixtures.js';

describe('openStore', () => {
  const saved = process.env.TRIANGULATE_DB;
  afterEach(() => {
    if (saved === undefined) delete process.env.TRIANGULATE_DB;
    else process.env.TRIANGULATE_DB = saved;
  });

  it('recognises PostgreSQL URLs only by their scheme', () => {
    expect(isPostgresUrl('postgres://u@localhost/db')).toBe(true);
    expect(isPostgresUrl('PostgreSQL://u@localhost/db')).toBe(true);
    expect(isPostgresUrl('./postgres.db')).toBe(false);
    expect(isPostgresUrl('/data/postgres://x')).toBe(false);
  });

  it('opens a SQLite file from TRIANGULATE_DB when no target is given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triangulate-open-'));
    try {
      process.env.TRIANGULATE_DB = join(dir, 'env.db');
      const store = await openStore();
      expect(store).toBeInstanceOf(SqliteStore);
      expect((store as SqliteStore).path).toBe(join(dir, 'env.db'));
      await store.putArticles([makeArticle('drought-1', FIXTURE_TEXTS.drought)]);
      await store.close();
      const again = await openStore(join(dir, 'env.db'));
      expect(await again.countArticles()).toBe(1);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens an in-memory store for :memory:', async () => {
    const store = await openStore(':memory:');
    expect(store.kind).toBe('sqlite');
    expect(await store.countArticles()).toBe(0);
    await store.close();
  });
});
