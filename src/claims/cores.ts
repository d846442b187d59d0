/**
 * Matched cores of claim links over interned features (see `interned.ts`): the features two
 * claims share, the core of each claim (the shortest run of shared marks carrying enough of the
 * shared weight) and the local score of two cores. The same computations as `coreSpan` and
 * `localScore` in `align.ts`, in the same order (identical results), with typed arrays and
 * stamps instead of per-link Maps and Sets.
 */
import type { InternedStory } from './interned.js';

/** A `[start, end)` character range. */
interface Range {
  start: number;
  end: number;
}

/** Scratch state for scoring the links of one story, one link at a time. */
export class CoreMatcher {
  /** `link` when the feature is in the current link's second claim; its weight there. */
  private readonly inB: Int32Array;
  private readonly wB: Float64Array;
  /** `link` when the feature is shared by the current link's claims; the product of weights. */
  private readonly shared: Int32Array;
  private readonly sharedW: Float64Array;
  /** Stamps for "feature already seen" within one core or one local score. */
  private readonly seenA: Int32Array;
  private readonly seenB: Int32Array;
  private readonly rawB: Float64Array;
  private link = 0;
  private pass = 0;
  /**
   * Reused scratch sized to the most marks of a claim (typed, so that reuse allocates nothing):
   * mark indices of the shared marks of one claim and their weights, and the marks inside
   * each core of a local score.
   */
  private readonly sel: Int32Array;
  private readonly w: Float64Array;
  private readonly listA: Int32Array;
  private readonly listB: Int32Array;

  /** Scratch for the claims of one story (their interned vectors and marks). */
  constructor(private readonly story: InternedStory) {
    const n = story.features;
    this.inB = new Int32Array(n);
    this.wB = new Float64Array(n);
    this.shared = new Int32Array(n);
    this.sharedW = new Float64Array(n);
    this.seenA = new Int32Array(n);
    this.seenB = new Int32Array(n);
    this.rawB = new Float64Array(n);
    // (A function, not a loop here: see `longest`.)
    const most = longest(story.markIds);
    this.sel = new Int32Array(most);
    this.w = new Float64Array(most);
    this.listA = new Int32Array(most);
    this.listB = new Int32Array(most);
  }

  /**
   * Starts a link between claims `a` and `b`: notes the features they share (weight: the
   * product of their normalised weights) and returns how many of those are not the predicate.
   */
  share(a: number, b: number): number {
    const link = ++this.link;
    const { ids, ws, predicate } = this.story;
    const ib = ids[b];
    const wb = ws[b];
    for (let x = 0; x < ib.length; x++) {
      this.inB[ib[x]] = link;
      this.wB[ib[x]] = wb[x];
    }
    const ia = ids[a];
    const wa = ws[a];
    let content = 0;
    for (let x = 0; x < ia.length; x++) {
      const k = ia[x];
      if (this.inB[k] !== link) continue;
      this.shared[k] = link;
      this.sharedW[k] = wa[x] * this.wB[k];
      if (!predicate[k]) content++;
    }
    return content;
  }

  /**
   * The core of claim `c` for the current link: the shortest run of its marks whose features
   * are shared and carry at least `mass` of the shared weight (each feature counted once).
   */
  core(c: number, mass: number): Range | null {
    const starts = this.story.markStart[c];
    const ends = this.story.markEnd[c];
    const mi = this.story.markIds[c];
    const link = this.link;
    const sel = this.sel;
    let count = 0;
    for (let x = 0; x < mi.length; x++) if (mi[x] >= 0 && this.shared[mi[x]] === link) sel[count++] = x;
    if (count === 0) return null;
    const pass = ++this.pass;
    const w = this.w;
    let total = 0;
    for (let i = 0; i < count; i++) {
      const k = mi[sel[i]];
      const wx = this.seenA[k] === pass ? 0 : this.sharedW[k];
      this.seenA[k] = pass;
      w[i] = wx;
      total += wx;
    }
    const need = mass * total - 1e-9;
    let best: Range | null = null;
    let bestLen = Infinity;
    for (let i = 0; i < count; i++) {
      const start = starts[sel[i]];
      let sum = 0;
      let end = -Infinity;
      for (let j = i; j < count; j++) {
        sum += w[j];
        end = Math.max(end, ends[sel[j]]);
        if (sum >= need) {
          if (end - start < bestLen) {
            best = { start, end };
            bestLen = end - start;
          }
          break;
        }
        // The run only grows from here: it can no longer be shorter than the best one.
        if (end - start >= bestLen) break;
      }
    }
    return best;
  }

  /**
   * How well two cores state the same thing: the cosine of the raw weights of the features
   * marked inside each core, scaled down when the matched weight is under `fullMass`.
   */
  local(a: number, ca: Range, b: number, cb: Range, fullMass: number): number {
    const pb = ++this.pass;
    const listB = this.listB;
    const nB = this.inside(b, cb, this.seenB, pb, listB);
    const pa = ++this.pass;
    const listA = this.listA;
    const nA = this.inside(a, ca, this.seenA, pa, listA);
    const rawA = this.story.markRaw[a];
    const rawB = this.story.markRaw[b];
    const mia = this.story.markIds[a];
    const mib = this.story.markIds[b];
    for (let i = 0; i < nB; i++) this.rawB[mib[listB[i]]] = rawB[listB[i]];
    let dot = 0;
    let na = 0;
    let nb = 0;
    let mass = 0;
    for (let i = 0; i < nA; i++) {
      const x = listA[i];
      const w = rawA[x];
      na += w * w;
      if (this.seenB[mia[x]] === pb) {
        const y = this.rawB[mia[x]];
        dot += w * y;
        mass += Math.min(w, y);
      }
    }
    for (let i = 0; i < nB; i++) nb += rawB[listB[i]] * rawB[listB[i]];
    if (dot === 0) return 0;
    return (dot / Math.sqrt(na * nb)) * Math.min(1, mass / fullMass);
  }

  /**
   * Writes to `out` the indices of the marks of claim `c` inside `r` with a feature in its
   * vector, first per feature; returns how many.
   */
  private inside(c: number, r: Range, seen: Int32Array, pass: number, out: Int32Array): number {
    const starts = this.story.markStart[c];
    const ends = this.story.markEnd[c];
    const mi = this.story.markIds[c];
    let count = 0;
    for (let x = 0; x < mi.length; x++) {
      const k = mi[x];
      if (k < 0 || starts[x] < r.start || ends[x] > r.end || seen[k] === pass) continue;
      seen[k] = pass;
      out[count++] = x;
    }
    return count;
  }
}

/**
 * The length of the longest of `lists`. A loop of its own: in the constructor it got that
 * compiled on-stack before its later lines had run, and deoptimised on each new matcher.
 */
function longest(lists: readonly Int32Array[]): number {
  let most = 0;
  for (const l of lists) most = Math.max(most, l.length);
  return most;
}
