/**
 * One active story's state: capped centroids per channel, the years it states, its day range,
 * and bookkeeping for the active-set window. Pure update functions; no index here.
 */
import type { ArticleFeatures } from './features.js';
import { CHANNELS, type Channel, type ScorableStory } from './score.js';
import { addVectors, emptyVector, fromMap, l2, topEntries, vectorFromJson, vectorToJson, type CompactVector } from './vector.js';

/** Caps per channel: the most entries a story centroid keeps. */
export const CENTROID_CAPS: Record<Channel, number> = { terms: 250, lead: 80, names: 80, focus: 24, numbers: 60, dates: 40 };
/** How many recent articles' stem vectors a story keeps (for the single-link similarity). */
export const MEMBERS_KEPT = 8;
/** The most stems kept per member vector. */
export const MEMBER_TERMS = 80;

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
  return {
    id, language, size: 0, title, lastSeq: 0, normSeq: -1, vectors, norms, counts, members: [], memberNorms: [],
    years: new Map(), firstDay: null, lastDay: null,
  };
}

/**
 * Adds an article's features to a story (in place). Each channel vector is added with unit
 * TF-IDF norm (`norms`: the article's TF-IDF norms per channel, as {@link prepare} gives them;
 * raw L2 norms when absent), so a centroid's TF-IDF norm divided by the number of articles
 * that contributed to it measures how coherent the story is (1: all alike).
 */
export function addArticle(s: StoryState, f: ArticleFeatures, seq: number, norms?: Record<Channel, number>): void {
  for (const ch of CHANNELS) {
    const norm = norms ? norms[ch] : l2(f[ch]);
    if (norm > 0) {
      s.vectors[ch] = addVectors(s.vectors[ch], fromMap(f[ch], 1 / norm), CENTROID_CAPS[ch]);
      s.counts[ch]++;
    }
  }
  const termNorm = l2(f.terms);
  if (termNorm > 0) {
    s.members.push(topEntries(fromMap(f.terms, 1 / termNorm), MEMBER_TERMS));
    if (s.members.length > MEMBERS_KEPT) s.members.shift();
  }
  for (const y of f.years) s.years.set(y, (s.years.get(y) ?? 0) + 1);
  if (f.day !== null) {
    s.firstDay = s.firstDay === null ? f.day : Math.min(s.firstDay, f.day);
    s.lastDay = s.lastDay === null ? f.day : Math.max(s.lastDay, f.day);
  }
  if (s.language === 'und') s.language = f.language;
  if (s.title === null) s.title = f.title;
  s.size++;
  s.lastSeq = seq;
  s.normSeq = -1;
}

/** Folds story `b` into story `a` (in place on `a`). */
export function mergeStories(a: StoryState, b: StoryState): void {
  for (const ch of CHANNELS) {
    a.vectors[ch] = addVectors(a.vectors[ch], b.vectors[ch], CENTROID_CAPS[ch]);
    a.counts[ch] += b.counts[ch];
  }
  a.members = [...a.members, ...b.members].slice(-MEMBERS_KEPT);
  for (const [y, c] of b.years) a.years.set(y, (a.years.get(y) ?? 0) + c);
  if (b.firstDay !== null) a.firstDay = a.firstDay === null ? b.firstDay : Math.min(a.firstDay, b.firstDay);
  if (b.lastDay !== null) a.lastDay = a.lastDay === null ? b.lastDay : Math.max(a.lastDay, b.lastDay);
  a.size += b.size;
  a.lastSeq = Math.max(a.lastSeq, b.lastSeq);
  a.normSeq = -1;
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
  years: Array<[number, number]>;
  vectors: Record<Channel, [number[], number[]]>;
  counts: Record<Channel, number>;
  members: Array<[number[], number[]]>;
}

/** Plain data for a snapshot. */
export function storyToJson(s: StoryState): StorySnapshot {
  const vectors = {} as Record<Channel, [number[], number[]]>;
  for (const ch of CHANNELS) vectors[ch] = vectorToJson(s.vectors[ch]);
  return {
    id: s.id, language: s.language, size: s.size, title: s.title, lastSeq: s.lastSeq,
    firstDay: s.firstDay, lastDay: s.lastDay, years: [...s.years.entries()], vectors,
    counts: { ...s.counts },
    members: s.members.map(vectorToJson),
  };
}

/** The inverse of {@link storyToJson}. */
export function storyFromJson(j: StorySnapshot): StoryState {
  const s = emptyStory(j.id, j.language, j.title);
  for (const ch of CHANNELS) s.vectors[ch] = vectorFromJson(j.vectors[ch]);
  s.size = j.size;
  s.lastSeq = j.lastSeq;
  s.firstDay = j.firstDay;
  s.lastDay = j.lastDay;
  s.years = new Map(j.years);
  s.members = j.members.map(vectorFromJson);
  s.counts = { ...j.counts };
  return s;
}
