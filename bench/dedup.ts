/**
 * Dedup benchmark: `add()` throughput and peak memory on the synthetic stream of
 * `bench/generate.ts`, plus how well the duplicate groups match the generator's ground truth.
 *
 *   node --import tsx bench/dedup.ts                 # 10k and 100k documents, one process each
 *   node --import tsx bench/dedup.ts --n 20000 --seed 3 [--max-docs 50000]
 *
 * Only the time spent inside `add()` counts towards throughput (generation is excluded). Peak
 * RSS is the whole process's (generator included), measured in a fresh process per size.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createDeduper, type DedupLink } from '../src/dedup/index.js';
import { generateStream } from './generate.js';

/** Figures of one run. */
export interface DedupBenchResult {
  n: number;
  seed: number;
  seconds: number;
  /** CPU seconds (user + system) spent in `add()`: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  docsPerSecond: number;
  docsPerCpuSecond: number;
  mbPerSecond: number;
  peakRssMb: number;
  indexMb: number;
  links: Record<DedupLink['kind'], number>;
  /** Copies grouped with their source, per copy kind (found / total). */
  recall: Record<'exact' | 'near' | 'contains', { found: number; total: number }>;
  /** Links whose two articles belong to one generated copy family. */
  precision: { correct: number; total: number };
  /** Links whose kind equals the generator's copy kind. */
  kindAgreement: { same: number; total: number };
}

/** Runs the benchmark in this process. */
export async function runDedupBench(n: number, seed: number, maxDocs?: number): Promise<DedupBenchResult> {
  const d = await createDeduper(maxDocs ? { maxDocs } : {});
  const family = new Map<string, string>();
  const copyKind = new Map<string, string>();
  const copies: Array<{ id: string; of: string; kind: 'exact' | 'near' | 'contains' }> = [];
  const links: Record<DedupLink['kind'], number> = { exact: 0, near: 0, contains: 0 };
  const precision = { correct: 0, total: 0 };
  const kindAgreement = { same: 0, total: 0 };
  let ns = 0n;
  let cpuUs = 0;
  let chars = 0;
  for (const rec of generateStream({ n, seed })) {
    family.set(rec.id, rec.copyOf ? (family.get(rec.copyOf) ?? rec.copyOf) : rec.id);
    if (rec.copyOf && rec.copyKind) {
      copies.push({ id: rec.id, of: rec.copyOf, kind: rec.copyKind });
      copyKind.set(rec.id, rec.copyKind);
    }
    chars += rec.text.length;
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    const out = d.add({ id: rec.id, text: rec.text });
    ns += process.hrtime.bigint() - t;
    const used = process.cpuUsage(c);
    cpuUs += used.user + used.system;
    for (const l of out) {
      links[l.kind]++;
      precision.total++;
      if (family.get(l.article) === family.get(l.of)) precision.correct++;
      const truth = copyKind.get(l.article) ?? copyKind.get(l.of);
      if (truth) {
        kindAgreement.total++;
        if (truth === l.kind) kindAgreement.same++;
      }
    }
  }
  const recall = {
    exact: { found: 0, total: 0 },
    near: { found: 0, total: 0 },
    contains: { found: 0, total: 0 },
  };
  for (const c of copies) {
    recall[c.kind].total++;
    if (d.group(c.id).id === d.group(c.of).id) recall[c.kind].found++;
  }
  const seconds = Number(ns) / 1e9;
  return {
    n,
    seed,
    seconds: round(seconds, 2),
    cpuSeconds: round(cpuUs / 1e6, 2),
    docsPerSecond: Math.round(n / seconds),
    docsPerCpuSecond: Math.round(n / (cpuUs / 1e6)),
    mbPerSecond: round(chars / 1e6 / seconds, 1),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    indexMb: Math.round(d.stats().approxBytes / 1e6),
    links,
    recall,
    precision,
    kindAgreement,
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function format(r: DedupBenchResult): string {
  const pct = (a: number, b: number): string => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
  return [
    `n=${r.n} seed=${r.seed}: add() ${r.seconds}s wall (${r.docsPerSecond} docs/s), ${r.cpuSeconds}s CPU (${r.docsPerCpuSecond} docs/CPU-s), ${r.mbPerSecond} MB/s of text; peak RSS ${r.peakRssMb} MB (index+sketches ~${r.indexMb} MB)`,
    `  links: exact ${r.links.exact}, near ${r.links.near}, contains ${r.links.contains}; precision ${pct(r.precision.correct, r.precision.total)} (${r.precision.correct}/${r.precision.total}); kind agreement ${pct(r.kindAgreement.same, r.kindAgreement.total)}`,
    `  recall: exact ${pct(r.recall.exact.found, r.recall.exact.total)} of ${r.recall.exact.total}, near ${pct(r.recall.near.found, r.recall.near.total)} of ${r.recall.near.total}, contains ${pct(r.recall.contains.found, r.recall.contains.total)} of ${r.recall.contains.total}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const arg = (name: string): number | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  const n = arg('n');
  const seed = arg('seed') ?? 1;
  const maxDocs = arg('max-docs');
  if (n !== undefined) {
    const r = await runDedupBench(n, seed, maxDocs);
    if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(r)}\n`);
    else process.stdout.write(`${format(r)}\n`);
    return;
  }
  const self = fileURLToPath(import.meta.url);
  for (const size of [10_000, 100_000]) {
    const extra = maxDocs ? ['--max-docs', String(maxDocs)] : [];
    const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--n', String(size), '--seed', String(seed), ...extra], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    process.stdout.write(out);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
