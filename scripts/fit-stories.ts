/**
 * Reproducible fit of the story-clustering weights and threshold:
 * `node --import tsx scripts/fit-stories.ts [--write] [--quick] [--halves] [--report] [--set key=value]... [--synth-floor x] [--set-drop x] [dataDir]`
 * (default dir `../shared/data`; `--halves`: only the leave-half-topics-out check; `--report`:
 * no fit, the figures of `params.ts`, with any `--set` applied).
 *
 * Data: both dev sets jointly, `stories/g5w1h.jsonl` and `stories/ecbplus-dev.jsonl`, each read,
 * prepared and ordered as the product clusters them (`productInputs`, as `eval` does). Objective: the mean BCubed F1 of the two sets,
 * over admissible parameter sets only (guards, `scripts/story-guards.ts`): the bundled sample
 * corpus must come out exactly as its truth (its tram and dam stories apart), and the synthetic
 * stream (`bench/generate.ts`, 5,000 articles, seed 2, generated in-process; seed 1 is kept for
 * reporting) must score a BCubed F1 of at least `SYNTH_FLOOR`. The dev sets cannot see the long
 * stream's lumps: unguarded, the refit lowered `splitBelow` or raised merging and traded 0.03 to
 * 0.04 of the stream for 0.01 to 0.02 on the dev sets. The guards are checked only for a set the
 * search would take, so they cost a few dozen clusterings of the stream per fit.
 *
 * 1. Weights, by logistic regression on teacher-forced decisions: the articles are replayed in
 *    order into their GOLD stories (with the online IDF); for each article the candidates are
 *    the 12 existing stories most similar by content, labelled 1 for its gold story. Features
 *    are exactly the score's raw similarities (names / numbers / dates split into "both have
 *    some" and cosine, which gives their baselines). Both sets weigh equally. Full-batch
 *    gradient descent from zero, fixed step count: deterministic.
 * 2. The LR weights become `StoryParams` (relative weights; the LR bias gives a threshold). A
 *    second, plain start (`PRIOR` below) is searched too; the LR one is kept only when it ends
 *    better by `START_MARGIN` on the mean and no worse on either set (on half the topics it
 *    reached a corner that traded one set for the other).
 * 3. The threshold scanned on a grid, then one coordinate-search sweep from there over a fixed
 *    grid (a rescale of each weight, linkage, time shape, the refinement parameters: split,
 *    move and merge levels, a fine threshold step), on the clustering objective itself (with
 *    refinement moves applied, as `eval` does), keeping a change only when it improves the mean BCubed F1 by
 *    more than 0.001.
 * Overfitting guard: the whole procedure also runs on each half of the gold topics (seeded
 * split, seed 20261121; an ECB+ topic's two events stay together) and is scored on the other
 * half; both held-out figures are printed (skipped with `--quick`).
 * `--write` writes the full-data fit into `src/stories/params.ts`.
 */
import { mulberry32 } from '../src/util/random.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFeatures, type ArticleFeatures } from '../src/stories/features.js';
import { StoryClusterer } from '../src/stories/cluster.js';
import { bcubedScores, pairwiseScores, productInputs, readGold } from '../src/eval/stories.js';
import { CHANNELS, prepare, similarities, timePenalty, vectorNorm, type Similarities, type StoryParams } from '../src/stories/score.js';
import { addArticle, emptyStory, type StoryState } from '../src/stories/story.js';
import { DocumentFrequencies } from '../src/stories/df.js';
import { FITTED_PARAMS } from '../src/stories/params.js';
import { sampleSet, syntheticSet, type GuardSet } from './story-guards.js';

interface DevSet {
  name: string;
  /** Features in publication order. */
  features: ArticleFeatures[];
  gold: Map<string, string>;
  /** Topic of each gold story (for the half split). */
  topic: (story: string) => string;
}
type Keep = Map<string, Set<string>>;

const SEED = 20261121;
const CANDIDATES = 12;
/** Time shape used while learning the weights (refined by the grid afterwards). */
const TIME_SCALE = 90;
const TIME_GRACE = 3;
/** Linkage used while learning the weights (refined by the grid afterwards). */
const LINKAGE = 0;

const GRID: Partial<Record<keyof StoryParams, number[]>> = {
  threshold: Array.from({ length: 21 }, (_, i) => Math.round((-0.1 + i * 0.02) * 100) / 100),
  timeScaleDays: [14, 30, 90, 180, 365],
  timeGraceDays: [0, 1, 3, 7, 14],
  linkage: [0, 0.5, 1],
};
const SCALES = [0, 0.5, 2];
/** Refinement parameters: a plain start (not learnt by the LR step), then searched on the grid. */
const REFINE_PRIOR = { splitBelow: 0.25, splitGap: 0.12, splitGapSize: 0, mergeAbove: 0.3, mergeSlack: 0, moveMargin: 0.1, mergeRatio: 0 };

/**
 * Set by hand, not searched: the drift guard (`StoryParams.memberSupport`). The dev sets are too
 * small to show centroid drift; the value comes from the long synthetic stream (see
 * `src/stories/README.md`), so every fitted parameter set carries it. Likewise the split bound
 * for groups that agree on their facts (`splitAgreeBelow`): a few dozen split decisions per dev
 * set are too few to search it; the value comes from the logged split decisions of both halves
 * (see `src/stories/README.md`). And the bound above which a split piece that agrees with the
 * story it left merges back (`mergeAgreeAbove`, see "Split pieces merging back" there), and the
 * two refinement bounds of "Homes for split-off groups and orphans" there: how many stories a
 * split-off group is offered to (`splitHome`) and the average pair score at which a one-article
 * story joins a growing one (`orphanJoin`), and the share of the groups' cohesion under which
 * a large split check also splits (`splitRatio`, "Splits relative to the groups' cohesion").
 */
const HAND_SET: Partial<StoryParams> = { memberSupport: 0.62, mergeAgreeAbove: 0.15, splitHome: 4, orphanJoin: 0.08, splitRatio: 0.6, ...handSetOverrides() };

/**
 * `--set key=value` (repeatable): sets a parameter by hand for the whole run (every start and
 * both halves carry it, the search leaves it alone), to try a value through the full procedure.
 */
function handSetOverrides(): Partial<StoryParams> {
  const out: Record<string, number> = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--set') continue;
    const [key, value] = (argv[i + 1] ?? '').split('=');
    if (!key || value === undefined || Number.isNaN(Number(value))) throw new Error(`--set needs key=value, got ${argv[i + 1]}`);
    out[key] = Number(value);
  }
  return out as Partial<StoryParams>;
}
const REFINE_GRID: Partial<Record<keyof StoryParams, number[]>> = {
  splitBelow: [0.15, 0.2, 0.25, 0.3],
  splitGap: [0.08, 0.1, 0.12, 0.15],
  moveMargin: [0.05, 0.1, 0.2, 1],
  mergeAbove: [0.2, 0.3, 0.4],
  mergeRatio: [0, 0.8, 0.9, 1],
  splitGapSize: [0, 8, 16],
};
/** Coordinate-search sweeps (each tries every grid value of every parameter once). */
const SWEEPS = 1;
const SCALED: Array<keyof StoryParams> = [
  'member', 'lead', 'names', 'focus', 'numbers', 'dates', 'yearConflict', 'detailConflict', 'ageConflict', 'weekdayConflict',
  'placeConflict', 'time', 'size',
];

async function load(dir: string, name: string, topic: (s: string) => string): Promise<DevSet> {
  const inputs = await productInputs(join(dir, 'stories', `${name}.jsonl`));
  const gold = readGold(join(dir, 'stories', `${name}.gold.jsonl`));
  return { name, features: inputs.map(extractFeatures), gold, topic };
}

function kept(set: DevSet, keep?: Keep): ArticleFeatures[] {
  const k = keep?.get(set.name);
  return set.features.filter((f) => {
    const g = set.gold.get(f.id);
    return g !== undefined && (!k || k.has(set.topic(g)));
  });
}

// ---- step 1: teacher-forced examples and logistic regression ----

function featureRow(s: Similarities): number[] {
  return [
    s.terms, s.member, s.lead,
    s.present.names ? s.names : 0, s.present.names ? 1 : 0,
    s.present.focus ? s.focus : 0, s.present.focus ? 1 : 0,
    s.present.numbers ? s.numbers : 0, s.present.numbers ? 1 : 0,
    s.present.dates ? s.dates : 0, s.present.dates ? 1 : 0,
    s.yearConflict, Math.min(2, s.detailConflicts) / 2, s.placeConflict, timePenalty(s.days, TIME_SCALE, TIME_GRACE),
    s.size > 1 ? Math.min(1, Math.log2(s.size) / 4) : 0,
    s.ageConflict, s.weekdayConflict,
  ];
}

function examples(set: DevSet, keep?: Keep): Array<{ x: number[]; y: number }> {
  const df = new DocumentFrequencies();
  const idf = (k: number): number => df.idf(k);
  const stories = new Map<string, StoryState>();
  const out: Array<{ x: number[]; y: number }> = [];
  let seq = 0;
  for (const f of kept(set, keep)) {
    seq++;
    const keys = new Set<number>();
    for (const ch of CHANNELS) for (const k of f[ch].keys()) keys.add(k);
    df.addDocument(keys);
    const p = prepare(f, idf);
    const scored: Array<{ g: string; sim: Similarities }> = [];
    for (const [g, s] of stories) {
      for (const ch of CHANNELS) s.norms[ch] = vectorNorm(s.vectors[ch], idf);
      s.memberNorms = s.members.map((m) => vectorNorm(m, idf));
      scored.push({ g, sim: similarities(p, s, true, LINKAGE) });
    }
    scored.sort((a, b) => b.sim.terms - a.sim.terms || (a.g < b.g ? -1 : 1));
    const gold = set.gold.get(f.id) as string;
    for (const c of scored.slice(0, CANDIDATES)) out.push({ x: featureRow(c.sim), y: c.g === gold ? 1 : 0 });
    let story = stories.get(gold);
    if (!story) {
      story = emptyStory(gold, f.language, f.title);
      stories.set(gold, story);
    }
    addArticle(story, f, seq, p.norm);
  }
  return out;
}

function logistic(sets: Array<Array<{ x: number[]; y: number }>>): { w: number[]; b: number } {
  const dim = sets[0][0].x.length;
  const w = new Array<number>(dim).fill(0);
  let b = 0;
  const rate = 0.5;
  for (let it = 0; it < 4000; it++) {
    const gw = new Array<number>(dim).fill(0);
    let gb = 0;
    for (const rows of sets) {
      const scale = 1 / (rows.length * sets.length);
      for (const { x, y } of rows) {
        let z = b;
        for (let i = 0; i < dim; i++) z += w[i] * x[i];
        const err = (1 / (1 + Math.exp(-z)) - y) * scale;
        for (let i = 0; i < dim; i++) gw[i] += err * x[i];
        gb += err;
      }
    }
    for (let i = 0; i < dim; i++) w[i] -= rate * (gw[i] + 1e-4 * w[i]);
    b -= rate * gb;
  }
  return { w, b };
}

function toParams(w: number[], b: number): StoryParams {
  const pos = (x: number): number => Math.max(0, x);
  const p: StoryParams = {
    ...REFINE_PRIOR,
    ...HAND_SET,
    content: pos(w[0]), member: pos(w[1]), lead: pos(w[2]),
    names: pos(w[3]), nameBaseline: w[3] > 0 ? Math.max(0, -w[4] / w[3]) : 0,
    focus: pos(w[5]), focusBaseline: w[5] > 0 ? Math.max(0, -w[6] / w[5]) : 0,
    numbers: pos(w[7]), numberBaseline: w[7] > 0 ? Math.max(0, -w[8] / w[7]) : 0,
    dates: pos(w[9]), dateBaseline: w[9] > 0 ? Math.max(0, -w[10] / w[9]) : 0,
    yearConflict: pos(-w[11]), detailConflict: pos(-w[12]), placeConflict: pos(-w[13]),
    time: pos(-w[14]), timeScaleDays: TIME_SCALE, timeGraceDays: TIME_GRACE,
    size: w[15], ageConflict: pos(-w[16]), weekdayConflict: pos(-w[17]), linkage: LINKAGE, threshold: 0,
  };
  // Relative weights: content 1, everything else in its units; threshold from the bias.
  const z = p.content + p.member + p.lead + p.names + p.focus + p.numbers + p.dates || 1;
  p.threshold = -b / z;
  const c = p.content || 1;
  for (const k of ['content', 'member', 'lead', 'names', 'focus', 'numbers', 'dates', 'yearConflict', 'detailConflict', 'ageConflict', 'weekdayConflict', 'placeConflict', 'time', 'size'] as const) {
    p[k] = p[k] / c;
  }
  return round(p);
}

function round(p: StoryParams): StoryParams {
  const out: StoryParams = { ...p, ...HAND_SET };
  for (const k of Object.keys(out) as Array<keyof StoryParams>) {
    const v = out[k];
    if (v !== undefined) out[k] = Math.round(v * 1000) / 1000;
  }
  return out;
}

// ---- step 3: coordinate search on the clustering objective ----

function run(set: DevSet, p: StoryParams, keep?: Keep): { b3: number; detail: string } {
  const c = new StoryClusterer({ params: p });
  const pred = new Map<string, string>();
  const gold = new Map<string, string>();
  for (const f of kept(set, keep)) {
    pred.set(f.id, c.addFeatures(f).story);
    for (const m of c.drainMoves()) pred.set(m.article, m.story);
    gold.set(f.id, set.gold.get(f.id) as string);
  }
  const b = bcubedScores(pred, gold);
  const w = pairwiseScores(pred, gold);
  const f3 = (x: number): string => x.toFixed(3);
  return {
    b3: b.f1,
    detail: `${set.name}: pairwise P ${f3(w.precision)} R ${f3(w.recall)} F1 ${f3(w.f1)} | BCubed P ${f3(b.precision)} R ${f3(b.recall)} F1 ${f3(b.f1)}`,
  };
}

// ---- guards: the synthetic stream and the sample corpus ----

/** Synthetic stream the fit guards (`bench/generate.ts`): its size and seed (seed 1 is kept for reporting). */
const SYNTH_N = 5000;
const SYNTH_SEED = 2;
/**
 * Lowest synthetic-stream BCubed F1 (seed `SYNTH_SEED`) a parameter set may score
 * (`--synth-floor x` to change it for a run): 0.003 below `params.ts` before the guarded fit
 * (0.973 on this stream; 0.969 on seed 1, 0.976 on seed 3). The stream has 5,000 articles, as the
 * reporting one: at 4,000 (160 events) the lumps do not show (a set that loses 0.014 to 0.031 on
 * three 5k seeds gained 0.007 on the 4k one). A fixed number, not the current `params.ts`'s
 * score, so the fit does not depend on what it wrote before.
 */
const SYNTH_FLOOR = synthFloor();

function synthFloor(): number {
  const i = process.argv.indexOf('--synth-floor');
  return i >= 0 ? Number(process.argv[i + 1]) : 0.97;
}

/** Clusters a guard set with `p` (as `run` does) and returns the BCubed and pairwise F1. */
function runGuard(g: GuardFeatures, p: StoryParams): { b3: number; pw: number; stories: number } {
  const c = new StoryClusterer({ params: p });
  const pred = new Map<string, string>();
  for (const f of g.features) {
    pred.set(f.id, c.addFeatures(f).story);
    for (const m of c.drainMoves()) pred.set(m.article, m.story);
  }
  return { b3: bcubedScores(pred, g.gold).f1, pw: pairwiseScores(pred, g.gold).f1, stories: new Set(pred.values()).size };
}

interface GuardFeatures {
  features: ArticleFeatures[];
  gold: Map<string, string>;
}
const guardFeatures = (g: GuardSet): GuardFeatures => ({ features: g.inputs.map(extractFeatures), gold: g.gold });

const feasibleMemo = new Map<string, boolean>();
let guardChecks = 0;
let guardRejects = 0;
/**
 * A parameter set is admissible when the sample corpus comes out exactly as its truth (the
 * tram and dam stories apart, every true story whole: BCubed F1 1) and the synthetic stream
 * scores at least `SYNTH_FLOOR`. Checked only for candidates that would be taken (the search
 * compares the dev objective first), memoised.
 */
function feasible(p: StoryParams): boolean {
  const key = JSON.stringify(p);
  const known = feasibleMemo.get(key);
  if (known !== undefined) return known;
  guardChecks++;
  const ok = runGuard(SAMPLE, p).b3 >= 1 - 1e-9 && runGuard(SYNTH, p).b3 >= SYNTH_FLOOR;
  if (!ok) guardRejects++;
  feasibleMemo.set(key, ok);
  return ok;
}

function objective(sets: DevSet[], p: StoryParams, keep?: Keep): number {
  return mean(perSetScores(sets, p, keep));
}

function perSetScores(sets: DevSet[], p: StoryParams, keep?: Keep): number[] {
  return sets.map((set) => run(set, p, keep).b3);
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Most a search step may lower either dev set's BCubed F1 (`--set-drop x`; default: no limit):
 * a step is taken only when it raises the mean and costs no one set more than this.
 */
const SET_DROP = (() => {
  const i = process.argv.indexOf('--set-drop');
  return i >= 0 ? Number(process.argv[i + 1]) : Infinity;
})();

function refine(sets: DevSet[], start: StoryParams, keep?: Keep): { p: StoryParams; score: number } {
  let p = { ...start };
  // An inadmissible start (no threshold passed the guards) is left for the first admissible set.
  let bestSets = feasible(p) ? perSetScores(sets, p, keep) : sets.map(() => -Infinity);
  let best = mean(bestSets);
  const tryParams = (q: StoryParams): void => {
    // Hand-set values are not searched.
    for (const k of Object.keys(HAND_SET) as Array<keyof StoryParams>) if (q[k] !== HAND_SET[k]) return;
    const xs = perSetScores(sets, q, keep);
    const s = mean(xs);
    if (s > best + 0.001 && xs.every((x, i) => x >= bestSets[i] - SET_DROP) && feasible(q)) {
      best = s;
      bestSets = xs;
      p = q;
    }
  };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const before = best;
    for (const key of SCALED) {
      const base = p[key] ?? 0;
      for (const f of SCALES) if (base !== 0 || f === 0) tryParams(round({ ...p, [key]: base * f }));
      if (p[key] === 0) for (const v of [0.1, 0.3]) tryParams({ ...p, [key]: v });
    }
    for (const key of ['linkage', 'timeScaleDays', 'timeGraceDays'] as const) {
      for (const v of GRID[key] as number[]) tryParams({ ...p, [key]: v });
    }
    for (const [key, values] of Object.entries(REFINE_GRID)) {
      for (const v of values) if (v !== p[key as keyof StoryParams]) tryParams({ ...p, [key]: v });
    }
    const t = p.threshold;
    for (const d of [-0.03, -0.02, -0.01, 0.01, 0.02, 0.03]) tryParams({ ...p, threshold: Math.round((t + d) * 100) / 100 });
    if (best <= before) break;
  }
  return { p, score: best };
}

/**
 * A plain starting point besides the LR one: content first, names and facts with modest
 * baselines, mild penalties. The search keeps whichever start ends better.
 */
const PRIOR: StoryParams = {
  content: 1, member: 0, lead: 0.3, names: 0.6, focus: 0, numbers: 0.2, dates: 0.2,
  nameBaseline: 0.2, focusBaseline: 0, numberBaseline: 0.1, dateBaseline: 0.1,
  yearConflict: 0.3, detailConflict: 0, ageConflict: 0.3, weekdayConflict: 0, placeConflict: 0, time: 0.2, timeScaleDays: 30, timeGraceDays: 0, linkage: 0, size: 0, threshold: 0.12,
  ...REFINE_PRIOR,
  ...HAND_SET,
};

function bestThreshold(sets: DevSet[], p: StoryParams, keep?: Keep): StoryParams {
  let start = p;
  let startScore = -1;
  for (const t of GRID.threshold as number[]) {
    const q = { ...p, threshold: t };
    const s = objective(sets, q, keep);
    if (s > startScore + 1e-9 && feasible(q)) {
      startScore = s;
      start = q;
    }
  }
  return start;
}

/**
 * The LR start is kept only when it ends clearly better than the plain start on the mean and no
 * worse on either dev set: on half B it reached a corner (no time penalty, a negative threshold
 * offset by a negative size bonus) that traded g5w1h for ECB+.
 */
const START_MARGIN = 0.005;

function fit(sets: DevSet[], keep?: Keep): { lr: StoryParams; p: StoryParams; score: number; start: string; scores: string } {
  const { w, b } = logistic(sets.map((s) => examples(s, keep)));
  const lr = toParams(w, b);
  // The LR threshold is for single decisions; each start begins from its best grid threshold.
  const fromLr = refine(sets, bestThreshold(sets, lr, keep), keep);
  const fromPrior = refine(sets, bestThreshold(sets, PRIOR, keep), keep);
  const perSet = (q: StoryParams): number[] => sets.map((set) => run(set, q, keep).b3);
  const lrSets = perSet(fromLr.p);
  const priorSets = perSet(fromPrior.p);
  const f3 = (xs: number[]): string => xs.map((x) => x.toFixed(3)).join('/');
  const ok = (x: boolean): string => (x ? '' : ', fails the guards');
  const scores = `starts: lr ${fromLr.score.toFixed(3)} (${f3(lrSets)}${ok(feasible(fromLr.p))}), prior ${fromPrior.score.toFixed(3)} (${f3(priorSets)}${ok(feasible(fromPrior.p))})`;
  const lrOk = feasible(fromLr.p);
  const priorOk = feasible(fromPrior.p);
  const lrWins = lrOk && (!priorOk || (fromLr.score >= fromPrior.score + START_MARGIN && lrSets.every((x, i) => x >= priorSets[i])));
  return lrWins
    ? { lr, ...fromLr, start: 'lr', scores }
    : { lr, ...fromPrior, start: 'prior', scores };
}

function halves(sets: DevSet[]): [Keep, Keep] {
  const rnd = mulberry32(SEED);
  const a: Keep = new Map();
  const b: Keep = new Map();
  for (const set of sets) {
    const topics = [...new Set([...set.gold.values()].map(set.topic))].sort();
    for (let i = topics.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [topics[i], topics[j]] = [topics[j], topics[i]];
    }
    a.set(set.name, new Set(topics.filter((_, i) => i % 2 === 0)));
    b.set(set.name, new Set(topics.filter((_, i) => i % 2 === 1)));
  }
  return [a, b];
}

const args = process.argv.slice(2);
const write = args.includes('--write');
const quick = args.includes('--quick');
const halvesOnly = args.includes('--halves');
const dir = args.find((x, i) => !x.startsWith('--') && args[i - 1] !== '--set' && args[i - 1] !== '--synth-floor' && args[i - 1] !== '--set-drop') ?? '../shared/data';
const sets = [
  await load(dir, 'g5w1h', (s) => s),
  // An ECB+ gold story is `<topic>_<ecb|ecbplus>`: both events of a topic go to one half.
  await load(dir, 'ecbplus-dev', (s) => s.split('_')[0]),
];

const root = new URL('..', import.meta.url).pathname;
const SAMPLE = guardFeatures(await sampleSet(root));
const SYNTH = guardFeatures(await syntheticSet(SYNTH_N, SYNTH_SEED));
/** The stream the figures are reported on (not fitted on): 5k articles, seed 1, as in the README. */
let reportStream: GuardFeatures | undefined;
async function guardReport(p: StoryParams): Promise<string> {
  reportStream ??= guardFeatures(await syntheticSet(5000, 1));
  const r = runGuard(reportStream, p);
  const f = runGuard(SYNTH, p);
  const sample = runGuard(SAMPLE, p).b3 >= 1 - 1e-9 ? 'sample corpus stories as true' : 'sample corpus stories WRONG';
  return `synthetic 5k seed 1: ${r.stories} stories, pairwise F1 ${r.pw.toFixed(3)} BCubed F1 ${r.b3.toFixed(3)} | fit stream (${SYNTH_N}, seed ${SYNTH_SEED}) BCubed ${f.b3.toFixed(3)} (floor ${SYNTH_FLOOR}) | ${sample}`;
}

const t0 = Date.now();
const out = (s: string): boolean => process.stdout.write(s + '\n');
if (args.includes('--report')) {
  // Figures of the current params.ts only (no fit).
  const cur: StoryParams = { ...FITTED_PARAMS, ...handSetOverrides() };
  out(`params.ts (with any --set): ${JSON.stringify(cur)}`);
  for (const set of sets) out(run(set, cur).detail);
  const [ha, hb] = halves(sets);
  for (const set of sets) out(`  half A ${run(set, cur, ha).detail}`);
  for (const set of sets) out(`  half B ${run(set, cur, hb).detail}`);
  out(await guardReport(cur));
  process.exit(0);
}
let heldNote = 'not run (--quick)';
if (!quick) {
  const [ha, hb] = halves(sets);
  const fa = fit(sets, ha);
  const fb = fit(sets, hb);
  const heldB = objective(sets, fa.p, hb);
  const heldA = objective(sets, fb.p, ha);
  out(`half A: fit ${fa.score.toFixed(3)} -> held-out half B ${heldB.toFixed(3)}`);
  out(`  half A params (${fa.start} start; ${fa.scores}): ${JSON.stringify(fa.p)}`);
  for (const set of sets) out(`  held-out B ${run(set, fa.p, hb).detail}`);
  out(`  half A params: ${await guardReport(fa.p)}`);
  out(`half B: fit ${fb.score.toFixed(3)} -> held-out half A ${heldA.toFixed(3)}`);
  out(`  half B params (${fb.start} start; ${fb.scores}): ${JSON.stringify(fb.p)}`);
  for (const set of sets) out(`  held-out A ${run(set, fb.p, ha).detail}`);
  out(`  half B params: ${await guardReport(fb.p)}`);
  heldNote = `half A fit ${fa.score.toFixed(3)} -> half B ${heldB.toFixed(3)}; half B fit ${fb.score.toFixed(3)} -> half A ${heldA.toFixed(3)}`;
}
if (halvesOnly) {
  out(`guards: ${guardChecks} sets checked, ${guardRejects} rejected (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  process.exit(0);
}
const full = fit(sets);
out(`LR start: ${JSON.stringify(full.lr)}`);
out(`full fit (from the ${full.start} start; ${full.scores}): mean BCubed F1 ${full.score.toFixed(3)}`);
for (const set of sets) out(run(set, full.p).detail);
const fullGuards = await guardReport(full.p);
out(fullGuards);
out(`guards: ${guardChecks} sets checked, ${guardRejects} rejected`);
out(JSON.stringify(full.p));
out(`(${((Date.now() - t0) / 1000).toFixed(0)} s)`);

if (write) {
  const date = new Date().toISOString().slice(0, 10);
  const body = Object.entries(full.p).map(([k, v]) => `  ${k}: ${v},`).join('\n');
  writeFileSync(
    new URL('../src/stories/params.ts', import.meta.url),
    `/**
 * Fitted story-clustering parameters.
 *
 * Produced by \`node --import tsx scripts/fit-stories.ts --write\` (\`npm run fit\`) on ${date}: logistic
 * regression on teacher-forced decisions and a plain prior as two starts, then threshold scan and
 * coordinate search of the clustering itself, on both dev sets jointly (g5w1h + ecbplus-dev, read
 * as the product clusters them), maximising the mean BCubed F1 (full fit ${full.score.toFixed(3)})
 * over the parameter sets that pass two guards: the sample corpus's stories exactly as true, and
 * a BCubed F1 of at least ${SYNTH_FLOOR} on the synthetic stream (\`bench/generate.ts\`, ${SYNTH_N}
 * articles, seed ${SYNTH_SEED}). Figures: ${run(sets[1], full.p).detail}; ${run(sets[0], full.p).detail};
 * ${fullGuards}.
 * Leave-half-topics-out check (seeded split): ${heldNote}.
 */
import type { StoryParams } from './score.js';

/** The parameters the clusterer uses by default. */
export const FITTED_PARAMS: StoryParams = {
${body}
};
`,
  );
  out('wrote src/stories/params.ts');
}
