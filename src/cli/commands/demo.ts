/**
 * `triangulate demo` (what `npm start` runs): ingests the bundled sample corpus into a fresh
 * SQLite file and prints the readable report of its stories.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { CliContext } from '../main.js';
import { reportProblems, summaryLine } from './common.js';
import { SqliteStore } from '../../store/sqlite.js';
import { ingest } from '../../pipeline/ingest.js';
import { analyze } from '../../analyze.js';
import { renderAnalysisMarkdown } from '../../report/markdown.js';

/** The sample corpus shipped with the package. */
export const sampleDir = fileURLToPath(new URL('../../../sample/', import.meta.url));

export function registerDemo(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description('ingest the bundled sample corpus into a fresh SQLite file and print its report')
    .option('--out <path>', 'the SQLite file to (re)create', './triangulate-sample.db')
    .action(async (flags: { out: string }) => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${flags.out}${suffix}`, { force: true });
      const store = new SqliteStore(flags.out);
      try {
        const summary = await ingest(store, [sampleDir]);
        reportProblems(ctx, summary);
        ctx.io.err(`sample corpus ingested into ${flags.out}: ${summaryLine(ctx, summary)}\n`);
      } finally {
        await store.close();
      }
      const { document } = await analyze([sampleDir]);
      ctx.io.out(renderAnalysisMarkdown(document));
    });
}
