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
  rank: number;
}

/** A problem log entry kept by the store (e.g. a failed input of an ingest run). */
export interface StoredMessage extends Message {
  articleId?: string | null;
  at: string;
}

export interface Store {
  /** Which backend: `sqlite` or `postgres`. */
  readonly kind: 'sqlite' | 'postgres';
  /** Stores a batch of articles in one transaction (idempotent per id, see {@link PutStatus}). */
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
  /** Stores duplicate links (replacing earlier links from the same `article`). */
  putDuplicates(links: DuplicateLink[]): Promise<void>;
  /** Keeps a log of problems (failed inputs) so `triangulate` can show them later. */
  putMessages(messages: StoredMessage[]): Promise<void>;
  close(): Promise<void>;
}
