/**
 * `npm run bench`: the end-to-end ingest benchmark. For each size it writes a seeded synthetic
 * stream (bench/generate.ts) as JSON lines, then times `ingest` into a fresh SQLite file:
 * read + text stage + store (one transaction per batch), then dedup + story assignment, and
 * reports articles/second, the cost per article and peak RSS. Each size runs in its own child
 * process so that peak memory is its own.
 *
 *   npm run bench                      # 10k and 100k articles
 *   npm run bench -- --full            # also 1M
 *   npm run bench -- --sizes 20000     # chosen sizes
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { generateStream } from './generate.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { ingest } from '../src/pipeline/ingest.js';
import { updateStories } from '../src/pipeline/assign.js';

interface Figures {
  n: number;
  generateSeconds: number;
  ingestSeconds: number;
  storiesSeconds: number;
  stories: number;
  links: number;
  peakRssMiB: number;
}

async function writeStream(file: string, n: number, seed: number): Promise<void> {
  const out = createWriteStream(file);
  for (const rec of generateStream({ n, seed })) {
    const { event: _e, copyOf: _c, copyKind: _k, ...article } = rec;
    if (!out.write(`${JSON.stringify(article)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Runs one size in this process and prints its figures as JSON. */
async function one(n: number, seed: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-'));
  try {
    const file = join(dir, 'stream.jsonl');
    let t = performance.now();
    await writeStream(file, n, seed);
    const generateSeconds = (performance.now() - t) / 1000;
    const store = new SqliteStore(join(dir, 'bench.db'));
    t = performance.now();
    const summary = await ingest(store, [file], { stories: false, keepArticles: false, maxBytes: 1 << 20 });
    const ingestSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const stories = await updateStories(store);
    const storiesSeconds = (performance.now() - t) / 1000;
    await store.close();
    if (summary.added !== n) throw new Error(`expected ${n} articles, stored ${summary.added}`);
    const figures: Figures = {
      n, generateSeconds, ingestSeconds, storiesSeconds, stories: stories.created, links: stories.links,
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
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
if (arg('--one')) {
  await one(Number(arg('--one')), seed);
} else {
  const sizes = (arg('--sizes') ?? '10000,100000').split(',').map(Number);
  if (process.argv.includes('--full')) sizes.push(1_000_000);
  const self = fileURLToPath(import.meta.url);
  console.log(`end-to-end ingest (read + text + store + dedup + stories), seed ${seed}, ${process.version}`);
  console.log('articles   total s   articles/s   ms/article   (ingest s, stories s)   stories   dup links   peak RSS MiB');
  for (const n of sizes) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--one', String(n), '--seed', String(seed)], { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
    const f = JSON.parse(out.trim().split('\n').pop()!) as Figures;
    const total = f.ingestSeconds + f.storiesSeconds;
    console.log(
      `${String(f.n).padStart(8)}   ${total.toFixed(1).padStart(7)}   ${(f.n / total).toFixed(0).padStart(10)}   ${((total * 1000) / f.n).toFixed(3).padStart(10)}   ` +
      `(${f.ingestSeconds.toFixed(1)}, ${f.storiesSeconds.toFixed(1)})`.padEnd(24) + `${String(f.stories).padStart(7)}   ${String(f.links).padStart(9)}   ${f.peakRssMiB.toFixed(0).padStart(12)}`,
    );
  }
}
