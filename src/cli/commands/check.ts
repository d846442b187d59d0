/**
 * `triangulate check`: a claim against stored articles (one article, a story, or the whole
 * store): supports / contradicts / discusses / unrelated, with evidence spans; or, with
 * `--pairs FILE`, the machine-readable mode of `../shared/EVALUATION.md`.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { CliContext } from '../main.js';
import { UsageError } from '../main.js';
import { checkFormat, openCliStore, positiveInt } from './common.js';
import { clip, formatMessage, paint, table } from '../output.js';
import { checkPairs, type CheckResult } from '../../check/index.js';
import { checkStored, type CheckTarget } from '../../check/stored.js';
import type { Article } from '../../types.js';

interface CheckFlags {
  pairs?: string;
  article?: string;
  story?: string;
  all?: boolean;
  limit: string;
  format: string;
}

export function registerCheck(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description('check a claim against stored articles (supports / contradicts / discusses / unrelated), or --pairs FILE')
    .argument('[claim]', 'the claim, one sentence (e.g. a headline)')
    .option('--pairs <file>', 'JSON lines of {"id","claim","text"}: one verdict per line (- for stdin)')
    .option('--article <id>', 'check against this stored article')
    .option('--story <id>', 'check against every article of this story')
    .option('--all', 'check against every stored article')
    .option('--limit <n>', 'with --all: at most this many related articles shown', '20')
    .option('--format <format>', 'text, json or jsonl', 'text')
    .action(async (claim: string | undefined, flags: CheckFlags, cmd: Command) => {
      checkFormat(flags.format, ['text', 'json', 'jsonl']);
      if (flags.pairs) {
        if (claim) throw new UsageError('give either a claim or --pairs, not both');
        let input: string;
        try {
          input = readFileSync(flags.pairs === '-' ? 0 : flags.pairs, 'utf8');
        } catch (err) {
          ctx.io.err(`${flags.pairs}: error: cannot read: ${(err as Error).message}\n`);
          ctx.exitCode = 1;
          return;
        }
        const { verdicts, messages } = checkPairs(input, flags.pairs);
        for (const m of messages) ctx.io.err(`${formatMessage(ctx.io, m)}\n`);
        if (messages.some((m) => m.fatal)) ctx.exitCode = 1;
        if (flags.format === 'json') ctx.io.out(`${JSON.stringify(verdicts, null, 2)}\n`);
        else for (const v of verdicts) ctx.io.out(`${JSON.stringify(v)}\n`);
        return;
      }
      if (!claim) throw new UsageError('give a claim to check (or --pairs FILE)');
      const targets = [flags.article, flags.story, flags.all].filter(Boolean).length;
      if (targets !== 1) throw new UsageError('say what to check against: --article <id>, --story <id> or --all');
      const target: CheckTarget = flags.article ? { article: flags.article } : flags.story ? { story: flags.story } : { all: true, limit: positiveInt('--limit', flags.limit) };
      const store = await openCliStore(cmd);
      try {
        const checked = await checkStored(store, claim, target);
        if ('missing' in checked) {
          ctx.io.err(`triangulate: no ${checked.missing.kind} "${checked.missing.id}" in the store\n`);
          ctx.exitCode = 1;
          return;
        }
        const shown = checked.results;
        if (flags.format !== 'text') {
          const rows = shown.map(({ article, result }) => ({ article: article.id, outlet: article.outlet, ...result }));
          ctx.io.out(flags.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
          return;
        }
        if (shown.length === 0) return void ctx.io.out('no related article\n');
        ctx.io.out(table(['VERDICT', 'SCORE', 'OUTLET', 'ARTICLE'], shown.map(({ article, result }) => [result.verdict, result.scores[result.verdict].toFixed(2), article.outlet ?? '-', clip(article.id, 60)])));
        for (const { article, result } of shown) ctx.io.out(evidenceLines(ctx, article, result));
      } finally {
        await store.close();
      }
    });
}

function evidenceLines(ctx: CliContext, a: Article, r: CheckResult): string {
  if (r.verdict === 'unrelated' || r.evidence.length === 0) return '';
  const lines = [`\n${paint(ctx.io, 'bold', a.id)} (${r.verdict}):`];
  for (const e of r.evidence.slice(0, 3)) lines.push(`  [${e.start}-${e.end}] ${clip(e.text, 160)}`);
  return `${lines.join('\n')}\n`;
}
