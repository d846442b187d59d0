/**
 * Reproducible fit of the stance model `src/check/model.json`
 * (`node --import tsx scripts/fit-stance.ts [--write] [dataDir]`, dataDir default
 * `../shared/data/stance`).
 *
 * - Training pairs: all of `fnc1-train-part` plus the dev pairs of a story-disjoint half of
 *   `fnc1-dev`. Stories are the connected components of claims and bodies linked by related
 *   pairs; they are shuffled with a seeded PRNG and split in two halves, A and B, of about
 *   equal size. Held-out FNC-1 claims are disjoint from the dev ones (and from other topics),
 *   so the other half is scored as claims, and stories, never seen in training.
 * - IDF: document frequencies over the distinct bodies of both files (text only, no labels).
 * - Stage 1: boosted trees, related vs unrelated, all training pairs.
 * - Stage 2: boosted trees, supports / contradicts / discusses, related training pairs, with
 *   inverse-frequency class weights (macro F1 counts the rare `contradicts` class equally).
 * - Decision offsets (stage-1 threshold, stage-2 class biases) are tuned on out-of-fold
 *   predictions of a story-grouped 4-fold cross-validation inside the training pairs only.
 * - Printed: macro F1 on the unseen dev half with the shipped model, and the same protocol
 *   with the halves swapped. `--write` writes the model trained on train-part + half A, with
 *   the hashes of its training claims, so `npm run eval -- stance` on fnc1-dev scores half B
 *   only (claims and stories never seen in training).
 * - Other flags: `--train-only` also prints train-part-only -> all of dev; `--quick` skips the
 *   swapped halves; `--no-tune` skips the offset tuning; `--dump FILE` writes the feature table
 *   (JSON lines) and stops.
 */
import { mulberry32 as prng } from '../src/util/random.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_NAMES, linearInputs } from '../src/check/features.js';
import { compactLinear, DEFAULT_LINEAR, fitLinear, linearProba, type LinearOptions } from '../src/check/logreg.js';
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
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--dump') ?? '../shared/data/stance';
const t0 = Date.now();
const train = load(dir, 'fnc1-train-part');
const dev = load(dir, 'fnc1-dev');

/**
 * Story of each claim: connected components of claims and bodies linked by a related pair.
 * FNC-1 claims come in stories (many headlines on one event); held-out claims come from other
 * topics, so every split below keeps a story on one side.
 */
function storyOf(rs: Array<{ claim: string; text: string; gold: Verdict }>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  for (const r of rs) {
    const a = find(`c:${r.claim}`);
    const b = find(`b:${r.text}`);
    if (r.gold !== 'unrelated' && a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  return new Map(rs.map((r) => [r.claim, find(`c:${r.claim}`)]));
}

// Story-disjoint halves of dev: stories shuffled with the seed, assigned greedily to the half
// with fewer pairs so far.
const devStory = storyOf(dev);
const storyPairs = new Map<string, number>();
for (const r of dev) storyPairs.set(devStory.get(r.claim) as string, (storyPairs.get(devStory.get(r.claim) as string) ?? 0) + 1);
const sizes = [0, 0];
const halfAStories = new Set<string>();
for (const st of shuffle([...storyPairs.keys()].sort(), prng(SEED))) {
  const side = sizes[0] <= sizes[1] ? 0 : 1;
  sizes[side] += storyPairs.get(st) as number;
  if (side === 0) halfAStories.add(st);
}
const halfA = new Set(dev.filter((r) => halfAStories.has(devStory.get(r.claim) as string)).map((r) => r.claim));

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
  stance: { classes: [], mean: [], scale: [], weights: [], bias: [] },
  stanceBias: [0, 0, 0],
  trainedClaims: [],
};

const rows: Row[] = [
  ...train.map((r) => ({ ...r, part: 'train' as const, x: featuresFor(r.claim, r.text, base).vector })),
  ...dev.map((r) => ({ ...r, part: (halfA.has(r.claim) ? 'A' : 'B') as Row['part'], x: featuresFor(r.claim, r.text, base).vector })),
];
process.stderr.write(`features: ${rows.length} pairs, ${FEATURE_NAMES.length} features, ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);

const REL_OPTS: BoostOptions = { ...DEFAULT_BOOST, rounds: 120, depth: 3, learningRate: 0.1 };
const STANCE_OPTS: LinearOptions = { ...DEFAULT_LINEAR, l2: 100 };
/** Class weights of stage 2: inverse class frequency to this power. */
const CLASS_WEIGHT_POWER = 0.75;

/** Fits both stages on `rows` (no offset tuning). */
function fitStages(rs: Row[]): Pick<StanceModel, 'related' | 'stance'> {
  const related = fitBoosted(rs.map((r) => r.x), rs.map((r) => (r.gold === 'unrelated' ? 0 : 1)), rs.map(() => 1), ['unrelated', 'related'], REL_OPTS);
  const rel = rs.filter((r) => r.gold !== 'unrelated');
  const counts = STANCES.map((s) => rel.filter((r) => r.gold === s).length);
  const weights = counts.map((c) => (c ? (rel.length / (STANCES.length * c)) ** CLASS_WEIGHT_POWER : 1));
  const y = rel.map((r) => STANCES.indexOf(r.gold));
  const stance = fitLinear(rel.map((r) => linearInputs(r.x)), y, y.map((k) => weights[k]), [...STANCES], STANCE_OPTS);
  return { related, stance };
}

/** Out-of-fold stage probabilities for `rs`, story-grouped k folds. */
function outOfFold(rs: Row[], k: number): Array<{ pRel: number; stance: number[] }> {
  const story = storyOf(rs);
  const stories = shuffle([...new Set(story.values())].sort(), prng(SEED + 1));
  const storyFold = new Map(stories.map((c, i) => [c, i % k]));
  const fold = new Map(rs.map((r) => [r.claim, storyFold.get(story.get(r.claim) as string) as number]));
  const out = new Array<{ pRel: number; stance: number[] }>(rs.length);
  for (let f = 0; f < k; f++) {
    const m = fitStages(rs.filter((r) => fold.get(r.claim) !== f));
    rs.forEach((r, i) => {
      if (fold.get(r.claim) === f) out[i] = { pRel: predictProba(m.related, r.x)[1], stance: linearProba(m.stance, linearInputs(r.x)) };
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
  const { threshold, bias } = args.includes('--no-tune') ? { threshold: 0.5, bias: [0, 0, 0] } : tuneOffsets(rs, outOfFold(rs, 4));
  process.stderr.write(`offsets: related threshold ${threshold}, stance bias ${bias.join(' ')}\n`);
  const stages = fitStages(rs);
  return {
    ...base,
    related: compactModel(stages.related),
    stance: compactLinear(stages.stance),
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

const dumpAt = args.indexOf('--dump');
if (dumpAt >= 0) {
  // Feature table for offline inspection (not part of the fit).
  const lines = rows.map((r) => JSON.stringify({ id: r.id, part: r.part, gold: r.gold, claim: r.claim, story: r.part === 'train' ? '' : devStory.get(r.claim), x: r.x }));
  writeFileSync(args[dumpAt + 1], lines.join('\n') + '\n');
  process.exit(0);
}
const onlyShipped = args.includes('--quick');
if (args.includes('--train-only')) {
  const m = fitModel(rows.filter((r) => r.part === 'train'));
  evaluate(m, rows.filter((r) => r.part !== 'train'), 'trained on train-part only, scored on all dev');
}
const modelA = fitModel(rows.filter((r) => r.part !== 'B'));
const f1B = evaluate(modelA, rows.filter((r) => r.part === 'B'), 'trained on train-part + dev half A, scored on dev half B (unseen stories)');
let f1A: number | null = null;
if (!onlyShipped) {
  const modelB = fitModel(rows.filter((r) => r.part !== 'A'));
  f1A = evaluate(modelB, rows.filter((r) => r.part === 'A'), 'trained on train-part + dev half B, scored on dev half A (unseen stories)');
  process.stdout.write(`\nmean macro F1 over both unseen halves: ${((f1A + f1B) / 2).toFixed(4)}\n`);
}
process.stderr.write(`total ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
if (write) {
  modelA.heldOut = { devHalfB_macroF1: Number(f1B.toFixed(4)), ...(f1A !== null ? { swappedHalves_devHalfA_macroF1: Number(f1A.toFixed(4)) } : {}) };
  const json = JSON.stringify(modelA);
  writeFileSync(new URL('../src/check/model.json', import.meta.url), json + '\n');
  process.stderr.write(`wrote src/check/model.json (${(json.length / 1024).toFixed(0)} kB)\n`);
}
