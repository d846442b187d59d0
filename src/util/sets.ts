/** Small set measures shared by stages. */

/** Jaccard overlap of two sets: shared / union, 0 when both are empty. */
export function jaccard<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): number {
  let inter = 0;
  for (const w of x) if (y.has(w)) inter++;
  const union = x.size + y.size - inter;
  return union === 0 ? 0 : inter / union;
}
