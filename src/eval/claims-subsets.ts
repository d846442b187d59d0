/**
 * Claim alignment in SMALL stories, measured on subsets of the big gold stories:
 * `npm run eval -- claims <articles.jsonl> <gold.json>... --subsets 2,3,4 --samples 30 --seed 1`.
 *
 * For each gold story and each size k, up to `samples` distinct seeded random k-subsets of its
 * gold documents are drawn; the claims stage runs on that subset alone (as `analyzeStoryClaims`
 * runs on a story of k articles, with the extraction of the full analysis) and is scored like
 * the full eval (`scoreClaims`) against the gold restricted to those documents. A restricted
 * gold group stays `contested` only when it spans 2+ of the documents and they give 2+ distinct
 * values; otherwise it reads as corroborated (2+ documents) or single.
 *
 * Figures: pooled pair precision / recall / F1 (correct, predicted and gold pairs summed over the
 * samples), the mean per-sample F1 over samples with gold pairs, contested groups found of those
 * present, and predicted contested groups that cover no gold contested group (false alarms).
 */
import type { AlignOptions } from '../claims/index.js';
import type { PairModel } from '../claims/pairmodel.js';
import { prf } from './common.js';
import { mulberry32 } from '../util/random.js';
import { fnv1a } from '../util/hash.js';
import { goldDocs, membersClaims, scoreClaims, type ClaimScores, type GoldClaims, type PredictedGroup, type PreparedRun } from './claims.js';

/** Options of a subset run. */
export interface SubsetOptions {
  sizes: number[];
  samples: number;
  seed: number;
}

function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return Math.round(c);
}

/**
 * Up to `samples` distinct k-subsets of `docs` (sorted ids), drawn with `rand`: all of them,
 * in a seeded order, when there are no more than `samples`. Each subset is sorted.
 */
export function sampleSubsets(docs: readonly string[], k: number, samples: number, rand: () => number): string[][] {
  const sorted = [...docs].sort();
  if (k > sorted.length || k < 1) return [];
  const total = choose(sorted.length, k);
  const want = Math.min(samples, total);
  const seen = new Set<string>();
  const out: string[][] = [];
  for (let tries = 0; out.length < want && tries < 100 * want + 1000; tries++) {
    // A partial Fisher-Yates shuffle picks k distinct documents.
    const pool = [...sorted];
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(rand() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const pick = pool.slice(0, k).sort();
    const key = pick.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(pick);
  }
  return out;
}

/** A gold value compared loosely: lower case, parenthesised remarks and extra spaces left out. */
function valueKey(v: string): string {
  return v.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The gold restricted to `docs`: mentions in other documents dropped, groups left empty dropped,
 * and the kinds read again on what is left (see the module doc).
 */
export function restrictGold(gold: GoldClaims, docs: ReadonlySet<string>): GoldClaims {
  const claims: GoldClaims['claims'] = [];
  for (const g of gold.claims) {
    const mentions = g.mentions.filter((m) => docs.has(m.doc));
    if (mentions.length === 0) continue;
    const spanned = new Set(mentions.map((m) => m.doc)).size;
    const values = new Set(mentions.filter((m) => m.value !== undefined).map((m) => valueKey(m.value!)));
    const kind = spanned < 2 ? 'single' : g.kind === 'contested' && (values.size >= 2 || values.size === 0) ? 'contested' : 'corroborated';
    claims.push({ ...g, kind, mentions });
  }
  return { story: gold.story, claims };
}

/** The claim groups of `docs` run as one story of their own (the full run's extraction). */
export function subsetClaims(run: PreparedRun, docs: readonly string[], align?: AlignOptions, pairModel?: PairModel): PredictedGroup[] {
  return membersClaims(run, docs, true, align, pairModel);
}

/** The summed figures of several samples. */
export interface SubsetTotals {
  samples: number;
  goldPairs: number;
  predictedPairs: number;
  correctPairs: number;
  /** Sum of per-sample F1 over samples with gold pairs, and how many those are. */
  f1Sum: number;
  f1Samples: number;
  contested: number;
  contestedFound: number;
  contestedPredicted: number;
  contestedFalse: number;
}

export function emptyTotals(): SubsetTotals {
  return { samples: 0, goldPairs: 0, predictedPairs: 0, correctPairs: 0, f1Sum: 0, f1Samples: 0, contested: 0, contestedFound: 0, contestedPredicted: 0, contestedFalse: 0 };
}

/** Adds one sample's scores to totals. */
export function addScores(t: SubsetTotals, s: ClaimScores): void {
  t.samples++;
  t.goldPairs += s.goldPairs;
  t.predictedPairs += s.predictedPairs;
  t.correctPairs += s.correctPairs;
  if (s.goldPairs > 0) {
    t.f1Sum += s.f1;
    t.f1Samples++;
  }
  t.contested += s.contested;
  t.contestedFound += s.contestedFound;
  t.contestedPredicted += s.contestedPredicted;
  t.contestedFalse += s.contestedFalse;
}

/** Sums totals. */
export function mergeTotals(a: SubsetTotals, b: SubsetTotals): SubsetTotals {
  const out = emptyTotals();
  for (const k of Object.keys(out) as (keyof SubsetTotals)[]) out[k] = a[k] + b[k];
  return out;
}

const pct = (x: number): string => (100 * x).toFixed(1);

/** One line of figures. */
export function formatTotals(label: string, t: SubsetTotals): string {
  const { p, r, f1 } = prf(t.correctPairs, t.predictedPairs, t.goldPairs);
  const mean = t.f1Samples > 0 ? t.f1Sum / t.f1Samples : 0;
  return `${label.padEnd(12)} n=${String(t.samples).padStart(3)}  pooled P ${pct(p).padStart(5)} R ${pct(r).padStart(5)} F1 ${pct(f1).padStart(5)}  mean F1 ${pct(mean).padStart(5)}  contested ${t.contestedFound}/${t.contested} (false ${t.contestedFalse}/${t.contestedPredicted})`;
}

/**
 * Scores every sample of every gold story and size. `modelFor(h)` gives the pair model to use
 * for story `h` (for a held-out fit), or undefined for the default one.
 */
export function runSubsets(
  run: PreparedRun,
  golds: readonly GoldClaims[],
  opts: SubsetOptions,
  align?: AlignOptions,
  modelFor?: (h: number) => PairModel | undefined,
): Map<number, SubsetTotals[]> {
  const out = new Map<number, SubsetTotals[]>();
  for (const k of opts.sizes) {
    out.set(
      k,
      golds.map((gold, h) => {
        const docs = [...goldDocs(gold)].filter((d) => run.articles.has(d));
        const rand = mulberry32(opts.seed ^ fnv1a(`${gold.story}/${k}`));
        const t = emptyTotals();
        const model = modelFor?.(h);
        for (const subset of sampleSubsets(docs, k, opts.samples, rand)) {
          const restricted = restrictGold(gold, new Set(subset));
          addScores(t, scoreClaims(restricted, subsetClaims(run, subset, align, model)));
        }
        return t;
      }),
    );
  }
  return out;
}

/** Prints the figures of {@link runSubsets}: per size, each story and all of them. */
export function printSubsets(results: Map<number, SubsetTotals[]>, golds: readonly GoldClaims[], write: (s: string) => void): void {
  for (const [k, totals] of results) {
    write(`subsets of ${k} articles\n`);
    totals.forEach((t, h) => write(`  ${formatTotals(golds[h].story, t)}\n`));
    const all = totals.reduce(mergeTotals, emptyTotals());
    write(`  ${formatTotals('all', all)}\n`);
    const meanF1 = totals.reduce((s, t) => s + prf(t.correctPairs, t.predictedPairs, t.goldPairs).f1, 0) / Math.max(1, totals.length);
    write(`  mean of the stories' pooled F1: ${pct(meanF1)}\n`);
  }
}
