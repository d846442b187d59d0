/**
 * The feature vectors of one story's claims with their feature keys replaced by small integers,
 * so that the alignment's hot loops (candidate pairs, matched cores, local scores) index typed
 * arrays instead of hashing strings. Entries keep the vectors' (Map) order, so every sum runs in
 * the same order as over the Maps and gives the same floating-point result.
 */
import type { Claim, FeatureMark } from './types.js';

/** A claim's feature vector: feature key (`t:stem`, `e:id`, `n:value`, `d:value`, `p:lemma`) to weight. */
export type Vector = Map<string, number>;

/** Memoised feature keys by prefix and value (one string object per key: its hash is computed once). */
const KEYS = new Map<string, Map<string, string>>();

/** The feature key `${prefix}:${value}` (memoised). */
export function featureKey(prefix: string, value: string): string {
  let byValue = KEYS.get(prefix);
  if (!byValue) KEYS.set(prefix, (byValue = new Map()));
  let key = byValue.get(value);
  if (key === undefined) {
    if (byValue.size > 200_000) byValue.clear();
    byValue.set(value, (key = `${prefix}:${value}`));
  }
  return key;
}

/** True when a mark of claim `c` is a name: an entity id, or a word inside one of its entities ("Zelenskyy", "Moscow"). */
export function isNameMark(c: Claim, m: FeatureMark): boolean {
  return m.key.startsWith('e:') || c.entities.some((e) => e.start <= m.start && m.end <= e.end);
}

/** A story's vectors and claim marks with interned feature ids. */
export interface InternedStory {
  /** Number of distinct features (ids are 0 .. features-1). */
  features: number;
  /** The key of each feature id. */
  keys: string[];
  /** 1 when the feature is a predicate (`p:`). */
  predicate: Uint8Array;
  /** Per claim: the feature ids of its vector, in the vector's order. */
  ids: Int32Array[];
  /** Per claim: the normalised weights, parallel to `ids`. */
  ws: Float64Array[];
  /** Per claim and mark: the mark's feature id, or -1 when the feature is not in the claim's vector. */
  markIds: Int32Array[];
  /** Per claim and mark: the raw (unnormalised) weight of the mark's feature in the claim's vector. */
  markRaw: Float64Array[];
  /** Per claim and mark: the mark's start and end offsets. */
  markStart: Int32Array[];
  markEnd: Int32Array[];
}

/**
 * A feature vector built by `claimVectors`: the normalised weights (the Map) and the raw ones,
 * parallel to its entries (a plain property rather than a WeakMap entry: cheaper to collect).
 */
export class WeightedVector extends Map<string, number> {
  /** Raw (unnormalised) weights, in entry order. */
  raw: Float64Array | null = null;
}

/** The raw weights of a vector, when it keeps them. */
export function rawWeights(v: Vector): Float64Array | null {
  return v instanceof WeightedVector ? v.raw : null;
}

const INTERNED = new WeakMap<readonly Vector[], { claims: readonly Claim[]; story: InternedStory }>();

/**
 * The interned form of `vectors` (one per claim), built once per vectors array. Raw weights
 * come from {@link WeightedVector}, else the normalised ones stand for them.
 */
export function internStory(claims: readonly Claim[], vectors: readonly Vector[]): InternedStory {
  const cached = INTERNED.get(vectors);
  if (cached && cached.claims === claims) return cached.story;
  const dict = new Map<string, number>();
  const keys: string[] = [];
  const ids: Int32Array[] = [];
  const ws: Float64Array[] = [];
  const raws: Float64Array[] = [];
  // The loops over claims are functions of their own: a long one here would get this function
  // compiled on-stack before its later lines had run, and that code deoptimised on each call.
  internVectors(vectors, dict, keys, ids, ws, raws);
  const features = keys.length;
  const predicate = Uint8Array.from(keys, (k) => (k.startsWith('p:') ? 1 : 0));
  // Marks: a feature counts for a claim only when its own vector holds it.
  const markIds: Int32Array[] = [];
  const markRaw: Float64Array[] = [];
  // Loops, not `forEach` callbacks (closures made per call lose their optimised code when
  // collected and are compiled again) nor `map` (holey or packed lists depending on the tier).
  const markStart: Int32Array[] = [];
  const markEnd: Int32Array[] = [];
  internMarks(claims, dict, ids, raws, new Int32Array(features).fill(-1), markIds, markRaw, markStart, markEnd);
  const story = { features, keys, predicate, ids, ws, markIds, markRaw, markStart, markEnd };
  INTERNED.set(vectors, { claims, story });
  return story;
}

/** The vectors' features by id (new keys added to `dict` and `keys`), into `ids` and `ws` (and `raws`). */
function internVectors(vectors: readonly Vector[], dict: Map<string, number>, keys: string[], ids: Int32Array[], ws: Float64Array[], raws: Float64Array[]): void {
  for (const v of vectors) {
    const vi = new Int32Array(v.size);
    const vw = new Float64Array(v.size);
    let x = 0;
    for (const [k, w] of v) {
      let id = dict.get(k);
      if (id === undefined) {
        dict.set(k, (id = keys.length));
        keys.push(k);
      }
      vi[x] = id;
      vw[x++] = w;
    }
    ids.push(vi);
    ws.push(vw);
    raws.push(rawWeights(v) ?? vw);
  }
}

/** The claims' marks as columns (feature id, raw weight, start, end); `slot` is scratch, all -1. */
function internMarks(
  claims: readonly Claim[],
  dict: ReadonlyMap<string, number>,
  ids: readonly Int32Array[],
  raws: readonly Float64Array[],
  slot: Int32Array,
  markIds: Int32Array[],
  markRaw: Float64Array[],
  markStart: Int32Array[],
  markEnd: Int32Array[],
): void {
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    const vi = ids[i] ?? new Int32Array(0);
    for (let x = 0; x < vi.length; x++) slot[vi[x]] = x;
    const marks = c.marks;
    const mi = new Int32Array(marks.length);
    const mr = new Float64Array(marks.length);
    const ms = new Int32Array(marks.length);
    const me = new Int32Array(marks.length);
    for (let x = 0; x < marks.length; x++) {
      const m = marks[x];
      ms[x] = m.start;
      me[x] = m.end;
      const id = dict.get(m.key);
      const at = id === undefined ? -1 : slot[id];
      if (id === undefined || at < 0 || vi[at] !== id) {
        mi[x] = -1;
        continue;
      }
      mi[x] = id;
      mr[x] = raws[i][at];
    }
    for (let x = 0; x < vi.length; x++) slot[vi[x]] = -1;
    markIds.push(mi);
    markRaw.push(mr);
    markStart.push(ms);
    markEnd.push(me);
  }
}
