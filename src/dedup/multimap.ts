/**
 * A compact multimap from unsigned 32-bit keys to lists of non-negative integers (document
 * numbers), kept in typed arrays: open addressing with linear probing for the keys and a pool
 * of linked nodes for the values. A key with a single value (most LSH band keys) keeps it in
 * its slot, without a node. About 16 bytes per stored pair, against several times that for a
 * `Map` of arrays, which matters for millions of index entries.
 */
/** Largest share of used slots before the key table grows (linear probing stays short). */
const MAX_LOAD = 0.7;

export class U32MultiMap {
  private keys: Uint32Array;
  /**
   * Head node per slot; EMPTY for a never-used slot, DELETED for a vacated one, or a single
   * value `v` kept inline as `INLINE - v`.
   */
  private heads: Int32Array;
  /** Values per slot, saturating at 255 (a cheap test for long lists). */
  private counts: Uint8Array;
  private used = 0;
  private live = 0;
  private nodeVal: Int32Array;
  private nodeNext: Int32Array;
  private nodeTop = 0;
  private freeNode = -1;
  private pairs = 0;

  private static readonly EMPTY = -1;
  private static readonly DELETED = -2;
  /** Inline values are stored as `INLINE - value` (always below DELETED). */
  private static readonly INLINE = -3;

  /** Creates an empty map sized for about `expectedKeys` keys. */
  constructor(expectedKeys = 1024) {
    let cap = 16;
    while (cap * MAX_LOAD < expectedKeys) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.heads = new Int32Array(cap).fill(U32MultiMap.EMPTY);
    this.counts = new Uint8Array(cap);
    this.nodeVal = new Int32Array(cap);
    this.nodeNext = new Int32Array(cap);
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.live;
  }

  /** Number of stored (key, value) pairs. */
  get pairCount(): number {
    return this.pairs;
  }

  /** Approximate bytes held by the typed arrays. */
  get bytes(): number {
    return this.keys.byteLength * 2 + this.counts.byteLength + this.nodeVal.byteLength * 2;
  }

  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const h = this.heads[i];
      if (h === U32MultiMap.EMPTY) return -1;
      if (h !== U32MultiMap.DELETED && this.keys[i] === key) return i;
      i = (i + 1) & mask;
    }
  }

  /** Number of values stored under `key`, or 255 for 255 and more (O(1)). */
  count(key: number): number {
    const s = this.slotOf(key);
    return s < 0 ? 0 : this.counts[s];
  }

  /** Adds `value` under `key` (duplicates are kept; the caller avoids them). */
  add(key: number, value: number): void {
    const cap = this.keys.length;
    if (this.used + 1 > cap * MAX_LOAD) this.rehash(this.live + 1 > cap * MAX_LOAD * 0.5 ? cap * 2 : cap);
    const mask = this.keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    let firstDeleted = -1;
    for (;;) {
      const h = this.heads[i];
      if (h === U32MultiMap.EMPTY) break;
      if (h === U32MultiMap.DELETED) {
        if (firstDeleted < 0) firstDeleted = i;
      } else if (this.keys[i] === key) {
        // A second value moves the inline one to a node first.
        const next = h <= U32MultiMap.INLINE ? this.newNode(U32MultiMap.INLINE - h, -1) : h;
        this.heads[i] = this.newNode(value, next);
        if (this.counts[i] < 255) this.counts[i]++;
        this.pairs++;
        return;
      }
      i = (i + 1) & mask;
    }
    if (firstDeleted >= 0) i = firstDeleted;
    else this.used++;
    this.keys[i] = key;
    this.heads[i] = U32MultiMap.INLINE - value;
    this.counts[i] = 1;
    this.live++;
    this.pairs++;
  }

  /** Calls `fn` with every value stored under `key`, most recently added first. */
  forEach(key: number, fn: (value: number) => void): void {
    const s = this.slotOf(key);
    if (s < 0) return;
    const h = this.heads[s];
    if (h <= U32MultiMap.INLINE) {
      fn(U32MultiMap.INLINE - h);
      return;
    }
    for (let n = h; n >= 0; n = this.nodeNext[n]) fn(this.nodeVal[n]);
  }

  /** Removes one occurrence of `value` under `key`; returns whether one was found. */
  remove(key: number, value: number): boolean {
    const s = this.slotOf(key);
    if (s < 0) return false;
    const h = this.heads[s];
    if (h <= U32MultiMap.INLINE) {
      if (U32MultiMap.INLINE - h !== value) return false;
      this.heads[s] = U32MultiMap.DELETED;
      this.counts[s] = 0;
      this.live--;
      this.pairs--;
      return true;
    }
    let prev = -1;
    for (let n = this.heads[s]; n >= 0; prev = n, n = this.nodeNext[n]) {
      if (this.nodeVal[n] !== value) continue;
      const next = this.nodeNext[n];
      if (prev < 0) this.heads[s] = next;
      else this.nodeNext[prev] = next;
      this.nodeNext[n] = this.freeNode;
      this.freeNode = n;
      this.pairs--;
      if (this.counts[s] < 255) this.counts[s]--;
      else {
        let c = 0;
        for (let m = this.heads[s]; m >= 0 && c < 255; m = this.nodeNext[m]) c++;
        this.counts[s] = c;
      }
      if (this.heads[s] < 0) {
        this.heads[s] = U32MultiMap.DELETED;
        this.live--;
      }
      return true;
    }
    return false;
  }

  /** Removes `key` with all its values; returns how many values were removed. */
  deleteKey(key: number): number {
    const s = this.slotOf(key);
    if (s < 0) return 0;
    let removed = 0;
    if (this.heads[s] <= U32MultiMap.INLINE) removed = 1;
    for (let n = this.heads[s]; n >= 0; ) {
      const next = this.nodeNext[n];
      this.nodeNext[n] = this.freeNode;
      this.freeNode = n;
      removed++;
      n = next;
    }
    this.heads[s] = U32MultiMap.DELETED;
    this.counts[s] = 0;
    this.live--;
    this.pairs -= removed;
    return removed;
  }

  private newNode(value: number, next: number): number {
    let n = this.freeNode;
    if (n >= 0) {
      this.freeNode = this.nodeNext[n];
    } else {
      if (this.nodeTop === this.nodeVal.length) {
        const cap = this.nodeVal.length * 2;
        const v = new Int32Array(cap);
        v.set(this.nodeVal);
        const x = new Int32Array(cap);
        x.set(this.nodeNext);
        this.nodeVal = v;
        this.nodeNext = x;
      }
      n = this.nodeTop++;
    }
    this.nodeVal[n] = value;
    this.nodeNext[n] = next;
    return n;
  }

  /** Rebuilds the key table with `cap` slots, dropping deleted markers. */
  private rehash(cap: number): void {
    const { keys, heads, counts } = this;
    this.keys = new Uint32Array(cap);
    this.heads = new Int32Array(cap).fill(U32MultiMap.EMPTY);
    this.counts = new Uint8Array(cap);
    const mask = cap - 1;
    for (let s = 0; s < keys.length; s++) {
      if (heads[s] === U32MultiMap.EMPTY || heads[s] === U32MultiMap.DELETED) continue;
      let i = Math.imul(keys[s], 0x9e3779b1) >>> 0 & mask;
      while (this.heads[i] !== U32MultiMap.EMPTY) i = (i + 1) & mask;
      this.keys[i] = keys[s];
      this.heads[i] = heads[s];
      this.counts[i] = counts[s];
    }
    this.used = this.live;
  }
}
