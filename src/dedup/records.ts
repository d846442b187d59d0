/**
 * What the deduper keeps per indexed document, in a few large typed arrays instead of one
 * object and two small typed arrays per document: on a window of 100,000 documents the per-object
 * and per-buffer overheads (headers, backing-store bookkeeping, allocator slack) cost about as
 * much as the sketches themselves, and every object is work for the garbage collector.
 *
 * Each document gets a slot (reused after it is freed): its id, content hash, sequence number,
 * distinct-shingle count and lookup count; its MinHash signature in a per-slot row of one
 * `Uint16Array`; its winnowed fingerprints in one shared `Uint32Array` arena, appended in
 * arrival order and compacted in place when the end is reached (documents mostly leave in
 * arrival order, so the arena stays close to its live size).
 */
import { estimateJaccard } from './minhash.js';
import { intersectionSize } from './shingles.js';

/** Slots and arenas of the deduper's indexed documents. */
export class DocRecords {
  private readonly sigLen: number;
  private readonly maxSlots: number;
  private cap = 0;
  private ids: string[] = [];
  private hashes: (string | null)[] = [];
  private seqs = new Int32Array(0);
  private shingleCounts = new Int32Array(0);
  private lookupCounts = new Int32Array(0);
  /** Start of the slot's fingerprints in `fps`, and their number (-1: not sketch-indexed). */
  private fpStart = new Int32Array(0);
  private fpLen = new Int32Array(0);
  private sigs = new Uint16Array(0);
  private fps = new Uint32Array(0);
  /** Next free position of the fingerprint arena, and the live fingerprints in it. */
  private fpHead = 0;
  private fpLive = 0;
  private free: number[] = [];
  private live = 0;

  /**
   * `sigLen`: positions of every signature. `maxSlots`: most documents alive at once (the slot
   * table grows up to it; Infinity for no bound).
   */
  constructor(sigLen: number, maxSlots: number) {
    this.sigLen = sigLen;
    this.maxSlots = maxSlots;
  }

  /** Documents alive. */
  get size(): number {
    return this.live;
  }

  /** Bytes held by the arenas and per-slot arrays (capacity), plus the ids and hashes. */
  get bytes(): number {
    let strings = 0;
    for (let s = 0; s < this.cap; s++) strings += this.fpLen[s] === -2 ? 0 : 16 + (this.ids[s]?.length ?? 0) + 32;
    return this.cap * 20 + this.sigs.byteLength + this.fps.byteLength + strings;
  }

  /** A slot for a new document, without sketches yet. */
  alloc(id: string, seq: number, hash: string | null): number {
    if (this.free.length === 0) this.grow();
    const s = this.free.pop() as number;
    this.ids[s] = id;
    this.hashes[s] = hash;
    this.seqs[s] = seq;
    this.shingleCounts[s] = 0;
    this.lookupCounts[s] = 0;
    this.fpLen[s] = -1;
    this.live++;
    return s;
  }

  /** Frees a slot (its fingerprints become free space of the arena). */
  release(s: number): void {
    if (this.fpLen[s] > 0) this.fpLive -= this.fpLen[s];
    this.fpLen[s] = -2;
    this.ids[s] = '';
    this.hashes[s] = null;
    this.free.push(s);
    this.live--;
  }

  id(s: number): string {
    return this.ids[s];
  }

  hash(s: number): string | null {
    return this.hashes[s];
  }

  seq(s: number): number {
    return this.seqs[s];
  }

  shingles(s: number): number {
    return this.shingleCounts[s];
  }

  setShingles(s: number, n: number): void {
    this.shingleCounts[s] = n;
  }

  lookups(s: number): number {
    return this.lookupCounts[s];
  }

  countLookup(s: number): void {
    this.lookupCounts[s]++;
  }

  /** Whether the slot holds a signature and fingerprints (it was sketch-indexed). */
  sketched(s: number): boolean {
    return this.fpLen[s] >= 0;
  }

  /** Copies a document's signature and fingerprints into the slot. */
  setSketch(s: number, sig: Uint16Array, fps: Uint32Array): void {
    if (sig.length !== this.sigLen) throw new RangeError(`signature of ${sig.length} positions, expected ${this.sigLen}`);
    this.sigs.set(sig, s * this.sigLen);
    const n = fps.length;
    if (this.fpHead + n > this.fps.length) this.makeRoom(n);
    this.fps.set(fps, this.fpHead);
    this.fpStart[s] = this.fpHead;
    this.fpLen[s] = n;
    this.fpHead += n;
    this.fpLive += n;
  }

  /** The slot's signature (a view: valid until the next `alloc`). */
  sig(s: number): Uint16Array {
    return this.sigs.subarray(s * this.sigLen, (s + 1) * this.sigLen);
  }

  /** The slot's fingerprints, sorted (a view: valid until the next `setSketch`). */
  fingerprints(s: number): Uint32Array {
    const start = this.fpStart[s];
    return this.fps.subarray(start, start + Math.max(0, this.fpLen[s]));
  }

  /** Number of fingerprints of a sketched slot. */
  fpCount(s: number): number {
    return this.fpLen[s];
  }

  /** Share of equal signature positions of two sketched slots (as `estimateJaccard`). */
  jaccard(a: number, b: number): number {
    return estimateJaccard(this.sig(a), this.sig(b));
  }

  /** Fingerprints two sketched slots share. */
  sharedFingerprints(a: number, b: number): number {
    return intersectionSize(this.fingerprints(a), this.fingerprints(b));
  }

  /** More slots (x1.5, up to `maxSlots`). */
  private grow(): void {
    const old = this.cap;
    let cap = Math.max(16, Math.ceil(old * 1.5));
    if (Number.isFinite(this.maxSlots)) cap = Math.max(old + 1, Math.min(cap, this.maxSlots));
    const more = <T extends Int32Array | Uint16Array>(a: T, size: number): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.seqs = more(this.seqs, cap);
    this.shingleCounts = more(this.shingleCounts, cap);
    this.lookupCounts = more(this.lookupCounts, cap);
    this.fpStart = more(this.fpStart, cap);
    this.fpLen = more(this.fpLen, cap);
    this.sigs = more(this.sigs, cap * this.sigLen);
    for (let s = cap - 1; s >= old; s--) {
      this.fpLen[s] = -2;
      this.free.push(s);
    }
    this.cap = cap;
  }

  /**
   * Room for `n` more fingerprints at the arena's end: slides the live fingerprints to the front
   * (in arena order, so nothing is overwritten before it is moved), and grows the arena first
   * when they would fill more than three quarters of it.
   */
  private makeRoom(n: number): void {
    const live: number[] = [];
    for (let s = 0; s < this.cap; s++) if (this.fpLen[s] > 0) live.push(s);
    live.sort((a, b) => this.fpStart[a] - this.fpStart[b]);
    const need = this.fpLive + n;
    const target = need > this.fps.length * 0.75 ? new Uint32Array(Math.max(4096, Math.ceil(need * 1.5))) : this.fps;
    let at = 0;
    for (const s of live) {
      const start = this.fpStart[s];
      const len = this.fpLen[s];
      if (target === this.fps) this.fps.copyWithin(at, start, start + len);
      else target.set(this.fps.subarray(start, start + len), at);
      this.fpStart[s] = at;
      at += len;
    }
    this.fps = target;
    this.fpHead = at;
  }
}
