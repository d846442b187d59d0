/**
 * Reading a claim's words once: a clause is a member of several claim groups, and each group's
 * verdict reads it again.
 */
import type { Claim } from './types.js';

/** `read` run once per claim or clause, its result kept while the claim object lives. */
export function oncePerClause<T>(read: (c: Claim) => T): (c: Claim) => T {
  const done = new WeakMap<Claim, T>();
  return (c) => {
    if (!done.has(c)) done.set(c, read(c));
    return done.get(c) as T;
  };
}
