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

/** One article's story decision as stored (the clusterer's `Assignment`, minus nothing). */
export interface StoryMember {
  article: string;
  story: string;
  /** Score against the chosen story (0 for the article that created it). */
  score: number;
  /** True when this article started the story. */
  created: boolean;
  /** Why the article went there (any JSON value; `undefined` is stored as `null`). */
  evidence: unknown;
}

/** A story listing row (stories without any member are never listed). */
export interface StoryRow {
  id: string;
  title: string;
  articleCount: number;
  /**
   * Distinct outlets of the members, sorted (code-unit order): an article without outlet
   * counts as its URL host (lower case, without a leading `www.`), else as its id.
   */
  outlets: string[];
  /** Smallest / largest `published` of the members (ISO text order), null when none is dated. */
  firstPublished: string | null;
  lastPublished: string | null;
  /** ISO date-time of the last `putStoryMembers` that changed the story (members or title). */
  updatedAt: string;
}

/** Filters for {@link Store.listStories}. */
export interface StoryFilter {
  /**
   * Only stories with an article from this outlet, compared case-insensitively with the
   * labels of {@link StoryRow.outlets} (so a URL host matches too).
   */
  outlet?: string;
  /**
   * Inclusive ISO date bounds (leading-characters comparison, as in {@link ArticleFilter}):
   * only stories whose published range `[firstPublished, lastPublished]` overlaps them
   * (stories without a dated article are excluded when set).
   */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** A stored user correction to story assignment. */
export interface StoredCorrection {
  /** Increasing sequence number (never reused). */
  seq: number;
  correction: unknown;
  /** ISO date-time it was recorded. */
  at: string;
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

  // ---- stories (schema migration 2) ----

  /**
   * Stores story decisions in ONE transaction: creates missing stories (title from `titles`,
   * else the first listed member's article title, else that article's id), retitles stories
   * named in `titles` (also ones without members in the batch, when they exist), replaces the
   * membership of every listed article (an article is in at most one story; an article
   * repeated in the batch: the last one wins), bumps `updatedAt` of every story that gained,
   * lost or was retitled, and deletes the stories left with no member. A member whose article
   * is not stored makes the call reject and store nothing. A malformed member (empty ids,
   * non-finite score, non-boolean `created`) is a programming error: TypeError, nothing stored.
   */
  putStoryMembers(members: StoryMember[], titles?: Record<string, string>): Promise<void>;
  /** Stored decisions of the given articles, in the order of `articleIds` (unassigned ones left out); all of them, by article id, when omitted. */
  getStoryMembers(articleIds?: string[]): Promise<StoryMember[]>;
  /** Stories, newest `lastPublished` first (undated last), then id. */
  listStories(filter?: StoryFilter): Promise<StoryRow[]>;
  /** One story, or null when it does not exist (or has no member). */
  getStory(id: string): Promise<StoryRow | null>;
  /** The current versions of a story's articles with their scores, in publication order (undated last), then id. */
  getStoryArticles(id: string): Promise<Array<ArticleSummary & { score: number }>>;
  /** Ids of stored articles in no story, in publication order (undated last), then ingest order. */
  unassignedArticleIds(): Promise<string[]>;
  /** Drops every membership and story (before a full recluster); corrections and engine state are kept. */
  clearStoryMembers(): Promise<void>;
  /** Records a correction (any JSON value, e.g. a clusterer `Correction`) and returns its seq. TypeError for a value JSON cannot hold (`undefined`, a function). */
  addCorrection(correction: unknown): Promise<number>;
  /** Every recorded correction, in seq order. */
  listCorrections(): Promise<StoredCorrection[]>;
  /** A stored engine-state value (e.g. a clusterer snapshot), or null. */
  getState(key: string): Promise<string | null>;
  /** Stores (replaces) an engine-state value. */
  putState(key: string, value: string): Promise<void>;
  /**
   * Current versions of the given articles, fetched in batches of {@link ARTICLE_BATCH} ids,
   * in the order of `ids` (an id repeated: once, at its first place; missing ids left out).
   */
  getArticles(ids: string[]): Promise<Article[]>;
  close(): Promise<void>;
}

/** How many ids one `getArticles` / `getStoryMembers` query asks for at most. */
export const ARTICLE_BATCH = 500;
