/**
 * Backend-independent handling of the records a store keeps: validation, normalisation of
 * optional fields, and the fingerprint that decides `updated` versus `unchanged`.
 */
import type { Article, Span } from '../types.js';

/**
 * JSON with object keys sorted at every level, so two equal values always serialise the same
 * way whatever the key order they were built with. `undefined` members are dropped, as in
 * `JSON.stringify`.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/**
 * Throws a TypeError when a record cannot be stored at all (a programming error upstream, not
 * a problem of the input): non-string or empty id, non-string text, empty content hash.
 */
export function validateArticle(article: Article, index: number): void {
  const where = `article #${index}`;
  if (article === null || typeof article !== 'object') throw new TypeError(`${where} is not an object`);
  if (typeof article.id !== 'string' || article.id.length === 0) {
    throw new TypeError(`${where}: id must be a non-empty string`);
  }
  const named = `${where} (${article.id})`;
  if (typeof article.text !== 'string') throw new TypeError(`${named}: text must be a string`);
  if (typeof article.contentHash !== 'string' || article.contentHash.length === 0) {
    throw new TypeError(`${named}: contentHash must be a non-empty string`);
  }
  if (article.source === null || typeof article.source !== 'object' || typeof article.source.kind !== 'string') {
    throw new TypeError(`${named}: source.kind must be a string`);
  }
}

/**
 * The article exactly as a store will give it back: optional fields filled with their
 * defaults (`null`, `[]`, `false`, `und`), so a stored and a fresh record compare equal.
 */
export function normalizeArticle(article: Article, version: number): Article {
  return {
    id: article.id,
    version,
    text: article.text,
    title: article.title ?? null,
    titleSpan: spanOrNull(article.titleSpan),
    outlet: article.outlet ?? null,
    outletInferred: Boolean(article.outletInferred),
    outletSpan: spanOrNull(article.outletSpan),
    published: article.published ?? null,
    estimatedPublished: article.estimatedPublished ?? null,
    language: article.language || 'und',
    url: article.url ?? null,
    author: article.author ?? null,
    categories: article.categories ?? [],
    source: article.source,
    marks: article.marks ?? [],
    sentences: article.sentences ?? [],
    messages: article.messages ?? [],
    contentHash: article.contentHash,
    analysisLimited: Boolean(article.analysisLimited),
  };
}

function spanOrNull(span: Span | null | undefined): Span | null {
  return span ? span : null;
}

/**
 * Everything about an article except its id, version and text, as one canonical string: equal
 * fingerprints (with equal content hashes) mean a re-ingest changed nothing.
 */
export function fingerprint(article: Article): string {
  const { id: _id, version: _version, text: _text, ...rest } = article;
  return canonicalJson(rest);
}

/** The metadata of an article that lives on the article (not the version) in storage. */
export type ArticleMeta = Pick<
  Article,
  'title' | 'outlet' | 'outletInferred' | 'published' | 'estimatedPublished' | 'language' | 'url' | 'author' | 'categories' | 'source'
>;

/** The article-level metadata of a normalised article (also kept as a snapshot per version). */
export function articleMeta(article: Article): ArticleMeta {
  return {
    title: article.title,
    outlet: article.outlet,
    outletInferred: article.outletInferred,
    published: article.published,
    estimatedPublished: article.estimatedPublished,
    language: article.language,
    url: article.url,
    author: article.author,
    categories: article.categories,
    source: article.source,
  };
}

/** The key the outlet filter compares on (case-insensitive, whitespace-trimmed). */
export function outletKey(outlet: string | null | undefined): string | null {
  if (outlet === null || outlet === undefined) return null;
  const key = outlet.trim().toLowerCase();
  return key.length > 0 ? key : null;
}
