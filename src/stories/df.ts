/**
 * Online document frequencies with bounded memory. Counts are updated as articles arrive; when
 * the table grows past its capacity, the rarest entries are dropped (a forgotten feature reads
 * as never seen, i.e. rare, which is what it nearly was).
 */

/** Counts whose IDF is memoised (per document count `n`). */
const IDF_MEMO = 256;

/** Document-frequency table over feature hashes (unsigned 32-bit keys, as `fnv1a` gives). */
export class DocumentFrequencies {
  /** Number of documents counted. */
  n = 0;
  /**
   * The counts, as an insertion-ordered table (iterates like a `Map`): entry keys and counts in
   * parallel typed arrays, found through an open-addressing index of entry numbers + 1.
   */
  private keys = new Uint32Array(1024);
  private vals = new Int32Array(1024);
  /** Per entry, the document (`n`) that last counted it (dedups keys within a document). */
  private seen = new Int32Array(1024);
  private used = 0;
  private slots = new Int32Array(2048);
  /** IDF by count below {@link IDF_MEMO}, valid for `n === memoN` (0: not computed; an IDF is at least 1). */
  private readonly memo = new Float64Array(IDF_MEMO);
  private memoN = -1;

  /** @param capacity - the most entries kept (the rarest are pruned beyond it). */
  constructor(private readonly capacity = 250_000) {}

  /** Counts one document holding the given distinct keys. */
  addDocument(keys: Iterable<number>): void {
    this.n++;
    for (const k of keys) this.bump(k);
    if (this.used > this.capacity) this.prune();
  }

  /**
   * Counts one document holding the keys of all the given lists, each distinct key once (the
   * same as `addDocument(new Set(...lists))`, without building the set).
   */
  addDistinct(lists: ReadonlyArray<Iterable<number>>): void {
    this.n++;
    for (const keys of lists) for (const k of keys) this.bump(k, this.n);
    if (this.used > this.capacity) this.prune();
  }

  /** Document frequency of a key. */
  df(key: number): number {
    const e = this.find(key);
    return e < 0 ? 0 : this.vals[e];
  }

  /** Smoothed IDF: `ln((1 + n) / (1 + df)) + 1`. */
  idf(key: number): number {
    const e = this.find(key);
    const c = e < 0 ? 0 : this.vals[e];
    if (c >= IDF_MEMO) return Math.log((1 + this.n) / (1 + c)) + 1;
    // Memoised by count for the current `n` (the same expression, computed once per count).
    if (this.memoN !== this.n) {
      this.memo.fill(0);
      this.memoN = this.n;
    }
    const hit = this.memo[c];
    if (hit !== 0) return hit;
    const x = Math.log((1 + this.n) / (1 + c)) + 1;
    this.memo[c] = x;
    return x;
  }

  /** Number of entries held. */
  get size(): number {
    return this.used;
  }

  /** Entry number of a key, or -1. */
  private find(key: number): number {
    const mask = this.slots.length - 1;
    for (let i = slotOf(key, mask); ; i = (i + 1) & mask) {
      const e = this.slots[i];
      if (e === 0) return -1;
      if (this.keys[e - 1] === key) return e - 1;
    }
  }

  /**
   * Adds one to a key's count (a new key is appended, `Map` order); with `doc`, only when the
   * key was not counted for that document already.
   */
  private bump(key: number, doc = 0): void {
    const mask = this.slots.length - 1;
    let i = slotOf(key, mask);
    for (; ; i = (i + 1) & mask) {
      const e = this.slots[i];
      if (e === 0) break;
      if (this.keys[e - 1] === key) {
        if (doc !== 0) {
          if (this.seen[e - 1] === doc) return;
          this.seen[e - 1] = doc;
        }
        this.vals[e - 1]++;
        return;
      }
    }
    if (this.used === this.keys.length) {
      const keys = new Uint32Array(this.keys.length * 2);
      keys.set(this.keys);
      const vals = new Int32Array(this.vals.length * 2);
      vals.set(this.vals);
      const seen = new Int32Array(this.seen.length * 2);
      seen.set(this.seen);
      this.keys = keys;
      this.vals = vals;
      this.seen = seen;
    }
    this.keys[this.used] = key;
    this.vals[this.used] = 1;
    this.seen[this.used] = doc;
    this.used++;
    this.slots[i] = this.used;
    if (this.used * 2 > this.slots.length) this.reindex();
  }

  /** Rebuilds the open-addressing index for the entries held (load at most 1/4 after, rebuilt past 1/2). */
  private reindex(): void {
    let size = 2048;
    while (size < this.used * 4) size *= 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let e = 0; e < this.used; e++) {
      let i = slotOf(this.keys[e], mask);
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = e + 1;
    }
    this.slots = slots;
  }

  /** Drops the lowest counts until at most 70% of the capacity is used (order of the rest kept). */
  private prune(): void {
    const target = Math.floor(this.capacity * 0.7);
    const hist = new Map<number, number>();
    for (let e = 0; e < this.used; e++) hist.set(this.vals[e], (hist.get(this.vals[e]) ?? 0) + 1);
    const levels = [...hist.keys()].sort((a, b) => a - b);
    let remaining = this.used;
    let cut = 0;
    for (const c of levels) {
      if (remaining <= target) break;
      remaining -= hist.get(c) ?? 0;
      cut = c;
    }
    let k = 0;
    for (let e = 0; e < this.used; e++) {
      if (this.vals[e] <= cut) continue;
      this.keys[k] = this.keys[e];
      this.seen[k] = this.seen[e];
      this.vals[k++] = this.vals[e];
    }
    this.used = k;
    this.reindex();
  }

  /** Sets a key's count (restoring a snapshot). */
  private set(key: number, count: number): void {
    this.bump(key);
    this.vals[this.find(key)] = count;
  }

  /** Plain data for a snapshot. */
  toJSON(): { n: number; capacity: number; counts: Array<[number, number]> } {
    const counts: Array<[number, number]> = [];
    for (let e = 0; e < this.used; e++) counts.push([this.keys[e], this.vals[e]]);
    return { n: this.n, capacity: this.capacity, counts };
  }

  /** The inverse of {@link toJSON}. */
  static fromJSON(j: { n: number; capacity: number; counts: Array<[number, number]> }): DocumentFrequencies {
    const d = new DocumentFrequencies(j.capacity);
    d.n = j.n;
    for (const [k, c] of j.counts) d.set(k, c);
    return d;
  }
}

/** Home slot of a key: its bits mixed (multiplicative hashing, high bits folded in), masked. */
function slotOf(key: number, mask: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return (h ^ (h >>> 16)) & mask;
}
