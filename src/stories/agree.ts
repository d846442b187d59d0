/**
 * Undoing a split: two stories, one split off from the other, that keep drawing the same reports
 * are one event cut in two. Pure: the clusterer decides when to ask (`maybeTidy`, and
 * `maybeSplit` before it cuts: a split this check would undo is not made).
 */
import type { Channel, StoryParams } from './score.js';
import type { MemberRecord } from './story.js';
import { AGREE_CONTRAST, conflictContrast } from './refine.js';

/**
 * Conflict contrast below which split pieces may merge back: reports of one event disagree on
 * some stated fact about as often across its pieces as within them.
 */
export const REJOIN_CONTRAST = 2 * AGREE_CONTRAST;
/** Lowest IDF-weighted cosine of the pieces' summed name vectors: the same people and places. */
export const REJOIN_NAMES = 0.4;
/** Lowest IDF-weighted cosine of the pieces' summed number vectors: the same figures stated. */
export const REJOIN_NUMBERS = 0.3;

/**
 * Lowest name cosine of split pieces that rejoin on their figures (`StoryParams.rejoinFigures`):
 * some people or places still in common. On the dev sets' logged rejoin checks, one-event pieces
 * that failed on names (0.24 to 0.36) shared figures at 0.55 to 1.0; pieces of two events of one
 * topic (`35`: names 0.49 to 0.56) at most 0.28, and events of one kind on the synthetic streams
 * at most 0.14.
 */
export const REJOIN_NAMES_WITH_FIGURES = 0.2;

/**
 * Most days between the pieces' dated reports for a rejoin: the two events of one kind that a
 * topic pairs (two quakes, two arrests of one player) are often months or a year apart while
 * sharing every name and word, and reports of one event cluster within days.
 */
export const REJOIN_DAYS = 30;

/**
 * Days between two groups' dated records (the gap between their day ranges, 0 when they
 * overlap), or 0 when either group has no dated record (no evidence either way).
 */
export function daysApart(a: readonly MemberRecord[], b: readonly MemberRecord[]): number {
  const range = (rs: readonly MemberRecord[]): [number, number] | null => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const r of rs) {
      if (r.day === null) continue;
      if (r.day < lo) lo = r.day;
      if (r.day > hi) hi = r.day;
    }
    return lo <= hi ? [lo, hi] : null;
  };
  const x = range(a);
  const y = range(b);
  if (!x || !y) return 0;
  return Math.max(0, Math.max(x[0], y[0]) - Math.min(x[1], y[1]));
}

/** Cosine of the IDF-weighted sums of one channel's vectors over two groups of records. */
export function groupCosine(
  a: readonly MemberRecord[], b: readonly MemberRecord[], ch: Channel, idf: (key: number) => number,
): number {
  const sum = (rs: readonly MemberRecord[]): Map<number, number> => {
    const m = new Map<number, number>();
    for (const r of rs) {
      const v = r.vectors[ch];
      for (let i = 0; i < v.keys.length; i++) m.set(v.keys[i], (m.get(v.keys[i]) ?? 0) + v.vals[i] * idf(v.keys[i]));
    }
    return m;
  };
  const x = sum(a);
  const y = sum(b);
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (const [k, v] of x) {
    nx += v * v;
    const w = y.get(k);
    if (w !== undefined) dot += v * w;
  }
  for (const w of y.values()) ny += w * w;
  return nx > 0 && ny > 0 ? dot / Math.sqrt(nx * ny) : 0;
}

/**
 * Whether two stories are pieces of one earlier story: one was split off from the other, or
 * both were split off from the same story (siblings: a story cut twice, each cut taking a strand
 * of it; the strands are as much one event as a piece and its parent).
 */
export function splitRelatives(a: { id: string; splitFrom: string | null }, b: { id: string; splitFrom: string | null }): boolean {
  return a.splitFrom === b.id || b.splitFrom === a.id || (a.splitFrom !== null && a.splitFrom === b.splitFrom);
}

/**
 * Whether split pieces `a` and `b` (their recent records), scoring `between` on average with
 * each other, are one event and should merge back: `between` at least `p.mergeAgreeAbove`, no
 * more conflicting facts across them than within (conflict contrast below
 * {@link REJOIN_CONTRAST}), and they name the same people and places and state the same figures
 * ({@link REJOIN_NAMES}, {@link REJOIN_NUMBERS}; with `p.rejoinFigures`, also figures shared at
 * least that closely with some names, {@link REJOIN_NAMES_WITH_FIGURES}), and their dated reports lie within
 * {@link REJOIN_DAYS} of each other. Off when `mergeAgreeAbove` is absent. The clusterer asks
 * it twice: before a split (a split it would undo is not made) and in a merge check of a piece
 * and the story it was split from.
 */
export function shouldRejoin(
  a: readonly MemberRecord[], b: readonly MemberRecord[], between: number, p: StoryParams, idf: (key: number) => number,
): boolean {
  const above = p.mergeAgreeAbove;
  if (above === undefined || between < above || a.length === 0 || b.length === 0) return false;
  const all = a.concat(b);
  const ia = a.map((_, i) => i);
  const ib = b.map((_, i) => a.length + i);
  if (conflictContrast(all, ia, ib) >= REJOIN_CONTRAST) return false;
  if (daysApart(a, b) > REJOIN_DAYS) return false;
  const names = groupCosine(a, b, 'names', idf);
  const figures = p.rejoinFigures;
  if (names < (figures === undefined ? REJOIN_NAMES : REJOIN_NAMES_WITH_FIGURES)) return false;
  const numbers = groupCosine(a, b, 'numbers', idf);
  return (names >= REJOIN_NAMES && numbers >= REJOIN_NUMBERS) || (figures !== undefined && numbers >= figures);
}
