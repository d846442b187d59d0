/**
 * The library a benchmark times. By default the TypeScript sources (run under tsx, as the tests
 * do); with `--dist`, the compiled `dist/` that `bin/triangulate.js` runs (build it first with
 * `npm run build`). The difference is not only start-up: under tsx every worker thread
 * transpiles the sources again and keeps a module-loader thread of its own, which costs the
 * analysis about a tenth of its CPU.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The parts of the library the benchmarks use. */
export interface BenchLibrary {
  analyze: typeof import('../src/analyze.js').analyze;
  jsonChunks: typeof import('../src/report/json-stream.js').jsonChunks;
  ingest: typeof import('../src/pipeline/ingest.js').ingest;
  SqliteStore: typeof import('../src/store/sqlite.js').SqliteStore;
}

/** Whether this process was asked to time the compiled library (`--dist`). */
export const useDist = process.argv.includes('--dist');

/** Loads the library from `dist/` (when `dist` is true) or from the sources. */
export async function benchLibrary(dist = useDist): Promise<BenchLibrary> {
  if (dist) {
    const built = (path: string): string => new URL(`../dist/${path}`, import.meta.url).href;
    if (!existsSync(fileURLToPath(built('analyze.js')))) throw new Error('--dist: no dist/ (run `npm run build` first)');
    const [a, j, i, s] = await Promise.all([built('analyze.js'), built('report/json-stream.js'), built('pipeline/ingest.js'), built('store/sqlite.js')].map((u) => import(u)));
    return { analyze: a.analyze, jsonChunks: j.jsonChunks, ingest: i.ingest, SqliteStore: s.SqliteStore } as BenchLibrary;
  }
  const [a, j, i, s] = await Promise.all([
    import('../src/analyze.js'),
    import('../src/report/json-stream.js'),
    import('../src/pipeline/ingest.js'),
    import('../src/store/sqlite.js'),
  ]);
  return { analyze: a.analyze, jsonChunks: j.jsonChunks, ingest: i.ingest, SqliteStore: s.SqliteStore };
}
