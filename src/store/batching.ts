/**
 * Helpers for reading records by lists of ids in bounded batches, both backends alike.
 */
import { ARTICLE_BATCH } from './contract.js';

/** The distinct ids of a list, at their first place, in slices of at most `size`. */
export function idBatches(ids: readonly string[], size: number = ARTICLE_BATCH): string[][] {
  const distinct = [...new Set(ids)];
  const out: string[][] = [];
  for (let i = 0; i < distinct.length; i += size) out.push(distinct.slice(i, i + size));
  return out;
}

/** The records found for `ids`, in the order of `ids` (once per id; ids not found left out). */
export function inIdOrder<T>(ids: readonly string[], found: Iterable<T>, idOf: (record: T) => string): T[] {
  const byId = new Map<string, T>();
  for (const record of found) byId.set(idOf(record), record);
  const out: T[] = [];
  for (const id of new Set(ids)) {
    const record = byId.get(id);
    if (record !== undefined) out.push(record);
  }
  return out;
}
