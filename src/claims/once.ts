/**
 * Reading a claim's words once: a clause is a member of several claim groups, and each group's
 * verdict reads it again.
 */
import type { Claim } from './types.js';

/** `read` run once per claim or clause, its result kept while the claim object lives. */
export function oncePerClause<T>(read: (c: Claim) => T): (c: Claim) => T {
  const done = new WeakMap<Claim, T>();
  return (c) => {
    // One look-up when the result is there (`has` then `get` is two).
    const kept = done.get(c);
    if (kept !== undefined || done.has(c)) return kept as T;
    const value = read(c);
    done.set(c, value);
    return value;
  };
}
