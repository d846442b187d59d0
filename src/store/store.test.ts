/**
 * The store contract, as one suite run against every backend: SQLite in memory, SQLite on a
 * file, and PostgreSQL when TRIANGULATE_TEST_PG_URL is set (each test in its own schema).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../types.js';
import type { Store } from './contract.js';
import { SchemaTooNewError } from './migrations.js';
import { PostgresStore } from './postgres.js';
import { normalizeArticle } from './records.js';
import { PAGE_SIZE, SqliteStore } from './sqlite.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js';
import { storyContractTests, type StoryHarness } from './story-contract.js';
import { FIXTURE_TEXTS, makeArticle, makeBulkArticles, makeStoryMembers } from './test-fixtures.js';

/** How the suite gets a fresh store of one backend and reaches below the contract. */
interface StoreHarness {
  /** A fresh, empty store. */
  open(): Promise<Store>;
  /** Closes `store` and opens the same database again, or null when it cannot (`:memory:`). */
  reopen?(store: Store): Promise<Store>;
  /** Makes the database itself reject writing any version of `articleId` (a trigger). */
  poison(store: Store, articleId: string): Promise<void>;
  /** Records a migration id newer than the code knows, directly in the database. */
  recordFutureMigration(store: Store): Promise<void>;
  /** The schema version reported by the backend. */
  schemaVersion(store: Store): Promise<number>;
  /** See {@link StoryHarness.openOlder}. */
  openOlder?: StoryHarness['openOlder'];
}

const ARTICLE_KEYS = (a: Article): Article => normalizeArticle(a, a.version);

/** Runs the shared contract tests against one backend. */
function describeStoreContract(name: string, harness: StoreHarness): void {
  describe(`Store contract: ${name}`, () => {
    const open: Store[] = [];
    const fresh = async (): Promise<Store> => {
      const store = await harness.open();
      open.push(store);
      return store;
    };
    afterEach(async () => {
      for (const store of open.splice(0)) await store.close().catch(() => undefined);
    });

    it('adds new ids as version 1 and returns them unchanged', async () => {
      const store = await fresh();
      const harbour = makeArticle('harbour-1', FIXTURE_TEXTS.harbour, { author: 'Mira Sol', analysisLimited: false });
      const drought = makeArticle('drought-1', FIXTURE_TEXTS.drought, { outlet: null, published: null, url: null });
      const results = await store.putArticles([harbour, drought]);
      expect(results.map((r) => [r.id, r.status, r.version])).toEqual([
        ['harbour-1', 'added', 1],
        ['drought-1', 'added', 1],
      ]);
      expect(await store.countArticles()).toBe(2);
      expect(await store.getArticle('harbour-1')).toEqual(ARTICLE_KEYS(harbour));
      expect(await store.getArticle('drought-1')).toEqual(ARTICLE_KEYS(drought));
      expect(await store.getArticle('missing')).toBeNull();
      expect(await store.getVersions('harbour-1')).toEqual([1]);
    });

    it('tells unchanged from updated metadata and keeps one version', async () => {
      const store = await fresh();
      const first = makeArticle('election-1', FIXTURE_TEXTS.election);
      await store.putArticles([first]);
      const [same] = await store.putArticles([makeArticle('election-1', FIXTURE_TEXTS.election)]);
      expect(same.status).toBe('unchanged');
      expect(same.version).toBe(1);

      const retitled = makeArticle('election-1', FIXTURE_TEXTS.election, {
        title: 'Brandt concedes Halden mayoral race',
        marks: [{ start: 0, end: 46, kind: 'label', rule: 'headline' }],
        estimatedPublished: '2025-03-09',
      });
      const [updated] = await store.putArticles([retitled]);
      expect(updated).toMatchObject({ status: 'updated', version: 1 });
      const stored = await store.getArticle('election-1');
      expect(stored?.title).toBe('Brandt concedes Halden mayoral race');
      expect(stored?.marks).toEqual([{ start: 0, end: 46, kind: 'label', rule: 'headline' }]);
      expect(stored?.estimatedPublished).toBe('2025-03-09');
      expect(await store.getVersions('election-1')).toEqual([1]);
      expect((await store.search('mayoral'))[0]?.id).toBe('election-1');
      expect((await store.putArticles([retitled]))[0].status).toBe('unchanged');
    });

    it('stores changed text as a new version and keeps the old one', async () => {
      const store = await fresh();
      await store.putArticles([makeArticle('harbour-1', FIXTURE_TEXTS.harbour)]);
      const later = makeArticle('harbour-1', FIXTURE_TEXTS.harbourLater, { title: 'Union backs night shifts, with conditions' });
      const [result] = await store.putArticles([later]);
      expect(result).toMatchObject({ status: 'new-version', version: 2 });
      expect(await store.getVersions('harbour-1')).toEqual([1, 2]);

      const current = await store.getArticle('harbour-1');
      expect(current?.version).toBe(2);
      expect(current?.text).toBe(FIXTURE_TEXTS.harbourLater);
      const old = await store.getArticle('harbour-1', 1);
      expect(old?.version).toBe(1);
      expect(old?.text).toBe(FIXTURE_TEXTS.harbour);
      expect(old?.title).toBe('Port authority approves night shifts at Coldwater harbour');
      expect(await store.getArticle('harbour-1', 3)).toBeNull();
      expect(await store.countArticles()).toBe(1);

      // The index follows the current text only.
      expect((await store.search('overtime')).map((h) => h.id)).toEqual(['harbour-1']);
      expect(await store.search('consulted')).toEqual([]);
      const [listed] = await store.listArticles();
      expect(listed).toMatchObject({ id: 'harbour-1', version: 2, length: FIXTURE_TEXTS.harbourLater.length });
    });

    it('applies a repeated id within one batch in order', async () => {
      const store = await fresh();
      const results = await store.putArticles([
        makeArticle('harbour-1', FIXTURE_TEXTS.harbour),
        makeArticle('harbour-1', FIXTURE_TEXTS.harbour),
        makeArticle('harbour-1', FIXTURE_TEXTS.harbourLater),
        makeArticle('harbour-1', FIXTURE_TEXTS.harbourLater, { outlet: 'Harbour Courier' }),
      ]);
      expect(results.map((r) => `${r.status}@${r.version}`)).toEqual([
        'added@1',
        'unchanged@1',
        'new-version@2',
        'updated@2',
      ]);
      expect((await store.getArticle('harbour-1'))?.outlet).toBe('Harbour Courier');
      expect((await store.getArticle('harbour-1', 1))?.outlet).toBe('Meridian Wire');
    });

    it('reports exact duplicates across ids, including within a batch', async () => {
      const store = await fresh();
      await store.putArticles([makeArticle('wire/ceasefire', FIXTURE_TEXTS.ceasefire)]);
      const results = await store.putArticles([
        makeArticle('courier/ceasefire', FIXTURE_TEXTS.ceasefire, { outlet: 'Harbour Courier' }),
        makeArticle('daily/ceasefire', FIXTURE_TEXTS.ceasefire, { outlet: 'Estrel Daily' }),
        makeArticle('daily/drought', FIXTURE_TEXTS.drought),
      ]);
      expect(results.map((r) => r.exactDuplicateOf)).toEqual([
        ['daily/ceasefire', 'wire/ceasefire'],
        ['courier/ceasefire', 'wire/ceasefire'],
        [],
      ]);
      // Once an article's text changes it no longer duplicates the others.
      const [moved] = await store.putArticles([makeArticle('wire/ceasefire', FIXTURE_TEXTS.election)]);
      expect(moved.exactDuplicateOf).toEqual([]);
      const [again] = await store.putArticles([makeArticle('daily/ceasefire', FIXTURE_TEXTS.ceasefire, { outlet: 'Estrel Daily' })]);
      expect(again).toMatchObject({ status: 'unchanged', exactDuplicateOf: ['courier/ceasefire'] });
    });

    it('stores nothing of a batch when the database rejects one article', async () => {
      const store = await fresh();
      await store.putArticles([makeArticle('election-1', FIXTURE_TEXTS.election)]);
      await harness.poison(store, 'poisoned');
      const batch = [
        makeArticle('drought-1', FIXTURE_TEXTS.drought),
        makeArticle('election-1', FIXTURE_TEXTS.election, { title: 'Changed in the failed batch' }),
        makeArticle('election-2', FIXTURE_TEXTS.election),
        makeArticle('poisoned', FIXTURE_TEXTS.ceasefire),
      ];
      await expect(store.putArticles(batch)).rejects.toThrow();
      expect(await store.countArticles()).toBe(1);
      expect(await store.getArticle('drought-1')).toBeNull();
      expect((await store.getArticle('election-1'))?.title).toBe('Mayor Brandt concedes in Halden after recount');
      expect(await store.search('reservoirs')).toEqual([]);
      expect((await store.search('recount')).map((h) => h.id)).toEqual(['election-1']);
      // The store still works after the failure.
      const [ok] = await store.putArticles([makeArticle('drought-1', FIXTURE_TEXTS.drought)]);
      expect(ok.status).toBe('added');
      expect((await store.search('reservoirs')).map((h) => h.id)).toEqual(['drought-1']);
    });

    it('rejects a malformed record with a TypeError and stores nothing', async () => {
      const store = await fresh();
      const bad = { ...makeArticle('bad', FIXTURE_TEXTS.drought), text: 42 } as unknown as Article;
      await expect(store.putArticles([makeArticle('good', FIXTURE_TEXTS.election), bad])).rejects.toThrow(TypeError);
      await expect(store.putArticles([makeArticle('', FIXTURE_TEXTS.election)])).rejects.toThrow(/id/);
      expect(await store.countArticles()).toBe(0);
    });

    it('searches with awkward user input without syntax errors', async () => {
      const store = await fresh();
      await store.putArticles([
        makeArticle('harbour-1', FIXTURE_TEXTS.harbour),
        makeArticle('ceasefire-1', FIXTURE_TEXTS.ceasefire),
        makeArticle('drought-1', FIXTURE_TEXTS.drought),
        makeArticle('election-1', FIXTURE_TEXTS.election),
      ]);
      const awkward = [
        '"peace plan" Okafor -harbour',
        'U.S.-backed',
        '"unterminated phrase',
        'AND OR NOT',
        'NEAR(a b)',
        'title:harbour',
        '(((',
        '*',
        '-',
        "dockworkers' union",
        'ceasefire^2 + {artillery}',
        '',
        '   ',
        '🙂 40%',
      ];
      for (const query of awkward) await expect(store.search(query), query).resolves.toBeInstanceOf(Array);

      expect((await store.search('"peace plan" Okafor -harbour')).map((h) => h.id)).toEqual(['ceasefire-1']);
      expect((await store.search('U.S.-backed proposal')).map((h) => h.id)).toEqual(['ceasefire-1']);
      expect((await store.search("dockworkers' union")).map((h) => h.id)).toEqual(['harbour-1']);
      expect((await store.search('Okafor OR Lindqvist')).map((h) => h.id).sort()).toEqual(['ceasefire-1', 'drought-1']);
      expect(await store.search('Okafor -Valmora')).toEqual([]);
      expect(await store.search('-harbour')).toEqual([]);

      const [hit] = await store.search('reservoirs');
      expect(hit.id).toBe('drought-1');
      expect(hit.snippet).toMatch(/\[reservoirs\]/i);
      expect(hit.title).toBe('Farmers in Estrel valley count losses after dry spring');
      expect(typeof hit.rank).toBe('number');
    });

    it('ranks a title match above a passing mention and honours the limit', async () => {
      const store = await fresh();
      await store.putArticles([
        makeArticle('passing', FIXTURE_TEXTS.election.replace('city budget', 'drought budget')),
        makeArticle('drought-1', FIXTURE_TEXTS.drought.replace('dry spring', 'drought'), { title: 'Drought hits Estrel valley' }),
      ]);
      const hits = await store.search('drought');
      expect(hits.map((h) => h.id)).toEqual(['drought-1', 'passing']);
      expect(hits[0].rank).toBeGreaterThan(hits[1].rank);
      expect(await store.search('drought', 1)).toHaveLength(1);
    });

    it('lists with outlet, language and date filters, undated last', async () => {
      const store = await fresh();
      await store.putArticles([
        makeArticle('a-wire', FIXTURE_TEXTS.harbour, { published: '2025-03-12T08:30:00Z' }),
        makeArticle('b-courier', FIXTURE_TEXTS.drought, { outlet: 'Harbour Courier', published: '2025-03-10' }),
        makeArticle('c-undated', FIXTURE_TEXTS.election, { published: null }),
        makeArticle('d-pravda', 'Уряд схвалив нічні зміни в порту Колдвотер.', {
          outlet: 'Порт Ньюз',
          language: 'uk',
          published: '2025-03-13',
          title: null,
          titleSpan: null,
        }),
      ]);
      const ids = async (filter: Parameters<Store['listArticles']>[0]): Promise<string[]> =>
        (await store.listArticles(filter)).map((s) => s.id);
      expect(await ids({})).toEqual(['b-courier', 'a-wire', 'd-pravda', 'c-undated']);
      expect(await ids({ outlet: 'MERIDIAN wire' })).toEqual(['a-wire', 'c-undated']);
      expect(await ids({ outlet: 'порт ньюз' })).toEqual(['d-pravda']);
      expect(await ids({ language: 'uk' })).toEqual(['d-pravda']);
      expect(await ids({ from: '2025-03-11', to: '2025-03-12' })).toEqual(['a-wire']);
      expect(await ids({ to: '2025-03-12' })).toEqual(['b-courier', 'a-wire']);
      expect(await ids({ from: '2025-03' })).toEqual(['b-courier', 'a-wire', 'd-pravda']);
      expect(await ids({ limit: 2, offset: 1 })).toEqual(['a-wire', 'd-pravda']);
      expect(await ids({ offset: 3 })).toEqual(['c-undated']);
      const [first] = await store.listArticles({ outlet: 'harbour courier' });
      expect(first).toEqual({
        id: 'b-courier',
        version: 1,
        title: 'Farmers in Estrel valley count losses after dry spring',
        outlet: 'Harbour Courier',
        outletInferred: false,
        published: '2025-03-10',
        language: 'en',
        url: 'https://news.example.org/b-courier',
        sourceKind: 'text',
        length: FIXTURE_TEXTS.drought.length,
      });
      expect((await store.search('нічні зміни')).map((h) => h.id)).toEqual(['d-pravda']);
    });

    it('round-trips duplicate links and replaces links from the same article', async () => {
      const store = await fresh();
      await store.putArticles([
        makeArticle('wire', FIXTURE_TEXTS.ceasefire),
        makeArticle('courier', FIXTURE_TEXTS.ceasefire.replace('Thursday', 'Thursday evening')),
        makeArticle('daily', FIXTURE_TEXTS.ceasefire.slice(0, 300)),
      ]);
      await store.putDuplicates([
        { article: 'courier', of: 'wire', kind: 'near', similarity: 0.93 },
        { article: 'daily', of: 'wire', kind: 'contains', similarity: 0.41 },
      ]);
      expect(await store.getDuplicates('wire')).toEqual([
        { article: 'courier', of: 'wire', kind: 'near', similarity: 0.93 },
        { article: 'daily', of: 'wire', kind: 'contains', similarity: 0.41 },
      ]);
      await store.putDuplicates([{ article: 'courier', of: 'daily', kind: 'near', similarity: 0.8 }]);
      expect(await store.getDuplicates('courier')).toEqual([{ article: 'courier', of: 'daily', kind: 'near', similarity: 0.8 }]);
      expect(await store.getDuplicates('wire')).toEqual([{ article: 'daily', of: 'wire', kind: 'contains', similarity: 0.41 }]);
      await expect(store.putDuplicates([{ article: 'courier', of: 'nowhere', kind: 'near', similarity: 0.5 }])).rejects.toThrow();
      expect(await store.getDuplicates('courier')).toHaveLength(1);
    });

    it('keeps a problem log and filters it', async () => {
      const store = await fresh();
      await store.putMessages([
        {
          reason: 'invalid JSON on line 3: Unexpected token',
          file: 'feeds/wire.jsonl:3',
          ruleId: 'invalid-json',
          source: 'ingest:jsonl',
          fatal: true,
          at: '2025-03-12T10:00:00.000Z',
        },
        {
          reason: 'no sentence boundary found',
          file: 'fixtures/harbour-1.txt',
          place: { start: 10, end: 90 },
          ruleId: 'no-sentences',
          source: 'text:sentences',
          fatal: false,
          articleId: 'harbour-1',
          at: '2025-03-12T10:00:01.000Z',
        },
        { reason: 'language guessed from 12 words', ruleId: 'short-text', source: 'text:language', at: '2025-03-12T10:00:02.000Z' },
      ]);
      const all = await store.listMessages();
      expect(all).toHaveLength(3);
      expect(all[0]).toEqual({
        reason: 'invalid JSON on line 3: Unexpected token',
        file: 'feeds/wire.jsonl:3',
        ruleId: 'invalid-json',
        source: 'ingest:jsonl',
        fatal: true,
        at: '2025-03-12T10:00:00.000Z',
      });
      expect(all[1]).toMatchObject({ articleId: 'harbour-1', place: { start: 10, end: 90 }, fatal: false });
      expect(all[2].fatal).toBeUndefined();
      expect((await store.listMessages({ fatal: true })).map((m) => m.ruleId)).toEqual(['invalid-json']);
      expect((await store.listMessages({ fatal: false })).map((m) => m.ruleId)).toEqual(['no-sentences', 'short-text']);
      expect((await store.listMessages({ articleId: 'harbour-1' })).map((m) => m.ruleId)).toEqual(['no-sentences']);
      expect((await store.listMessages({ file: 'feeds/wire.jsonl:3' })).map((m) => m.ruleId)).toEqual(['invalid-json']);
      expect(await store.listMessages({ limit: 1 })).toHaveLength(1);
    });

    it('keeps data and schema across reopen, and refuses a newer schema', async (context) => {
      if (!harness.reopen) {
        context.skip();
        return;
      }
      let store = await fresh();
      await store.putArticles([makeArticle('harbour-1', FIXTURE_TEXTS.harbour)]);
      await store.putArticles([makeArticle('harbour-1', FIXTURE_TEXTS.harbourLater)]);
      const version = await harness.schemaVersion(store);
      expect(version).toBeGreaterThanOrEqual(1);
      store = await harness.reopen(store);
      open.push(store);
      expect(await harness.schemaVersion(store)).toBe(version);
      expect(await store.getVersions('harbour-1')).toEqual([1, 2]);
      expect((await store.search('overtime')).map((h) => h.id)).toEqual(['harbour-1']);
      expect((await store.putArticles([makeArticle('harbour-1', FIXTURE_TEXTS.harbourLater)]))[0].status).toBe('unchanged');

      await harness.recordFutureMigration(store);
      await expect(harness.reopen(store)).rejects.toThrow(SchemaTooNewError);
    });

    describe('stories', () => {
      const openOlder = harness.openOlder;
      storyContractTests({
        fresh,
        schemaVersion: (store) => harness.schemaVersion(store),
        openOlder: openOlder
          ? async (migrations) => {
              const older = await openOlder(migrations);
              open.push(older.store);
              return {
                store: older.store,
                upgrade: async (store) => {
                  const upgraded = await older.upgrade(store);
                  open.push(upgraded);
                  return upgraded;
                },
              };
            }
          : undefined,
      });
    });
  });
}

// ---------------------------------------------------------------- SQLite

function sqliteOf(store: Store): SqliteStore {
  if (!(store instanceof SqliteStore)) throw new Error('not a SQLite store');
  return store;
}

const sqliteHooks = {
  async poison(store: Store, articleId: string): Promise<void> {
    sqliteOf(store).database.exec(
      `CREATE TEMP TRIGGER poison BEFORE INSERT ON main.article_versions
       WHEN NEW.article_id = '${articleId.replace(/'/g, "''")}'
       BEGIN SELECT RAISE(ABORT, 'poisoned article'); END`,
    );
  },
  async recordFutureMigration(store: Store): Promise<void> {
    sqliteOf(store).database.prepare("INSERT INTO schema_migrations VALUES (999, 'from the future', '2099-01-01')").run();
  },
  async schemaVersion(store: Store): Promise<number> {
    return sqliteOf(store).schemaVersion();
  },
};

describeStoreContract('SQLite :memory:', { open: async () => new SqliteStore(':memory:'), ...sqliteHooks });

const tempDir = mkdtempSync(join(tmpdir(), 'triangulate-store-'));
let fileCount = 0;
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

describeStoreContract('SQLite file', {
  open: async () => new SqliteStore(join(tempDir, `store-${++fileCount}.db`)),
  reopen: async (store) => {
    const path = sqliteOf(store).path;
    await store.close();
    return new SqliteStore(path);
  },
  openOlder: async (migrations) => {
    const store = new SqliteStore(join(tempDir, `store-${++fileCount}.db`), {
      migrations: SQLITE_MIGRATIONS.slice(0, migrations),
    });
    return {
      store,
      upgrade: async (older) => {
        await older.close();
        return new SqliteStore(sqliteOf(older).path);
      },
    };
  },
  ...sqliteHooks,
});

describe('SqliteStore specifics', () => {
  it('uses WAL and foreign keys on a file', async () => {
    const store = new SqliteStore(join(tempDir, 'pragmas.db'));
    expect(store.database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.database.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.database.pragma('synchronous', { simple: true })).toBe(1);
    expect(store.database.pragma('page_size', { simple: true })).toBe(PAGE_SIZE);
    await store.close();
  });

  it('keeps the page size of a database created with another one', async () => {
    const path = join(tempDir, 'small-pages.db');
    const older = new Database(path);
    older.pragma('page_size = 4096');
    older.pragma('journal_mode = WAL');
    older.exec('CREATE TABLE kept (x)');
    older.close();
    const store = new SqliteStore(path);
    expect(store.database.pragma('page_size', { simple: true })).toBe(4096);
    await store.putArticles([makeArticle('harbour-1', FIXTURE_TEXTS.harbour)]);
    expect((await store.getArticle('harbour-1'))?.text).toBe(FIXTURE_TEXTS.harbour);
    expect((await store.search('harbour'))[0]?.id).toBe('harbour-1');
    await store.close();
  });

  it('keeps the external-content FTS index consistent through updates, versions and rollbacks', async () => {
    const store = new SqliteStore(':memory:');
    const check = (): void => {
      store.database.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)").run();
    };
    await store.putArticles([makeArticle('harbour-1', FIXTURE_TEXTS.harbour), makeArticle('drought-1', FIXTURE_TEXTS.drought)]);
    await store.putArticles([makeArticle('harbour-1', FIXTURE_TEXTS.harbour, { title: 'Night cranes approved' })]);
    await store.putArticles([makeArticle('harbour-1', FIXTURE_TEXTS.harbourLater), makeArticle('drought-1', FIXTURE_TEXTS.drought)]);
    check();
    await sqliteHooks.poison(store, 'poisoned');
    await expect(
      store.putArticles([makeArticle('drought-1', FIXTURE_TEXTS.election), makeArticle('poisoned', FIXTURE_TEXTS.ceasefire)]),
    ).rejects.toThrow(/poisoned/);
    check();
    // A deliberately stale index entry is detected, so the check above can fail.
    store.database.prepare("INSERT INTO articles_fts (rowid, title, text) VALUES (999, 'stale', 'stale entry')").run();
    expect(check).toThrow();
    await store.close();
  });

  it('stores 1,000 articles of ~3 kB in one batch, and finds them unchanged the second time', async () => {
    const store = new SqliteStore(join(tempDir, 'speed.db'));
    const batch = makeBulkArticles(1000, 3000);
    const started = performance.now();
    const results = await store.putArticles(batch);
    const elapsed = performance.now() - started;
    console.log(`SQLite putArticles: 1000 articles (~3 kB) in ${elapsed.toFixed(0)} ms`);
    expect(results.every((r) => r.status === 'added')).toBe(true);
    expect(await store.countArticles()).toBe(1000);
    const again = performance.now();
    expect((await store.putArticles(batch)).every((r) => r.status === 'unchanged')).toBe(true);
    console.log(`SQLite putArticles: same 1000 again (unchanged) in ${(performance.now() - again).toFixed(0)} ms`);
    await store.close();
  });

  it('stores 1,000 story members, moves them all and lists their stories', async () => {
    const store = new SqliteStore(join(tempDir, 'story-speed.db'));
    const ids = makeBulkArticles(1000, 200).map((a) => a.id);
    await store.putArticles(makeBulkArticles(1000, 200));
    const members = makeStoryMembers(ids, 5);
    let started = performance.now();
    await store.putStoryMembers(members);
    const first = performance.now() - started;
    started = performance.now();
    await store.putStoryMembers(makeStoryMembers(ids, 4, 'regrouped'));
    const moved = performance.now() - started;
    started = performance.now();
    const stories = await store.listStories();
    const listed = performance.now() - started;
    console.log(
      `SQLite putStoryMembers: 1000 members (200 stories) in ${first.toFixed(1)} ms; ` +
        `all 1000 moved (250 new stories, 200 deleted) in ${moved.toFixed(1)} ms; listStories ${listed.toFixed(1)} ms`,
    );
    expect(stories).toHaveLength(250);
    expect(await store.getStory('story-0')).toBeNull();
    expect(store.database.prepare('SELECT count(*) FROM stories').pluck().get()).toBe(250);
    await store.close();
  });

  it.runIf(process.env.TRIANGULATE_STORE_BENCH)('lists 20k stories over 100k articles (benchmark)', async () => {
    const store = new SqliteStore(join(tempDir, 'story-bench.db'));
    const n = 100_000;
    const articles = makeBulkArticles(n, 150);
    let started = performance.now();
    for (let i = 0; i < n; i += 5000) await store.putArticles(articles.slice(i, i + 5000));
    const loaded = performance.now() - started;
    const ids = await store.unassignedArticleIds();
    const members = makeStoryMembers(ids, 5);
    started = performance.now();
    for (let i = 0; i < n; i += 10_000) await store.putStoryMembers(members.slice(i, i + 10_000));
    const assigned = performance.now() - started;
    const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
      const t = performance.now();
      const value = await fn();
      return [value, performance.now() - t];
    };
    const cpu = process.cpuUsage();
    const [all, allMs] = await time(() => store.listStories());
    const { user, system } = process.cpuUsage(cpu);
    const [page, pageMs] = await time(() => store.listStories({ limit: 50 }));
    const [byOutlet, outletMs] = await time(() => store.listStories({ outlet: 'harbour courier', limit: 50 }));
    const [ranged, rangeMs] = await time(() => store.listStories({ from: '2025-03-10', to: '2025-03-12' }));
    const [, oneMs] = await time(() => store.getStory('story-777'));
    const [, unassignedMs] = await time(() => store.unassignedArticleIds());
    const [, articlesMs] = await time(() => store.getArticles(ids.slice(0, 5000)));
    console.log(
      `SQLite ${n} articles loaded in ${(loaded / 1000).toFixed(1)} s, members stored in ${assigned.toFixed(0)} ms (10k per batch); ` +
        `listStories all ${all.length} in ${allMs.toFixed(0)} ms (${((user + system) / 1000).toFixed(0)} ms CPU), first 50 in ${pageMs.toFixed(0)} ms, ` +
        `outlet filter ${outletMs.toFixed(0)} ms, date range (${ranged.length}) ${rangeMs.toFixed(0)} ms, getStory ${oneMs.toFixed(1)} ms, ` +
        `unassignedArticleIds ${unassignedMs.toFixed(0)} ms, getArticles(5000) ${articlesMs.toFixed(0)} ms`,
    );
    expect(all).toHaveLength(20_000);
    expect(page).toHaveLength(50);
    expect(byOutlet).toHaveLength(50);
    // CPU time: wall time on a shared machine measures the neighbours too.
    expect((user + system) / 1000).toBeLessThan(1000);
    await store.close();
  }, 600_000);
});

// ---------------------------------------------------------------- PostgreSQL

const PG_URL = process.env.TRIANGULATE_TEST_PG_URL;

if (PG_URL) {
  const run = `t_${Math.random().toString(36).slice(2, 10)}`;
  const schemas: string[] = [];
  const admin = new pg.Pool({ connectionString: PG_URL, max: 1 });
  const schemaOf = new WeakMap<Store, string>();
  const openIn = async (schema: string, migrations?: number): Promise<Store> => {
    const store = await PostgresStore.open(PG_URL, {
      schema,
      ...(migrations !== undefined ? { migrations: POSTGRES_MIGRATIONS.slice(0, migrations) } : {}),
    });
    schemaOf.set(store, schema);
    return store;
  };
  afterAll(async () => {
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  });

  describeStoreContract('PostgreSQL', {
    open: async () => {
      const schema = `${run}_${schemas.length}`;
      schemas.push(schema);
      return openIn(schema);
    },
    reopen: async (store) => {
      await store.close();
      return openIn(schemaOf.get(store) as string);
    },
    openOlder: async (migrations) => {
      const schema = `${run}_${schemas.length}`;
      schemas.push(schema);
      return {
        store: await openIn(schema, migrations),
        upgrade: async (older) => {
          await older.close();
          return openIn(schema);
        },
      };
    },
    async poison(store, articleId) {
      const schema = schemaOf.get(store) as string;
      await admin.query(`CREATE FUNCTION "${schema}".poison() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'poisoned article'; END $$`);
      await admin.query(
        `CREATE TRIGGER poison BEFORE INSERT ON "${schema}".article_versions FOR EACH ROW
         WHEN (NEW.article_id = ${pg.escapeLiteral(articleId)}) EXECUTE FUNCTION "${schema}".poison()`,
      );
    },
    async recordFutureMigration(store) {
      await admin.query(
        `INSERT INTO "${schemaOf.get(store)}".schema_migrations VALUES (999, 'from the future', '2099-01-01')`,
      );
    },
    async schemaVersion(store) {
      return (store as PostgresStore).schemaVersion();
    },
  });

  describe('PostgresStore specifics', () => {
    it('stores 1,000 articles of ~3 kB in one batch', async () => {
      const schema = `${run}_speed`;
      schemas.push(schema);
      const store = await openIn(schema);
      try {
        const batch = makeBulkArticles(1000, 3000);
        const started = performance.now();
        const results = await store.putArticles(batch);
        console.log(`PostgreSQL putArticles: 1000 articles (~3 kB) in ${(performance.now() - started).toFixed(0)} ms`);
        expect(results.every((r) => r.status === 'added')).toBe(true);
        const again = performance.now();
        expect((await store.putArticles(batch)).every((r) => r.status === 'unchanged')).toBe(true);
        console.log(`PostgreSQL putArticles: same 1000 again (unchanged) in ${(performance.now() - again).toFixed(0)} ms`);
        expect((await store.search('Okafor', 5)).length).toBe(5);
      } finally {
        await store.close();
      }
    });

    it('stores 1,000 story members in one batch', async () => {
      const schema = `${run}_story_speed`;
      schemas.push(schema);
      const store = await openIn(schema);
      try {
        const articles = makeBulkArticles(1000, 200);
        await store.putArticles(articles);
        const ids = articles.map((a) => a.id);
        let started = performance.now();
        await store.putStoryMembers(makeStoryMembers(ids, 5));
        const first = performance.now() - started;
        started = performance.now();
        await store.putStoryMembers(makeStoryMembers(ids, 4, 'regrouped'));
        const moved = performance.now() - started;
        started = performance.now();
        const stories = await store.listStories();
        console.log(
          `PostgreSQL putStoryMembers: 1000 members in ${first.toFixed(0)} ms; all moved in ${moved.toFixed(0)} ms; ` +
            `listStories (${stories.length}) ${(performance.now() - started).toFixed(0)} ms`,
        );
        expect(stories).toHaveLength(250);
        expect((await admin.query(`SELECT count(*)::int AS n FROM "${schema}".stories`)).rows[0].n).toBe(250);
      } finally {
        await store.close();
      }
    });
  });
} else {
  console.warn('PostgreSQL tests skipped: TRIANGULATE_TEST_PG_URL is not set');
  describe.skip('Store contract: PostgreSQL (set TRIANGULATE_TEST_PG_URL)', () => {
    it('runs the contract against PostgreSQL', () => undefined);
  });
}
