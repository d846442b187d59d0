/** `triangulate ingest <inputs...>`: read inputs into the store. */
import type { Command } from 'commander';
import type { CliContext } from '../main.js';
import { addInputOptions, ingestOptions, openCliStore, progressBar, reportProblems, summaryLine, type InputFlags } from './common.js';
import { ingest } from '../../pipeline/ingest.js';

export function registerIngest(program: Command, ctx: CliContext): void {
  addInputOptions(
    program
      .command('ingest')
      .description('ingest articles (files, directories, feeds, OPML, JSON lines, URLs, - for stdin) into the store')
      .argument('<inputs...>', 'paths, directories, http(s) URLs, or - for stdin')
      .option('--format <format>', 'summary format: text or json', 'text'),
  ).action(async (inputs: string[], flags: InputFlags & { format: string }, cmd: Command) => {
    const opts = ingestOptions(flags);
    const store = await openCliStore(cmd);
    const bar = progressBar(ctx, inputs.length);
    try {
      const summary = await ingest(store, inputs, { ...opts, keepArticles: false, onProgress: (p) => bar.update(p.inputsDone, p.articles) });
      bar.stop();
      reportProblems(ctx, summary);
      if (flags.format === 'json') {
        const { articles: _articles, ...rest } = summary;
        ctx.io.out(`${JSON.stringify({ ...rest, results: summary.results }, null, 2)}\n`);
      } else {
        ctx.io.out(`${summaryLine(ctx, summary)}\n`);
      }
    } finally {
      bar.stop();
      await store.close();
    }
  });
}
