/**
 * `npm run bench`: the end-to-end ingest benchmark. For each size it writes a seeded synthetic
 * stream (bench/generate.ts) as JSON lines once (kept in the temp folder and reused by later
 * runs), then times `ingest` into a fresh SQLite file: read + parse + text stage + store (one
 * transaction per batch) + dedup + story assignment, all in one call. Reports articles per
 * second of wall time and per CPU second (all threads: the machine is shared, CPU time is the
 * steadier figure; "main CPU" is the main thread's share, read from /proc on Linux), milliseconds
 * per article per stage (summed over threads), and peak RSS.
 * Each size runs in its own child process so that peak memory is its own.
 *
 *   npm run bench                      # 10k and 100k articles
 *   npm run bench -- --full            # also 1M (the stream file is ~4 GB, written once)
 *   npm run bench -- --sizes 20000     # chosen sizes
 *   npm run bench -- --workers 1       # worker threads (default: one per core but one; 0: none)
 *   npm run bench -- --heap 0          # main-thread heap cap in MiB (default 512; 0: Node's default)
 *   npm run bench -- --clean           # delete the cached stream files afterwards
 *   npm run bench -- --mem-trace       # memory on stderr every 25,000 stored articles
 *   npm run bench -- --dist            # time the compiled dist/ (what the CLI runs; `npm run build` first)
 *
 * The heap cap: on a machine with much memory V8 lets the main thread's old generation fill
 * with garbage up to a large share of it before collecting (peak RSS ~1.35 GiB at 100k with
 * ~200 MiB live); `--max-old-space-size=512` keeps the peak near 0.8 GiB at no CPU cost. The
 * `triangulate` command does the same for its heavy commands (bin/triangulate.js).
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { generateStream } from './generate.js';
import type { SqliteStore } from '../src/store/sqlite.js';
import { benchLibrary, useDist } from './library.js';

interface Figures {
  n: number;
  workers: number | null;
  wallSeconds: number;
  cpuSeconds: number;
  stories: number;
  links: number;
  peakRssMiB: number;
  /** Milliseconds per stage, summed over threads. */
  stages: Record<string, number>;
  /** CPU seconds of the main thread, and of every other thread of the process (Linux only). */
  mainCpuSeconds?: number;
  otherCpuSeconds?: number;
}

/** CPU seconds of each live thread of this process (Linux `/proc`; empty elsewhere). */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime (fields 14 and 15 of stat), in clock ticks of 1/100 s.
      out.set(tid, (Number(f[11]) + Number(f[12])) / 100);
    }
  } catch {
    // Not Linux: no per-thread figures.
  }
  return out;
}

/** Samples per-thread CPU while a run goes on (threads that end are kept at their last value). */
function threadSampler(): { stop(): { main: number; other: number } | null } {
  const last = new Map<string, number>();
  const sample = (): void => {
    for (const [tid, s] of threadCpu()) last.set(tid, s);
  };
  sample();
  const before = new Map(last);
  const timer = setInterval(sample, 100);
  return {
    stop() {
      clearInterval(timer);
      sample();
      if (last.size === 0) return null;
      const self = String(process.pid);
      let main = 0;
      let other = 0;
      for (const [tid, s] of last) {
        const d = s - (before.get(tid) ?? 0);
        if (tid === self) main += d;
        else other += d;
      }
      return { main, other };
    },
  };
}

const CACHE = join(tmpdir(), 'triangulate-bench');

/** The stream file of `n` articles for `seed`, written on first use. */
async function streamFile(n: number, seed: number): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `stream-${n}-s${seed}.jsonl`);
  if (existsSync(file)) return file;
  const part = `${file}.part`;
  const out = createWriteStream(part);
  let buf = '';
  for (const rec of generateStream({ n, seed })) {
    const { event: _e, copyOf: _c, copyKind: _k, ...article } = rec;
    buf += `${JSON.stringify(article)}\n`;
    if (buf.length >= 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
  renameSync(part, file);
  return file;
}

/**
 * `--mem-trace`: prints the process's memory to stderr every 25,000 stored articles (RSS, the
 * main thread's V8 heap used / committed, external and array buffers, in MiB), to see what grows
 * with the stream.
 */
function traceMemory(store: SqliteStore): void {
  const put = store.putArticles.bind(store);
  let stored = 0;
  let next = 25_000;
  const mib = (b: number): string => (b / 1048576).toFixed(0);
  store.putArticles = async (articles) => {
    const out = await put(articles);
    stored += articles.length;
    if (stored >= next) {
      next += 25_000;
      const m = process.memoryUsage();
      const peak = process.resourceUsage().maxRSS / 1024;
      process.stderr.write(`mem ${stored}: rss ${mib(m.rss)} (peak ${peak.toFixed(0)}) heap used ${mib(m.heapUsed)} / total ${mib(m.heapTotal)} external ${mib(m.external)} arrayBuffers ${mib(m.arrayBuffers)}\n`);
    }
    return out;
  };
}

/** Runs one size in this process and prints its figures as JSON. */
async function one(n: number, file: string, workers: number | null): Promise<void> {
  const { SqliteStore, ingest } = await benchLibrary();
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-db-'));
  try {
    const store = new SqliteStore(join(dir, 'bench.db'));
    if (process.argv.includes('--mem-trace')) traceMemory(store);
    const sampler = threadSampler();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const summary = await ingest(store, [file], {
      keepArticles: false, maxBytes: 1 << 20, profile: true, ...(workers === null ? {} : { workers }),
    });
    const wallSeconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(c0);
    const threads = sampler.stop();
    await store.close();
    if (summary.added !== n) throw new Error(`expected ${n} articles, stored ${summary.added}`);
    const figures: Figures = {
      n, workers, wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6,
      stories: summary.stories?.created ?? 0, links: summary.stories?.links ?? 0,
      peakRssMiB: process.resourceUsage().maxRSS / 1024, stages: summary.profile ?? {},
      ...(threads ? { mainCpuSeconds: threads.main, otherCpuSeconds: threads.other } : {}),
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const seed = Number(arg('--seed') ?? 1);
const workersArg = arg('--workers');
const workers = workersArg === undefined ? null : Number(workersArg);
if (arg('--one')) {
  await one(Number(arg('--one')), arg('--file') as string, workers);
} else {
  const sizes = (arg('--sizes') ?? '10000,100000').split(',').map(Number);
  if (process.argv.includes('--full')) sizes.push(1_000_000);
  const self = fileURLToPath(import.meta.url);
  const heap = Number(arg('--heap') ?? 512);
  console.log(`end-to-end ingest ${useDist ? 'of dist/ ' : ''}(read, parse, text, store, dedup, stories), seed ${seed}, workers ${workers ?? 'default'}, heap cap ${heap || 'none'}, ${process.version}`);
  console.log('articles   wall s    CPU s   articles/s   articles/CPU-s   ms/article wall   ms/article CPU   main CPU   stories   dup links   peak RSS MiB');
  const all: Figures[] = [];
  for (const n of sizes) {
    const file = await streamFile(n, seed);
    const args = [...(heap > 0 ? [`--max-old-space-size=${heap}`] : []), '--import', 'tsx', self, '--one', String(n), '--file', file, ...(workers === null ? [] : ['--workers', String(workers)]), ...(process.argv.includes('--mem-trace') ? ['--mem-trace'] : []), ...(useDist ? ['--dist'] : [])];
    // Two malloc arenas and a fixed mmap threshold, as bin/triangulate.js sets for its heavy commands (see there).
    const env = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2', MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072' };
    const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'], env });
    const f = JSON.parse(out.trim().split('\n').pop() as string) as Figures;
    all.push(f);
    console.log(
      `${String(f.n).padStart(8)}   ${f.wallSeconds.toFixed(1).padStart(6)}   ${f.cpuSeconds.toFixed(1).padStart(6)}   ` +
      `${(f.n / f.wallSeconds).toFixed(0).padStart(10)}   ${(f.n / f.cpuSeconds).toFixed(0).padStart(14)}   ` +
      `${((f.wallSeconds * 1000) / f.n).toFixed(3).padStart(15)}   ${((f.cpuSeconds * 1000) / f.n).toFixed(3).padStart(14)}   ` +
      `${f.mainCpuSeconds === undefined ? '       -' : ((f.mainCpuSeconds * 1000) / f.n).toFixed(3).padStart(8)}   ` +
      `${String(f.stories).padStart(7)}   ${String(f.links).padStart(9)}   ${f.peakRssMiB.toFixed(0).padStart(12)}`,
    );
  }
  const stages = [...new Set(all.flatMap((f) => Object.keys(f.stages)))];
  console.log('\nms/article per stage (summed over threads; "main waits" is the main thread idle for workers)');
  console.log(`${'stage'.padEnd(18)}${all.map((f) => String(f.n).padStart(10)).join('')}`);
  for (const s of stages) console.log(`${s.padEnd(18)}${all.map((f) => ((f.stages[s] ?? 0) / f.n).toFixed(3).padStart(10)).join('')}`);
  if (all.length > 1) {
    const first = all[0];
    const last = all[all.length - 1];
    const ratio = (last.cpuSeconds / last.n) / (first.cpuSeconds / first.n);
    console.log(`\nCPU per article at ${last.n} vs ${first.n}: ${ratio.toFixed(2)}x`);
  }
  if (process.argv.includes('--clean')) rmSync(CACHE, { recursive: true, force: true });
  else console.log(`(stream files kept in ${CACHE} for later runs; --clean removes them)`);
}
