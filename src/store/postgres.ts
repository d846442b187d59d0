/**
 * The shared-deployment store: PostgreSQL through `pg` (a Pool; one client and one transaction
 * per batch; tsvector + GIN search). Same semantics as the SQLite store (same batch plan).
 */
import pg from 'pg';
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
import { PG_TEXT_SEARCH_CONFIG, POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { fingerprint } from './records.js';
import {
  articleColumns,
  articleFromVersion,
  dedupeLinks,
  duplicateFromRow,
  jsonValue,
  messageFromRow,
  summaryFromRow,
  versionColumns,
  type DuplicateRow,
  type MessageRow,
  type SummaryRow,
  type VersionRow,
} from './rows.js';
import { parseSearchQuery, toWebsearchQuery } from './search-query.js';
import { planStoryBatch } from './story-plan.js';
import {
  buildStoryQuery,
  finishStoryListing,
  STORY_ARTICLES_JOIN,
  type StoryPostFilter,
} from './story-query.js';
import {
  correctionJson,
  memberColumns,
  memberFromRow,
  storyFromRow,
  type MemberRow,
  type StoryAggregateRow,
} from './story-rows.js';

/** Options of {@link PostgresStore.open}. */
export interface PostgresStoreOptions {
  /**
   * Schema to keep the tables in (created if missing; set as `search_path` on every
   * connection). Default: the server's default (usually `public`).
   */
  schema?: string;
  /** Maximum pool size (default 4). */
  maxConnections?: number;
  /**
   * The schema steps to apply (default: all this code knows). Tests and upgrade tools pass a
   * prefix to build a database as an older triangulate left it.
   */
  migrations?: readonly Migration[];
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const VERSION_COLUMNS =
  'v.article_id, v.version, v.text, v.content_hash, v.title_span, v.outlet_span, v.marks, ' +
  'v.sentences, v.messages, v.analysis_limited, v.meta';
const ARTICLE_RECORD =
  'id text, current_version int, content_hash text, title text, outlet text, outlet_key text, ' +
  'outlet_inferred boolean, published text, estimated_published text, language text, url text, ' +
  'author text, categories jsonb, source jsonb, source_kind text, text text';
const VERSION_RECORD =
  'article_id text, version int, text text, text_length int, content_hash text, title_span jsonb, ' +
  'outlet_span jsonb, marks jsonb, sentences jsonb, messages jsonb, analysis_limited boolean, meta jsonb';
/** The search vector of record `r` (title weight A, current text weight B). */
const SEARCH_VECTOR =
  `setweight(to_tsvector('${PG_TEXT_SEARCH_CONFIG}', coalesce(r.title, '')), 'A') || ` +
  `setweight(to_tsvector('${PG_TEXT_SEARCH_CONFIG}', r.text), 'B')`;

const MEMBER_COLUMNS = 'article_id, story_id, score, created, evidence';
const MEMBER_RECORD = 'article_id text, story_id text, score double precision, created boolean, evidence jsonb';

function isoTime(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/** The PostgreSQL implementation of the {@link Store} contract. */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;

  private constructor(
    private readonly pool: pg.Pool,
    /** The schema the tables live in (null: the server default). */
    readonly schema: string | null,
    private readonly migrations: readonly Migration[] = POSTGRES_MIGRATIONS,
  ) {}

  /**
   * Connects to `url` (`postgres://...`), creates the schema if asked for one, and applies
   * pending migrations under an advisory lock. Throws `SchemaTooNewError` for a database
   * written by a newer triangulate.
   */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const schema = options.schema ?? null;
    if (schema !== null && !SCHEMA_NAME.test(schema)) {
      throw new RangeError(`invalid PostgreSQL schema name: ${JSON.stringify(schema)}`);
    }
    const pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? 4,
      ...(schema !== null ? { options: `-c search_path=${schema}` } : {}),
    });
    const store = new PostgresStore(pool, schema, options.migrations);
    try {
      if (schema !== null) await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await store.migrate(url);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  private async migrate(url: string): Promise<void> {
    const where = `${url.replace(/\/\/[^@/]*@/, '//')}${this.schema ? ` (schema ${this.schema})` : ''}`;
    await this.transaction(async (client) => {
      await client.query(
        `SELECT pg_advisory_xact_lock(hashtext(coalesce(current_schema(), '') || ':triangulate-migrations'))`,
      );
      await client.query(MIGRATIONS_TABLE_SQL);
      const applied = (await client.query<{ id: number }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id);
      for (const migration of pendingMigrations(applied, this.migrations, where)) {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (id, name, applied_at) VALUES ($1, $2, $3)', [
          migration.id,
          migration.name,
          new Date().toISOString(),
        ]);
      }
    });
  }

  /** The schema version (highest applied migration id). */
  async schemaVersion(): Promise<number> {
    const result = await this.pool.query<{ v: number }>('SELECT coalesce(max(id), 0)::int AS v FROM schema_migrations');
    return result.rows[0].v;
  }

  /** Runs `fn` in BEGIN/COMMIT on one client, ROLLBACK on any error. */
  private async transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        broken = rollbackError as Error;
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  private async storedHeads(client: pg.PoolClient, ids: string[]): Promise<Map<string, StoredHead>> {
    const heads = new Map<string, StoredHead>();
    if (ids.length === 0) return heads;
    const { rows } = await client.query<VersionRow>(
      `SELECT ${VERSION_COLUMNS} FROM ${CURRENT_JOIN} WHERE a.id = ANY($1::text[]) FOR UPDATE OF a`,
      [ids],
    );
    for (const row of rows) {
      heads.set(row.article_id, {
        id: row.article_id,
        version: row.version,
        contentHash: row.content_hash,
        fingerprint: fingerprint(articleFromVersion(row)),
      });
    }
    return heads;
  }

  private async writeBatch(client: pg.PoolClient, batch: Article[]): Promise<PutResult[]> {
    const ids = [...new Set(batch.map((a) => a?.id).filter((id): id is string => typeof id === 'string'))];
    const plan = planBatch(batch, await this.storedHeads(client, ids));
    const now = new Date().toISOString();
    const newHeads = plan.heads.filter((head) => plan.newIds.has(head.id));
    const oldHeads = plan.heads.filter((head) => !plan.newIds.has(head.id));
    const records = (articles: Article[]): string =>
      JSON.stringify(articles.map((a) => ({ ...articleColumns(a, jsonValue), text: a.text })));
    const versions = (articles: Article[]): string => JSON.stringify(articles.map((a) => versionColumns(a, jsonValue)));

    if (newHeads.length > 0) {
      await client.query(
        `INSERT INTO articles (id, current_version, content_hash, title, outlet, outlet_key, outlet_inferred,
           published, estimated_published, language, url, author, categories, source, source_kind,
           ingested_at, updated_at, search)
         SELECT r.id, r.current_version, r.content_hash, r.title, r.outlet, r.outlet_key, r.outlet_inferred,
           r.published, r.estimated_published, r.language, r.url, r.author, r.categories, r.source,
           r.source_kind, $2, $2, ${SEARCH_VECTOR}
         FROM json_to_recordset($1::json) AS r(${ARTICLE_RECORD})`,
        [records(newHeads), now],
      );
    }
    if (oldHeads.length > 0) {
      await client.query(
        `UPDATE articles a SET current_version = r.current_version, content_hash = r.content_hash,
           title = r.title, outlet = r.outlet, outlet_key = r.outlet_key, outlet_inferred = r.outlet_inferred,
           published = r.published, estimated_published = r.estimated_published, language = r.language,
           url = r.url, author = r.author, categories = r.categories, source = r.source,
           source_kind = r.source_kind, updated_at = $2, search = ${SEARCH_VECTOR}
         FROM json_to_recordset($1::json) AS r(${ARTICLE_RECORD})
         WHERE a.id = r.id`,
        [records(oldHeads), now],
      );
    }
    if (plan.versionInserts.length > 0) {
      await client.query(
        `INSERT INTO article_versions (article_id, version, text, text_length, content_hash, title_span,
           outlet_span, marks, sentences, messages, analysis_limited, meta, created_at)
         SELECT r.article_id, r.version, r.text, r.text_length, r.content_hash, r.title_span, r.outlet_span,
           r.marks, r.sentences, r.messages, r.analysis_limited, r.meta, $2
         FROM json_to_recordset($1::json) AS r(${VERSION_RECORD})`,
        [versions(plan.versionInserts), now],
      );
    }
    if (plan.versionUpdates.length > 0) {
      await client.query(
        `UPDATE article_versions v SET title_span = r.title_span, outlet_span = r.outlet_span,
           marks = r.marks, sentences = r.sentences, messages = r.messages,
           analysis_limited = r.analysis_limited, meta = r.meta
         FROM json_to_recordset($1::json) AS r(${VERSION_RECORD})
         WHERE v.article_id = r.article_id AND v.version = r.version`,
        [versions(plan.versionUpdates)],
      );
    }

    const finalHash = new Map(batch.map((article) => [article.id, article.contentHash]));
    const { rows } = await client.query<{ id: string; dups: string[] }>(
      `SELECT r.id, array_agg(a.id ORDER BY a.id) AS dups
       FROM unnest($1::text[], $2::text[]) AS r(id, hash)
       JOIN articles a ON a.content_hash = r.hash AND a.id <> r.id
       GROUP BY r.id`,
      [[...finalHash.keys()], [...finalHash.values()]],
    );
    const dups = new Map(rows.map((row) => [row.id, row.dups]));
    return plan.results.map((result) => ({ ...result, exactDuplicateOf: dups.get(result.id) ?? [] }));
  }

  async putArticles(articles: Article[]): Promise<PutResult[]> {
    if (articles.length === 0) return [];
    return this.transaction((client) => this.writeBatch(client, articles));
  }

  async getArticle(id: string, version?: number): Promise<Article | null> {
    const { rows } =
      version === undefined
        ? await this.pool.query<VersionRow>(`SELECT ${VERSION_COLUMNS} FROM ${CURRENT_JOIN} WHERE a.id = $1`, [id])
        : await this.pool.query<VersionRow>(
            `SELECT ${VERSION_COLUMNS} FROM article_versions v WHERE v.article_id = $1 AND v.version = $2`,
            [id, version],
          );
    return rows.length > 0 ? articleFromVersion(rows[0]) : null;
  }

  async getVersions(id: string): Promise<number[]> {
    const { rows } = await this.pool.query<{ version: number }>(
      'SELECT version FROM article_versions WHERE article_id = $1 ORDER BY version',
      [id],
    );
    return rows.map((row) => row.version);
  }

  async listArticles(filter: ArticleFilter = {}): Promise<ArticleSummary[]> {
    const { sql, params } = buildListQuery(filter, 'postgres');
    const { rows } = await this.pool.query<SummaryRow>(sql, params);
    return rows.map(summaryFromRow);
  }

  async countArticles(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
    return rows[0].n;
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const websearch = toWebsearchQuery(parseSearchQuery(query));
    if (websearch === null || limit <= 0) return [];
    const { rows } = await this.pool.query<SummaryRow & { snippet: string; rank: number }>(
      `WITH q AS (SELECT websearch_to_tsquery('${PG_TEXT_SEARCH_CONFIG}', $1) AS q),
       hits AS (
         SELECT a.id, ts_rank_cd(a.search, q.q) AS rank
         FROM articles a, q WHERE a.search @@ q.q
         ORDER BY rank DESC, a.id LIMIT $2
       )
       SELECT ${SUMMARY_COLUMNS}, h.rank,
         ts_headline('${PG_TEXT_SEARCH_CONFIG}', v.text, q.q,
           'StartSel="[", StopSel="]", MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "') AS snippet
       FROM hits h JOIN ${CURRENT_JOIN} ON a.id = h.id, q
       ORDER BY h.rank DESC, a.id`,
      [websearch, Math.trunc(limit)],
    );
    return rows.map((row) => ({ ...summaryFromRow(row), snippet: row.snippet, rank: Number(row.rank) }));
  }

  async getDuplicates(id: string): Promise<DuplicateLink[]> {
    const { rows } = await this.pool.query<DuplicateRow>(
      `SELECT article_id, of_id, kind, similarity FROM duplicates WHERE article_id = $1 OR of_id = $1
       ORDER BY similarity DESC, article_id, of_id`,
      [id],
    );
    return rows.map(duplicateFromRow);
  }

  async putDuplicates(links: DuplicateLink[]): Promise<void> {
    if (links.length === 0) return;
    const articles = [...new Set(links.map((link) => link.article))];
    const rows = dedupeLinks(links).map((l) => ({ article_id: l.article, of_id: l.of, kind: l.kind, similarity: l.similarity }));
    await this.transaction(async (client) => {
      await client.query('DELETE FROM duplicates WHERE article_id = ANY($1::text[])', [articles]);
      await client.query(
        `INSERT INTO duplicates (article_id, of_id, kind, similarity)
         SELECT r.article_id, r.of_id, r.kind, r.similarity
         FROM json_to_recordset($1::json) AS r(article_id text, of_id text, kind text, similarity double precision)`,
        [JSON.stringify(rows)],
      );
    });
  }

  async putMessages(messages: StoredMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const rows = messages.map((m) => ({
      article_id: m.articleId ?? null,
      reason: m.reason,
      file: m.file ?? null,
      place: m.place ?? null,
      rule_id: m.ruleId,
      source: m.source,
      fatal: m.fatal ?? null,
      at: m.at,
    }));
    await this.pool.query(
      `INSERT INTO messages (article_id, reason, file, place, rule_id, source, fatal, at)
       SELECT r.article_id, r.reason, r.file, r.place, r.rule_id, r.source, r.fatal, r.at
       FROM json_to_recordset($1::json) AS r(article_id text, reason text, file text,
         place jsonb, rule_id text, source text, fatal boolean, at timestamptz)`,
      [JSON.stringify(rows)],
    );
  }

  async listMessages(filter: MessageFilter = {}): Promise<StoredMessage[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.articleId !== undefined) {
      params.push(filter.articleId);
      where.push(`article_id = $${params.length}`);
    }
    if (filter.file !== undefined) {
      params.push(filter.file);
      where.push(`file = $${params.length}`);
    }
    if (filter.fatal !== undefined) where.push(filter.fatal ? 'fatal' : 'NOT coalesce(fatal, FALSE)');
    let sql =
      'SELECT article_id, reason, file, place, rule_id, source, fatal, at FROM messages' +
      (where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '') +
      ' ORDER BY at, id';
    if (filter.limit !== undefined) {
      params.push(Math.max(0, Math.trunc(filter.limit)));
      sql += ` LIMIT $${params.length}`;
    }
    const { rows } = await this.pool.query<MessageRow>(sql, params);
    return rows.map((row) => messageFromRow({ ...row, at: isoTime(row.at) }));
  }

  async putStoryMembers(members: StoryMember[], titles: Record<string, string> = {}): Promise<void> {
    const plan = planStoryBatch(members, titles);
    if (plan.members.length === 0 && plan.stories.length === 0) return;
    const now = new Date().toISOString();
    const memberRows = JSON.stringify(plan.members.map((member) => memberColumns(member, jsonValue)));
    await this.transaction(async (client) => {
      const { rows } = await client.query<{ story_id: string }>(
        `SELECT m.story_id FROM story_members m JOIN json_to_recordset($1::json) AS r(article_id text, story_id text)
           ON m.article_id = r.article_id AND m.story_id <> r.story_id
         FOR UPDATE OF m`,
        [memberRows],
      );
      const planned = new Set(plan.stories.map((story) => story.id));
      const left = [...new Set(rows.map((row) => row.story_id))].filter((id) => !planned.has(id));
      await client.query(
        `INSERT INTO stories (id, title, created_at, updated_at)
         SELECT r.id, coalesce(r.title, CASE WHEN trim(a.title) <> '' THEN a.title END, r.first), $2, $2
         FROM json_to_recordset($1::json) AS r(id text, title text, first text)
         LEFT JOIN articles a ON a.id = r.first
         WHERE r.first IS NOT NULL
         ON CONFLICT (id) DO NOTHING`,
        [JSON.stringify(plan.stories.map((story) => ({ id: story.id, title: story.title, first: story.firstArticle }))), now],
      );
      const touched = [
        ...plan.stories.map((story) => ({ id: story.id, title: story.title })),
        ...left.map((id) => ({ id, title: null })),
      ];
      await client.query(
        `UPDATE stories s SET title = coalesce(r.title, s.title), updated_at = $2
         FROM json_to_recordset($1::json) AS r(id text, title text) WHERE s.id = r.id`,
        [JSON.stringify(touched), now],
      );
      if (plan.members.length > 0) {
        await client.query(
          `INSERT INTO story_members (article_id, story_id, score, created, evidence, assigned_at)
           SELECT r.article_id, r.story_id, r.score, r.created, r.evidence, $2
           FROM json_to_recordset($1::json) AS r(${MEMBER_RECORD})
           ON CONFLICT (article_id) DO UPDATE SET story_id = EXCLUDED.story_id, score = EXCLUDED.score,
             created = EXCLUDED.created, evidence = EXCLUDED.evidence, assigned_at = EXCLUDED.assigned_at`,
          [memberRows, now],
        );
      }
      if (left.length > 0) {
        await client.query(
          `DELETE FROM stories s WHERE s.id = ANY($1::text[])
             AND NOT EXISTS (SELECT 1 FROM story_members m WHERE m.story_id = s.id)`,
          [left],
        );
      }
    });
  }

  async getStoryMembers(articleIds?: string[]): Promise<StoryMember[]> {
    if (articleIds === undefined) {
      const { rows } = await this.pool.query<MemberRow>(`SELECT ${MEMBER_COLUMNS} FROM story_members ORDER BY article_id`);
      return rows.map(memberFromRow);
    }
    const found: StoryMember[] = [];
    for (const batch of idBatches(articleIds)) {
      const { rows } = await this.pool.query<MemberRow>(
        `SELECT ${MEMBER_COLUMNS} FROM story_members WHERE article_id = ANY($1::text[])`,
        [batch],
      );
      for (const row of rows) found.push(memberFromRow(row));
    }
    return inIdOrder(articleIds, found, (member) => member.article);
  }

  /** The listing rows of the story query, and what is left to do on them. */
  private async storyRows(filter: StoryFilter, id?: string): Promise<{ rows: StoryRow[]; post: StoryPostFilter | null }> {
    const { sql, params, post } = buildStoryQuery(filter, 'postgres', id);
    const { rows } = await this.pool.query<StoryAggregateRow>(sql, params);
    return { rows: rows.map((row) => storyFromRow({ ...row, updated_at: isoTime(row.updated_at) })), post };
  }

  async listStories(filter: StoryFilter = {}): Promise<StoryRow[]> {
    const { rows, post } = await this.storyRows(filter);
    return finishStoryListing(rows, post);
  }

  async getStory(id: string): Promise<StoryRow | null> {
    const { rows } = await this.storyRows({}, id);
    return rows[0] ?? null;
  }

  async getStoryArticles(id: string): Promise<Array<ArticleSummary & { score: number }>> {
    const { rows } = await this.pool.query<SummaryRow & { score: number }>(
      `SELECT ${SUMMARY_COLUMNS}, m.score FROM ${STORY_ARTICLES_JOIN}
       WHERE m.story_id = $1 ORDER BY (a.published IS NULL), a.published, a.id`,
      [id],
    );
    return rows.map((row) => ({ ...summaryFromRow(row), score: Number(row.score) }));
  }

  async unassignedArticleIds(): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(
      `SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)
       ORDER BY (a.published IS NULL), a.published, a.ingest_seq`,
    );
    return rows.map((row) => row.id);
  }

  async clearStoryMembers(): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('DELETE FROM story_members');
      await client.query('DELETE FROM stories');
    });
  }

  async addCorrection(correction: unknown): Promise<number> {
    const { rows } = await this.pool.query<{ seq: string }>(
      'INSERT INTO corrections (correction, at) VALUES ($1::jsonb, $2) RETURNING seq',
      [correctionJson(correction), new Date().toISOString()],
    );
    return Number(rows[0].seq);
  }

  async listCorrections(): Promise<StoredCorrection[]> {
    const { rows } = await this.pool.query<{ seq: string; correction: unknown; at: Date }>(
      'SELECT seq, correction, at FROM corrections ORDER BY seq',
    );
    return rows.map((row) => ({ seq: Number(row.seq), correction: row.correction, at: isoTime(row.at) }));
  }

  async getState(key: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ value: string }>('SELECT value FROM engine_state WHERE key = $1', [key]);
    return rows[0]?.value ?? null;
  }

  async putState(key: string, value: string): Promise<void> {
    if (typeof value !== 'string') throw new TypeError(`state ${key}: value must be a string`);
    await this.pool.query(
      `INSERT INTO engine_state (key, value, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`,
      [key, value, new Date().toISOString()],
    );
  }

  async getArticles(ids: string[]): Promise<Article[]> {
    const found: Article[] = [];
    for (const batch of idBatches(ids)) {
      const { rows } = await this.pool.query<VersionRow>(
        `SELECT ${VERSION_COLUMNS} FROM ${CURRENT_JOIN} WHERE a.id = ANY($1::text[])`,
        [batch],
      );
      for (const row of rows) found.push(articleFromVersion(row));
    }
    return inIdOrder(ids, found, (article) => article.id);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
