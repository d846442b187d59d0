/**
 * The `triangulate` command line: a thin shell over the library API (`src/index.ts`).
 * Exit codes (every command): 0 done, 1 some inputs failed (output complete for the rest),
 * 2 usage error (nothing done). Data on stdout; logs, progress and problems on stderr.
 */
import { Command, CommanderError, Option } from 'commander';
import { processIo, type Io } from './output.js';
import { registerIngest } from './commands/ingest.js';
import { registerArticles } from './commands/articles.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerDemo } from './commands/demo.js';
import { registerStories } from './commands/stories.js';
import { registerCheck } from './commands/check.js';
import { registerServe } from './commands/serve.js';

/** Shared state of one CLI run: the exit code commands set. */
export interface CliContext {
  io: Io;
  exitCode: number;
}

/** A usage problem detected by a command itself (exit code 2). */
export class UsageError extends Error {}

/** Builds the program; exported for tests. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('triangulate')
    .description('Read the news like a careful editor: stories, claims, origins and timelines, offline.')
    .version('0.1.0')
    .addOption(new Option('--db <path>', 'SQLite file or postgres:// URL').env('TRIANGULATE_DB').default('./triangulate.db'))
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s) });
  registerIngest(program, ctx);
  registerArticles(program, ctx);
  registerStories(program, ctx);
  registerAnalyze(program, ctx);
  registerCheck(program, ctx);
  registerServe(program, ctx);
  registerDemo(program, ctx);
  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s) });
  }
  return program;
}

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const ctx: CliContext = { io, exitCode: 0 };
  const program = buildProgram(ctx);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 2;
    }
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof UsageError) {
      io.err(`triangulate: ${err.message}\n`);
      return 2;
    }
    io.err(`triangulate: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}
