/** `triangulate analyze --format json|md <inputs...>`: the full analysis of the given inputs. */
import type { Command } from 'commander';
import type { CliContext } from '../main.js';
import { UsageError } from '../main.js';
import { addInputOptions, ingestOptions, reportProblems, type InputFlags } from './common.js';
import { analyze } from '../../analyze.js';
import { renderAnalysisMarkdown } from '../../report/markdown.js';

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
    ctx.io.out(flags.format === 'json' ? `${JSON.stringify(document, null, 2)}\n` : renderAnalysisMarkdown(document));
  });
}
