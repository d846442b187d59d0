/**
 * The streaming near-duplicate detector. See {@link createDeduper} in `index.ts` for the
 * contract; this module holds the state and the per-document algorithm.
 */
import type { DuplicateLink, Span } from '../types.js';
import { decideKind, round3, type DecideThresholds } from './decide.js';
import { DuplicateGroups, type DuplicateGroup } from './groups.js';
import { fmix32, type Hasher } from './hash.js';
import { bandKeys, estimateJaccard } from './minhash.js';
import { sketchDocument, sketchNormalized, sketchParamsKey, type DocSketch, type SketchInput, type SketchParams } from './sketch.js';
import { U32MultiMap } from './multimap.js';
import { DocRecords } from './records.js';
import { bodyText, normalizeText } from './normalize.js';
import { intersectionSize } from './shingles.js';

/** Tuning of a {@link Deduper}; every field has a documented default. */
export interface DeduperOptions {
  /** Words per shingle. Default 5. */
  shingleSize?: number;
  /** MinHash permutations. Default 128. */
  numPerm?: number;
  /**
   * LSH bands and rows per band (`bands * rows <= numPerm`). Default 20 x 6: a pair with
   * Jaccard 0.8 becomes a candidate with probability 0.998, 0.7 with 0.90, 0.5 with 0.27,
   * 0.3 with 0.015.
   */
  bands?: number;
  rows?: number;
  /** Estimated Jaccard from which a pair is `near`. Default 0.8. */
  nearThreshold?: number;
  /** Share of the smaller text's fingerprints inside the bigger one for `contains`. Default 0.8. */
  containThreshold?: number;
  /**
   * From this size ratio (bigger / smaller, in shingles) a pair that qualifies as both is
   * `contains` rather than `near`. Default 1.15.
   */
  containRatio?: number;
  /** Texts with fewer distinct shingles only get exact links (no near, no contains). Default 40. */
  minShingles?: number;
  /** Winnowing window (shingles) for containment fingerprints. Default 12. */
  winnowWindow?: number;
  /**
   * Index one in `indexSample` fingerprints (chosen by hash, so the same ones in every text) as
   * containment candidates; verification always uses all fingerprints. Power of two; default 2.
   */
  indexSample?: number;
  /**
   * Postings per index key (at most 255). A band bucket keeps its first `maxPostings` documents
   * (a big family of near copies stays findable); a fingerprint met in that many documents is
   * boilerplate ("all rights reserved", a standard sign-off) and never looked up again.
   * Default 64.
   */
  maxPostings?: number;
  /** Most candidates verified per document (the most index hits first). Default 200. */
  maxCandidates?: number;
  /**
   * Keep at most this many documents indexed (the oldest are evicted: they can no longer be
   * matched, their groups stay). Default: unbounded.
   */
  maxDocs?: number;
  /** Seed of the MinHash permutations. Default fixed: results are deterministic. */
  seed?: number;
}

/** A document to add: its id and text, optionally its content hash and body spans. */
export interface DedupInput {
  id: string;
  text: string;
  /** Hash of the normalised text when the caller has one (equal hashes are exact duplicates). */
  contentHash?: string;
  /** Body spans to compare; default the whole text. */
  spans?: ReadonlyArray<Span>;
}

/**
 * A duplicate link as returned by {@link Deduper.add}: `article` is always the document being
 * added and `of` an earlier one. For `contains`, `container` names the article whose text holds
 * the other's (either side: a wire story may arrive before or after the piece quoting it) and
 * `similarity` is the share of the contained text found in the container.
 */
export interface DedupLink extends DuplicateLink {
  container?: string;
}

/** Figures for two texts, for `why`-style explanations. */
export interface DuplicateExplanation {
  /** Distinct shingles of each text. */
  shingles: { a: number; b: number };
  /** Exact Jaccard of the shingle sets. */
  jaccard: number;
  /** MinHash estimate of the Jaccard similarity (what the deduper uses). */
  estimatedJaccard: number;
  /** Exact share of a's shingles found in b, and of b's in a. */
  containment: { aInB: number; bInA: number };
  /** Winnowed-fingerprint estimates of the same (what the deduper uses). */
  estimatedContainment: { aInB: number; bInA: number };
  /** Equal normalised content. */
  exact: boolean;
  /** What the deduper would record with b added after a, or null for no link. */
  kind: DuplicateLink['kind'] | null;
  similarity: number | null;
  /** For `contains`: 'a' or 'b', the text that holds the other. */
  container?: 'a' | 'b';
}

/** Counters for benchmarks and monitoring. */
export interface DeduperStats {
  /** Documents added in total. */
  added: number;
  /** Documents currently indexed (at most `maxDocs`). */
  indexed: number;
  /** Entries in the LSH band index and the containment fingerprint index. */
  bandEntries: number;
  fingerprintEntries: number;
  /** Approximate bytes of the index structures and stored sketches. */
  approxBytes: number;
}

/** The options with every default filled in (`maxDocs` is Infinity when unbounded). */
export type ResolvedDeduperOptions = Required<DeduperOptions>;

type Settings = ResolvedDeduperOptions;

const DEFAULTS: Settings = {
  shingleSize: 5,
  numPerm: 128,
  bands: 20,
  rows: 6,
  nearThreshold: 0.8,
  containThreshold: 0.8,
  containRatio: 1.15,
  minShingles: 40,
  winnowWindow: 12,
  indexSample: 2,
  maxPostings: 64,
  maxCandidates: 200,
  maxDocs: Number.POSITIVE_INFINITY,
  seed: 0x5eed,
};

const KIND_RANK: Record<DuplicateLink['kind'], number> = { exact: 3, near: 2, contains: 1 };

/** The index keys of one document: its LSH band keys and its sampled fingerprints. */
interface IndexKeys {
  bands: Uint32Array;
  sampled: Uint32Array;
}

/** The sketches of one text. */
interface Sketch {
  uniq: Uint32Array;
  sig: Uint16Array;
  fps: Uint32Array;
}

/**
 * Streaming duplicate detector: exact (normalised content hash), near (MinHash + LSH) and
 * contains (winnowed fingerprints), with union-find groups. Create it with `createDeduper`.
 */
export class Deduper {
  private readonly o: Settings;
  private readonly paramsKey: string;
  private readonly thresholds: DecideThresholds;
  /**
   * Indexed documents: sequence number -> slot in {@link records}, which keeps per slot the id,
   * content hash, distinct shingles, lookups, and (for sketch-indexed documents: not short
   * texts, not exact copies) the MinHash signature (low 16 bits of each position: a chance
   * agreement costs 1/65536 per position, negligible) and all winnowed fingerprints, sorted.
   */
  private readonly recs = new SeqSlots();
  private readonly records: DocRecords;
  private readonly byId = new Map<string, number>();
  private readonly exact = new Map<string, number>();
  private readonly lsh = new U32MultiMap(1 << 14);
  private readonly fpIndex = new U32MultiMap(1 << 14);
  private readonly groups = new DuplicateGroups();
  /**
   * Fingerprints met in `maxPostings` documents: boilerplate, never looked up again (sticky,
   * so evicting old documents does not turn them back into candidate sources).
   */
  private readonly stopFps = new Set<number>();
  /** Containers that have already joined a group through containment. */
  private readonly containerJoined = new Set<string>();
  private readonly window: number[] = [];
  private windowHead = 0;
  /** Scratch counts of the index hits of the document being added. */
  private readonly hits = new HitCounter();
  private seq = 0;

  /** Use `createDeduper` (it loads the hasher); `hasher` must be initialised. */
  constructor(private readonly hasher: Hasher, opts: DeduperOptions = {}) {
    const o = { ...DEFAULTS, ...stripUndefined(opts) } as Settings;
    o.rows = Math.max(1, Math.floor(o.rows));
    o.bands = Math.max(1, Math.min(Math.floor(o.bands), Math.floor(o.numPerm / o.rows)));
    o.indexSample = 2 ** Math.max(0, Math.round(Math.log2(Math.max(1, o.indexSample))));
    o.maxPostings = Math.max(1, Math.min(255, Math.floor(o.maxPostings)));
    this.o = o;
    this.records = new DocRecords(Math.max(1, Math.floor(o.numPerm)), o.maxDocs + 1);
    this.paramsKey = sketchParamsKey(o);
    const { nearThreshold, containThreshold, containRatio } = o;
    this.thresholds = { nearThreshold, containThreshold, containRatio };
  }

  /** The resolved settings (defaults filled in). */
  get settings(): Readonly<Settings> {
    return this.o;
  }

  /**
   * Adds a document and returns its links to earlier documents: at most one per earlier
   * duplicate group (the best: exact over near over contains, then higher similarity), the
   * strongest first. Every link also joins the two groups, except that an article joins
   * through containment only once as the container (see `join`). Re-adding a known id
   * replaces the indexed text of that id (its group is kept).
   */
  add(doc: DedupInput): DedupLink[] {
    const norm = normalizeText(bodyText(doc.text, doc.spans));
    const hash = doc.contentHash ?? (norm.length > 0 ? this.hasher.h64Hex(norm) : null);
    return this.insert(doc.id, hash, () => {
      const sk = sketchNormalized(norm, this.o);
      return { shingles: sk.uniq.length, sig: sk.sig, fps: sk.fps };
    });
  }

  /**
   * Adds a document sketched beforehand by {@link sketchDocument} (e.g. in a worker thread) with
   * this deduper's {@link sketchParams}: the same links and groups as `add` of that document.
   * A sketch made with other parameters is a programming error (TypeError).
   */
  addSketch(s: DocSketch): DedupLink[] {
    if (s.params !== this.paramsKey) {
      throw new TypeError(`sketch of "${s.id}" was made with parameters ${s.params}, this deduper uses ${this.paramsKey}`);
    }
    return this.insert(s.id, s.hash, () => s);
  }

  /** The parameters sketches for {@link addSketch} must be made with. */
  get sketchParams(): SketchParams {
    const { shingleSize, numPerm, seed, winnowWindow } = this.o;
    return { shingleSize, numPerm, seed, winnowWindow };
  }

  /** Sketches a document with this deduper's parameters (what `add` computes), without adding it. */
  sketch(doc: SketchInput): DocSketch {
    return sketchDocument(doc, this.sketchParams, this.hasher);
  }

  /** The stateful half of `add`: exact lookup, then (sketching lazily) candidates, verification, index. */
  private insert(id: string, hash: string | null, sketch: () => Pick<DocSketch, 'shingles' | 'sig' | 'fps'>): DedupLink[] {
    const old = this.byId.get(id);
    if (old !== undefined) this.unindex(old);
    const seq = this.seq++;
    this.groups.add(id);
    const rec = this.records.alloc(id, seq, hash);

    const exactOf = hash !== null ? this.exact.get(hash) : undefined;
    if (exactOf !== undefined) {
      const of = this.records.id(this.recs.get(exactOf));
      this.store(seq, rec);
      this.groups.union(of, id);
      return [{ article: id, of, kind: 'exact', similarity: 1 }];
    }
    if (hash !== null) this.exact.set(hash, seq);

    const sk = sketch();
    this.records.setShingles(rec, sk.shingles);
    if (sk.shingles < this.o.minShingles) {
      this.store(seq, rec);
      return [];
    }
    this.records.setSketch(rec, sk.sig, sk.fps);

    // Band keys and sampled fingerprints serve both the lookup and the indexing.
    const keys: IndexKeys = { bands: this.bands(rec), sampled: this.sampleFingerprints(sk.fps) };
    const links = this.verify(rec, this.candidates(rec, keys));
    for (const l of links) this.join(l);
    this.index(seq, keys);
    this.store(seq, rec);
    return links;
  }

  /**
   * Joins the groups of a link. A container joins through containment once: an article that
   * embeds two different wire stories links to both but does not merge the two stories into
   * one group (the first containment found wins).
   */
  private join(l: DedupLink): void {
    if (l.kind === 'contains' && l.container !== undefined) {
      if (this.containerJoined.has(l.container)) return;
      this.containerJoined.add(l.container);
    }
    this.groups.union(l.of, l.article);
  }

  /** The duplicate group of `id` (representative: its earliest member). */
  group(id: string): DuplicateGroup {
    return this.groups.group(id);
  }

  /** Estimated and exact Jaccard and containment of two texts, and the kind b would get. */
  explain(a: string, b: string): DuplicateExplanation {
    const na = normalizeText(a);
    const nb = normalizeText(b);
    const sa = this.sketchText(na);
    const sb = this.sketchText(nb);
    const inter = intersectionSize(sa.uniq, sb.uniq);
    const union = sa.uniq.length + sb.uniq.length - inter;
    const fpInter = intersectionSize(sa.fps, sb.fps);
    const share = (x: number, n: number): number => (n === 0 ? 0 : round3(x / n));
    const exact = na.length > 0 && na === nb;
    const out: DuplicateExplanation = {
      shingles: { a: sa.uniq.length, b: sb.uniq.length },
      jaccard: share(inter, union),
      estimatedJaccard: round3(estimateJaccard(sa.sig, sb.sig)),
      containment: { aInB: share(inter, sa.uniq.length), bInA: share(inter, sb.uniq.length) },
      estimatedContainment: { aInB: share(fpInter, sa.fps.length), bInA: share(fpInter, sb.fps.length) },
      exact,
      kind: null,
      similarity: null,
    };
    if (exact) return { ...out, kind: 'exact', similarity: 1 };
    if (Math.min(sa.uniq.length, sb.uniq.length) < this.o.minShingles) return out;
    const d = decideKind(
      {
        jaccard: estimateJaccard(sa.sig, sb.sig),
        newInOld: sb.fps.length ? fpInter / sb.fps.length : 0,
        oldInNew: sa.fps.length ? fpInter / sa.fps.length : 0,
        newShingles: sb.uniq.length,
        oldShingles: sa.uniq.length,
      },
      this.thresholds,
    );
    if (!d) return out;
    const verdict = { ...out, kind: d.kind, similarity: d.similarity };
    return d.container ? { ...verdict, container: d.container === 'new' ? 'b' : 'a' } : verdict;
  }

  /** Counters: documents, index entries, approximate memory of the index. */
  stats(): DeduperStats {
    const sketchBytes = this.records.bytes + this.recs.bytes;
    return {
      added: this.seq,
      indexed: this.recs.size,
      bandEntries: this.lsh.pairCount,
      fingerprintEntries: this.fpIndex.pairCount,
      approxBytes: sketchBytes + this.lsh.bytes + this.fpIndex.bytes,
    };
  }

  private sketchText(norm: string): Sketch {
    return sketchNormalized(norm, this.o);
  }

  /** The band keys of a sketch-indexed slot. */
  private bands(slot: number): Uint32Array {
    return bandKeys(this.records.sig(slot), this.o.bands, this.o.rows);
  }

  private sampleFingerprints(fps: Uint32Array): Uint32Array {
    const mask = this.o.indexSample - 1;
    if (mask === 0) return fps;
    return fps.filter((f) => (fmix32(f ^ 0x3c6ef372) & mask) === 0);
  }

  /** Earlier documents sharing a band or an indexed fingerprint, most hits first. */
  private candidates(rec: number, keys: IndexKeys): number[] {
    const hits = this.hits;
    hits.reset();
    for (const k of keys.bands) this.lsh.forEach(k, hits.countBand);
    for (const f of keys.sampled) {
      if (this.stopFps.has(f)) continue;
      this.records.countLookup(rec);
      this.fpIndex.forEach(f, hits.countFp);
    }
    const scored: Array<[number, number]> = [];
    for (let e = 0; e < hits.size; e++) {
      const s = hits.seqs[e];
      const band = hits.band[e];
      if (band > 0) {
        if (this.recs.has(s)) scored.push([s, band * 1000]);
        continue;
      }
      const other = this.recs.get(s);
      if (other < 0) continue;
      // The smaller text, when contained, has about containThreshold of its looked-up
      // fingerprints in the other: ask for half of that before verifying.
      const smaller = Math.min(this.records.lookups(rec), this.records.lookups(other));
      if (hits.fp[e] >= Math.max(1, Math.floor(smaller * this.o.containThreshold * 0.5))) scored.push([s, hits.fp[e]]);
    }
    scored.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    return scored.slice(0, this.o.maxCandidates).map(([s]) => s);
  }

  /** Verifies candidates and keeps the best link per earlier group. */
  private verify(rec: number, cands: number[]): DedupLink[] {
    const best = new Map<string, { link: DedupLink; seq: number }>();
    const r = this.records;
    const id = r.id(rec);
    for (const s of cands) {
      const other = this.recs.get(s);
      if (!r.sketched(other)) continue;
      const inter = r.sharedFingerprints(rec, other);
      const d = decideKind(
        {
          jaccard: r.jaccard(rec, other),
          newInOld: inter / r.fpCount(rec),
          oldInNew: inter / r.fpCount(other),
          newShingles: r.shingles(rec),
          oldShingles: r.shingles(other),
        },
        this.thresholds,
      );
      if (!d) continue;
      const otherId = r.id(other);
      const link: DedupLink = { article: id, of: otherId, kind: d.kind, similarity: d.similarity };
      if (d.container) link.container = d.container === 'new' ? id : otherId;
      const g = this.groups.find(otherId);
      const cur = best.get(g);
      if (!cur || better(link, s, cur.link, cur.seq)) best.set(g, { link, seq: s });
    }
    return [...best.values()]
      .sort((x, y) => (better(x.link, x.seq, y.link, y.seq) ? -1 : 1))
      .map((x) => x.link);
  }

  private index(seq: number, keys: IndexKeys): void {
    const cap = this.o.maxPostings;
    for (const k of keys.bands) if (this.lsh.count(k) < cap) this.lsh.add(k, seq);
    for (const f of keys.sampled) {
      if (this.stopFps.has(f)) continue;
      if (this.fpIndex.count(f) + 1 < cap) this.fpIndex.add(f, seq);
      else {
        this.stopFps.add(f);
        this.fpIndex.deleteKey(f);
      }
    }
  }

  private store(seq: number, slot: number): void {
    this.recs.set(seq, slot);
    this.byId.set(this.records.id(slot), seq);
    this.window.push(seq);
    while (this.recs.size > this.o.maxDocs) this.evictOldest();
    if (this.windowHead > 4096 && this.windowHead * 2 > this.window.length) {
      this.window.splice(0, this.windowHead);
      this.windowHead = 0;
    }
  }

  private evictOldest(): void {
    while (this.windowHead < this.window.length) {
      const s = this.window[this.windowHead++];
      if (this.recs.has(s)) {
        const id = this.records.id(this.recs.get(s));
        this.unindex(s);
        this.groups.forgetIfSingleton(id);
        return;
      }
    }
  }

  /** Removes a document from every index (its group membership stays). */
  private unindex(seq: number): void {
    const rec = this.recs.get(seq);
    if (rec < 0) return;
    const r = this.records;
    if (r.sketched(rec)) {
      for (const k of this.bands(rec)) this.lsh.remove(k, seq);
      for (const f of this.sampleFingerprints(r.fingerprints(rec))) this.fpIndex.remove(f, seq);
    }
    const hash = r.hash(rec);
    const id = r.id(rec);
    if (hash !== null && this.exact.get(hash) === seq) this.exact.delete(hash);
    if (this.byId.get(id) === seq) {
      this.byId.delete(id);
      this.containerJoined.delete(id);
    }
    this.recs.delete(seq);
    r.release(rec);
  }
}

/**
 * The slots of the indexed documents by sequence number, in one typed array (-1: not indexed).
 * The candidate search asks it for every document an index hit names (~230 per added document
 * on the synthetic stream): a typed-array read instead of a `Map` lookup makes adding a
 * sketched document ~20% cheaper. It costs 4 bytes per document ever added (4 MB at 1M), less
 * than a `Map` entry per indexed document.
 */
class SeqSlots {
  private slots = new Int32Array(1024).fill(-1);
  private live = 0;

  /** Documents indexed. */
  get size(): number {
    return this.live;
  }

  /** Bytes held. */
  get bytes(): number {
    return this.slots.byteLength;
  }

  /** The slot of `seq`, or -1. */
  get(seq: number): number {
    return seq < this.slots.length ? this.slots[seq] : -1;
  }

  has(seq: number): boolean {
    return this.get(seq) >= 0;
  }

  set(seq: number, slot: number): void {
    if (seq >= this.slots.length) {
      let cap = this.slots.length * 2;
      while (cap <= seq) cap *= 2;
      const more = new Int32Array(cap).fill(-1);
      more.set(this.slots);
      this.slots = more;
    }
    if (this.slots[seq] < 0) this.live++;
    this.slots[seq] = slot;
  }

  delete(seq: number): void {
    if (this.get(seq) < 0) return;
    this.slots[seq] = -1;
    this.live--;
  }
}

/** Whether link `a` (to document `sa`) is a better duplicate explanation than `b` (to `sb`). */
function better(a: DuplicateLink, sa: number, b: DuplicateLink, sb: number): boolean {
  if (KIND_RANK[a.kind] !== KIND_RANK[b.kind]) return KIND_RANK[a.kind] > KIND_RANK[b.kind];
  if (a.similarity !== b.similarity) return a.similarity > b.similarity;
  return sa < sb;
}

/**
 * Per-document scratch counts of index hits: document number -> band hits and fingerprint
 * hits, in an open-addressing table reused from one document to the next (entries are
 * invalidated by bumping a stamp, not by clearing). Distinct documents are listed in
 * {@link seqs} (first-hit order) with their counts in {@link band} and {@link fp}.
 */
export class HitCounter {
  /** Distinct documents hit, and per document its band and fingerprint hit counts. */
  seqs: Int32Array = new Int32Array(256);
  band: Int32Array = new Int32Array(256);
  fp: Int32Array = new Int32Array(256);
  size = 0;
  /** Slot -> entry number; valid only where `stamps` holds the current stamp. */
  private slots = new Int32Array(1024);
  private stamps = new Int32Array(1024);
  private stamp = 1;

  /** Forgets the previous document's counts. */
  reset(): void {
    this.size = 0;
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** Counts a band hit of document `seq` (bound: passed as a callback). */
  readonly countBand = (seq: number): void => {
    // The entry first: adding it may replace the count arrays.
    const e = this.entry(seq);
    this.band[e]++;
  };

  /** Counts a fingerprint hit of document `seq` (bound: passed as a callback). */
  readonly countFp = (seq: number): void => {
    const e = this.entry(seq);
    this.fp[e]++;
  };

  /** The entry of `seq`, added with zero counts when new. */
  private entry(seq: number): number {
    const mask = this.slots.length - 1;
    for (let i = Math.imul(seq, 0x9e3779b1) >>> 0 & mask; ; i = (i + 1) & mask) {
      if (this.stamps[i] !== this.stamp) {
        if (this.size * 2 >= this.slots.length) {
          this.grow();
          return this.entry(seq);
        }
        const e = this.size++;
        if (e === this.seqs.length) this.growEntries();
        this.seqs[e] = seq;
        this.band[e] = 0;
        this.fp[e] = 0;
        this.stamps[i] = this.stamp;
        this.slots[i] = e;
        return e;
      }
      const e = this.slots[i];
      if (this.seqs[e] === seq) return e;
    }
  }

  /** Doubles the table and re-inserts the current entries. */
  private grow(): void {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size);
    this.stamps = new Int32Array(size);
    this.stamp = 1;
    const mask = size - 1;
    for (let e = 0; e < this.size; e++) {
      let i = Math.imul(this.seqs[e], 0x9e3779b1) >>> 0 & mask;
      while (this.stamps[i] === this.stamp) i = (i + 1) & mask;
      this.stamps[i] = this.stamp;
      this.slots[i] = e;
    }
  }

  private growEntries(): void {
    const more = (a: Int32Array): Int32Array => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.seqs = more(this.seqs);
    this.band = more(this.band);
    this.fp = more(this.fp);
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
