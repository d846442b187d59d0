import { describe, expect, it } from 'vitest';
import { latestVersion, pendingMigrations, SchemaTooNewError, type Migration } from './migrations.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js';

const KNOWN: Migration[] = [
  { id: 2, name: 'stories', sql: 'CREATE TABLE stories (id TEXT)' },
  { id: 1, name: 'articles', sql: 'CREATE TABLE articles (id TEXT)' },
];

describe('pendingMigrations', () => {
  it('returns the unapplied migrations in id order', () => {
    expect(pendingMigrations([], KNOWN, 'db').map((m) => m.id)).toEqual([1, 2]);
    expect(pendingMigrations([1], KNOWN, 'db').map((m) => m.id)).toEqual([2]);
    expect(pendingMigrations([1, 2], KNOWN, 'db')).toEqual([]);
  });

  it('refuses a database with a migration newer than the code', () => {
    expect(() => pendingMigrations([1, 2, 3], KNOWN, 'news.db')).toThrow(SchemaTooNewError);
    expect(() => pendingMigrations([3], KNOWN, 'news.db')).toThrow(/news\.db: database schema version 3 .*up to 2/);
  });
});

describe('backend migrations', () => {
  it('use the same ids on SQLite and PostgreSQL, strictly increasing from 1', () => {
    const ids = (list: readonly Migration[]): number[] => list.map((m) => m.id);
    expect(ids(SQLITE_MIGRATIONS)).toEqual(ids(POSTGRES_MIGRATIONS));
    expect(ids(SQLITE_MIGRATIONS)).toEqual(ids(SQLITE_MIGRATIONS).map((_, i) => i + 1));
    expect(latestVersion(SQLITE_MIGRATIONS)).toBe(SQLITE_MIGRATIONS.length);
  });
});
