/**
 * A compact map from string ids to numbers, for the run-wide table of ids an ingest has seen
 * (one entry per article of the run: a million and more on a big stream). A `Map<string,
 * number>` costs a hash-table entry plus a heap string per id, all of it in the garbage
 * collector's old generation; this table keeps the ids as UTF-8 bytes in one growing buffer and
 * everything else in typed arrays (about 24 bytes an entry plus the id's bytes), outside the
 * JavaScript heap. Lookups are exact: a 32-bit hash picks the slot and equal hashes are
 * confirmed byte by byte.
 */

/** Largest share of used slots before the slot table doubles. */
const MAX_LOAD = 0.5;

const encoder = new TextEncoder();

/** Exact string -> number map in typed arrays. Entries can be added and updated, not removed. */
export class IdTable {
  /** Slot -> entry number + 1 (0: empty). */
  private slots: Int32Array;
  /** Per entry: hash, start of its bytes in `bytes` (the entry's end is the next one's start), value. */
  private hashes: Uint32Array;
  private starts: Float64Array;
  private values: Float64Array;
  private bytes: Uint8Array;
  private used = 0;
  private entries = 0;
  /** Scratch: the UTF-8 bytes of the id being looked up, and their length. */
  private key = new Uint8Array(256);
  private keyLength = 0;

  /** An empty table sized for about `expected` ids. */
  constructor(expected = 1024) {
    let cap = 16;
    while (cap * MAX_LOAD < expected) cap *= 2;
    this.slots = new Int32Array(cap);
    const n = Math.max(16, expected);
    this.hashes = new Uint32Array(n);
    this.starts = new Float64Array(n + 1);
    this.values = new Float64Array(n);
    this.bytes = new Uint8Array(n * 16);
  }

  /** Number of ids. */
  get size(): number {
    return this.entries;
  }

  /** Bytes held by the table's buffers (capacity, not use). */
  get byteSize(): number {
    return this.slots.byteLength + this.hashes.byteLength + this.starts.byteLength + this.values.byteLength + this.bytes.byteLength + this.key.byteLength;
  }

  /** The value of `id`, or undefined when it was never set. */
  get(id: string): number | undefined {
    const e = this.find(this.encode(id));
    return e < 0 ? undefined : this.values[e];
  }

  /** Whether `id` was set. */
  has(id: string): boolean {
    return this.find(this.encode(id)) >= 0;
  }

  /** Sets the value of `id` (adding it when new). */
  set(id: string, value: number): this {
    const h = this.encode(id);
    const found = this.find(h);
    if (found >= 0) {
      this.values[found] = value;
      return this;
    }
    if ((this.used + 1) > this.slots.length * MAX_LOAD) this.rehash(this.slots.length * 2);
    const e = this.entries;
    if (e === this.hashes.length) this.growEntries();
    const start = this.starts[e];
    const end = start + this.keyLength;
    if (end > this.bytes.length) {
      let cap = this.bytes.length * 2;
      while (cap < end) cap *= 2;
      const b = new Uint8Array(cap);
      b.set(this.bytes.subarray(0, start));
      this.bytes = b;
    }
    this.bytes.set(this.key.subarray(0, this.keyLength), start);
    this.hashes[e] = h;
    this.values[e] = value;
    this.starts[e + 1] = end;
    this.entries++;
    const mask = this.slots.length - 1;
    let i = h & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = e + 1;
    this.used++;
    return this;
  }

  /** Writes `id`'s UTF-8 bytes to the scratch key and returns their hash (FNV-1a, then mixed). */
  private encode(id: string): number {
    let n = id.length;
    if (this.key.length < n * 3) this.key = new Uint8Array(Math.max(this.key.length * 2, n * 3));
    const key = this.key;
    let ascii = true;
    for (let i = 0; i < n; i++) {
      const c = id.charCodeAt(i);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      key[i] = c;
    }
    if (!ascii) n = encoder.encodeInto(id, key).written;
    this.keyLength = n;
    let h = 0x811c9dc5;
    for (let i = 0; i < n; i++) h = Math.imul(h ^ key[i], 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    return h >>> 0;
  }

  /** The entry whose bytes equal the scratch key (hash `h`), or -1. */
  private find(h: number): number {
    const mask = this.slots.length - 1;
    const n = this.keyLength;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const s = this.slots[i];
      if (s === 0) return -1;
      const e = s - 1;
      if (this.hashes[e] !== h) continue;
      const start = this.starts[e];
      if (this.starts[e + 1] - start !== n) continue;
      let same = true;
      for (let j = 0; j < n; j++) {
        if (this.bytes[start + j] !== this.key[j]) {
          same = false;
          break;
        }
      }
      if (same) return e;
    }
  }

  private growEntries(): void {
    const cap = this.hashes.length * 2;
    const hashes = new Uint32Array(cap);
    hashes.set(this.hashes);
    const starts = new Float64Array(cap + 1);
    starts.set(this.starts);
    const values = new Float64Array(cap);
    values.set(this.values);
    this.hashes = hashes;
    this.starts = starts;
    this.values = values;
  }

  private rehash(cap: number): void {
    this.slots = new Int32Array(cap);
    const mask = cap - 1;
    for (let e = 0; e < this.entries; e++) {
      let i = this.hashes[e] & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = e + 1;
    }
  }
}
