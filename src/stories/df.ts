/**
 * Online document frequencies with bounded memory. Counts are updated as articles arrive; when
 * the table grows past its capacity, the rarest entries are dropped (a forgotten feature reads
 * as never seen, i.e. rare, which is what it nearly was).
 */

/** Document-frequency table over feature hashes. */
export class DocumentFrequencies {
  /** Number of documents counted. */
  n = 0;
  private readonly counts = new Map<number, number>();

  /** @param capacity - the most entries kept (the rarest are pruned beyond it). */
  constructor(private readonly capacity = 250_000) {}

  /** Counts one document holding the given distinct keys. */
  addDocument(keys: Iterable<number>): void {
    this.n++;
    for (const k of keys) this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
    if (this.counts.size > this.capacity) this.prune();
  }

  /** Document frequency of a key. */
  df(key: number): number {
    return this.counts.get(key) ?? 0;
  }

  /** Smoothed IDF: `ln((1 + n) / (1 + df)) + 1`. */
  idf(key: number): number {
    return Math.log((1 + this.n) / (1 + (this.counts.get(key) ?? 0))) + 1;
  }

  /** Number of entries held. */
  get size(): number {
    return this.counts.size;
  }

  /** Drops the lowest counts until at most 70% of the capacity is used. */
  private prune(): void {
    const target = Math.floor(this.capacity * 0.7);
    const hist = new Map<number, number>();
    for (const c of this.counts.values()) hist.set(c, (hist.get(c) ?? 0) + 1);
    const levels = [...hist.keys()].sort((a, b) => a - b);
    let remaining = this.counts.size;
    let cut = 0;
    for (const c of levels) {
      if (remaining <= target) break;
      remaining -= hist.get(c) ?? 0;
      cut = c;
    }
    for (const [k, c] of this.counts) if (c <= cut) this.counts.delete(k);
  }

  /** Plain data for a snapshot. */
  toJSON(): { n: number; capacity: number; counts: Array<[number, number]> } {
    return { n: this.n, capacity: this.capacity, counts: [...this.counts.entries()] };
  }

  /** The inverse of {@link toJSON}. */
  static fromJSON(j: { n: number; capacity: number; counts: Array<[number, number]> }): DocumentFrequencies {
    const d = new DocumentFrequencies(j.capacity);
    d.n = j.n;
    for (const [k, c] of j.counts) d.counts.set(k, c);
    return d;
  }
}
