/**
 * Per-stage cost of the ingest pipeline, single thread: `node --import tsx bench/stages.ts
 * [--n 3000] [--seed 1]`. Generates a synthetic stream (bench/generate.ts), then times each
 * stage over all articles in turn (JSON parse + record validation, text stage, store insert,
 * dedup sketch, dedup index, clusterer features, the worker-to-main crossing of the prepared
 * docs, clusterer assignment) and prints wall and CPU milliseconds per article. Numbers the
 * worker pool can take off the main thread are marked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateStream } from './generate.js';
import { readRecords, type JsonRecord } from '../src/ingest/jsonl.js';
import type { DocContext } from '../src/ingest/context.js';
import { prepareArticle } from '../src/text/prepare.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { createDeduper } from '../src/dedup/index.js';
import { dedupInput } from '../src/dedup/sketch.js';
import { extractFeatures } from '../src/stories/features.js';
import { StoryClusterer } from '../src/stories/cluster.js';
import { clusterInput } from '../src/pipeline/stories.js';
import { packResult, unpackResult, type PrepareResult } from '../src/pipeline/prepare-task.js';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import type { Article } from '../src/types.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

interface Row {
  stage: string;
  wallMs: number;
  cpuMs: number;
  worker: boolean;
}

/** Times `fn` in wall and CPU milliseconds. */
function time<T>(fn: () => T): { value: T; wallMs: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, wallMs, cpuMs: (c.user + c.system) / 1000 };
}

async function main(): Promise<void> {
  const n = arg('--n', 3000);
  const seed = arg('--seed', 1);
  const lines = [...generateStream({ n, seed })].map(({ event: _e, copyOf: _c, copyKind: _k, ...a }) => JSON.stringify(a));
  const rows: Row[] = [];
  const ctx: DocContext = { input: 'bench.jsonl', origin: 'file', mediaType: 'application/x-ndjson', encoding: 'utf-8', messages: [] };

  const parsed = time(() => readRecords(lines.map((l, i): JsonRecord => ({ n: i + 1, value: JSON.parse(l) })), ctx, 'line', new Map()).documents);
  rows.push({ stage: 'JSON parse + validate', wallMs: parsed.wallMs, cpuMs: parsed.cpuMs, worker: true });
  const raws = parsed.value;

  const prepared = time(() => raws.map((r) => prepareArticle(r)));
  rows.push({ stage: 'text stage (prepareArticle)', wallMs: prepared.wallMs, cpuMs: prepared.cpuMs, worker: true });
  const articles: Article[] = prepared.value;

  const dir = mkdtempSync(join(tmpdir(), 'triangulate-stages-'));
  try {
    const store = new SqliteStore(join(dir, 'bench.db'));
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < articles.length; i += 500) await store.putArticles(articles.slice(i, i + 500));
    const c = process.cpuUsage(c0);
    rows.push({ stage: 'store insert (500/transaction)', wallMs: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, worker: false });
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const deduper = await createDeduper();
  const sketches = time(() => articles.map((a) => deduper.sketch(dedupInput(a))));
  rows.push({ stage: 'dedup sketch (normalise, MinHash, winnow)', wallMs: sketches.wallMs, cpuMs: sketches.cpuMs, worker: true });
  const indexed = time(() => sketches.value.map((s) => deduper.addSketch(s)));
  rows.push({ stage: 'dedup index (lookup, verify, groups)', wallMs: indexed.wallMs, cpuMs: indexed.cpuMs, worker: false });

  const features = time(() => articles.map((a) => extractFeatures(clusterInput(a))));
  rows.push({ stage: 'clusterer extractFeatures', wallMs: features.wallMs, cpuMs: features.cpuMs, worker: true });
  // What crosses from a worker to the main thread: the prepared docs, packed as worker.ts packs
  // them; the main thread pays the deserialisation.
  const result: PrepareResult = {
    input: 'bench.jsonl', messages: [], failed: false, nonBlank: n,
    docs: articles.map((article, i) => ({ article, features: features.value[i], sketch: sketches.value[i] })),
  };
  // Through a message port, as worker.ts posts (its buffer transferred): v8.serialize would copy
  // each typed-array view on its own, which postMessage does not.
  const { port1, port2 } = new MessageChannel();
  const packed = time(() => {
    const p = packResult(result);
    port1.postMessage(p, p.shared ? [p.shared] : []);
  });
  rows.push({ stage: 'worker -> main: pack + post', wallMs: packed.wallMs, cpuMs: packed.cpuMs, worker: true });
  const received = time(() => unpackResult(receiveMessageOnPort(port2)?.message as PrepareResult));
  rows.push({ stage: 'worker -> main: receive + unpack', wallMs: received.wallMs, cpuMs: received.cpuMs, worker: false });
  port1.close();
  const clusterer = new StoryClusterer();
  const assigned = time(() => features.value.map((f) => clusterer.addFeatures(f)));
  rows.push({ stage: 'clusterer addFeatures', wallMs: assigned.wallMs, cpuMs: assigned.cpuMs, worker: false });

  console.log(`per-stage cost, single thread, ${n} articles (seed ${seed}), ${process.version}`);
  console.log('stage                                        ms/article (wall)   ms/article (CPU)   where');
  let inWorker = 0;
  let onMain = 0;
  for (const r of rows) {
    console.log(`${r.stage.padEnd(44)} ${(r.wallMs / n).toFixed(3).padStart(17)}   ${(r.cpuMs / n).toFixed(3).padStart(16)}   ${r.worker ? 'worker' : 'main'}`);
    if (r.worker) inWorker += r.cpuMs / n;
    else onMain += r.cpuMs / n;
  }
  console.log(`CPU ms/article: ${inWorker.toFixed(3)} parallelisable, ${onMain.toFixed(3)} on the main thread`);
}

await main();
