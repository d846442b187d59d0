/**
 * The full-analysis benchmark: `node --import tsx bench/analyze.ts [--n 5000] [--seed 1]
 * [--mode both|one|pool] [--workers N] [--dist]`. A seeded synthetic stream is written as JSON lines and
 * run through `analyze()` (ingest, dedup, stories, extraction, claims, summary) as the CLI does:
 *
 * - `one`: everything in this thread (`workers: 0`), with the CPU cost per article of each
 *   stage (tasks timed with a CPU clock; "ingest" is the rest: reading, the text stage, storing);
 * - `pool`: the default (worker threads), with the wall articles/s, the process CPU (all
 *   threads) per article and, on Linux, the CPU per article of each busy thread; its per-stage
 *   figures are thread wall times (inflated when the machine is busy).
 *
 * The per-thread CPU is grouped: the main thread, the threads the process had before the run
 * (V8's platform threads: concurrent JIT compilation and GC helpers, shared by every
 * isolate; `--no-concurrent-recompilation` moves most of their CPU to the JS threads, so it is
 * mostly compilation, not GC), and the threads started by the run (the analysis workers).
 *
 * `--dist` times the compiled `dist/` (what `bin/triangulate.js` runs; `npm run build` first)
 * instead of the sources under tsx, whose workers each transpile the sources again.
 *
 * Both then write the document's JSON (`jsonChunks`, as `analyze --format json`) and report its
 * CPU apart.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateStream } from './generate.js';
import type { AnalyzeOptions } from '../src/analyze.js';
import { benchLibrary, useDist } from './library.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const n = Number(arg('--n', '5000'));
const seed = Number(arg('--seed', '1'));
const mode = arg('--mode', 'both');
const workers = process.argv.includes('--workers') ? Number(arg('--workers', '2')) : undefined;

const { analyze, jsonChunks } = await benchLibrary();

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
console.log(`analyze() ${useDist ? 'of dist/ ' : ''}on ${n} synthetic articles (seed ${seed}, mean ${(bytes / n / 1024).toFixed(1)} kB); load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);

/**
 * CPU milliseconds per thread of this process (Linux: `/proc/self/task`), by thread id, with
 * each thread's name; empty elsewhere. Sampled while a run goes on, since worker threads end
 * with it.
 */
function threadCpu(): Map<string, { name: string; ms: number }> {
  const out = new Map<string, { name: string; ms: number }>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      // utime and stime (fields 14 and 15 of stat), in clock ticks of 10 ms.
      out.set(tid, { name, ms: (Number(fields[11]) + Number(fields[12])) * 10 });
    }
  } catch {
    // not Linux
  }
  return out;
}

/** CPU of one thread during a run, and whether the thread existed before it. */
interface ThreadCpu {
  name: string;
  ms: number;
  preexisting: boolean;
}

/** Keeps the last CPU figure of every thread seen while `work` runs. */
async function perThread<T>(work: () => Promise<T>): Promise<{ value: T; threads: Map<string, ThreadCpu> }> {
  const threads = new Map<string, ThreadCpu>();
  const before = threadCpu();
  const sample = (): void => {
    for (const [tid, t] of threadCpu()) threads.set(tid, { name: t.name, ms: t.ms - (before.get(tid)?.ms ?? 0), preexisting: before.has(tid) });
  };
  const timer = setInterval(sample, 200);
  try {
    const value = await work();
    sample();
    return { value, threads };
  } finally {
    clearInterval(timer);
  }
}

/** Runs analyze once and writes its JSON (as `analyze --format json` does, to nowhere). */
async function run(opts: AnalyzeOptions): Promise<{ articles: number; seconds: number; cpu: number; stages: Record<string, number>; json: { cpu: number; bytes: number } }> {
  const c0 = cpuMs();
  const w0 = performance.now();
  const { document, stages } = await analyze([file], { ...opts, profile: true });
  const seconds = (performance.now() - w0) / 1000;
  const c1 = cpuMs();
  let bytes = 0;
  for (const chunk of jsonChunks(document)) bytes += chunk.length;
  const c2 = cpuMs();
  return { articles: document.articles.length, seconds, cpu: c1 - c0, stages: stages ?? {}, json: { cpu: c2 - c1, bytes } };
}

/**
 * CPU per article by thread group (main; threads that were there before the run: V8's
 * platform threads; threads the run started: the workers), each busy thread's figure after
 * its group's sum.
 */
function threadList(threads: Map<string, ThreadCpu>): string {
  if (threads.size === 0) return 'unknown';
  const main = String(process.pid);
  const groups: Array<[string, (tid: string, t: ThreadCpu) => boolean]> = [
    ['main', (tid) => tid === main],
    ['older threads (V8 JIT + GC, module loader)', (tid, t) => tid !== main && t.preexisting],
    ['started by the run', (tid, t) => tid !== main && !t.preexisting],
  ];
  return groups
    .map(([label, member]) => {
      const list = [...threads].filter(([tid, t]) => member(tid, t)).sort((x, y) => Number(x[0]) - Number(y[0]));
      const sum = list.reduce((a, [, t]) => a + t.ms, 0);
      const busy = list.filter(([, t]) => t.ms >= n * 0.05).map(([, t]) => (t.ms / n).toFixed(2));
      return `${label} ${(sum / n).toFixed(2)}${busy.length > 1 ? ` (${busy.join(' + ')})` : ''}`;
    })
    .join('; ');
}

const row = (label: string, ms: number): string => `  ${label.padEnd(28)} ${(ms / n).toFixed(3)} ms/article`;

try {
  if (mode === 'both' || mode === 'one') {
    const { value: r, threads } = await perThread(() => run({ workers: 0, clock: cpuMs }));
    const staged = Object.values(r.stages).reduce((a, b) => a + b, 0);
    console.log('one thread (workers 0), CPU per article:');
    console.log(row('ingest (read, text, store)', r.cpu - staged));
    for (const [stage, ms] of Object.entries(r.stages)) console.log(row(stage, ms));
    console.log(`${row('total CPU', r.cpu)} -> ${(r.articles / (r.cpu / 1000)).toFixed(0)} articles/s per core`);
    console.log(`${row('JSON text (not in total)', r.json.cpu)}, ${(r.json.bytes / n / 1024).toFixed(1)} k characters per article`);
    console.log(`  wall ${r.seconds.toFixed(1)} s -> ${(r.articles / r.seconds).toFixed(0)} articles/s`);
    console.log(`  CPU per article by thread: ${threadList(threads)}`);
  }
  if (mode === 'both' || mode === 'pool') {
    const { value: r, threads } = await perThread(() => run(workers === undefined ? {} : { workers }));
    console.log(`worker pool (${workers ?? 'default'} workers): wall ${r.seconds.toFixed(1)} s -> ${(r.articles / r.seconds).toFixed(0)} articles/s; process CPU ${(r.cpu / n).toFixed(3)} ms/article`);
    console.log('  thread wall per article: ' + Object.entries(r.stages).map(([k, ms]) => `${k} ${(ms / n).toFixed(2)}`).join(', '));
    console.log(`  CPU per article by thread: ${threadList(threads)}`);
    console.log(`  JSON text (after the run): ${(r.json.cpu / n).toFixed(3)} ms/article`);
  }
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
