/**
 * Reading a claim's words once: a clause is a member of several claim groups, and each group's
 * verdict reads it again.
 */
import type { Claim } from './types.js';

/** Every cache {@link oncePerClause} made, for {@link forgetClauses}. */
const CACHES: Map<Claim, unknown>[] = [];

/** Most results one cache keeps before it starts over (a bound for callers that never forget). */
const CACHE_MAX = 50_000;

/**
 * `read` run once per claim or clause, its result kept until {@link forgetClauses} (or until
 * the cache holds {@link CACHE_MAX} results). A plain map rather than a `WeakMap`: its look-ups
 * are cheaper, and its entries cost the collector nothing special; `read` is pure, so a result
 * read again after the cache was emptied is the same.
 */
export function oncePerClause<T>(read: (c: Claim) => T): (c: Claim) => T {
  const done = new Map<Claim, T>();
  CACHES.push(done as Map<Claim, unknown>);
  return (c) => {
    // One look-up when the result is there (`has` then `get` is two).
    const kept = done.get(c);
    if (kept !== undefined || done.has(c)) return kept as T;
    if (done.size >= CACHE_MAX) done.clear();
    const value = read(c);
    done.set(c, value);
    return value;
  };
}

/** Empties every {@link oncePerClause} cache: called when a story is done, so its claims can be collected. */
export function forgetClauses(): void {
  for (const m of CACHES) m.clear();
}
