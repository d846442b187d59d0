/**
 * Terminal output helpers for the CLI: data goes to stdout, logs and problems to stderr;
 * colour only on a TTY and never when `NO_COLOR` is set (https://no-color.org).
 */
import type { Message } from '../types.js';

/** Where the CLI writes. Injectable so tests can capture output. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is an interactive terminal (progress bars, colour). */
  errIsTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/** The process's own streams. */
export const processIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  errIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
};

/** Whether colour may be used on stderr. */
export function useColor(io: Io): boolean {
  return io.errIsTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && io.env.TERM !== 'dumb';
}

const codes = { red: 31, yellow: 33, dim: 2, bold: 1, green: 32, cyan: 36 } as const;

/** Wraps text in an ANSI colour when allowed. */
export function paint(io: Io, color: keyof typeof codes, text: string): string {
  return useColor(io) ? `\u001b[${codes[color]}m${text}\u001b[0m` : text;
}

/** One line for a problem: `file: error|warning|note: reason [ruleId]`. */
export function formatMessage(io: Io, m: Message): string {
  const level = m.fatal ? paint(io, 'red', 'error') : m.fatal === false ? paint(io, 'yellow', 'warning') : paint(io, 'dim', 'note');
  const where = m.file ? `${m.file}: ` : '';
  const place = m.place ? ` (at ${m.place.start}-${m.place.end})` : '';
  return `${where}${level}: ${m.reason}${place} [${m.source}:${m.ruleId}]`;
}

/** A plain aligned text table. */
export function table(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : (c ?? '').padEnd(widths[i]))).join('  ').trimEnd())
    .join('\n') + '\n';
}

/** Shortens text to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
