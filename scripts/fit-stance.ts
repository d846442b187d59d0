/**
 * Reproducible fit of the stance model `src/check/model.json`
 * (`node --import tsx scripts/fit-stance.ts [--write] [dataDir]`, dataDir default
 * `../shared/data/stance`).
 *
 * - Training pairs: all of `fnc1-train-part` plus the dev pairs of a claim-disjoint part of
 *   `fnc1-dev` (dev claims are shuffled with a seeded PRNG and split in two halves, A and B;
 *   held-out FNC-1 claims are disjoint from the dev ones, so the other half is scored as
 *   claims never seen in training).
 * - IDF: document frequencies over the distinct bodies of both files (text only, no labels).
 * - Stage 1: boosted trees, related vs unrelated, all training pairs.
 * - Stage 2: boosted trees, supports / contradicts / discusses, related training pairs, with
 *   inverse-frequency class weights (macro F1 counts the rare `contradicts` class equally).
 * - Decision offsets (stage-1 threshold, stage-2 class biases) are tuned on out-of-fold
 *   predictions of a claim-grouped 4-fold cross-validation inside the training pairs only.
 * - Printed: macro F1 on the unseen dev half with the shipped model, and the same protocol
 *   with the halves swapped. `--write` writes the model trained on train-part + half A.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_NAMES } from '../src/check/features.js';
import { prepareText } from '../src/check/text.js';
import { featuresFor, scoreVector } from '../src/check/index.js';
import { claimHash, STANCES, type StanceModel, type Verdict } from '../src/check/model.js';
import { compactModel, DEFAULT_BOOST, fitBoosted, predictProba, type BoostOptions } from '../src/check/gbm.js';
import { confusion, macroF1, printReport } from '../src/eval/stance.js';

const SEED = 20261122;
const LABELS: Record<string, Verdict> = { agree: 'supports', disagree: 'contradicts', discuss: 'discusses', unrelated: 'unrelated' };

interface Row {
  id: string;
  claim: string;
  text: string;
  gold: Verdict;
  /** `train`, or the dev half `A` / `B`. */
  part: 'train' | 'A' | 'B';
  x: number[];
}

/** Mulberry32 PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(list: T[], rand: () => number): T[] {
  const a = list.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

function load(dir: string, name: string): Array<{ id: string; claim: string; text: string; gold: Verdict }> {
  const pairs = readJsonl<{ id: string; claim: string; text: string }>(join(dir, `${name}.jsonl`));
  const gold = new Map(readJsonl<{ id: string; stance: string }>(join(dir, `${name}.gold.jsonl`)).map((g) => [g.id, LABELS[g.stance]]));
  return pairs.map((p) => ({ id: p.id, claim: p.claim, text: p.text, gold: gold.get(p.id) ?? 'unrelated' }));
}

const args = process.argv.slice(2);
const write = args.includes('--write');
const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/data/stance';
const t0 = Date.now();
const train = load(dir, 'fnc1-train-part');
const dev = load(dir, 'fnc1-dev');

// Claim-disjoint halves of dev.
const devClaims = shuffle([...new Set(dev.map((r) => r.claim))].sort(), prng(SEED));
const halfA = new Set(devClaims.slice(0, Math.ceil(devClaims.length / 2)));

// IDF over distinct bodies (text only).
const df: Record<string, number> = {};
const bodies = [...new Set([...train, ...dev].map((r) => r.text))];
for (const b of bodies) for (const s of new Set(prepareText(b).stemCounts.keys())) df[s] = (df[s] ?? 0) + 1;
const dfKept: Record<string, number> = {};
for (const [s, c] of Object.entries(df).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (c >= 2 && /^[\p{L}\p{N}'.-]+$/u.test(s)) dfKept[s] = c;

const base: StanceModel = {
  fitted: new Date().toISOString().slice(0, 10),
  command: 'node --import tsx scripts/fit-stance.ts --write',
  seed: SEED,
  features: [...FEATURE_NAMES],
  idf: { docs: bodies.length, df: dfKept },
  related: { classes: [], base: [], trees: [] },
  relatedThreshold: 0.5,
  stance: { classes: [], base: [], trees: [] },
  stanceBias: [0, 0, 0],
  trainedClaims: [],
};

const rows: Row[] = [
  ...train.map((r) => ({ ...r, part: 'train' as const, x: featuresFor(r.claim, r.text, base).vector })),
  ...dev.map((r) => ({ ...r, part: (halfA.has(r.claim) ? 'A' : 'B') as Row['part'], x: featuresFor(r.claim, r.text, base).vector })),
];
process.stderr.write(`features: ${rows.length} pairs, ${FEATURE_NAMES.length} features, ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);

const REL_OPTS: BoostOptions = { ...DEFAULT_BOOST, rounds: 120, depth: 3, learningRate: 0.1 };
const STANCE_OPTS: BoostOptions = { ...DEFAULT_BOOST, rounds: 150, depth: 3, learningRate: 0.05, minChild: 3 };

/** Fits both stages on `rows` (no offset tuning). */
function fitStages(rs: Row[]): Pick<StanceModel, 'related' | 'stance'> {
  const related = fitBoosted(rs.map((r) => r.x), rs.map((r) => (r.gold === 'unrelated' ? 0 : 1)), rs.map(() => 1), ['unrelated', 'related'], REL_OPTS);
  const rel = rs.filter((r) => r.gold !== 'unrelated');
  const counts = STANCES.map((s) => rel.filter((r) => r.gold === s).length);
  const weights = counts.map((c) => (c ? rel.length / (STANCES.length * c) : 1));
  const y = rel.map((r) => STANCES.indexOf(r.gold));
  const stance = fitBoosted(rel.map((r) => r.x), y, y.map((k) => Math.sqrt(weights[k])), [...STANCES], STANCE_OPTS);
  return { related, stance };
}

/** Out-of-fold stage probabilities for `rs`, claim-grouped k folds. */
function outOfFold(rs: Row[], k: number): Array<{ pRel: number; stance: number[] }> {
  const claims = shuffle([...new Set(rs.map((r) => r.claim))].sort(), prng(SEED + 1));
  const fold = new Map(claims.map((c, i) => [c, i % k]));
  const out = new Array<{ pRel: number; stance: number[] }>(rs.length);
  for (let f = 0; f < k; f++) {
    const m = fitStages(rs.filter((r) => fold.get(r.claim) !== f));
    rs.forEach((r, i) => {
      if (fold.get(r.claim) === f) out[i] = { pRel: predictProba(m.related, r.x)[1], stance: predictProba(m.stance, r.x) };
    });
  }
  return out;
}

/** Tunes the stage-1 threshold and stage-2 biases for macro F1 on out-of-fold predictions. */
function tuneOffsets(rs: Row[], oof: Array<{ pRel: number; stance: number[] }>): { threshold: number; bias: number[] } {
  const decide = (threshold: number, bias: number[]): Verdict[] =>
    oof.map((o) => {
      if (o.pRel < threshold) return 'unrelated';
      let best = 0;
      for (let k = 1; k < 3; k++) if (Math.log(o.stance[k]) + bias[k] > Math.log(o.stance[best]) + bias[best]) best = k;
      return STANCES[best];
    });
  const gold = rs.map((r) => r.gold);
  const score = (t: number, b: number[]): number => macroF1(confusion(gold, decide(t, b)));
  let threshold = 0.5;
  let bias = [0, 0, 0];
  let best = score(threshold, bias);
  const grid = [-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1];
  for (let sweep = 0; sweep < 2; sweep++) {
    for (const t of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
      const s = score(t, bias);
      if (s > best + 1e-4) [best, threshold] = [s, t];
    }
    for (const k of [0, 1]) {
      for (const v of grid) {
        const b = bias.slice();
        b[k] = v;
        const s = score(threshold, b);
        if (s > best + 1e-4) [best, bias] = [s, b];
      }
    }
  }
  return { threshold, bias };
}

/** Full protocol: fit on `rs`, tune offsets by inner CV, return the model. */
function fitModel(rs: Row[]): StanceModel {
  const oof = outOfFold(rs, 4);
  const { threshold, bias } = tuneOffsets(rs, oof);
  const stages = fitStages(rs);
  return {
    ...base,
    related: compactModel(stages.related),
    stance: compactModel(stages.stance),
    relatedThreshold: threshold,
    stanceBias: bias,
    trainedClaims: [...new Set(rs.map((r) => claimHash(r.claim)))].sort(),
  };
}

function evaluate(model: StanceModel, rs: Row[], title: string): number {
  const gold = rs.map((r) => r.gold);
  const pred = rs.map((r) => scoreVector(r.x, model).verdict);
  const c = confusion(gold, pred);
  process.stdout.write(`\n== ${title}: ${rs.length} pairs, ${new Set(rs.map((r) => r.claim)).size} claims ==\n`);
  printReport(c, (s) => process.stdout.write(s));
  return macroF1(c);
}

const onlyShipped = args.includes('--quick');
const modelA = fitModel(rows.filter((r) => r.part !== 'B'));
const f1B = evaluate(modelA, rows.filter((r) => r.part === 'B'), 'trained on train-part + dev half A, scored on dev half B (unseen claims)');
let f1A: number | null = null;
if (!onlyShipped) {
  const modelB = fitModel(rows.filter((r) => r.part !== 'A'));
  f1A = evaluate(modelB, rows.filter((r) => r.part === 'A'), 'trained on train-part + dev half B, scored on dev half A (unseen claims)');
  process.stdout.write(`\nmean macro F1 over both unseen halves: ${((f1A + f1B) / 2).toFixed(4)}\n`);
}
process.stderr.write(`total ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
if (write) {
  modelA.heldOut = { devHalfB_macroF1: Number(f1B.toFixed(4)), ...(f1A !== null ? { swappedHalves_devHalfA_macroF1: Number(f1A.toFixed(4)) } : {}) };
  const json = JSON.stringify(modelA);
  writeFileSync(new URL('../src/check/model.json', import.meta.url), json + '\n');
  process.stderr.write(`wrote src/check/model.json (${(json.length / 1024).toFixed(0)} kB)\n`);
}
