/** `triangulate analyze --format json|md <inputs...>`: the full analysis of the given inputs. */
import type { Command } from 'commander';
import type { CliContext } from '../main.js';
import { UsageError } from '../main.js';
import { addInputOptions, ingestOptions, reportProblems, type InputFlags } from './common.js';
import { analyze } from '../../analyze.js';
import { renderAnalysisMarkdown } from '../../report/markdown.js';
import { jsonChunks } from '../../report/json-stream.js';

export function registerAnalyze(program: Command, ctx: CliContext): void {
  addInputOptions(
    program
      .command('analyze')
      .description('analyse the given inputs together (nothing is read from or written to the store)')
      .argument('<inputs...>', 'paths, directories, http(s) URLs, or - for stdin')
      .option('--format <format>', 'json or md', 'json'),
  ).action(async (inputs: string[], flags: InputFlags & { format: string }) => {
    if (!['json', 'md'].includes(flags.format)) throw new UsageError(`--format must be json or md, got "${flags.format}"`);
    const { document, summary } = await analyze(inputs, ingestOptions(flags));
    reportProblems(ctx, summary);
    if (flags.format === 'md') return void ctx.io.out(renderAnalysisMarkdown(document));
    // Streamed piece by piece: a large analysis does not fit in one string.
    for (const chunk of jsonChunks(document)) ctx.io.out(chunk);
  });
}
