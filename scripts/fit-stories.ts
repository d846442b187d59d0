/**
 * Reproducible fit of the story-clustering weights and threshold (`npm run fit`-style:
 * `node --import tsx scripts/fit-stories.ts [--write] [dataDir]`).
 *
 * - Data: both dev sets jointly, `stories/g5w1h.jsonl` and `stories/ecbplus-dev.jsonl`
 *   (default dir `../shared/data`), each clustered in publication order as `eval` does.
 * - Objective: the mean BCubed F1 of the two sets.
 * - Search: coordinate search over a fixed grid per parameter (the content weight is fixed at
 *   1, it sets the scale), a few deterministic sweeps from the current `params.ts`, keeping a
 *   change only when it improves the objective by more than 0.001 (ties keep the old value).
 * - Overfitting guard: the gold stories are split into two halves by topic with a seeded PRNG
 *   (seed 20261121; an ECB+ topic's two events stay on one side); the search runs on each half
 *   and is scored on the other. Both held-out figures are printed beside the full fit.
 * - `--write` writes the full-data fit into `src/stories/params.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFeatures, type ArticleFeatures, type ClusterInput } from '../src/stories/features.js';
import { publicationOrder, StoryClusterer } from '../src/stories/cluster.js';
import { bcubedScores, pairwiseScores, readGold, readJsonl } from '../src/eval/stories.js';
import type { StoryParams } from '../src/stories/score.js';
import { FITTED_PARAMS } from '../src/stories/params.js';

interface DevSet {
  name: string;
  /** Features in publication order. */
  features: ArticleFeatures[];
  gold: Map<string, string>;
  /** Topic of each gold story (for the half split). */
  topic: (story: string) => string;
}

const SEED = 20261121;
const GRID: Record<keyof StoryParams, number[]> = {
  content: [1],
  lead: [0, 0.2, 0.4, 0.6, 0.8, 1, 1.3],
  names: [0.2, 0.4, 0.6, 0.8, 1, 1.3, 1.6, 2],
  numbers: [0, 0.1, 0.2, 0.4, 0.6, 0.8, 1.2],
  dates: [0, 0.1, 0.2, 0.4, 0.6, 0.8, 1.2],
  yearConflict: [0, 0.1, 0.2, 0.4, 0.6, 1],
  time: [0, 0.1, 0.2, 0.4, 0.6, 1],
  timeScaleDays: [3, 7, 14, 30, 90],
  threshold: [0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.22, 0.24, 0.26, 0.28, 0.3, 0.33, 0.36, 0.4],
};
const ORDER: Array<keyof StoryParams> = ['threshold', 'names', 'lead', 'numbers', 'dates', 'yearConflict', 'time', 'timeScaleDays'];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function load(dir: string, name: string, topic: (s: string) => string): DevSet {
  const inputs = readJsonl<ClusterInput>(join(dir, 'stories', `${name}.jsonl`));
  const gold = readGold(join(dir, 'stories', `${name}.gold.jsonl`));
  return { name, features: publicationOrder(inputs).map(extractFeatures), gold, topic };
}

/** Clusters one set (restricted to `keep` gold stories) and scores it. */
function run(set: DevSet, p: StoryParams, keep?: Set<string>): { b3: number; pw: number; detail: string } {
  const c = new StoryClusterer({ params: p });
  const pred = new Map<string, string>();
  const gold = new Map<string, string>();
  for (const f of set.features) {
    const g = set.gold.get(f.id);
    if (g === undefined || (keep && !keep.has(set.topic(g)))) continue;
    pred.set(f.id, c.addFeatures(f).story);
    gold.set(f.id, g);
  }
  const b = bcubedScores(pred, gold);
  const w = pairwiseScores(pred, gold);
  const f3 = (x: number): string => x.toFixed(3);
  return {
    b3: b.f1, pw: w.f1,
    detail: `${set.name}: pairwise P ${f3(w.precision)} R ${f3(w.recall)} F1 ${f3(w.f1)} | BCubed P ${f3(b.precision)} R ${f3(b.recall)} F1 ${f3(b.f1)}`,
  };
}

function objective(sets: DevSet[], p: StoryParams, keep?: Map<string, Set<string>>): number {
  let s = 0;
  for (const set of sets) s += run(set, p, keep?.get(set.name)).b3;
  return s / sets.length;
}

function search(sets: DevSet[], start: StoryParams, keep?: Map<string, Set<string>>): { p: StoryParams; score: number } {
  let p = { ...start };
  let best = objective(sets, p, keep);
  for (let sweep = 0; sweep < 3; sweep++) {
    let changed = false;
    for (const key of ORDER) {
      for (const v of GRID[key]) {
        if (v === p[key]) continue;
        const q = { ...p, [key]: v };
        const s = objective(sets, q, keep);
        if (s > best + 0.001) {
          best = s;
          p = q;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return { p, score: best };
}

function halves(sets: DevSet[]): [Map<string, Set<string>>, Map<string, Set<string>>] {
  const rnd = mulberry32(SEED);
  const a = new Map<string, Set<string>>();
  const b = new Map<string, Set<string>>();
  for (const set of sets) {
    const topics = [...new Set([...set.gold.values()].map(set.topic))].sort();
    // Seeded shuffle, then alternate.
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
const dir = args.find((x) => !x.startsWith('--')) ?? '../shared/data';
const sets = [
  load(dir, 'g5w1h', (s) => s),
  // An ECB+ gold story is `<topic>_<ecb|ecbplus>`: both events of a topic go to one half.
  load(dir, 'ecbplus-dev', (s) => s.split('_')[0]),
];

const t0 = Date.now();
const [ha, hb] = halves(sets);
const fitA = search(sets, FITTED_PARAMS, ha);
const fitB = search(sets, FITTED_PARAMS, hb);
const heldB = objective(sets, fitA.p, hb);
const heldA = objective(sets, fitB.p, ha);
const full = search(sets, FITTED_PARAMS);
process.stdout.write(`half A fit ${fitA.score.toFixed(3)} -> held-out half B ${heldB.toFixed(3)}\n`);
process.stdout.write(`half B fit ${fitB.score.toFixed(3)} -> held-out half A ${heldA.toFixed(3)}\n`);
process.stdout.write(`full fit mean BCubed F1 ${full.score.toFixed(3)}\n`);
for (const set of sets) process.stdout.write(run(set, full.p).detail + '\n');
process.stdout.write(JSON.stringify(full.p) + '\n');
process.stdout.write(`(${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);

if (write) {
  const date = new Date().toISOString().slice(0, 10);
  const body = Object.entries(full.p).map(([k, v]) => `  ${k}: ${v},`).join('\n');
  writeFileSync(
    new URL('../src/stories/params.ts', import.meta.url),
    `/**
 * Fitted story-clustering parameters.
 *
 * Produced by \`node --import tsx scripts/fit-stories.ts --write\` on ${date}: coordinate search
 * over a fixed grid on both dev sets jointly (g5w1h + ecbplus-dev), maximising the mean BCubed
 * F1 (full fit ${full.score.toFixed(3)}); leave-half-topics-out check (seeded split): half A fit ->
 * half B ${heldB.toFixed(3)}, half B fit -> half A ${heldA.toFixed(3)}.
 */
import type { StoryParams } from './score.js';

/** The parameters the clusterer uses by default. */
export const FITTED_PARAMS: StoryParams = {
${body}
};
`,
  );
  process.stdout.write('wrote src/stories/params.ts\n');
}
