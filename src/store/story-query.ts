/**
 * The story listing query for both backends: one GROUP BY over members joined with their
 * articles, the same SQL text except for placeholders, the JSON aggregate spelling and a join
 * order hint. The outlet labels of articles without outlet (URL hosts) are computed in
 * TypeScript, so an outlet filter is narrowed in SQL and decided exactly (and paged) by
 * {@link finishStoryListing}.
 */
import type { StoryFilter, StoryRow } from './contract.js';
import { checkCount, type BuiltQuery, type Dialect } from './list-query.js';
import { outletKey } from './records.js';
import { storyHasOutlet } from './story-rows.js';

/** FROM clause joining the members `m` of stories with their articles' current version `a` / `v`. */
export const STORY_ARTICLES_JOIN =
  'story_members m JOIN articles a ON a.id = m.article_id ' +
  'JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version';

/** What is left to do in code after the query (null: the rows are the answer). */
export interface StoryPostFilter {
  outlet: string;
  limit?: number;
  offset?: number;
}

/** The listing statement, and what is left to do on its rows. */
export interface StoryQuery extends BuiltQuery {
  post: StoryPostFilter | null;
}

/** The per-story aggregates (see `StoryAggregateRow`) over members `m` joined with articles `a`. */
function aggregateColumns(dialect: Dialect): string {
  const common = 'm.story_id, min(a.published) AS first_published, max(a.published) AS last_published';
  if (dialect === 'sqlite') {
    return (
      `${common}, count(*) AS article_count, ` +
      'json_group_array(DISTINCT trim(a.outlet)) FILTER (WHERE a.outlet_key IS NOT NULL) AS outlets, ' +
      'json_group_array(json_array(a.url, a.id)) FILTER (WHERE a.outlet_key IS NULL) AS bare'
    );
  }
  return (
    `${common}, count(*)::int AS article_count, ` +
    'json_agg(DISTINCT trim(a.outlet)) FILTER (WHERE a.outlet_key IS NOT NULL) AS outlets, ' +
    'json_agg(json_build_array(a.url, a.id)) FILTER (WHERE a.outlet_key IS NULL) AS bare'
  );
}

/**
 * The members joined with their articles. For a listing, SQLite scans the articles in storage
 * order and groups (a sort of small rows), which beats looking every article up by story order;
 * for one story, the planner starts from the story's members.
 */
function memberJoin(dialect: Dialect, one: boolean): string {
  if (one) return 'story_members m JOIN articles a ON a.id = m.article_id';
  return `articles a ${dialect === 'sqlite' ? 'CROSS JOIN' : 'JOIN'} story_members m ON m.article_id = a.id`;
}

/**
 * Builds the listing (or, with `id`, the one-story) query: stories ordered by their newest
 * `published` (undated last), then id; `from` / `to` keep the stories whose published range
 * overlaps them (leading-characters comparison as for articles). With an outlet filter, SQL
 * keeps the stories with an article of that outlet key or without outlet (a superset: URL
 * hosts are matched in code), and limit / offset move to {@link finishStoryListing}.
 */
export function buildStoryQuery(filter: StoryFilter, dialect: Dialect, id?: string): StoryQuery {
  const params: unknown[] = [];
  const mark = (value: unknown): string => {
    params.push(value);
    return dialect === 'sqlite' ? '?' : `$${params.length}`;
  };
  const limit = checkCount(filter.limit, 'limit');
  const offset = checkCount(filter.offset, 'offset');
  const where: string[] = [];
  if (id !== undefined) where.push(`m.story_id = ${mark(id)}`);
  const outlet = filter.outlet;
  const having: string[] = [];
  if (outlet !== undefined) {
    // An aggregate rather than `IN (subquery)`: SQLite would probe the subquery per article.
    having.push(
      `max(CASE WHEN a.outlet_key = ${mark(outletKey(outlet) ?? '')} OR a.outlet_key IS NULL THEN 1 ELSE 0 END) = 1`,
    );
  }
  if (filter.from !== undefined && filter.from !== '') {
    having.push(`substr(max(a.published), 1, ${filter.from.length}) >= ${mark(filter.from)}`);
  }
  if (filter.to !== undefined && filter.to !== '') {
    having.push(`substr(min(a.published), 1, ${filter.to.length}) <= ${mark(filter.to)}`);
  }
  let sql =
    `SELECT s.id, s.title, s.updated_at, g.article_count, g.first_published, g.last_published, g.outlets, g.bare
     FROM (SELECT ${aggregateColumns(dialect)} FROM ${memberJoin(dialect, id !== undefined)}` +
    (where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '') +
    ' GROUP BY m.story_id' +
    (having.length > 0 ? ` HAVING ${having.join(' AND ')}` : '') +
    `) g JOIN stories s ON s.id = g.story_id
     ORDER BY (g.last_published IS NULL), g.last_published DESC, s.id`;
  if (outlet !== undefined) return { sql, params, post: { outlet, limit, offset } };
  if (limit !== undefined) sql += ` LIMIT ${mark(limit)}`;
  else if (offset !== undefined && dialect === 'sqlite') sql += ' LIMIT -1';
  if (offset !== undefined) sql += ` OFFSET ${mark(offset)}`;
  return { sql, params, post: null };
}

/** Applies what {@link buildStoryQuery} left to code: the exact outlet filter, then the page. */
export function finishStoryListing(rows: StoryRow[], post: StoryPostFilter | null): StoryRow[] {
  if (post === null) return rows;
  const kept = rows.filter((row) => storyHasOutlet(row, post.outlet));
  const start = post.offset ?? 0;
  return kept.slice(start, post.limit === undefined ? undefined : start + post.limit);
}
