/**
 * Mapping between records and the column layout both backends share (snake_case columns,
 * JSON for nested data). Backends decode their driver values into these shapes first.
 */
import type { Article, DuplicateKind, DuplicateLink, Mark, Message, Span } from '../types.js';
import type { ArticleSummary, StoredMessage } from './contract.js';
import { articleMeta, outletKey, type ArticleMeta } from './records.js';

/** One `article_versions` row with its JSON columns decoded. */
export interface VersionRow {
  article_id: string;
  version: number;
  text: string;
  content_hash: string;
  title_span: Span | null;
  outlet_span: Span | null;
  marks: Mark[];
  sentences: Span[];
  messages: Message[];
  analysis_limited: boolean;
  meta: ArticleMeta;
}

/** Rebuilds an article from a stored version (its metadata snapshot included). */
export function articleFromVersion(row: VersionRow): Article {
  const meta = row.meta;
  return {
    id: row.article_id,
    version: row.version,
    text: row.text,
    title: meta.title ?? null,
    titleSpan: row.title_span ?? null,
    outlet: meta.outlet ?? null,
    outletInferred: Boolean(meta.outletInferred),
    outletSpan: row.outlet_span ?? null,
    published: meta.published ?? null,
    estimatedPublished: meta.estimatedPublished ?? null,
    language: meta.language ?? 'und',
    url: meta.url ?? null,
    author: meta.author ?? null,
    categories: meta.categories ?? [],
    source: meta.source,
    marks: row.marks ?? [],
    sentences: row.sentences ?? [],
    messages: row.messages ?? [],
    contentHash: row.content_hash,
    analysisLimited: Boolean(row.analysis_limited),
  };
}

/** Turns a nested value into what a driver binds for a JSON column (text or the value itself). */
export type JsonEncoder<J> = (value: unknown) => J;

/** Encodes nested values as JSON text (SQLite). */
export const jsonText: JsonEncoder<string> = (value) => JSON.stringify(value);

/** Keeps nested values as they are (for drivers that serialise a whole record as JSON). */
export const jsonValue: JsonEncoder<unknown> = (value) => value;

/** Column values of the `articles` row for a (normalised) current article. */
export interface ArticleColumns<J = string> {
  id: string;
  current_version: number;
  content_hash: string;
  title: string | null;
  outlet: string | null;
  outlet_key: string | null;
  outlet_inferred: boolean;
  published: string | null;
  estimated_published: string | null;
  language: string;
  url: string | null;
  author: string | null;
  categories: J;
  source: J;
  source_kind: string;
}

/** The `articles` columns of a normalised article, nested values encoded with `json`. */
export function articleColumns<J = string>(
  article: Article,
  json: JsonEncoder<J> = jsonText as JsonEncoder<J>,
): ArticleColumns<J> {
  return {
    id: article.id,
    current_version: article.version,
    content_hash: article.contentHash,
    title: article.title,
    outlet: article.outlet,
    outlet_key: outletKey(article.outlet),
    outlet_inferred: article.outletInferred,
    published: article.published,
    estimated_published: article.estimatedPublished,
    language: article.language,
    url: article.url,
    author: article.author,
    categories: json(article.categories),
    source: json(article.source),
    source_kind: article.source.kind,
  };
}

/** Column values of an `article_versions` row. */
export interface VersionColumns<J = string> {
  article_id: string;
  version: number;
  text: string;
  text_length: number;
  content_hash: string;
  title_span: J | null;
  outlet_span: J | null;
  marks: J;
  sentences: J;
  messages: J;
  analysis_limited: boolean;
  meta: J;
}

/** The `article_versions` columns of a normalised article, nested values encoded with `json`. */
export function versionColumns<J = string>(
  article: Article,
  json: JsonEncoder<J> = jsonText as JsonEncoder<J>,
): VersionColumns<J> {
  return {
    article_id: article.id,
    version: article.version,
    text: article.text,
    text_length: article.text.length,
    content_hash: article.contentHash,
    title_span: article.titleSpan ? json(article.titleSpan) : null,
    outlet_span: article.outletSpan ? json(article.outletSpan) : null,
    marks: json(article.marks),
    sentences: json(article.sentences),
    messages: json(article.messages),
    analysis_limited: Boolean(article.analysisLimited),
    meta: json(articleMeta(article)),
  };
}

/** A listing row as both backends select it. */
export interface SummaryRow {
  id: string;
  version: number;
  title: string | null;
  outlet: string | null;
  outlet_inferred: boolean | number;
  published: string | null;
  language: string;
  url: string | null;
  source_kind: string;
  text_length: number;
}

/** The listing record of a summary row. */
export function summaryFromRow(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    version: Number(row.version),
    title: row.title,
    outlet: row.outlet,
    outletInferred: Boolean(row.outlet_inferred),
    published: row.published,
    language: row.language,
    url: row.url,
    sourceKind: row.source_kind,
    length: Number(row.text_length),
  };
}

/** A `duplicates` row. */
export interface DuplicateRow {
  article_id: string;
  of_id: string;
  kind: string;
  similarity: number;
}

/** The link of a duplicates row. */
export function duplicateFromRow(row: DuplicateRow): DuplicateLink {
  return { article: row.article_id, of: row.of_id, kind: row.kind as DuplicateKind, similarity: Number(row.similarity) };
}

/** The links of a batch with one link per (article, of) pair, the last one winning. */
export function dedupeLinks(links: readonly DuplicateLink[]): DuplicateLink[] {
  const byPair = new Map<string, DuplicateLink>();
  for (const link of links) byPair.set(`${link.article}\u0000${link.of}`, link);
  return [...byPair.values()];
}

/** A `messages` row with `place` decoded. */
export interface MessageRow {
  article_id: string | null;
  reason: string;
  file: string | null;
  place: Span | null;
  rule_id: string;
  source: string;
  fatal: boolean | number | null;
  at: string;
}

/** The stored message of a messages row (absent optional fields stay absent). */
export function messageFromRow(row: MessageRow): StoredMessage {
  const message: StoredMessage = { reason: row.reason, ruleId: row.rule_id, source: row.source, at: row.at };
  if (row.article_id !== null) message.articleId = row.article_id;
  if (row.file !== null) message.file = row.file;
  if (row.place !== null) message.place = row.place;
  if (row.fatal !== null) message.fatal = Boolean(row.fatal);
  return message;
}
