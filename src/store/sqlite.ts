/**
 * The embedded store: SQLite through better-sqlite3 (WAL, foreign keys on, FTS5 search).
 */
import Database from 'better-sqlite3';
import type { Article, DuplicateLink } from '../types.js';
import { idBatches, inIdOrder } from './batching.js';
import type {
  ArticleFilter,
  ArticleSummary,
  MessageFilter,
  PutResult,
  SearchHit,
  Store,
  StoredCorrection,
  StoredMessage,
  StoryFilter,
  StoryMember,
  StoryRow,
} from './contract.js';
import { buildListQuery, CURRENT_JOIN, SUMMARY_COLUMNS } from './list-query.js';
import { MIGRATIONS_TABLE_SQL, pendingMigrations, type Migration } from './migrations.js';
import { planBatch, type StoredHead } from './plan.js';
import { fingerprint } from './records.js';
import {
  articleColumns,
  articleFromVersion,
  dedupeLinks,
  duplicateFromRow,
  jsonText,
  messageFromRow,
  summaryFromRow,
  versionColumns,
  type DuplicateRow,
  type SummaryRow,
  type VersionRow,
} from './rows.js';
import { parseSearchQuery, toFts5Query } from './search-query.js';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js';
import { planStoryBatch } from './story-plan.js';
import { buildStoryQuery, finishStoryListing, STORY_ARTICLES_JOIN } from './story-query.js';
import {
  correctionJson,
  memberColumns,
  memberFromRow,
  storyFromRow,
  type MemberRow,
  type StoryAggregateRow,
} from './story-rows.js';

/** Where the SQLite database lives when nothing else is said. */
export const DEFAULT_SQLITE_PATH = './triangulate.db';

/** The page size of a database this code creates (see the constructor). */
export const PAGE_SIZE = 16384;

/** Options of {@link SqliteStore}. */
export interface SqliteStoreOptions {
  /** How long a writer waits for a lock held by another process, in ms (default 5000). */
  busyTimeoutMs?: number;
  /**
   * The schema steps to apply (default: all this code knows). Tests and upgrade tools pass a
   * prefix to build a database as an older triangulate left it.
   */
  migrations?: readonly Migration[];
}

type Statement = Database.Statement<unknown[], unknown>;
type Params = Record<string, string | number | null>;

/** A raw `article_versions` row as SQLite returns it (JSON still as text, booleans as 0/1). */
interface RawVersionRow {
  article_id: string;
  version: number;
  text: string;
  content_hash: string;
  title_span: string | null;
  outlet_span: string | null;
  marks: string;
  sentences: string;
  messages: string;
  analysis_limited: number;
  meta: string;
}

/** A raw `messages` row as SQLite returns it. */
interface RawMessageRow {
  article_id: string | null;
  reason: string;
  file: string | null;
  place: string | null;
  rule_id: string;
  source: string;
  fatal: number | null;
  at: string;
}

/** A raw `story_members` row as SQLite returns it (evidence as JSON text, created as 0/1). */
interface RawMemberRow {
  article_id: string;
  story_id: string;
  score: number;
  created: number;
  evidence: string | null;
}

const MEMBER_COLUMNS = 'article_id, story_id, score, created, evidence';

function decodeMember(row: RawMemberRow): StoryMember {
  const decoded: MemberRow = { ...row, evidence: row.evidence === null ? null : JSON.parse(row.evidence) };
  return memberFromRow(decoded);
}

const VERSION_COLUMNS =
  'v.article_id, v.version, v.text, v.content_hash, v.title_span, v.outlet_span, v.marks, ' +
  'v.sentences, v.messages, v.analysis_limited, v.meta';

function decodeVersion(row: RawVersionRow): VersionRow {
  return {
    article_id: row.article_id,
    version: row.version,
    text: row.text,
    content_hash: row.content_hash,
    title_span: row.title_span === null ? null : JSON.parse(row.title_span),
    outlet_span: row.outlet_span === null ? null : JSON.parse(row.outlet_span),
    marks: JSON.parse(row.marks),
    sentences: JSON.parse(row.sentences),
    messages: JSON.parse(row.messages),
    analysis_limited: row.analysis_limited === 1,
    meta: JSON.parse(row.meta),
  };
}

/** SQLite has no booleans: 1 / 0. */
function sqlBool(value: boolean): number {
  return value ? 1 : 0;
}

/** The SQLite implementation of the {@link Store} contract. */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly cache = new Map<string, Statement>();
  private readonly migrations: readonly Migration[];

  /**
   * Opens (creating if needed) the database at `path` (`:memory:` for a private in-memory one)
   * and applies pending migrations. Throws `SchemaTooNewError` for a database written by a
   * newer triangulate.
   */
  constructor(
    readonly path: string = DEFAULT_SQLITE_PATH,
    options: SqliteStoreOptions = {},
  ) {
    this.migrations = options.migrations ?? SQLITE_MIGRATIONS;
    this.db = new Database(path);
    try {
      // A new database gets 16 KiB pages (SQLite's default is 4 KiB): a stored version (text,
      // sentence spans, metadata snapshot) is ~6 KB, so with 4 KiB pages most rows spill into
      // overflow chains, and every page costs its own WAL frame, checksum and checkpoint copy.
      // 16 KiB pages cut the CPU of storing an article by ~20% (measured on a 20k stream). Only
      // the file layout changes; a database created with another page size keeps it (the
      // pragma is a no-op there, as it is once the database is in WAL mode).
      this.db.pragma(`page_size = ${PAGE_SIZE}`);
      if (path !== ':memory:' && path !== '') this.db.pragma('journal_mode = WAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
      this.db.pragma('synchronous = NORMAL');
      this.migrate();
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  /** Same as the constructor, for symmetry with `PostgresStore.open`. */
  static async open(path: string = DEFAULT_SQLITE_PATH, options: SqliteStoreOptions = {}): Promise<SqliteStore> {
    return new SqliteStore(path, options);
  }

  /**
   * The underlying connection, for tests and maintenance tools only: the rest of triangulate
   * goes through the {@link Store} methods.
   */
  get database(): Database.Database {
    return this.db;
  }

  /** The schema version (highest applied migration id). */
  schemaVersion(): number {
    return (this.db.prepare('SELECT coalesce(max(id), 0) FROM schema_migrations').pluck().get() as number) ?? 0;
  }

  private migrate(): void {
    const run = this.db.transaction(() => {
      this.db.exec(MIGRATIONS_TABLE_SQL);
      const applied = this.db.prepare('SELECT id FROM schema_migrations').pluck().all() as number[];
      const record = this.db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)');
      for (const migration of pendingMigrations(applied, this.migrations, this.path)) {
        this.db.exec(migration.sql);
        record.run(migration.id, migration.name, new Date().toISOString());
      }
    });
    run.immediate();
  }

  private stmt(sql: string): Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.cache.set(sql, statement);
    }
    return statement;
  }

  private storedHead(id: string): StoredHead | undefined {
    const row = this.stmt(
      `SELECT ${VERSION_COLUMNS} FROM ${CURRENT_JOIN} WHERE a.id = ?`,
    ).get(id) as RawVersionRow | undefined;
    if (!row) return undefined;
    const article = articleFromVersion(decodeVersion(row));
    return { id, version: row.version, contentHash: row.content_hash, fingerprint: fingerprint(article) };
  }

  /**
   * The stored heads of a batch's ids. One query finds which ids exist at all (a fresh stream
   * has none), then only those are read in full.
   */
  private storedHeads(batch: readonly Article[]): Map<string, StoredHead> {
    const ids = new Set<string>();
    for (const article of batch) {
      const id = article?.id;
      if (typeof id === 'string') ids.add(id);
    }
    const stored = new Map<string, StoredHead>();
    if (ids.size === 0) return stored;
    const existing = this.stmt('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))').pluck();
    const found = new Set(idBatches([...ids]).flatMap((slice) => existing.all(JSON.stringify(slice)) as string[]));
    for (const id of ids) {
      if (!found.has(id)) continue;
      const head = this.storedHead(id);
      if (head) stored.set(id, head);
    }
    return stored;
  }

  private writeBatch(batch: Article[]): PutResult[] {
    const plan = planBatch(batch, this.storedHeads(batch));
    const now = new Date().toISOString();
    const ridOf = '(SELECT rid FROM articles WHERE id = ?)';
    const ftsDelete = this.stmt(
      `INSERT INTO articles_fts (articles_fts, rowid, title, text)
       SELECT 'delete', rid, title, text FROM articles_current WHERE rid = ${ridOf}`,
    );
    const ridById = this.stmt('SELECT rid FROM articles WHERE id = ?').pluck();
    // The index gets the head's title and text as written (what the articles_current view
    // shows), without reading the just-written rows back.
    const ftsInsert = this.stmt('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
    const insertArticle = this.stmt(
      `INSERT INTO articles (id, current_version, content_hash, title, outlet, outlet_key, outlet_inferred,
         published, estimated_published, language, url, author, categories, source, source_kind,
         ingested_at, updated_at)
       VALUES (@id, @current_version, @content_hash, @title, @outlet, @outlet_key, @outlet_inferred,
         @published, @estimated_published, @language, @url, @author, @categories, @source, @source_kind,
         @now, @now)`,
    );
    const updateArticle = this.stmt(
      `UPDATE articles SET current_version = @current_version, content_hash = @content_hash, title = @title,
         outlet = @outlet, outlet_key = @outlet_key, outlet_inferred = @outlet_inferred, published = @published,
         estimated_published = @estimated_published, language = @language, url = @url, author = @author,
         categories = @categories, source = @source, source_kind = @source_kind, updated_at = @now
       WHERE id = @id`,
    );
    const insertVersion = this.stmt(
      `INSERT INTO article_versions (article_id, version, text, text_length, content_hash, title_span,
         outlet_span, marks, sentences, messages, analysis_limited, meta, created_at)
       VALUES (@article_id, @version, @text, @text_length, @content_hash, @title_span, @outlet_span,
         @marks, @sentences, @messages, @analysis_limited, @meta, @now)`,
    );
    const updateVersion = this.stmt(
      `UPDATE article_versions SET title_span = @title_span, outlet_span = @outlet_span, marks = @marks,
         sentences = @sentences, messages = @messages, analysis_limited = @analysis_limited, meta = @meta
       WHERE article_id = @article_id AND version = @version`,
    );

    const existing = plan.heads.filter((head) => !plan.newIds.has(head.id));
    for (const head of existing) ftsDelete.run(head.id);
    const rids = new Map<string, number | bigint>();
    for (const head of plan.heads) {
      const columns = articleColumns(head);
      const params: Params = { ...columns, outlet_inferred: sqlBool(columns.outlet_inferred), now };
      if (plan.newIds.has(head.id)) rids.set(head.id, insertArticle.run(params).lastInsertRowid);
      else {
        updateArticle.run(params);
        rids.set(head.id, ridById.get(head.id) as number);
      }
    }
    for (const version of plan.versionInserts) {
      const columns = versionColumns(version);
      insertVersion.run({ ...columns, analysis_limited: sqlBool(columns.analysis_limited), now });
    }
    for (const version of plan.versionUpdates) {
      const { text: _text, text_length: _length, content_hash: _hash, ...columns } = versionColumns(version);
      updateVersion.run({ ...columns, analysis_limited: sqlBool(columns.analysis_limited) });
    }
    for (const head of plan.heads) ftsInsert.run(rids.get(head.id), head.title, head.text);

    const sameHash = this.stmt('SELECT id FROM articles WHERE content_hash = ? AND id <> ? ORDER BY id').pluck();
    const finalHash = new Map(batch.map((article) => [article.id, article.contentHash]));
    return plan.results.map((result) => ({
      ...result,
      exactDuplicateOf: sameHash.all(finalHash.get(result.id), result.id) as string[],
    }));
  }

  async putArticles(articles: Article[]): Promise<PutResult[]> {
    if (articles.length === 0) return [];
    return this.db.transaction((batch: Article[]) => this.writeBatch(batch)).immediate(articles);
  }

  async getArticle(id: string, version?: number): Promise<Article | null> {
    const row = (
      version === undefined
        ? this.stmt(`SELECT ${VERSION_COLUMNS} FROM ${CURRENT_JOIN} WHERE a.id = ?`).get(id)
        : this.stmt(`SELECT ${VERSION_COLUMNS} FROM article_versions v WHERE v.article_id = ? AND v.version = ?`).get(
            id,
            version,
          )
    ) as RawVersionRow | undefined;
    return row ? articleFromVersion(decodeVersion(row)) : null;
  }

  async getVersions(id: string): Promise<number[]> {
    return this.stmt('SELECT version FROM article_versions WHERE article_id = ? ORDER BY version').pluck().all(id) as number[];
  }

  async listArticles(filter: ArticleFilter = {}): Promise<ArticleSummary[]> {
    const { sql, params } = buildListQuery(filter, 'sqlite');
    return (this.stmt(sql).all(...params) as SummaryRow[]).map(summaryFromRow);
  }

  async countArticles(): Promise<number> {
    return this.stmt('SELECT count(*) FROM articles').pluck().get() as number;
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const match = toFts5Query(parseSearchQuery(query));
    if (match === null || limit <= 0) return [];
    const rows = this.stmt(
      `SELECT ${SUMMARY_COLUMNS},
         snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet,
         bm25(articles_fts, 4.0, 1.0) AS score
       FROM articles_fts
       JOIN articles a ON a.rid = articles_fts.rowid
       JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version
       WHERE articles_fts MATCH ?
       ORDER BY score, a.id
       LIMIT ?`,
    ).all(match, Math.trunc(limit)) as (SummaryRow & { snippet: string; score: number })[];
    return rows.map((row) => ({ ...summaryFromRow(row), snippet: row.snippet, rank: -row.score }));
  }

  async getDuplicates(id: string): Promise<DuplicateLink[]> {
    const rows = this.stmt(
      `SELECT article_id, of_id, kind, similarity FROM duplicates WHERE article_id = ? OR of_id = ?
       ORDER BY similarity DESC, article_id, of_id`,
    ).all(id, id) as DuplicateRow[];
    return rows.map(duplicateFromRow);
  }

  async putDuplicates(links: DuplicateLink[]): Promise<void> {
    if (links.length === 0) return;
    const clear = this.stmt('DELETE FROM duplicates WHERE article_id = ?');
    const insert = this.stmt(
      `INSERT INTO duplicates (article_id, of_id, kind, similarity) VALUES (?, ?, ?, ?)`,
    );
    this.db
      .transaction((batch: DuplicateLink[]) => {
        for (const article of new Set(batch.map((link) => link.article))) clear.run(article);
        for (const link of dedupeLinks(batch)) insert.run(link.article, link.of, link.kind, link.similarity);
      })
      .immediate(links);
  }

  async putMessages(messages: StoredMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const insert = this.stmt(
      `INSERT INTO messages (article_id, reason, file, place, rule_id, source, fatal, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db
      .transaction((batch: StoredMessage[]) => {
        for (const m of batch) {
          insert.run(
            m.articleId ?? null,
            m.reason,
            m.file ?? null,
            m.place ? JSON.stringify(m.place) : null,
            m.ruleId,
            m.source,
            m.fatal === undefined ? null : sqlBool(m.fatal),
            m.at,
          );
        }
      })
      .immediate(messages);
  }

  async listMessages(filter: MessageFilter = {}): Promise<StoredMessage[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.articleId !== undefined) {
      where.push('article_id = ?');
      params.push(filter.articleId);
    }
    if (filter.file !== undefined) {
      where.push('file = ?');
      params.push(filter.file);
    }
    if (filter.fatal !== undefined) where.push(filter.fatal ? 'fatal = 1' : 'coalesce(fatal, 0) = 0');
    let sql =
      'SELECT article_id, reason, file, place, rule_id, source, fatal, at FROM messages' +
      (where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '') +
      ' ORDER BY at, id';
    if (filter.limit !== undefined) {
      sql += ' LIMIT ?';
      params.push(Math.max(0, Math.trunc(filter.limit)));
    }
    const rows = this.stmt(sql).all(...params) as RawMessageRow[];
    return rows.map((row) => messageFromRow({ ...row, place: row.place === null ? null : JSON.parse(row.place) }));
  }

  async putStoryMembers(members: StoryMember[], titles: Record<string, string> = {}): Promise<void> {
    const plan = planStoryBatch(members, titles);
    if (plan.members.length === 0 && plan.stories.length === 0) return;
    const now = new Date().toISOString();
    const currentStory = this.stmt('SELECT story_id FROM story_members WHERE article_id = ?').pluck();
    const createStory = this.stmt(
      `INSERT INTO stories (id, title, created_at, updated_at)
       VALUES (@id, coalesce(@title,
         (SELECT CASE WHEN trim(title) <> '' THEN title END FROM articles WHERE id = @first), @first), @now, @now)
       ON CONFLICT (id) DO NOTHING`,
    );
    const touchStory = this.stmt('UPDATE stories SET title = coalesce(@title, title), updated_at = @now WHERE id = @id');
    const putMember = this.stmt(
      `INSERT INTO story_members (article_id, story_id, score, created, evidence, assigned_at)
       VALUES (@article_id, @story_id, @score, @created, @evidence, @now)
       ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, score = excluded.score,
         created = excluded.created, evidence = excluded.evidence, assigned_at = excluded.assigned_at`,
    );
    const dropIfEmpty = this.stmt(
      'DELETE FROM stories WHERE id = @id AND NOT EXISTS (SELECT 1 FROM story_members WHERE story_id = @id)',
    );
    this.db
      .transaction(() => {
        const planned = new Set(plan.stories.map((story) => story.id));
        const left = new Set<string>();
        for (const member of plan.members) {
          const before = currentStory.get(member.article) as string | undefined;
          if (before !== undefined && !planned.has(before)) left.add(before);
        }
        for (const story of plan.stories) {
          if (story.firstArticle !== null) createStory.run({ id: story.id, title: story.title, first: story.firstArticle, now });
          touchStory.run({ id: story.id, title: story.title, now });
        }
        for (const id of left) touchStory.run({ id, title: null, now });
        for (const member of plan.members) {
          const columns = memberColumns(member, jsonText);
          putMember.run({ ...columns, created: sqlBool(columns.created), now });
        }
        for (const id of left) dropIfEmpty.run({ id });
      })
      .immediate();
  }

  async getStoryMembers(articleIds?: string[]): Promise<StoryMember[]> {
    if (articleIds === undefined) {
      return (this.stmt(`SELECT ${MEMBER_COLUMNS} FROM story_members ORDER BY article_id`).all() as RawMemberRow[]).map(
        decodeMember,
      );
    }
    const select = this.stmt(
      `SELECT ${MEMBER_COLUMNS} FROM story_members WHERE article_id IN (SELECT value FROM json_each(?))`,
    );
    const found = idBatches(articleIds).flatMap((batch) => select.all(JSON.stringify(batch)) as RawMemberRow[]);
    return inIdOrder(articleIds, found.map(decodeMember), (member) => member.article);
  }

  async listStories(filter: StoryFilter = {}): Promise<StoryRow[]> {
    const { sql, params, post } = buildStoryQuery(filter, 'sqlite');
    return finishStoryListing((this.stmt(sql).all(...params) as StoryAggregateRow[]).map(storyFromRow), post);
  }

  async getStory(id: string): Promise<StoryRow | null> {
    const { sql, params } = buildStoryQuery({}, 'sqlite', id);
    const row = this.stmt(sql).get(...params) as StoryAggregateRow | undefined;
    return row ? storyFromRow(row) : null;
  }

  async getStoryArticles(id: string): Promise<Array<ArticleSummary & { score: number }>> {
    const rows = this.stmt(
      `SELECT ${SUMMARY_COLUMNS}, m.score FROM ${STORY_ARTICLES_JOIN}
       WHERE m.story_id = ? ORDER BY (a.published IS NULL), a.published, a.id`,
    ).all(id) as (SummaryRow & { score: number })[];
    return rows.map((row) => ({ ...summaryFromRow(row), score: row.score }));
  }

  async unassignedArticleIds(): Promise<string[]> {
    return this.stmt(
      `SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)
       ORDER BY (a.published IS NULL), a.published, a.rid`,
    )
      .pluck()
      .all() as string[];
  }

  async clearStoryMembers(): Promise<void> {
    const clearMembers = this.stmt('DELETE FROM story_members');
    const clearStories = this.stmt('DELETE FROM stories');
    this.db
      .transaction(() => {
        clearMembers.run();
        clearStories.run();
      })
      .immediate();
  }

  async addCorrection(correction: unknown): Promise<number> {
    const result = this.stmt('INSERT INTO corrections (correction, at) VALUES (?, ?)').run(
      correctionJson(correction),
      new Date().toISOString(),
    );
    return Number(result.lastInsertRowid);
  }

  async listCorrections(): Promise<StoredCorrection[]> {
    const rows = this.stmt('SELECT seq, correction, at FROM corrections ORDER BY seq').all() as {
      seq: number;
      correction: string;
      at: string;
    }[];
    return rows.map((row) => ({ seq: row.seq, correction: JSON.parse(row.correction), at: row.at }));
  }

  async getState(key: string): Promise<string | null> {
    return (this.stmt('SELECT value FROM engine_state WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
  }

  async putState(key: string, value: string): Promise<void> {
    if (typeof value !== 'string') throw new TypeError(`state ${key}: value must be a string`);
    this.stmt(
      `INSERT INTO engine_state (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    ).run(key, value, new Date().toISOString());
  }

  async getArticles(ids: string[]): Promise<Article[]> {
    const select = this.stmt(
      `SELECT ${VERSION_COLUMNS} FROM ${CURRENT_JOIN} WHERE a.id IN (SELECT value FROM json_each(?))`,
    );
    const found = idBatches(ids).flatMap((batch) => select.all(JSON.stringify(batch)) as RawVersionRow[]);
    return inIdOrder(ids, found.map((row) => articleFromVersion(decodeVersion(row))), (article) => article.id);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
