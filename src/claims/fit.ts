/**
 * Reproducible fit of the alignment weights: `node --import tsx src/claims/fit.ts
 * <articles.jsonl> <claims.gold.json>...` analyses the articles once (as `analyze` does), then
 * scores a fixed grid of {@link AlignOptions} on every gold story and prints the settings by
 * mean pair F1 (ties: fewer parameters changed from the defaults). Deterministic: no sampling.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { prepareRun, predictedFor, scoreClaims, toIndices, type GoldClaims } from '../eval/claims.js';
import { DEFAULT_ALIGN, type AlignOptions } from './align.js';

/** The grid searched: each key's candidate values (others stay at the defaults). */
export const GRID: Partial<Record<keyof AlignOptions, number[]>> = {
  link: [0.2, 0.25, 0.3],
  merge: [0.15, 0.25, 0.35],
  cover: [0.2, 0.35],
  coreMass: [0.5, 0.65, 0.8],
  bestOnly: [0, 1],
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

async function main(args: string[]): Promise<void> {
  const [articles, ...goldPaths] = args;
  const run = await prepareRun(articles);
  process.stderr.write(`${run.articles.size} articles, ${run.stories.length} stories\n`);
  const texts = new Map([...run.articles.values()].map((a) => [a.id, a.text]));
  const golds = goldPaths.map((p) => toIndices(JSON.parse(readFileSync(p, 'utf8')) as GoldClaims, texts));
  const docs = golds.map((g) => new Set(g.claims.flatMap((c) => c.mentions.map((m) => m.doc))));
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
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
