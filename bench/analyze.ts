/**
 * The full-analysis benchmark: `node --import tsx bench/analyze.ts [--n 5000] [--seed 1]
 * [--mode both|one|pool] [--workers N]`. A seeded synthetic stream is written as JSON lines and
 * run through `analyze()` (ingest, dedup, stories, extraction, claims, summary) as the CLI does:
 *
 * - `one`: everything in this thread (`workers: 0`), with the CPU cost per article of each
 *   stage (tasks timed with a CPU clock; "ingest" is the rest: reading, the text stage, storing);
 * - `pool`: the default (worker threads), with the wall articles/s and the process CPU (all
 *   threads) per article; its per-stage figures are thread wall times (inflated when the
 *   machine is busy).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateStream } from './generate.js';
import { analyze, type AnalyzeOptions } from '../src/analyze.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const n = Number(arg('--n', '5000'));
const seed = Number(arg('--seed', '1'));
const mode = arg('--mode', 'both');
const workers = process.argv.includes('--workers') ? Number(arg('--workers', '2')) : undefined;

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const dir = mkdtempSync(join(tmpdir(), 'triangulate-analyze-bench-'));
const file = join(dir, `stream-${n}-s${seed}.jsonl`);
let bytes = 0;
writeFileSync(
  file,
  [...generateStream({ n, seed })]
    .map((r) => {
      bytes += r.text.length;
      return JSON.stringify({ id: r.id, text: r.text, title: r.title, published: r.published, outlet: r.outlet, url: r.url });
    })
    .join('\n') + '\n',
);
console.log(`analyze() on ${n} synthetic articles (seed ${seed}, mean ${(bytes / n / 1024).toFixed(1)} kB); load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);

/** Runs analyze once; returns articles, wall seconds, process CPU ms, and the stage timings. */
async function run(opts: AnalyzeOptions): Promise<{ articles: number; seconds: number; cpu: number; stages: Record<string, number> }> {
  const c0 = cpuMs();
  const w0 = performance.now();
  const { document, stages } = await analyze([file], { ...opts, profile: true });
  return { articles: document.articles.length, seconds: (performance.now() - w0) / 1000, cpu: cpuMs() - c0, stages: stages ?? {} };
}

const row = (label: string, ms: number): string => `  ${label.padEnd(28)} ${(ms / n).toFixed(3)} ms/article`;

try {
  if (mode === 'both' || mode === 'one') {
    const r = await run({ workers: 0, clock: cpuMs });
    const staged = Object.values(r.stages).reduce((a, b) => a + b, 0);
    console.log('one thread (workers 0), CPU per article:');
    console.log(row('ingest (read, text, store)', r.cpu - staged));
    for (const [stage, ms] of Object.entries(r.stages)) console.log(row(stage, ms));
    console.log(`${row('total CPU', r.cpu)} -> ${(r.articles / (r.cpu / 1000)).toFixed(0)} articles/s per core`);
    console.log(`  wall ${r.seconds.toFixed(1)} s -> ${(r.articles / r.seconds).toFixed(0)} articles/s`);
  }
  if (mode === 'both' || mode === 'pool') {
    const r = await run(workers === undefined ? {} : { workers });
    console.log(`worker pool (${workers ?? 'default'} workers): wall ${r.seconds.toFixed(1)} s -> ${(r.articles / r.seconds).toFixed(0)} articles/s; process CPU ${(r.cpu / n).toFixed(3)} ms/article`);
    console.log('  thread wall per article: ' + Object.entries(r.stages).map(([k, ms]) => `${k} ${(ms / n).toFixed(2)}`).join(', '));
  }
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
