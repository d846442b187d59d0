/**
 * Mapping between story records and the column layout both backends share, and the outlet
 * labels of a story listing (computed here rather than in SQL, so both backends agree).
 */
import type { StoryMember, StoryRow } from './contract.js';
import type { JsonEncoder } from './rows.js';
import { outletKey } from './records.js';

/** Column values of a `story_members` row (without `assigned_at`). */
export interface MemberColumns<J = string | null> {
  article_id: string;
  story_id: string;
  score: number;
  created: boolean;
  /** The evidence encoded as JSON, or null when there is none. */
  evidence: J | null;
}

/** The `story_members` columns of a (validated) member, the evidence encoded with `json`. */
export function memberColumns<J = string>(member: StoryMember, json: JsonEncoder<J>): MemberColumns<J> {
  const evidence = member.evidence ?? null;
  return {
    article_id: member.article,
    story_id: member.story,
    score: member.score,
    created: member.created,
    evidence: evidence === null ? null : json(evidence),
  };
}

/** A `story_members` row with the evidence decoded (booleans may come as 0/1). */
export interface MemberRow {
  article_id: string;
  story_id: string;
  score: number;
  created: boolean | number;
  evidence: unknown;
}

/** The member of a `story_members` row. */
export function memberFromRow(row: MemberRow): StoryMember {
  return {
    article: row.article_id,
    story: row.story_id,
    score: Number(row.score),
    created: Boolean(row.created),
    evidence: row.evidence ?? null,
  };
}

/**
 * The host of a URL for display as an outlet: lower case, without a leading `www.`; null when
 * the URL does not parse or has no host.
 */
export function urlHost(url: string | null): string | null {
  if (url === null) return null;
  let host: string;
  try {
    host = new URL(url.trim()).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return host.length > 0 ? host : null;
}

/** The label an article without outlet counts as: its URL host, else its id. */
export function bareOutletLabel(url: string | null, id: string): string {
  return urlHost(url) ?? id;
}

/** A story aggregate row as both backends select it (JSON aggregates decoded or still text). */
export interface StoryAggregateRow {
  id: string;
  title: string;
  updated_at: string;
  article_count: number | string;
  first_published: string | null;
  last_published: string | null;
  /** Distinct trimmed outlets of members that have one (JSON array, or null for none). */
  outlets: string | string[] | null;
  /** `[url, id]` of members without outlet (JSON array, or null for none). */
  bare: string | Array<[string | null, string]> | null;
}

function decodeJson<T>(value: string | T[] | null): T[] {
  if (value === null) return [];
  return typeof value === 'string' ? (JSON.parse(value) as T[]) : value;
}

/** The listing row of an aggregate row: outlet labels merged, distinct and sorted. */
export function storyFromRow(row: StoryAggregateRow): StoryRow {
  const labels = new Set(decodeJson<string>(row.outlets));
  for (const [url, id] of decodeJson<[string | null, string]>(row.bare)) labels.add(bareOutletLabel(url, id));
  return {
    id: row.id,
    title: row.title,
    articleCount: Number(row.article_count),
    outlets: [...labels].sort(compareCodeUnits),
    firstPublished: row.first_published,
    lastPublished: row.last_published,
    updatedAt: row.updated_at,
  };
}

/** Code-unit order (what `COLLATE "C"` and SQLite's BINARY give for ASCII keys). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when one of the story's outlet labels has the same outlet key as `outlet`. */
export function storyHasOutlet(story: StoryRow, outlet: string): boolean {
  const key = outletKey(outlet) ?? '';
  return story.outlets.some((label) => outletKey(label) === key);
}

/**
 * A correction as JSON text. TypeError for a value JSON cannot hold (`undefined`, a function,
 * a symbol); `JSON.stringify` itself throws a TypeError on cycles and BigInts.
 */
export function correctionJson(correction: unknown): string {
  const text = JSON.stringify(correction);
  if (text === undefined) throw new TypeError('a correction must be a JSON value');
  return text;
}
