/**
 * The store entry point: `openStore` picks the backend from a target string. No other module
 * writes SQL; everything goes through the {@link Store} contract.
 */
import type { Store } from './contract.js';
import { PostgresStore, type PostgresStoreOptions } from './postgres.js';
import { DEFAULT_SQLITE_PATH, SqliteStore } from './sqlite.js';

export type {
  ArticleFilter,
  ArticleSummary,
  MessageFilter,
  PutResult,
  PutStatus,
  SearchHit,
  Store,
  StoredCorrection,
  StoredMessage,
  StoryFilter,
  StoryMember,
  StoryRow,
} from './contract.js';
export { ARTICLE_BATCH } from './contract.js';
export { SchemaTooNewError } from './migrations.js';
export { PostgresStore, type PostgresStoreOptions } from './postgres.js';
export { DEFAULT_SQLITE_PATH, SqliteStore, type SqliteStoreOptions } from './sqlite.js';

/** Options of {@link openStore}. */
export interface OpenStoreOptions {
  /** PostgreSQL only: the schema to use (see {@link PostgresStoreOptions.schema}). */
  schema?: string;
}

/** True for `postgres://` and `postgresql://` URLs. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

/**
 * Opens the store at `target`: a `postgres://` / `postgresql://` URL opens PostgreSQL,
 * anything else is a SQLite file path (`:memory:` for a throw-away database). Without a
 * target: the `TRIANGULATE_DB` environment variable, else `./triangulate.db`.
 */
export async function openStore(target?: string, options: OpenStoreOptions = {}): Promise<Store> {
  const resolved = target || process.env.TRIANGULATE_DB || DEFAULT_SQLITE_PATH;
  if (isPostgresUrl(resolved)) return PostgresStore.open(resolved, { schema: options.schema });
  return SqliteStore.open(resolved);
}
