/**
 * `triangulate serve`: the HTTP API (JSON under `/api/`) and the web UI over one store.
 * Read-only unless `--allow-write` (corrections: merge / split / pin). Runs until interrupted.
 */
import type { Command } from 'commander';
import type { CliContext } from '../main.js';
import { UsageError } from '../main.js';
import { openCliStore } from './common.js';
import { startServer } from '../../server/index.js';

/** Parses `--port` (0..65535; 0 picks a free port). */
function portOf(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new UsageError(`--port must be a port number from 0 to 65535, got "${value}"`);
  return n;
}

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api/...) and the web UI (/) over the store; read-only unless --allow-write')
    .option('--port <n>', 'port to listen on (0: any free port)', '8080')
    .option('--host <address>', 'address to listen on (127.0.0.1: this machine only)', '127.0.0.1')
    .option('--allow-write', 'accept corrections (POST /api/corrections: merge, split, pin)')
    .action(async (flags: { port: string; host: string; allowWrite?: boolean }, cmd: Command) => {
      const port = portOf(flags.port);
      const store = await openCliStore(cmd);
      let running;
      try {
        running = await startServer(store, { port, host: flags.host }, { allowWrite: Boolean(flags.allowWrite), log: (line) => ctx.io.err(`${line}\n`) });
      } catch (err) {
        await store.close();
        ctx.io.err(`triangulate: cannot listen on ${flags.host}:${flags.port}: ${(err as Error).message}\n`);
        ctx.exitCode = 1;
        return;
      }
      ctx.io.err(`triangulate: serving ${store.kind} store at ${running.url}/ (API under ${running.url}/api/)${flags.allowWrite ? ', corrections allowed' : ', read-only'}; Ctrl-C stops\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await running.close();
      await store.close();
      ctx.io.err('triangulate: stopped\n');
    });
}
