/**
 * One active story's state: capped centroids per channel, the years it states, its day range,
 * and bookkeeping for the active-set window. Pure update functions; no index here.
 */
import type { ArticleFeatures } from './features.js';
import { CHANNELS, type Channel, type ScorableStory } from './score.js';
import {
  addVectors, emptyVector, fromMap, l2, subtractVectors, topEntries, vectorFromJson, vectorToJson, type CompactVector,
} from './vector.js';

/** Caps per channel: the most entries a story centroid keeps. */
export const CENTROID_CAPS: Record<Channel, number> = { terms: 250, lead: 80, names: 80, focus: 24, numbers: 60, dates: 40 };
/** How many recent articles' stem vectors a story keeps (for the single-link similarity). */
export const MEMBERS_KEPT = 8;
/** The most stems kept per member vector. */
export const MEMBER_TERMS = 80;

/** Most recent articles of a story whose full contribution is kept (so they can move). */
export const RECENT_KEPT = 32;

/**
 * One recent article of a story, with exactly what it added to the centroids, so it can be
 * taken out again (a refinement move or split). Plain data.
 */
export interface MemberRecord {
  id: string;
  /** Sequence number at which it arrived. */
  seq: number;
  /** Per channel, the vector added to the centroid (unit TF-IDF norm when added; empty when none). */
  vectors: Record<Channel, CompactVector>;
  years: number[];
  /** Specific details (slot index and value hash, parallel). */
  details: { slots: number[]; keys: number[] };
  day: number | null;
  /** Its title (the title of a story split off with it first). */
  title: string | null;
  /** Placed by a correction (pin / merge): never moved by refinement. */
  fixed: boolean;
  /**
   * Refinement's memoised scores of this record with earlier records (`PairScorer` in
   * `refine.ts`): scratch, never in a snapshot.
   */
  pairScores?: PairScores;
}

/** Scores of a record with earlier ones (their arrival numbers), valid in generation `gen` of the scorer. */
export interface PairScores {
  gen: number;
  seqs: number[];
  vals: number[];
}

/** A story in the active set. */
export interface StoryState extends ScorableStory {
  id: string;
  language: string;
  /** Number of articles assigned. */
  size: number;
  /** Title of its first article (for display). */
  title: string | null;
  /** Sequence number of the last article added (for LRU eviction). */
  lastSeq: number;
  /** Sequence number at which `norms` were computed. */
  normSeq: number;
  /** The most recent articles (at most {@link RECENT_KEPT}, oldest first) with their contributions. */
  recent: MemberRecord[];
  /** Story size when refinement last checked it for a split. */
  checkedSize: number;
  /**
   * The newest day on which the story was seen to receive an undated article (the clusterer's
   * newest day seen when it arrived), or null: with `lastDay`, what keeps a story in the active
   * window (see `activityDay`).
   */
  activeDay: number | null;
  /** Id of the story it was split off from by refinement, or null (see `mergeAgreeAbove`). */
  splitFrom: string | null;
  /**
   * The clusterer's bookkeeping: its handle, whether it is active, and the candidate lookup's
   * scratch (votes, and the lookup that cast them). Part of the object from the start, so its
   * shape never changes (the lookup reads them for every indexed story).
   */
  handle: number;
  alive: boolean;
  vote: number;
  voteMark: number;
}

/** A story with no articles yet. */
export function emptyStory(id: string, language: string, title: string | null): StoryState {
  const vectors = {} as Record<Channel, CompactVector>;
  const norms = {} as Record<Channel, number>;
  const counts = {} as Record<Channel, number>;
  for (const ch of CHANNELS) {
    vectors[ch] = emptyVector();
    norms[ch] = 0;
    counts[ch] = 0;
  }
  // The fields the candidate lookup reads for every indexed story come first (one cache line).
  return {
    handle: 0, alive: false, vote: 0, voteMark: 0, language,
    id, size: 0, title, lastSeq: 0, normSeq: -1, vectors, norms, counts, members: [], memberNorms: [],
    years: new Map(), details: new Map(), detailSlots: new Map(), firstDay: null, lastDay: null, recent: [], checkedSize: 0, activeDay: null, splitFrom: null,
  };
}

/**
 * The record of an article: each channel scaled to unit TF-IDF norm (`norms`: the article's
 * TF-IDF norms per channel, as {@link prepare} gives them; raw L2 norms when absent).
 */
export function memberRecord(
  f: ArticleFeatures, seq: number, norms?: Record<Channel, number>, fixed = false, sorted?: SortedChannels,
): MemberRecord {
  const vectors = {} as Record<Channel, CompactVector>;
  // With sorted channels, the scaled weights of all channels share one buffer (views per channel).
  let total = 0;
  if (sorted) for (const ch of CHANNELS) total += sorted.keys[ch].keys.length;
  const all = new Float32Array(total);
  let at = 0;
  for (const ch of CHANNELS) {
    const norm = norms ? norms[ch] : l2(f[ch]);
    if (norm <= 0) vectors[ch] = emptyVector();
    else if (!sorted) vectors[ch] = fromMap(f[ch], 1 / norm);
    else {
      const keys = sorted.keys[ch].keys;
      vectors[ch] = scaled(keys, sorted.raw[ch], 1 / norm, all.subarray(at, at + keys.length));
      at += keys.length;
    }
  }
  return {
    id: f.id, seq, vectors, years: [...f.years], details: { slots: [...f.details.slots], keys: [...f.details.keys] }, day: f.day, title: f.title, fixed,
    pairScores: undefined,
  };
}

/**
 * An article's channels already sorted by key (as `prepare` in `score.ts` gives them): the keys
 * (in `keys[ch].keys`) and the raw weights in that order. Saves re-sorting the feature maps.
 */
export interface SortedChannels {
  keys: Record<Channel, { keys: Uint32Array }>;
  raw: Record<Channel, Float64Array>;
}

/**
 * Sorted keys with their raw weights times `scale` (what `fromMap` gives for the same map),
 * the weights written into `vals` (as long as `keys`).
 */
function scaled(keys: Uint32Array, raw: Float64Array, scale: number, vals: Float32Array): CompactVector {
  for (let i = 0; i < keys.length; i++) vals[i] = raw[i] * scale;
  return { keys, vals };
}

function refreshMembers(s: StoryState, added?: MemberRecord): void {
  if (added) {
    if (added.vectors.terms.keys.length > 0) {
      s.members.push(topEntries(added.vectors.terms, MEMBER_TERMS));
      if (s.members.length > MEMBERS_KEPT) s.members.shift();
    }
    return;
  }
  s.members = s.recent.filter((r) => r.vectors.terms.keys.length > 0).slice(-MEMBERS_KEPT)
    .map((r) => topEntries(r.vectors.terms, MEMBER_TERMS));
}

function bump(m: Map<number, number>, k: number, by: number): void {
  const c = (m.get(k) ?? 0) + by;
  if (c > 0) m.set(k, c);
  else m.delete(k);
}

/** Adds (`by` 1) or removes (-1) a record's details from a story's counts. */
function countDetails(s: StoryState, r: MemberRecord, by: number): void {
  const slots = new Set<number>();
  for (let i = 0; i < r.details.keys.length; i++) {
    bump(s.details, r.details.keys[i], by);
    slots.add(r.details.slots[i]);
  }
  for (const slot of slots) bump(s.detailSlots, slot, by);
}

/** Adds a member record to a story (in place); `seq` is the story's update time. */
export function addRecord(s: StoryState, r: MemberRecord, seq: number, language?: string, title?: string | null): void {
  for (const ch of CHANNELS) {
    if (r.vectors[ch].keys.length === 0) continue;
    s.vectors[ch] = addVectors(s.vectors[ch], r.vectors[ch], CENTROID_CAPS[ch]);
    s.counts[ch]++;
  }
  const last = s.recent[s.recent.length - 1];
  if (!last || last.seq <= r.seq) {
    s.recent.push(r);
    refreshMembers(s, r);
  } else {
    // A move of an older article: keep the records in arrival order.
    let i = s.recent.length;
    while (i > 0 && s.recent[i - 1].seq > r.seq) i--;
    s.recent.splice(i, 0, r);
    refreshMembers(s);
  }
  if (s.recent.length > RECENT_KEPT) s.recent.shift();
  for (const y of r.years) s.years.set(y, (s.years.get(y) ?? 0) + 1);
  countDetails(s, r, 1);
  if (r.day !== null) {
    s.firstDay = s.firstDay === null ? r.day : Math.min(s.firstDay, r.day);
    s.lastDay = s.lastDay === null ? r.day : Math.max(s.lastDay, r.day);
  }
  if (language !== undefined && s.language === 'und') s.language = language;
  if (title !== undefined && s.title === null) s.title = title;
  s.size++;
  s.lastSeq = Math.max(s.lastSeq, seq);
  s.normSeq = -1;
}

/**
 * Takes a recent article out of a story (in place): its centroid contributions, years and
 * member vector. The day range is kept (older members' days are not stored).
 */
export function removeRecord(s: StoryState, id: string): MemberRecord | undefined {
  const at = s.recent.findIndex((r) => r.id === id);
  if (at < 0) return undefined;
  const [r] = s.recent.splice(at, 1);
  for (const ch of CHANNELS) {
    if (r.vectors[ch].keys.length === 0) continue;
    s.vectors[ch] = subtractVectors(s.vectors[ch], r.vectors[ch]);
    s.counts[ch] = Math.max(0, s.counts[ch] - 1);
  }
  for (const y of r.years) {
    const c = (s.years.get(y) ?? 0) - 1;
    if (c > 0) s.years.set(y, c);
    else s.years.delete(y);
  }
  countDetails(s, r, -1);
  s.size--;
  refreshMembers(s);
  s.normSeq = -1;
  return r;
}

/**
 * Adds an article's features to a story (in place). Each channel vector is added with unit
 * TF-IDF norm (`norms`: the article's TF-IDF norms per channel, as {@link prepare} gives them;
 * raw L2 norms when absent), so a centroid's TF-IDF norm divided by the number of articles
 * that contributed to it measures how coherent the story is (1: all alike).
 */
export function addArticle(
  s: StoryState, f: ArticleFeatures, seq: number, norms?: Record<Channel, number>, fixed = false, sorted?: SortedChannels,
): MemberRecord {
  const r = memberRecord(f, seq, norms, fixed, sorted);
  addRecord(s, r, seq, f.language, f.title);
  return r;
}

/** Folds story `b` into story `a` (in place on `a`). */
export function mergeStories(a: StoryState, b: StoryState): void {
  for (const ch of CHANNELS) {
    a.vectors[ch] = addVectors(a.vectors[ch], b.vectors[ch], CENTROID_CAPS[ch]);
    a.counts[ch] += b.counts[ch];
  }
  a.recent = [...a.recent, ...b.recent].sort((x, y) => x.seq - y.seq).slice(-RECENT_KEPT);
  refreshMembers(a);
  for (const [y, c] of b.years) a.years.set(y, (a.years.get(y) ?? 0) + c);
  for (const [k, c] of b.details) bump(a.details, k, c);
  for (const [k, c] of b.detailSlots) bump(a.detailSlots, k, c);
  if (b.firstDay !== null) a.firstDay = a.firstDay === null ? b.firstDay : Math.min(a.firstDay, b.firstDay);
  if (b.lastDay !== null) a.lastDay = a.lastDay === null ? b.lastDay : Math.max(a.lastDay, b.lastDay);
  if (b.activeDay !== null) a.activeDay = a.activeDay === null ? b.activeDay : Math.max(a.activeDay, b.activeDay);
  a.size += b.size;
  a.lastSeq = Math.max(a.lastSeq, b.lastSeq);
  a.normSeq = -1;
}

/**
 * The last day a story was active: its newest member's day, or later when an undated article
 * joined it after that (`activeDay`); null when it has neither (an all-undated story). Stories
 * leave the active window by this day, so a story that keeps receiving undated reports stays
 * open to them (an undated report arrives at its ingest place, which may be long after the
 * story's dated members).
 */
export function activityDay(s: Pick<StoryState, 'lastDay' | 'activeDay'>): number | null {
  if (s.activeDay === null) return s.lastDay;
  return s.lastDay === null ? s.activeDay : Math.max(s.lastDay, s.activeDay);
}

/** A story as plain JSON data. */
export interface StorySnapshot {
  id: string;
  language: string;
  size: number;
  title: string | null;
  lastSeq: number;
  firstDay: number | null;
  lastDay: number | null;
  /** See `StoryState.activeDay` (absent in older snapshots). */
  activeDay?: number | null;
  /** See `StoryState.splitFrom` (absent in older snapshots). */
  splitFrom?: string | null;
  years: Array<[number, number]>;
  /** Detail value counts and slot counts (absent in older snapshots). */
  details?: Array<[number, number]>;
  detailSlots?: Array<[number, number]>;
  vectors: Record<Channel, [number[], number[]]>;
  counts: Record<Channel, number>;
  members: Array<[number[], number[]]>;
  /** Recent member records (absent in older snapshots). */
  recent?: Array<{ id: string; seq: number; years: number[]; details?: { slots: number[]; keys: number[] }; day: number | null; title: string | null; fixed: boolean; vectors: Record<Channel, [number[], number[]]> }>;
  checkedSize?: number;
}

/** Plain data for a snapshot. */
export function storyToJson(s: StoryState): StorySnapshot {
  const vectors = channelsToJson(s.vectors);
  return {
    id: s.id, language: s.language, size: s.size, title: s.title, lastSeq: s.lastSeq,
    firstDay: s.firstDay, lastDay: s.lastDay, activeDay: s.activeDay, splitFrom: s.splitFrom, years: [...s.years.entries()], vectors,
    details: [...s.details.entries()], detailSlots: [...s.detailSlots.entries()],
    counts: { ...s.counts },
    members: s.members.map(vectorToJson),
    recent: s.recent.map(({ pairScores: _scratch, ...r }) => ({ ...r, vectors: channelsToJson(r.vectors) })),
    checkedSize: s.checkedSize,
  };
}

/** The inverse of {@link storyToJson}. */
export function storyFromJson(j: StorySnapshot): StoryState {
  const s = emptyStory(j.id, j.language, j.title);
  s.vectors = channelsFromJson(j.vectors);
  s.size = j.size;
  s.lastSeq = j.lastSeq;
  s.firstDay = j.firstDay;
  s.lastDay = j.lastDay;
  s.activeDay = j.activeDay ?? null;
  s.splitFrom = j.splitFrom ?? null;
  s.years = new Map(j.years);
  s.members = j.members.map(vectorFromJson);
  s.counts = { ...j.counts };
  s.details = new Map(j.details ?? []);
  s.detailSlots = new Map(j.detailSlots ?? []);
  s.recent = (j.recent ?? []).map((r) => ({
    ...r, years: [...r.years], details: r.details ?? { slots: [], keys: [] }, vectors: channelsFromJson(r.vectors),
  }));
  s.checkedSize = j.checkedSize ?? j.size;
  return s;
}

function channelsToJson(v: Record<Channel, CompactVector>): Record<Channel, [number[], number[]]> {
  const out = {} as Record<Channel, [number[], number[]]>;
  for (const ch of CHANNELS) out[ch] = vectorToJson(v[ch]);
  return out;
}

function channelsFromJson(v: Record<Channel, [number[], number[]]>): Record<Channel, CompactVector> {
  const out = {} as Record<Channel, CompactVector>;
  for (const ch of CHANNELS) out[ch] = vectorFromJson(v[ch]);
  return out;
}
