/**
 * The shared-deployment store: PostgreSQL through `pg` (a Pool; one client and one transaction
 * per batch; tsvector + GIN search). Same semantics as the SQLite store (same batch plan).
 */
import pg from 'pg';
import type { Article, DuplicateLink } from '../types.js';
import type {
  ArticleFilter,
  ArticleSummary,
  MessageFilter,
  PutResult,
  SearchHit,
  Store,
  StoredMessage,
} from './contract.js';
import { buildListQuery, CURRENT_JOIN, SUMMARY_COLUMNS } from './list-query.js';
import { MIGRATIONS_TABLE_SQL, pendingMigrations } from './migrations.js';
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

/** Options of {@link PostgresStore.open}. */
export interface PostgresStoreOptions {
  /**
   * Schema to keep the tables in (created if missing; set as `search_path` on every
   * connection). Default: the server's default (usually `public`).
   */
  schema?: string;
  /** Maximum pool size (default 4). */
  maxConnections?: number;
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
    const store = new PostgresStore(pool, schema);
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
      for (const migration of pendingMigrations(applied, POSTGRES_MIGRATIONS, where)) {
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

  async close(): Promise<void> {
    await this.pool.end();
  }
}
