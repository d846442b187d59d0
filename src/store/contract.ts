/**
 * The store contract: what the pipeline needs from persistence. SQLite (embedded default) and
 * PostgreSQL (shared deployment) both implement it; no other module writes SQL.
 *
 * Every write method takes a batch and applies it in ONE transaction: either all of the batch
 * is stored or none of it, so a failing input never leaves half-written state behind.
 */
import type { Article, DuplicateLink, Message } from '../types.js';

/** What happened to one article of a batch. */
export type PutStatus =
  /** A new id. */
  | 'added'
  /** Same id, same text: metadata (title, outlet, dates, marks ...) updated if it changed. */
  | 'updated'
  /** Same id, same text, same metadata: nothing to do. */
  | 'unchanged'
  /** Same id, different text: stored as a new version; the old version is kept. */
  | 'new-version';

export interface PutResult {
  id: string;
  status: PutStatus;
  /** The version now current for this id. */
  version: number;
  /** Ids of other stored articles with the same content hash (exact duplicates). */
  exactDuplicateOf: string[];
}

/** Filters for {@link Store.listArticles}. */
export interface ArticleFilter {
  outlet?: string;
  language?: string;
  /** Inclusive ISO date bounds on `published` (articles without a date are excluded when set). */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** A short listing row. */
export interface ArticleSummary {
  id: string;
  version: number;
  title: string | null;
  outlet: string | null;
  outletInferred: boolean;
  published: string | null;
  language: string;
  url: string | null;
  sourceKind: string;
  length: number;
}

/** A full-text search hit. */
export interface SearchHit extends ArticleSummary {
  /** A short excerpt with the match, `[` `]` around matched terms. */
  snippet: string;
  /**
   * Relevance, higher is better (SQLite: negated bm25 with the title weighted; PostgreSQL:
   * ts_rank_cd). Comparable only within one result list of one backend.
   */
  rank: number;
}

/** A problem log entry kept by the store (e.g. a failed input of an ingest run). */
export interface StoredMessage extends Message {
  articleId?: string | null;
  /** ISO date-time of the problem (e.g. `new Date().toISOString()`). */
  at: string;
}

/** Filters for {@link Store.listMessages} (addition to the first contract). */
export interface MessageFilter {
  /** Only messages about this article. */
  articleId?: string;
  /** Only messages about this input (`file`). */
  file?: string;
  /** Only fatal (`true`) or only non-fatal (`false`, which includes notes) messages. */
  fatal?: boolean;
  /** At most this many, oldest first (default: all). */
  limit?: number;
}

export interface Store {
  /** Which backend: `sqlite` or `postgres`. */
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Stores a batch of articles in one transaction (idempotent per id, see {@link PutStatus}).
   * The incoming `version` is ignored: the store numbers versions. An id repeated within one
   * batch is applied in order. A malformed record (e.g. `text` not a string, empty `id` or
   * `contentHash`) is a programming error: the call rejects with a TypeError and stores nothing.
   */
  putArticles(articles: Article[]): Promise<PutResult[]>;
  /** The current version of an article, or a given version. */
  getArticle(id: string, version?: number): Promise<Article | null>;
  /** All stored versions of an article (1, 2, ...). */
  getVersions(id: string): Promise<number[]>;
  listArticles(filter?: ArticleFilter): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  /** Full-text search over titles and text (FTS5 on SQLite, tsvector on PostgreSQL). */
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** Duplicate links that involve an article (either side). */
  getDuplicates(id: string): Promise<DuplicateLink[]>;
  /**
   * Stores duplicate links (replacing earlier links from the same `article`). Both ends must be
   * stored articles (store them first); one link per (article, of) pair, the last one wins.
   */
  putDuplicates(links: DuplicateLink[]): Promise<void>;
  /** Keeps a log of problems (failed inputs) so `triangulate` can show them later. */
  putMessages(messages: StoredMessage[]): Promise<void>;
  /** The stored problem log, oldest first (addition to the first contract). */
  listMessages(filter?: MessageFilter): Promise<StoredMessage[]>;
  close(): Promise<void>;
}
