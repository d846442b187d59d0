#!/usr/bin/env node
// The commands that stream a large corpus through the store (ingest, recluster, demo) run with a
// capped main-thread heap: on a
// machine with much memory V8 otherwise lets garbage fill a large share of it before collecting
// (peak RSS over 1.3 GiB for a 100k-article ingest with ~200 MiB live). When no cap is given
// (`--max-old-space-size` in NODE_OPTIONS or node's own arguments), this script starts itself
// again with one: TRIANGULATE_MAX_HEAP_MB (default 512; 0 turns the cap off). `analyze` is not
// capped: it holds its whole document in memory by design. The restarted process also gets two
// glibc malloc arenas (MALLOC_ARENA_MAX=2 unless set): with the worker threads, the default of
// one arena per thread keeps freed memory apart; with two, a 100k bench ingest peaked at 811 MiB
// RSS against 838 (one run each, same CPU per article). It also fixes glibc's mmap threshold at
// 128 KiB (MALLOC_MMAP_THRESHOLD_ unless set): by default each freed large block raises the
// threshold, so the multi-megabyte buffers of worker messages and typed arrays come to live in
// the main heap, which fragments and is not given back (a 200k ingest: glibc's heap 185 MiB
// against 82, RSS at 200k 788 against 715 MiB, peak 790 against 760).
import { spawn } from 'node:child_process';

const HEAVY = new Set(['ingest', 'recluster', 'demo']);
const args = process.argv.slice(2);
// The command: the first argument that is neither an option nor the value of `--db <path>`.
const command = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--db');
const capMb = Number(process.env.TRIANGULATE_MAX_HEAP_MB ?? 512);
const capped = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => a.startsWith('--max-old-space-size'));

if (!capped && capMb > 0 && HEAVY.has(command ?? '') && !process.env.TRIANGULATE_HEAP_CAPPED) {
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${Math.trunc(capMb)}`, process.argv[1], ...args], {
    stdio: 'inherit',
    env: {
      ...process.env,
      TRIANGULATE_HEAP_CAPPED: '1',
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
      MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072',
    },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 1;
  });
} else {
  import('../dist/cli/main.js').then((m) => m.main(args)).then((code) => { process.exitCode = code; });
}
