/**
 * The article-to-story score: a weighted sum of per-feature similarities, minus penalties for
 * stated years that do not match and for distance in time. Every part is reported, so an
 * assignment can be explained; the parts sum to the score.
 */
import type { ArticleFeatures, SparseVector } from './features.js';
import type { CompactVector } from './vector.js';

/** Weights and threshold of the score (see `params.ts` for the fitted values). */
export interface StoryParams {
  /** Weight of the TF-IDF cosine of all stems vs the story centroid (weights are relative). */
  content: number;
  /** Weight of the TF-IDF cosine of the lead (title + first sentence) stems. */
  lead: number;
  /** Weight of the best TF-IDF cosine with one of the story's recent articles (single link). */
  member: number;
  /** Weight of the IDF-weighted cosine of capitalised names. */
  names: number;
  /** Weight of the IDF-weighted cosine of stated quantities. */
  numbers: number;
  /** Weight of the IDF-weighted cosine of stated dates. */
  dates: number;
  /** Penalty when both sides state years and none is shared (relative to the weights' sum). */
  yearConflict: number;
  /**
   * Penalty per conflicting detail slot (magnitude, dead, injured: both sides state some,
   * none shared), up to two slots.
   */
  detailConflict: number;
  /**
   * Penalty when both sides state ages (`33-year-old`) and share none: one person has one
   * age, so two reports about people of different ages are about different people or years.
   */
  ageConflict: number;
  /**
   * Penalty when both sides name weekdays ("on Sunday") and share none: two reports of one
   * event usually name its day.
   */
  weekdayConflict: number;
  /** Penalty when both sides name places after `in` / `at` and share none. */
  placeConflict: number;
  /** Penalty weight for distance in days (0 at the same day, full at `timeScaleDays`). */
  time: number;
  /** Days at which the time penalty is full. */
  timeScaleDays: number;
  /** Days of distance that cost nothing (a story develops over days). */
  timeGraceDays: number;
  /**
   * Expected names cosine of unrelated articles: when both sides name people or places, the
   * names part is `names * (cosine - nameBaseline)`, so naming different ones counts against;
   * when either side names none, the part is 0 (absence is not disagreement).
   */
  nameBaseline: number;
  /** Weight of the IDF-weighted cosine of the focus names (the names an article repeats most). */
  focus: number;
  /** Expected focus cosine of unrelated articles (as `nameBaseline`). */
  focusBaseline: number;
  /** The same for numbers: stating different figures counts against. */
  numberBaseline: number;
  /** The same for dates and weekdays: stating different days counts against. */
  dateBaseline: number;
  /**
   * Linkage, 0 to 1: channel similarities are the cosine with the story centroid times the
   * story's coherence (centroid norm / articles) to this power: 0 is centroid linkage, 1 is
   * average linkage (a mixed, incoherent story attracts less).
   */
  linkage: number;
  /** Bonus (may be negative) for joining a larger story: full at 16 articles, 0 for one. */
  size: number;
  /** An article joins the best story when its score is at least this. */
  threshold: number;
  /**
   * Drift guard: an article joins a story only when its best stem cosine with one of the
   * story's recent articles (`Similarities.member`) is at least this fraction of its stem
   * cosine with the centroid. A centroid that drifted to generic vocabulary (a blend of
   * unrelated articles) matches many articles that no member resembles; a coherent story's
   * centroid match is backed by a member. Default 0 (off).
   */
  memberSupport?: number;
  /**
   * Content floor: an article joins a story only when its stem cosine with the story centroid
   * (`Similarities.terms`) is at least this. Names, dates and numbers can add up past the
   * threshold for an article that shares almost no vocabulary with a story (the same weekday,
   * one shared place); on the dev sets no right join had a cosine below 0.12. Applied with
   * the drift guard ({@link memberSupported}), so only when `memberSupport` > 0. Default 0
   * (off): not adopted, see `src/stories/README.md`.
   */
  minContent?: number;
  /**
   * Words must carry a join: an article joins a story only when its score without the positive
   * dates and numbers parts is at least `threshold - wordMargin`. A stated day or figure that
   * two unrelated reports happen to share (the same date in a busy week, a common count) can
   * lift a join past the threshold for an article that shares few words and none of the names
   * with the story; dates and numbers confirm a match the words make, they do not make one.
   * Applied with the drift guard ({@link memberSupported}), so only when `memberSupport` > 0.
   * Absent: off.
   */
  wordMargin?: number;
  /**
   * Uncontested join: an article whose best eligible story scores below the threshold still
   * joins it when the score is at least `threshold - joinSlack`, the words alone carry that
   * score (without the positive dates and numbers parts, as {@link wordsCarry}), and the best
   * story leads every other candidate by at least `joinMargin` (a runner-up scoring below 0
   * counts as 0). The threshold is an absolute bound on one number; whether a weak match is the
   * article's story is also a relative question: a report of a developing story that shares
   * moderate vocabulary with it and with nothing else around belongs to it, while a weak match
   * among several similar ones (two events of one kind, a busy beat) is left to the threshold.
   * Absent or 0 `joinSlack`: off.
   */
  joinSlack?: number;
  /** See `joinSlack`. */
  joinMargin?: number;
  /**
   * Refinement: a story's recent articles are split in two groups when the average pairwise
   * score between the groups is below this ...
   */
  splitBelow: number;
  /** ... and each group's average score within is at least this much above it. */
  splitGap: number;
  /**
   * Refinement, size-scaled gap: for a check of more than this many records the gap a split
   * needs is `splitGap * sqrt(splitGapSize / n)` (a 2-means gap found among many records is
   * less likely noise than one among few). Absent or 0: the gap is `splitGap` at any size.
   */
  splitGapSize?: number;
  /**
   * A split is also made, in checks of more than 8 records (groups of 3 or more), when the average score between the
   * groups is at most this share of the lower average within (`relativeSplit` in `refine.ts`).
   * Off when absent.
   */
  splitRatio?: number;
  /**
   * Refinement, conflict evidence: the gap a split needs shrinks by this times the conflict
   * contrast of the two groups (the share of pairs across the groups that state conflicting
   * facts, minus that share within the groups, so a negative contrast raises it; see
   * `refine.ts`). Two events of one kind are told with the same words but disagree on their
   * facts. Default 0 (off): not adopted, see `src/stories/README.md`.
   */
  splitConflict?: number;
  /**
   * Refinement, agreeing groups: when the two groups state no conflicting facts (conflict
   * contrast below `AGREE_CONTRAST` in `refine.ts`: no more disagreement on years, ages,
   * magnitudes, tolls, weekdays across them than within), the split also needs the average
   * score between them below this. Reports of one event told with different words split on a
   * moderate word gap; two events of one kind mostly disagree on some fact. Absent: off.
   */
  splitAgreeBelow?: number;
  /**
   * Refinement: when an article scores at least `threshold - mergeSlack` with a second story,
   * the two stories merge if their recent articles score at least `mergeAbove` on average
   * pairwise.
   */
  mergeAbove: number;
  /** See `mergeAbove`. */
  mergeSlack: number;
  /**
   * Refinement, relative merge: the two stories also merge when their average pairwise score
   * is at least this fraction of the lower of their average scores within (each story's own
   * cohesion): articles that score with the other story as well as among themselves tell one
   * event. 0 or absent: off.
   */
  mergeRatio?: number;
  /**
   * Refinement, undoing a split: a story split off from another (`StoryState.splitFrom`) merges
   * back when their recent articles score at least this on average with each other and state no
   * more conflicting facts across them than within (conflict contrast below `AGREE_CONTRAST` in
   * `refine.ts`): one event cut in two, whose pieces keep drawing the same reports. Absent: off.
   */
  mergeAgreeAbove?: number;
  /**
   * Refinement, undoing a split on shared figures: split pieces (as for `mergeAgreeAbove`) whose
   * summed number vectors have an IDF-weighted cosine of at least this also count as naming the
   * same things with a name cosine of only `REJOIN_NAMES_WITH_FIGURES` (0.2, `agree.ts`) instead
   * of `REJOIN_NAMES` (0.4): strands of one event that quote different people but state the same
   * toll, height, age or time. Absent: off (names 0.4 and numbers 0.3 both needed).
   */
  rejoinFigures?: number;
  /**
   * Refinement, a home for a split-off group: before a group that leaves a story starts a new
   * one, the stories its articles share most index keys with (at most this many) are checked
   * as for a merge (`mergeAbove`, `mergeRatio`); the group joins the best one that passes.
   * Absent or 0: off (the group always starts a new story).
   */
  splitHome?: number;
  /**
   * Refinement, orphans: a story of one article (a report that scored just under the threshold
   * with every story when it arrived) is adopted by a story that an article just joined, when
   * its average pair score with that story's recent articles is at least this. The evidence is
   * the story's members as it grows, not its centroid when the report came. Absent: off.
   */
  orphanJoin?: number;

  /**
   * Refinement: in that case, a recent article moves to the other story when its average
   * pairwise score with the other story's articles beats its own story's by this margin
   * (1 or more: never).
   */
  moveMargin: number;
}

/** The five similarity channels. */
export const CHANNELS = ['terms', 'lead', 'names', 'focus', 'numbers', 'dates'] as const;
/** One similarity channel. */
export type Channel = (typeof CHANNELS)[number];

/** The contributions that sum to a score. */
export interface ScoreParts {
  content: number;
  member: number;
  lead: number;
  names: number;
  focus: number;
  numbers: number;
  dates: number;
  /** Negative or zero. */
  yearConflict: number;
  /** Negative or zero. */
  details: number;
  /** Negative or zero. */
  ages: number;
  /** Negative or zero. */
  weekdays: number;
  /** Negative or zero. */
  places: number;
  /** Negative or zero. */
  time: number;
  /** The story-size bonus. */
  size: number;
}

/** The raw similarities behind the parts (before weighting). */
export interface Similarities {
  terms: number;
  /** Best cosine of the stems with one recent article of the story. */
  member: number;
  /** Number of articles in the story. */
  size: number;
  lead: number;
  names: number;
  focus: number;
  numbers: number;
  dates: number;
  yearConflict: 0 | 1;
  /** Conflicting detail slots (magnitude, dead, injured), 0 to 3. */
  detailConflicts: number;
  /** 1 when both state ages and share none. */
  ageConflict: 0 | 1;
  /** 1 when both name weekdays and share none. */
  weekdayConflict: 0 | 1;
  /** 1 when both name places after `in` / `at` and share none. */
  placeConflict: 0 | 1;
  /** Distance in days, null when either side has no date. */
  days: number | null;
  /** Whether both sides have features in the channel (else its part is neutral). */
  present: Record<'names' | 'focus' | 'numbers' | 'dates', boolean>;
}

/** An article prepared for scoring: per channel, `weight * idf^2` by sorted key, and the TF-IDF norm. */
export interface PreparedArticle {
  features: ArticleFeatures;
  w2: Record<Channel, CompactVector>;
  norm: Record<Channel, number>;
  /** Per channel, the raw weights by the sorted keys of `w2` (so a member record needs no re-sort). */
  raw: Record<Channel, Float64Array>;
  /** Lookup of the `w2.terms` keys, built on first use (scoring against many stories). */
  termIndex?: KeyIndex;
  /** Index keys, memoised by the clusterer. */
  queryKeys?: number[];
}

/** What the scorer needs from a story. */
export interface ScorableStory {
  vectors: Record<Channel, CompactVector>;
  /** Stem vectors of the most recent articles (unit-normalised raw weights). */
  members: CompactVector[];
  /** TF-IDF norms of `members` (cached by the caller). */
  memberNorms: number[];
  size: number;
  /** TF-IDF norms of the vectors (cached by the caller). */
  norms: Record<Channel, number>;
  /** How many articles contributed to each channel's vector. */
  counts: Record<Channel, number>;
  years: Map<number, number>;
  /** Detail value hash → count, and detail slot → count of articles stating it. */
  details: Map<number, number>;
  detailSlots: Map<number, number>;
  firstDay: number | null;
  lastDay: number | null;
}

/** Indices of the detail slots scored on their own (see `DETAIL_SLOTS`). */
const AGE_SLOT = 0;
const PLACE_SLOT = 4;
const WEEKDAY_SLOT = 5;

/** Conflicting detail slots between two sides, by kind. */
export interface DetailConflicts {
  /** Magnitude, dead, injured. */
  numeric: number;
  age: 0 | 1;
  place: 0 | 1;
  weekday: 0 | 1;
}

/** No conflicting slot. */
const NO_CONFLICTS: Readonly<DetailConflicts> = { numeric: 0, age: 0, place: 0, weekday: 0 };

/**
 * Detail conflicts of an article's details against a side that has the slot counts `hasSlot`
 * and the values `hasValue`: a slot both state with no value shared conflicts.
 */
export function detailConflicts(
  d: { slots: readonly number[]; keys: readonly number[] },
  hasSlot: (slot: number) => boolean, hasValue: (key: number) => boolean,
): DetailConflicts {
  if (d.keys.length === 0) return { ...NO_CONFLICTS };
  // Slots as bits: those both state, and those with a value shared.
  let stated = 0;
  let shared = 0;
  for (let i = 0; i < d.keys.length; i++) {
    const bit = 1 << d.slots[i];
    if ((stated & bit) === 0) {
      if (!hasSlot(d.slots[i])) continue;
      stated |= bit;
    }
    if ((shared & bit) === 0 && hasValue(d.keys[i])) shared |= bit;
  }
  return conflictsOf(stated & ~shared);
}

/** The conflicts of a bit set of conflicting slots. */
function conflictsOf(bits: number): DetailConflicts {
  const out: DetailConflicts = { numeric: 0, age: 0, place: 0, weekday: 0 };
  for (let rest = bits; rest !== 0; rest &= rest - 1) {
    const bit = rest & -rest;
    if (bit === 1 << PLACE_SLOT) out.place = 1;
    else if (bit === 1 << AGE_SLOT) out.age = 1;
    else if (bit === 1 << WEEKDAY_SLOT) out.weekday = 1;
    else out.numeric++;
  }
  return out;
}

/** A story channel's coherence factor: centroid norm over contributing articles, capped at 1, to the `linkage` power. */
function coherence(norm: number, count: number, linkage: number): number {
  return Math.min(1, norm / count) ** linkage;
}

/** {@link detailConflicts} against a story's slot and value counts (direct lookups, no callbacks). */
function storyDetailConflicts(
  d: { slots: readonly number[]; keys: readonly number[] }, slots: Map<number, number>, values: Map<number, number>,
): DetailConflicts {
  let stated = 0;
  let shared = 0;
  // Slots looked up and not found in the story (an article states several values of a slot).
  let absent = 0;
  for (let i = 0; i < d.keys.length; i++) {
    const bit = 1 << d.slots[i];
    if ((stated & bit) === 0) {
      if ((absent & bit) !== 0) continue;
      if (!slots.has(d.slots[i])) {
        absent |= bit;
        continue;
      }
      stated |= bit;
    }
    if ((shared & bit) === 0 && values.has(d.keys[i])) shared |= bit;
  }
  return stated === 0 ? NO_CONFLICTS : conflictsOf(stated & ~shared);
}

/**
 * The conflicting detail slots of two articles' details, as bits (plain arrays, no callbacks,
 * no object: it runs for every pair of records refinement scores).
 */
function pairConflictBits(
  d: { slots: readonly number[]; keys: readonly number[] }, e: { slots: readonly number[]; keys: readonly number[] },
): number {
  if (d.keys.length === 0 || e.keys.length === 0) return 0;
  // e's slots as bits, so each of d's slots is one test instead of a scan of e's list.
  let eSlots = 0;
  for (let j = 0; j < e.slots.length; j++) eSlots |= 1 << e.slots[j];
  let stated = 0;
  let shared = 0;
  for (let i = 0; i < d.keys.length; i++) {
    const bit = 1 << d.slots[i];
    if ((stated & bit) === 0) {
      if ((eSlots & bit) === 0) continue;
      stated |= bit;
    }
    if ((shared & bit) === 0 && e.keys.includes(d.keys[i])) shared |= bit;
  }
  return stated & ~shared;
}

/** Bits of the detail slots counted as numeric conflicts (all but age, place and weekday). */
const NUMERIC_SLOTS = ~((1 << AGE_SLOT) | (1 << PLACE_SLOT) | (1 << WEEKDAY_SLOT));

/** Number of set bits of a 32-bit integer. */
function popcount(x: number): number {
  let n = 0;
  for (let rest = x; rest !== 0; rest &= rest - 1) n++;
  return n;
}

/** Prepares an article's channels with the given IDF. */
export function prepare(features: ArticleFeatures, idf: (key: number) => number): PreparedArticle {
  const w2 = {} as Record<Channel, CompactVector>;
  const norm = {} as Record<Channel, number>;
  const raw = {} as Record<Channel, Float64Array>;
  // One buffer per kind for all channels (channels are views into it): three allocations per
  // article instead of eighteen, which matters to the garbage collector.
  let total = 0;
  for (const ch of CHANNELS) total += features[ch].size;
  const allKeys = new Uint32Array(total);
  const allVals = new Float32Array(total);
  const allRaw = new Float64Array(total);
  let at = 0;
  for (const ch of CHANNELS) {
    const v: SparseVector = features[ch];
    const end = at + v.size;
    const keys = allKeys.subarray(at, end);
    let n = 0;
    for (const k of v.keys()) keys[n++] = k;
    keys.sort();
    const vals = allVals.subarray(at, end);
    const xs = allRaw.subarray(at, end);
    let s = 0;
    for (let j = 0; j < keys.length; j++) {
      const x = v.get(keys[j]) as number;
      const i = idf(keys[j]);
      xs[j] = x;
      vals[j] = x * i * i;
      s += x * x * i * i;
    }
    w2[ch] = { keys, vals };
    norm[ch] = Math.sqrt(s);
    raw[ch] = xs;
    at = end;
  }
  return { features, w2, norm, raw };
}

/** TF-IDF norm of a compact vector. */
export function vectorNorm(v: CompactVector, idf: (key: number) => number): number {
  let s = 0;
  for (let i = 0; i < v.keys.length; i++) {
    const w = v.vals[i] * idf(v.keys[i]);
    s += w * w;
  }
  return Math.sqrt(s);
}

function cosine(a: CompactVector, na: number, s: CompactVector, ns: number): number {
  if (na === 0 || ns === 0) return 0;
  let dot = 0;
  const ak = a.keys;
  const sk = s.keys;
  const av = a.vals;
  const sv = s.vals;
  const n = ak.length;
  const m = sk.length;
  if (n === 0 || m === 0 || ak[n - 1] < sk[0] || sk[m - 1] < ak[0]) return 0;
  let i = 0;
  let j = 0;
  let x = ak[0];
  let y = sk[0];
  for (;;) {
    if (x < y) {
      if (++i === n) break;
      x = ak[i];
    } else if (y < x) {
      if (++j === m) break;
      y = sk[j];
    } else {
      dot += av[i] * sv[j];
      if (++i === n || ++j === m) break;
      x = ak[i];
      y = sk[j];
    }
  }
  return dot / (na * ns);
}

/** An open-addressing lookup of a compact vector's keys: slot → entry index + 1 (0: empty). */
export interface KeyIndex {
  v: CompactVector;
  slots: Int32Array;
  mask: number;
}

function keySlot(key: number, mask: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return (h ^ (h >>> 16)) & mask;
}

/** A lookup of `v`'s keys (load at most 1/4). */
export function keyIndex(v: CompactVector): KeyIndex {
  let size = 16;
  while (size < v.keys.length * 4) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  for (let e = 0; e < v.keys.length; e++) {
    let i = keySlot(v.keys[e], mask);
    while (slots[i] !== 0) i = (i + 1) & mask;
    slots[i] = e + 1;
  }
  return { v, slots, mask };
}

/**
 * {@link cosine} of an indexed vector with `s`, by walking `s` and looking its keys up: the
 * shared keys are met in the same ascending order, so the dot product is the same to the bit.
 */
function cosineIndexed(a: KeyIndex, na: number, s: CompactVector, ns: number): number {
  if (na === 0 || ns === 0) return 0;
  const { slots, mask } = a;
  const ak = a.v.keys;
  const av = a.v.vals;
  const sk = s.keys;
  const sv = s.vals;
  let dot = 0;
  for (let j = 0; j < sk.length; j++) {
    const y = sk[j];
    for (let i = keySlot(y, mask); ; i = (i + 1) & mask) {
      const e = slots[i];
      if (e === 0) break;
      if (ak[e - 1] === y) {
        dot += av[e - 1] * sv[j];
        break;
      }
    }
  }
  return dot / (na * ns);
}

/** The article's stem lookup (built once). */
function termIndexOf(a: PreparedArticle): KeyIndex {
  if (!a.termIndex) a.termIndex = keyIndex(a.w2.terms);
  return a.termIndex;
}

/** Sets `sim.member`: the best stem cosine of the article with one of the story's recent articles. */
export function addMemberSimilarity(sim: Similarities, a: PreparedArticle, s: ScorableStory): void {
  let best = 0;
  const ix = termIndexOf(a);
  for (let i = 0; i < s.members.length; i++) {
    const c = cosineIndexed(ix, a.norm.terms, s.members[i], s.memberNorms[i]);
    if (c > best) best = c;
  }
  sim.member = best;
}

/** Days between an article's day and a story's [first, last] day range; null when unknown. */
export function dayDistance(day: number | null, first: number | null, last: number | null): number | null {
  if (day === null || first === null || last === null) return null;
  if (day < first) return first - day;
  if (day > last) return day - last;
  return 0;
}

/** What {@link pairSimilarities} needs of an article: IDF-weighted channels and their norms. */
export interface WeightedChannels {
  w: Record<Channel, CompactVector>;
  norm: Record<Channel, number>;
  record: { years: readonly number[]; day: number | null; details: { slots: readonly number[]; keys: readonly number[] } };
}

/**
 * The similarities of two single articles (one standing for a one-article story): every
 * cosine, the member similarity being the stem cosine itself. Written into `out` when given
 * (refinement scores hundreds of pairs per article: one reused object instead of two new ones
 * per pair), else into a new one ({@link emptySimilarities}).
 */
export function pairSimilarities(a: WeightedChannels, b: WeightedChannels, out?: Similarities): Similarities {
  const c = pairConflictBits(a.record.details, b.record.details);
  const terms = cosine(a.w.terms, a.norm.terms, b.w.terms, b.norm.terms);
  const lead = cosine(a.w.lead, a.norm.lead, b.w.lead, b.norm.lead);
  const names = cosine(a.w.names, a.norm.names, b.w.names, b.norm.names);
  const focus = cosine(a.w.focus, a.norm.focus, b.w.focus, b.norm.focus);
  const numbers = cosine(a.w.numbers, a.norm.numbers, b.w.numbers, b.norm.numbers);
  const dates = cosine(a.w.dates, a.norm.dates, b.w.dates, b.norm.dates);
  const ya = a.record.years;
  const yb = b.record.years;
  const yearConflict = ya.length > 0 && yb.length > 0 && !ya.some((y) => yb.includes(y)) ? 1 : 0;
  const da = a.record.day;
  const db = b.record.day;
  const days = da === null || db === null ? null : Math.abs(da - db);
  const detailConflicts = popcount(c & NUMERIC_SLOTS);
  const ageConflict = (c >>> AGE_SLOT) & 1 ? 1 : 0;
  const weekdayConflict = (c >>> WEEKDAY_SLOT) & 1 ? 1 : 0;
  const placeConflict = (c >>> PLACE_SLOT) & 1 ? 1 : 0;
  // A new record has the fixed shape of `emptySimilarities`; both paths fill it the same way.
  const sim = out ?? emptySimilarities();
  sim.yearConflict = yearConflict;
  sim.days = days;
  sim.member = terms;
  sim.size = 1;
  sim.detailConflicts = detailConflicts;
  sim.ageConflict = ageConflict;
  sim.weekdayConflict = weekdayConflict;
  sim.placeConflict = placeConflict;
  const present = sim.present;
  present.names = a.norm.names > 0 && b.norm.names > 0;
  present.focus = a.norm.focus > 0 && b.norm.focus > 0;
  present.numbers = a.norm.numbers > 0 && b.norm.numbers > 0;
  present.dates = a.norm.dates > 0 && b.norm.dates > 0;
  sim.terms = terms;
  sim.lead = lead;
  sim.names = names;
  sim.focus = focus;
  sim.numbers = numbers;
  sim.dates = dates;
  return sim;
}

/** A similarities record to fill in place ({@link pairSimilarities}' `out`). */
export function emptySimilarities(): Similarities {
  return {
    yearConflict: 0, days: null, member: 0, size: 0, detailConflicts: 0, ageConflict: 0, weekdayConflict: 0, placeConflict: 0,
    present: { names: false, focus: false, numbers: false, dates: false }, terms: 0, lead: 0, names: 0, focus: 0, numbers: 0, dates: 0,
  };
}

/** Whether both sides have features in each optional channel (else its part is neutral). */
function presentIn(a: Record<Channel, number>, b: Record<Channel, number>): Similarities['present'] {
  return { names: a.names > 0 && b.names > 0, focus: a.focus > 0 && b.focus > 0, numbers: a.numbers > 0 && b.numbers > 0, dates: a.dates > 0 && b.dates > 0 };
}

/**
 * The raw similarities of an article to a story. `withMembers: false` skips the single-link
 * member similarity (left at 0), the costliest part; {@link addMemberSimilarity} adds it later.
 * `linkage`: see {@link StoryParams.linkage}.
 */
export function similarities(a: PreparedArticle, s: ScorableStory, withMembers = true, linkage = 0): Similarities {
  const c = a.features.details.keys.length === 0 || s.detailSlots.size === 0
    ? NO_CONFLICTS
    : storyDetailConflicts(a.features.details, s.detailSlots, s.details);
  // One object literal (a fixed shape), fields in the order they always had.
  const out: Similarities = {
    yearConflict: 0, days: null, member: 0, size: s.size,
    detailConflicts: c.numeric, ageConflict: c.age, weekdayConflict: c.weekday, placeConflict: c.place,
    present: presentIn(a.norm, s.norms),
    terms: cosineIndexed(termIndexOf(a), a.norm.terms, s.vectors.terms, s.norms.terms),
    lead: cosine(a.w2.lead, a.norm.lead, s.vectors.lead, s.norms.lead),
    names: cosine(a.w2.names, a.norm.names, s.vectors.names, s.norms.names),
    focus: cosine(a.w2.focus, a.norm.focus, s.vectors.focus, s.norms.focus),
    numbers: cosine(a.w2.numbers, a.norm.numbers, s.vectors.numbers, s.norms.numbers),
    dates: cosine(a.w2.dates, a.norm.dates, s.vectors.dates, s.norms.dates),
  };
  if (linkage > 0) {
    // Channel by channel (no keyed access by channel name in this hot path).
    const n = s.counts;
    const z = s.norms;
    if (n.terms > 1) out.terms *= coherence(z.terms, n.terms, linkage);
    if (n.lead > 1) out.lead *= coherence(z.lead, n.lead, linkage);
    if (n.names > 1) out.names *= coherence(z.names, n.names, linkage);
    if (n.focus > 1) out.focus *= coherence(z.focus, n.focus, linkage);
    if (n.numbers > 1) out.numbers *= coherence(z.numbers, n.numbers, linkage);
    if (n.dates > 1) out.dates *= coherence(z.dates, n.dates, linkage);
  }
  if (withMembers) addMemberSimilarity(out, a, s);
  const years = a.features.years;
  if (years.size > 0 && s.years.size > 0) {
    let shared = false;
    for (const y of years) if (s.years.has(y)) shared = true;
    out.yearConflict = shared ? 0 : 1;
  }
  out.days = dayDistance(a.features.day, s.firstDay, s.lastDay);
  return out;
}

/**
 * The time penalty in [0, 1] for a distance in days: 0 within the grace days, then rising with
 * the logarithm of the distance, full at `scaleDays`.
 */
export function timePenalty(days: number | null, scaleDays: number, graceDays = 0): number {
  if (days === null || days <= graceDays) return 0;
  const span = Math.log1p(Math.max(graceDays + 1, scaleDays)) - Math.log1p(graceDays);
  return Math.min(1, (Math.log1p(days) - Math.log1p(graceDays)) / span);
}

/**
 * Weighted parts of the score; their sum is the score. The weights are relative: every part is
 * divided by the sum of the seven similarity weights, so the score is a weighted mean of the
 * similarities (in [0, 1]) minus penalties, and the threshold keeps its meaning when the
 * weights change.
 */
export function weigh(sim: Similarities, p: StoryParams): ScoreParts {
  const z = p.content + p.member + p.lead + p.names + p.focus + p.numbers + p.dates || 1;
  return {
    content: (p.content * sim.terms) / z,
    member: (p.member * sim.member) / z,
    lead: (p.lead * sim.lead) / z,
    names: sim.present.names ? (p.names * (sim.names - p.nameBaseline)) / z : 0,
    focus: sim.present.focus ? (p.focus * (sim.focus - p.focusBaseline)) / z : 0,
    numbers: sim.present.numbers ? (p.numbers * (sim.numbers - p.numberBaseline)) / z : 0,
    dates: sim.present.dates ? (p.dates * (sim.dates - p.dateBaseline)) / z : 0,
    yearConflict: (-p.yearConflict * sim.yearConflict) / z,
    details: (-p.detailConflict * Math.min(2, sim.detailConflicts)) / 2 / z,
    ages: (-(p.ageConflict ?? 0) * sim.ageConflict) / z,
    weekdays: (-(p.weekdayConflict ?? 0) * sim.weekdayConflict) / z,
    places: (-p.placeConflict * sim.placeConflict) / z,
    time: (-p.time * timePenalty(sim.days, p.timeScaleDays, p.timeGraceDays)) / z,
    size: sim.size > 1 ? (p.size * Math.min(1, Math.log2(sim.size) / 4)) / z : 0,
  };
}

/**
 * Whether a story may take an article besides its score: the story's recent articles back the
 * article's match with its centroid (see {@link StoryParams.memberSupport}), and the article
 * shares enough vocabulary with the story ({@link StoryParams.minContent}); `sim.member` must
 * have been computed.
 */
export function memberSupported(sim: Similarities, p: StoryParams): boolean {
  if (sim.terms < (p.minContent ?? 0)) return false;
  if (p.wordMargin !== undefined && !wordsCarry(sim, p, p.wordMargin)) return false;
  const ratio = p.memberSupport ?? 0;
  return ratio <= 0 || sim.size < 2 || sim.member >= ratio * sim.terms;
}

/**
 * Whether the score without the positive dates and numbers parts reaches `threshold - margin`
 * (see {@link StoryParams.wordMargin}).
 */
export function wordsCarry(sim: Similarities, p: StoryParams, margin: number): boolean {
  const parts = weigh(sim, p);
  return total(parts) - Math.max(0, parts.numbers) - Math.max(0, parts.dates) >= p.threshold - margin;
}

/**
 * The score itself, `total(weigh(sim, p))` to the last bit (the same expressions summed in the
 * same order), without building the parts.
 */
export function scoreOf(sim: Similarities, p: StoryParams): number {
  const z = p.content + p.member + p.lead + p.names + p.focus + p.numbers + p.dates || 1;
  return (p.content * sim.terms) / z
    + (p.member * sim.member) / z
    + (p.lead * sim.lead) / z
    + (sim.present.names ? (p.names * (sim.names - p.nameBaseline)) / z : 0)
    + (sim.present.focus ? (p.focus * (sim.focus - p.focusBaseline)) / z : 0)
    + (sim.present.numbers ? (p.numbers * (sim.numbers - p.numberBaseline)) / z : 0)
    + (sim.present.dates ? (p.dates * (sim.dates - p.dateBaseline)) / z : 0)
    + (-p.yearConflict * sim.yearConflict) / z
    + (-p.detailConflict * Math.min(2, sim.detailConflicts)) / 2 / z
    + (-(p.ageConflict ?? 0) * sim.ageConflict) / z
    + (-(p.weekdayConflict ?? 0) * sim.weekdayConflict) / z
    + (-p.placeConflict * sim.placeConflict) / z
    + (-p.time * timePenalty(sim.days, p.timeScaleDays, p.timeGraceDays)) / z
    + (sim.size > 1 ? (p.size * Math.min(1, Math.log2(sim.size) / 4)) / z : 0);
}

/** Sum of the parts. */
export function total(parts: ScoreParts): number {
  return parts.content + parts.member + parts.lead + parts.names + parts.focus + parts.numbers + parts.dates
    + parts.yearConflict + parts.details + parts.ages + parts.weekdays + parts.places + parts.time + parts.size;
}
