/**
 * Options and helpers shared by the commands that read inputs (`ingest`, `analyze`).
 */
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import type { CliContext } from '../main.js';
import { UsageError } from '../main.js';
import { formatMessage, paint } from '../output.js';
import type { IngestOptions, IngestSummary } from '../../pipeline/ingest.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/contract.js';

/** Adds the options every input-reading command takes. */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .option('--outlet <name>', 'set the outlet of every input of this call')
    .option('--published <date>', 'set the publication date (ISO 8601) of every input of this call')
    .addOption(new Option('--max-bytes <n>', 'size cap per input in bytes').default('10485760'))
    .addOption(new Option('--timeout <ms>', 'timeout per URL fetch in milliseconds').default('15000'));
}

/** Raw option values of {@link addInputOptions}. */
export interface InputFlags {
  outlet?: string;
  published?: string;
  maxBytes: string;
  timeout: string;
}

/** Validates and converts input flags to ingest options. Throws {@link UsageError}. */
export function ingestOptions(flags: InputFlags): IngestOptions {
  const maxBytes = Number(flags.maxBytes);
  const timeoutMs = Number(flags.timeout);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes must be a positive number, got "${flags.maxBytes}"`);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new UsageError(`--timeout must be a positive number, got "${flags.timeout}"`);
  if (flags.published !== undefined && !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(flags.published)) {
    throw new UsageError(`--published must be an ISO date such as 2025-11-22, got "${flags.published}"`);
  }
  if (flags.outlet !== undefined && flags.outlet.trim() === '') throw new UsageError('--outlet must not be empty');
  const overrides: IngestOptions['overrides'] = {};
  if (flags.outlet !== undefined) overrides.outlet = flags.outlet.trim();
  if (flags.published !== undefined) overrides.published = flags.published;
  return { maxBytes, timeoutMs, overrides };
}

/** Opens the store named by the global `--db` option. */
export async function openCliStore(cmd: Command): Promise<Store> {
  const { db } = cmd.optsWithGlobals<{ db: string }>();
  return openStore(db);
}

/** A progress bar on stderr for long runs on a TTY; a no-op otherwise. */
export function progressBar(ctx: CliContext, total: number): { update(done: number, articles: number): void; stop(): void } {
  if (!ctx.io.errIsTTY || total < 2) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: 'ingest [{bar}] {value}/{total} inputs | {articles} articles', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { articles: 0 });
  return { update: (done, articles) => bar.update(done, { articles }), stop: () => bar.stop() };
}

/** Prints every problem of a run on stderr and sets exit code 1 when an input failed. */
export function reportProblems(ctx: CliContext, summary: IngestSummary): void {
  for (const m of summary.messages) {
    if (m.fatal === undefined) continue; // notes are shown with the article, not as problems
    ctx.io.err(`${formatMessage(ctx.io, m)}\n`);
  }
  if (summary.failed > 0) ctx.exitCode = 1;
}

/** The one-line end-of-run summary. */
export function summaryLine(ctx: CliContext, s: IngestSummary): string {
  const failed = s.failed > 0 ? paint(ctx.io, 'red', `${s.failed} failed`) : '0 failed';
  const versions = s.newVersions > 0 ? ` (${s.newVersions} as new versions)` : '';
  const stories = s.stories ? `; ${s.stories.assigned} assigned to stories (${s.stories.created} new), ${s.stories.links} duplicate link(s)` : '';
  return `${s.added} added, ${s.updated + s.newVersions} updated${versions}, ${s.unchanged + s.skipped} skipped, ${failed}${stories}`;
}

/** Throws a {@link UsageError} unless `format` is one of `allowed`. */
export function checkFormat(format: string, allowed: string[]): void {
  if (!allowed.includes(format)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, got "${format}"`);
}

/** Parses a positive integer option, or throws a {@link UsageError} naming the option. */
export function positiveInt(option: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${option} must be a positive integer, got "${value}"`);
  return n;
}
