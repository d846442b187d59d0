/** Small constructors for ingest {@link Message} records. */
import type { Message } from '../types.js';

/** A fatal problem: the input (or the part named by `file`) could not be read. */
export function fatal(ruleId: string, reason: string, file: string, source: string): Message {
  return { reason, file, ruleId, source, fatal: true };
}

/** A warning: the input was read, but something about it is off. */
export function warning(ruleId: string, reason: string, file: string, source: string): Message {
  return { reason, file, ruleId, source, fatal: false };
}

/** An informational note. */
export function note(ruleId: string, reason: string, file: string, source: string): Message {
  return { reason, file, ruleId, source };
}

/** Formats a byte count as megabytes with one decimal, e.g. `12.4 MB` (1 MB = 1 MiB). */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  const rounded = Math.round(mb * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} MB`;
}
