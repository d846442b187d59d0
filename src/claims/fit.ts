/**
 * Reproducible fit of the alignment weights: `node --import tsx src/claims/fit.ts
 * <articles.jsonl> <claims.gold.json>...` analyses the articles once (as `analyze` does), then
 * scores a fixed grid of {@link AlignOptions} on every gold story and prints the settings by
 * mean pair F1, then, for each story, the pair F1 of the setting that scores best on the others
 * (leave one story out). Deterministic: no sampling.
 * With `--pairs` first, it fits the pair model (`pairmodel.ts`) on all stories and on every
 * leave-one-story-out split, printing the held-out story's pair P / R / F1 and contested groups
 * with the model fitted without it, its link precision / recall, and the weights.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { goldDocs, prepareRun, predictedFor, scoreClaims, toIndices, type GoldClaims } from '../eval/claims.js';
import { DEFAULT_ALIGN, claimVectors, scorePairs, type AlignOptions } from './align.js';
import { extractClaims } from './extract.js';
import { fitPairModel, pairContext, pairFeatures, pairProbability, type PairModel } from './pairmodel.js';
import type { PreparedRun } from '../eval/claims.js';

/** The grid searched: each key's candidate values (others stay at the defaults). */
export const GRID: Partial<Record<keyof AlignOptions, number[]>> = {
  modelLink: [0.3, 0.45, 0.6],
  modelMerge: [0.25, 0.4, 0.55],
  cover: [0.2, 0.4, 0.5],
  focus: [0, 0.3, 0.5, 0.7],
  alike: [0, 0.3, 0.4, 0.5],
};

function* settings(grid: Partial<Record<keyof AlignOptions, number[]>>): Generator<AlignOptions> {
  const keys = Object.keys(grid) as (keyof AlignOptions)[];
  const rec = function* (k: number, cur: AlignOptions): Generator<AlignOptions> {
    if (k === keys.length) {
      yield cur;
      return;
    }
    for (const v of grid[keys[k]]!) yield* rec(k + 1, { ...cur, [keys[k]]: v });
  };
  yield* rec(0, { ...DEFAULT_ALIGN });
}

/**
 * Training rows of the pair model for one gold story: every candidate link among the claims of
 * its gold documents, labelled 1 when both claims overlap mentions of one gold group.
 */
export function pairRows(run: PreparedRun, gold: GoldClaims): { x: number[]; y: number }[] {
  const docs = [...goldDocs(gold)].sort();
  const claims = docs.flatMap((id) => {
    const o = run.outputs.get(id);
    const a = run.articles.get(id);
    return a && o ? extractClaims(a, { times: o.times, attributions: o.attributions, entities: o.entities }) : [];
  });
  const mentions = gold.claims.flatMap((c) => c.mentions.map((m) => ({ ...m, group: c.id })));
  const groupsOf = claims.map((c) => new Set(mentions.filter((m) => m.doc === c.article && m.start < c.span.end && c.span.start < m.end).map((m) => m.group)));
  const vectors = claimVectors(claims);
  const ctx = pairContext(claims);
  return scorePairs(claims, vectors, DEFAULT_ALIGN.candidate, DEFAULT_ALIGN).map((l) => ({
    x: pairFeatures(claims[l.a], claims[l.b], l.score, ctx),
    y: [...groupsOf[l.a]].some((g) => groupsOf[l.b].has(g)) ? 1 : 0,
  }));
}

/** Precision / recall of links at probability `t` on rows, under a model. */
function linkQuality(rows: readonly { x: number[]; y: number }[], model: PairModel, t: number): string {
  const sel = rows.filter((r) => pairProbability(r.x, model) >= t);
  const tp = sel.filter((r) => r.y === 1).length;
  const pos = rows.filter((r) => r.y === 1).length;
  return `P${((100 * tp) / Math.max(1, sel.length)).toFixed(0)} R${((100 * tp) / Math.max(1, pos)).toFixed(0)}`;
}

/** The candidate-pair rows of each gold story, and each story's pair model fitted on the others' rows (leave-one-story-out). */
export function heldOutModels(run: PreparedRun, golds: readonly GoldClaims[]): { rows: { x: number[]; y: number }[][]; models: PairModel[] } {
  const rows = golds.map((g) => pairRows(run, g));
  return { rows, models: golds.map((_, h) => fitPairModel(rows.filter((_, i) => i !== h).flat())) };
}

/** `--pairs`: fits the pair model on all stories and leave-one-story-out, printing link quality. */
async function fitPairs(articles: string, goldPaths: string[]): Promise<void> {
  const run = await prepareRun(articles);
  const texts = new Map([...run.articles.values()].map((a) => [a.id, a.text]));
  const golds = goldPaths.map((p) => toIndices(JSON.parse(readFileSync(p, 'utf8')) as GoldClaims, texts));
  const { rows, models } = heldOutModels(run, golds);
  for (let h = 0; h < golds.length; h++) {
    const model = models[h];
    const q = [0.5, 0.7, 0.85].map((t) => `@${t} ${linkQuality(rows[h], model, t)}`).join('  ');
    // The whole stage on the held-out story with the model fitted without it.
    const docs = goldDocs(golds[h]);
    const s = scoreClaims(golds[h], predictedFor(run, docs, undefined, model));
    const f = `pair P ${(100 * s.precision).toFixed(1)} R ${(100 * s.recall).toFixed(1)} F1 ${(100 * s.f1).toFixed(1)}, contested ${s.contestedFound}/${s.contested}`;
    process.stdout.write(`held out ${golds[h].story}: ${f}; links ${q}  weights ${JSON.stringify(model.weights)}\n`);
  }
  const all = fitPairModel(rows.flat());
  process.stdout.write(`all stories: weights ${JSON.stringify(all.weights)}\n`);
}

async function main(args: string[]): Promise<void> {
  if (args[0] === '--pairs') return fitPairs(args[1], args.slice(2));
  const [articles, ...goldPaths] = args;
  const run = await prepareRun(articles);
  process.stderr.write(`${run.articles.size} articles, ${run.stories.length} stories\n`);
  const texts = new Map([...run.articles.values()].map((a) => [a.id, a.text]));
  const golds = goldPaths.map((p) => toIndices(JSON.parse(readFileSync(p, 'utf8')) as GoldClaims, texts));
  const docs = golds.map(goldDocs);
  const results: { opts: AlignOptions; f1s: number[]; contested: number[] }[] = [];
  for (const opts of settings(GRID)) {
    const scores = golds.map((g, i) => scoreClaims(g, predictedFor(run, docs[i], opts)));
    results.push({ opts, f1s: scores.map((s) => s.f1), contested: scores.map((s) => s.contestedFound / Math.max(1, s.contested)) });
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  results.sort((x, y) => mean(y.f1s) - mean(x.f1s));
  for (const r of results.slice(0, 10)) {
    process.stdout.write(`${mean(r.f1s).toFixed(3)} [${r.f1s.map((f) => f.toFixed(3)).join(' ')}] contested [${r.contested.map((c) => c.toFixed(2)).join(' ')}] ${JSON.stringify(r.opts)}\n`);
  }
  // Leave one story out: the setting that scores best on the other stories, scored on this one.
  const changed = (o: AlignOptions): string => JSON.stringify(Object.fromEntries(Object.keys(GRID).map((k) => [k, o[k as keyof AlignOptions]])));
  golds.forEach((g, h) => {
    const others = (r: (typeof results)[number]): number => mean(r.f1s.filter((_, i) => i !== h));
    const best = results.reduce((b, r) => (others(r) > others(b) ? r : b), results[0]);
    process.stdout.write(`held out ${g.story}: pair F1 ${best.f1s[h].toFixed(3)} with ${changed(best.opts)}\n`);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
