/**
 * Bounded refinement of a story: is it really two stories? Its recent member records are
 * compared pairwise with the article-to-story score (each record standing for a one-article
 * story), split in two groups by a deterministic 2-means on that similarity matrix, and the
 * split is proposed when the groups are far apart (low average score between them, clearly
 * below the average score within each). Pure: the clusterer applies the result.
 */
import { CHANNELS, emptySimilarities, pairSimilarities, scoreOf, type Channel, type StoryParams } from './score.js';
import type { MemberRecord } from './story.js';
import { topEntries, type CompactVector } from './vector.js';

/** A record's channels weighted by IDF, with their norms. */
export interface WeightedRecord {
  record: MemberRecord;
  w: Record<Channel, CompactVector>;
  norm: Record<Channel, number>;
}

/** Stems of a record used in pair scores (its heaviest; the rest changes cosines little). */
const PAIR_TERMS = 64;

/** Weights a record's channel vectors by IDF (for cosines between records); stems capped. */
export function weighRecord(record: MemberRecord, idf: (key: number) => number): WeightedRecord {
  const w = {} as Record<Channel, CompactVector>;
  const norm = {} as Record<Channel, number>;
  for (const ch of CHANNELS) {
    const v = ch === 'terms' ? topEntries(record.vectors[ch], PAIR_TERMS) : record.vectors[ch];
    const vals = new Float32Array(v.vals.length);
    let s = 0;
    for (let i = 0; i < vals.length; i++) {
      vals[i] = v.vals[i] * idf(v.keys[i]);
      s += vals[i] * vals[i];
    }
    w[ch] = { keys: v.keys, vals };
    norm[ch] = Math.sqrt(s);
  }
  return { record, w, norm };
}

/** Work space of {@link recordScore} (only the score leaves it). */
const pairScratch = emptySimilarities();

/** The score between two records, as if one joined a story made of the other. */
export function recordScore(a: WeightedRecord, b: WeightedRecord, p: StoryParams): number {
  return scoreOf(pairSimilarities(a, b, pairScratch), p);
}

/**
 * Pairwise record scores, memoised by the records' arrival numbers (a story is re-checked as it
 * grows, so most pairs were scored before). Bounded: the memo is dropped (a new generation, below)
 * and the weighted records are cleared when full. A memoised score keeps the IDF of when it was
 * computed.
 *
 * The scores of a pair live with its later record (`MemberRecord.pairScores`), so a check's
 * lookups stay among the few records it compares rather than probing one big table (the cost
 * of a merge check was mostly cache misses there). Clearing starts a new generation: a record's
 * scores of an older generation count as absent. `size` counts the pairs scored since the last
 * clear, as one table's size would.
 */
export class PairScorer {
  private readonly weighted = new Map<number, WeightedRecord>();
  /** Pairs memoised in the current generation. */
  private size = 0;
  private gen = nextGeneration++;

  constructor(
    private readonly idf: (key: number) => number,
    private readonly params: StoryParams,
    private readonly capacity = 200_000,
  ) {}

  /** The score of two records (symmetric). */
  score(a: MemberRecord, b: MemberRecord): number {
    const kept = this.memoised(a, b);
    if (kept !== undefined) return kept;
    const early = a.seq < b.seq ? a : b;
    const late = early === a ? b : a;
    const seq = early.seq;
    let memo = late.pairScores;
    const x = recordScore(this.weigh(a), this.weigh(b), this.params);
    if (this.size >= this.capacity) {
      this.gen = nextGeneration++;
      this.size = 0;
    }
    if (memo === undefined || memo.gen !== this.gen) {
      memo = { gen: this.gen, seqs: [], vals: [] };
      late.pairScores = memo;
    }
    memo.seqs.push(seq);
    memo.vals.push(x);
    this.size++;
    return x;
  }

  /**
   * The average score of record `a` with each of `others`, memoising nothing: for checks that
   * must not change what later checks read (a memoised score, like a cached weighted record,
   * keeps the IDF of when it was computed). Memoised scores and cached weights are read when
   * present; `a` is weighted once.
   */
  peekMean(a: MemberRecord, others: readonly MemberRecord[]): number {
    if (others.length === 0) return Number.NaN;
    let wa: WeightedRecord | undefined;
    let t = 0;
    for (const b of others) {
      let x = this.memoised(a, b);
      if (x === undefined) {
        wa ??= this.cached(a) ?? weighRecord(a, this.idf);
        x = recordScore(wa, this.cached(b) ?? weighRecord(b, this.idf), this.params);
      }
      t += x;
    }
    return t / others.length;
  }

  /** The score of `a` and `b` memoised in the current generation (on the later record), if any. */
  private memoised(a: MemberRecord, b: MemberRecord): number | undefined {
    const early = a.seq < b.seq ? a : b;
    const memo = (early === a ? b : a).pairScores;
    if (memo === undefined || memo.gen !== this.gen) return undefined;
    const seqs = memo.seqs;
    for (let i = 0; i < seqs.length; i++) if (seqs[i] === early.seq) return memo.vals[i];
    return undefined;
  }

  /** The cached weighted record of `r`, if any (not added when absent). */
  private cached(r: MemberRecord): WeightedRecord | undefined {
    const w = this.weighted.get(r.seq);
    return w !== undefined && w.record === r ? w : undefined;
  }

  private weigh(r: MemberRecord): WeightedRecord {
    let w = this.weighted.get(r.seq);
    if (w === undefined || w.record !== r) {
      w = weighRecord(r, this.idf);
      if (this.weighted.size >= this.capacity / 50) this.weighted.clear();
      this.weighted.set(r.seq, w);
    }
    return w;
  }
}

/** Generations of pair-score memos, unique across scorers (a record's memo is its scorer's). */
let nextGeneration = 1;

/** A proposed split: indices into the records given, and the average scores. */
export interface SplitProposal {
  /** The group holding the first record (it keeps the story). */
  keep: number[];
  /** The other group. */
  move: number[];
  between: number;
  withinKeep: number;
  withinMove: number;
}

function mean(xs: number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;
}

/** Refines a two-sided partition: each record goes to the side it scores higher with on average. */
function settle(sim: number[][], side: number[]): void {
  const n = sim.length;
  for (let round = 0; round < 8; round++) {
    let changed = false;
    const next = side.slice();
    for (let i = 0; i < n; i++) {
      let s0 = 0;
      let n0 = 0;
      let s1 = 0;
      let n1 = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        if (side[j] === 0) {
          s0 += sim[i][j];
          n0++;
        } else {
          s1 += sim[i][j];
          n1++;
        }
      }
      const m0 = n0 > 0 ? s0 / n0 : Number.NEGATIVE_INFINITY;
      const m1 = n1 > 0 ? s1 / n1 : Number.NEGATIVE_INFINITY;
      const x = m1 > m0 ? 1 : 0;
      if (x !== side[i]) changed = true;
      next[i] = x;
    }
    for (let i = 0; i < n; i++) side[i] = next[i];
    if (!changed) break;
  }
}

/** Kernel 2-means objective: per side, the sum of its pairwise scores over its size. */
function cohesion(sim: number[][], side: number[]): number {
  let out = 0;
  for (const g of [0, 1]) {
    const ix = side.flatMap((x, i) => (x === g ? [i] : []));
    let s = 0;
    for (let a = 0; a < ix.length; a++) for (let b = a + 1; b < ix.length; b++) s += sim[ix[a]][ix[b]];
    out += ix.length > 0 ? s / ix.length : 0;
  }
  return out;
}

/** Seeds tried: the least similar pair, and each of the 3 most isolated records with its least similar partner. */
const ISOLATED_SEEDS = 3;

/**
 * Splits records in two by kernel 2-means on their pairwise scores, from a few deterministic
 * seed pairs (the least similar pair; the most isolated records with their least similar
 * partners), keeping the most cohesive result. Returns null when either group would have
 * fewer than 2 records.
 */
export function twoMeans(sim: number[][]): { a: number[]; b: number[] } | null {
  const n = sim.length;
  if (n < 4) return null;
  const seeds: Array<[number, number]> = [];
  let sa = 0;
  let sb = 1;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (sim[i][j] < sim[sa][sb]) [sa, sb] = [i, j];
  seeds.push([sa, sb]);
  const meanSim = sim.map((row, i) => row.reduce((t, x, j) => (j === i ? t : t + x), 0) / (n - 1));
  const isolated = meanSim.map((m, i) => [m, i]).sort((x, y) => x[0] - y[0] || x[1] - y[1]).slice(0, ISOLATED_SEEDS);
  for (const [, i] of isolated) {
    let j = i === 0 ? 1 : 0;
    for (let k = 0; k < n; k++) if (k !== i && sim[i][k] < sim[i][j]) j = k;
    if (!seeds.some(([x, y]) => (x === i && y === j) || (x === j && y === i))) seeds.push([i, j]);
  }
  let best: number[] | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [x, y] of seeds) {
    const side: number[] = sim.map((row, i) => (i === y || (i !== x && row[y] > row[x]) ? 1 : 0));
    settle(sim, side);
    const size1 = side.reduce((t, v) => t + v, 0);
    if (size1 < 2 || n - size1 < 2) continue;
    const c = cohesion(sim, side);
    if (c > bestScore + 1e-12) {
      bestScore = c;
      best = side;
    }
  }
  if (!best) return null;
  const side = best;
  return { a: side.flatMap((v, i) => (v === 0 ? [i] : [])), b: side.flatMap((v, i) => (v === 1 ? [i] : [])) };
}

/**
 * Conflict contrast below which two groups count as agreeing on their facts (for
 * `StoryParams.splitAgreeBelow`): fewer than one pair in ten more in conflict across the groups
 * than within them.
 */
export const AGREE_CONTRAST = 0.1;

/**
 * Proposes splitting a story's recent records in two, or null when they hang together:
 * a split needs the average score between the groups below `p.splitBelow` and each group's
 * average score within at least `p.splitGap` above it; with `p.splitConflict` that gap is
 * lowered by conflicting facts between the groups and raised by conflicts within them
 * ({@link conflictContrast}).
 */
export function proposeSplit(
  records: readonly MemberRecord[], p: StoryParams, score: (a: MemberRecord, b: MemberRecord) => number,
): SplitProposal | null {
  const n = records.length;
  if (n < 4) return null;
  const sim: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = score(records[i], records[j]);
      sim[i][j] = s;
      sim[j][i] = s;
    }
  }
  const groups = twoMeans(sim);
  if (!groups) return null;
  const [keep, move] = groups.a.includes(0) ? [groups.a, groups.b] : [groups.b, groups.a];
  const cross: number[] = [];
  for (const i of keep) for (const j of move) cross.push(sim[i][j]);
  const within = (g: number[]): number => {
    const xs: number[] = [];
    for (let x = 0; x < g.length; x++) for (let y = x + 1; y < g.length; y++) xs.push(sim[g[x]][g[y]]);
    return mean(xs);
  };
  const between = mean(cross);
  const withinKeep = within(keep);
  const withinMove = within(move);
  if (between >= p.splitBelow) return null;
  const gap = Math.min(withinKeep, withinMove) - between;
  // Conflicting facts between the groups lower the gap needed; agreement across them raises it.
  const relief = (p.splitConflict ?? 0) > 0 ? (p.splitConflict ?? 0) * conflictContrast(records, keep, move) : 0;
  if (gap < neededGap(n, p) - relief && !relativeSplit(n, Math.min(keep.length, move.length), between, withinKeep, withinMove, p)) return null;
  // Groups that do not disagree on any fact split only on clear word evidence (a low between).
  if (p.splitAgreeBelow !== undefined && between >= p.splitAgreeBelow && conflictContrast(records, keep, move) < AGREE_CONTRAST) return null;
  return { keep, move, between, withinKeep, withinMove };
}

/**
 * The fewest records a split check needs before {@link relativeSplit} applies: more than 8, as
 * for the scaled gap (`splitGapSize` 8; at 8 records it cut a loose one-event g5w1h story).
 */
export const RELATIVE_SPLIT_MIN = 9;
/** The fewest records each group needs for {@link relativeSplit} (a group of 2 has one pair score within). */
export const RELATIVE_GROUP_MIN = 3;

/**
 * Whether a split check of `n` records is clear relative to how loose its groups are
 * (`p.splitRatio`, off when absent): the average score between the groups, positive, is at most
 * `splitRatio` times the lower of the two groups' averages within, each group holding at least
 * {@link RELATIVE_GROUP_MIN} records. A story of loosely worded
 * reports has low scores within, so a fixed gap misses two events in it that score half as well
 * across as within; checks of fewer than {@link RELATIVE_SPLIT_MIN} records are too noisy for it.
 */
export function relativeSplit(
  n: number, smaller: number, between: number, withinKeep: number, withinMove: number, p: StoryParams,
): boolean {
  const ratio = p.splitRatio;
  if (ratio === undefined || ratio <= 0 || n < RELATIVE_SPLIT_MIN || smaller < RELATIVE_GROUP_MIN || !(between > 0)) return false;
  return between <= ratio * Math.min(withinKeep, withinMove);
}

/**
 * The gap between the groups' average scores within and between that a split of `n` records
 * needs: `splitGap`, lowered for checks of more than `splitGapSize` records by the square root
 * of the size ratio (the gap 2-means finds among unrelated noise shrinks as the records grow).
 */
export function neededGap(n: number, p: StoryParams): number {
  const size = p.splitGapSize ?? 0;
  return size > 0 && n > size ? p.splitGap * Math.sqrt(size / n) : p.splitGap;
}

/** Detail slot of places (`DETAIL_SLOTS`): many places are named in one report, so not a conflict here. */
const PLACE_SLOT = 4;

/**
 * Whether two records state conflicting facts: years and none shared, or a detail slot (age,
 * magnitude, dead, injured, weekday) that both state with no value shared. Absence is not
 * disagreement. Disjoint date mentions are not counted: reports of one event date it in
 * different ways ("on Sunday", "Dec. 14"). Uses no IDF, so it needs no memo.
 */
export function recordsConflict(a: MemberRecord, b: MemberRecord): boolean {
  if (a.years.length > 0 && b.years.length > 0 && !a.years.some((y) => b.years.includes(y))) return true;
  const d = a.details;
  const e = b.details;
  for (let i = 0; i < d.slots.length; i++) {
    const slot = d.slots[i];
    if (slot === PLACE_SLOT || !e.slots.includes(slot)) continue;
    let shared = false;
    for (let j = 0; j < e.slots.length && !shared; j++) shared = e.slots[j] === slot && d.keys.includes(e.keys[j]);
    if (!shared) return true;
  }
  return false;
}

/**
 * Conflict contrast of a two-group partition: the share of pairs across the groups whose
 * records state conflicting facts ({@link recordsConflict}) minus that share among the pairs
 * within the groups. High when the groups disagree on when / how many while each agrees with
 * itself: two events of one kind, not one broad story.
 */
export function conflictContrast(records: readonly MemberRecord[], a: readonly number[], b: readonly number[]): number {
  let across = 0;
  for (const i of a) for (const j of b) if (recordsConflict(records[i], records[j])) across++;
  let within = 0;
  let pairs = 0;
  for (const g of [a, b]) {
    for (let x = 0; x < g.length; x++) {
      for (let y = x + 1; y < g.length; y++) {
        pairs++;
        if (recordsConflict(records[g[x]], records[g[y]])) within++;
      }
    }
  }
  return across / (a.length * b.length) - (pairs > 0 ? within / pairs : 0);
}
/** A proposed move of one record to the other story (see {@link proposeMoves}). */
export interface MoveProposal {
  /** Row of the score matrix (the first `sizeA` rows are story A's records). */
  index: number;
  /** Its average score with the other story's records. */
  score: number;
}

/**
 * Fewest records the other story must have for a move: a move compares averages, and one pair
 * score is too noisy to pull a record out of a story it shares many good scores with.
 */
export const MOVE_MIN_OTHER = 2;

/**
 * Records of two stories that fit the other story clearly better: `sim` is the pairwise score
 * matrix of story A's records (rows `0..sizeA-1`) then story B's; a record moves when its
 * average score with the other story's records beats its average with its own story's by
 * `p.moveMargin` and reaches `p.threshold`, its own story keeps another record, the other story
 * has at least {@link MOVE_MIN_OTHER} records, and it is not `fixed`. Pure.
 */
export function proposeMoves(sim: number[][], sizeA: number, fixed: readonly boolean[], p: StoryParams): MoveProposal[] {
  const n = sim.length;
  const out: MoveProposal[] = [];
  if (p.moveMargin >= 1) return out;
  for (let i = 0; i < n; i++) {
    if (fixed[i]) continue;
    const inA = i < sizeA;
    let sA = 0;
    let sB = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      if (j < sizeA) sA += sim[i][j];
      else sB += sim[i][j];
    }
    const nA = sizeA - (inA ? 1 : 0);
    const nB = n - sizeA - (inA ? 0 : 1);
    const [nMine, nOther] = inA ? [nA, nB] : [nB, nA];
    if (nMine === 0 || nOther < MOVE_MIN_OTHER) continue;
    const mine = (inA ? sA : sB) / nMine;
    const other = (inA ? sB : sA) / nOther;
    if (other < mine + p.moveMargin || other < p.threshold) continue;
    out.push({ index: i, score: other });
  }
  return out;
}

