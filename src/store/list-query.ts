/**
 * The `listArticles` query for both backends: the same SQL text except for placeholders and
 * the no-limit spelling.
 */
import type { ArticleFilter } from './contract.js';
import { outletKey } from './records.js';

/** The columns of a listing, from `articles a` joined with its current version `v`. */
export const SUMMARY_COLUMNS =
  'a.id, a.current_version AS version, a.title, a.outlet, a.outlet_inferred, a.published, ' +
  'a.language, a.url, a.source_kind, v.text_length';

/** FROM clause joining every article with its current version. */
export const CURRENT_JOIN =
  'articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version';

/** A statement and its parameters. */
export interface BuiltQuery {
  sql: string;
  params: unknown[];
}

/** `?` for SQLite, `$n` for PostgreSQL. */
export type Dialect = 'sqlite' | 'postgres';

/** A limit or offset: undefined, or a non-negative integer (RangeError otherwise). */
export function checkCount(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
  return value;
}

/**
 * Builds the listing query: outlet compared case-insensitively, language exactly, `from`/`to`
 * inclusive on the leading characters of `published` (so `to: '2025-11-27'` includes any time
 * that day), ordered by `published` (undated last) then id.
 */
export function buildListQuery(filter: ArticleFilter, dialect: Dialect): BuiltQuery {
  const params: unknown[] = [];
  const mark = (value: unknown): string => {
    params.push(value);
    return dialect === 'sqlite' ? '?' : `$${params.length}`;
  };
  const where: string[] = [];
  if (filter.outlet !== undefined) where.push(`a.outlet_key = ${mark(outletKey(filter.outlet) ?? '')}`);
  if (filter.language !== undefined) where.push(`a.language = ${mark(filter.language)}`);
  if (filter.from !== undefined && filter.from !== '') {
    where.push(`substr(a.published, 1, ${filter.from.length}) >= ${mark(filter.from)}`);
  }
  if (filter.to !== undefined && filter.to !== '') {
    where.push(`substr(a.published, 1, ${filter.to.length}) <= ${mark(filter.to)}`);
  }
  const limit = checkCount(filter.limit, 'limit');
  const offset = checkCount(filter.offset, 'offset');
  let sql =
    `SELECT ${SUMMARY_COLUMNS} FROM ${CURRENT_JOIN}` +
    (where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '') +
    ' ORDER BY (a.published IS NULL), a.published, a.id';
  if (limit !== undefined) sql += ` LIMIT ${mark(limit)}`;
  else if (offset !== undefined && dialect === 'sqlite') sql += ' LIMIT -1';
  if (offset !== undefined) sql += ` OFFSET ${mark(offset)}`;
  return { sql, params };
}
