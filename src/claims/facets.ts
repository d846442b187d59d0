/**
 * Facet groups: one clause often states several facts ("the quake struck the coast on Tuesday,
 * killing 12"), each of which other outlets may state in a clause of their own. Alignment puts
 * a claim's node in one group, so a clause already grouped for one fact is missing from the
 * groups of its others. This pass takes the strongly linked pairs of claims (different
 * articles) that no group holds together and groups the part they share (their "facet": the
 * run of shared features, as alignment's cores are found), with at most one facet per article
 * in a group (`index.ts` joins them to groups stating the same and drops repeats).
 * Deterministic, pure.
 */
import { alignWith, bestLinks, groupClaims, nodeAt, nodeGroupsOf, shortestRun, type AlignedNode, type AlignOptions, type ClaimLink } from './align.js';
import { internStory, isNameMark, type InternedStory, type Vector } from './interned.js';
import type { Span } from '../types.js';
import type { Claim, FeatureMark } from './types.js';

/** Options of {@link facetGroups}. */
export interface FacetOptions {
  /** Least link score for a pair to yield a facet (0 or less: no facet groups). */
  link: number;
  /** Least number of distinct shared features (names excluded) a facet must hold. */
  stated: number;
  /** Share of the shared weight the facet span must carry (as alignment's `coreMass`). */
  mass: number;
  /** 1: pairs no group holds together share all their features (not only those outside their mentions). */
  apartAll: number;
  /** A facet group whose shared features overlap a group's by this much (Jaccard) joins it (above 1: never). */
  join: number;
}

/**
 * How many distinct features a claim's marks state beyond names (`names`: 1 for a mark that is
 * a name) that are in both `fa` and `fb` (the features the pair shares), counted up to `enough`
 * (a small number: the keys seen are kept in a list).
 */
function statedCount(c: Claim, names: Uint8Array, fa: ReadonlySet<string>, fb: ReadonlySet<string>, enough: number): number {
  const seen: string[] = [];
  for (let x = 0; x < c.marks.length && seen.length < enough; x++) {
    const key = c.marks[x].key;
    if (!names[x] && fa.has(key) && fb.has(key) && !seen.includes(key)) seen.push(key);
  }
  return seen.length;
}

/**
 * The facet span of claim `c` (index `i` of the interned story `I`) for a pair sharing the
 * features in both `fa` and `fb`: alignment's `coreSpan` over the shared marks, each feature
 * weighed once (raw weight, at its first mark), read from the interned marks rather than a copy
 * of the vector. Null when there is no such span, or when it is not readable: it must hold at
 * least two of the shared words (distinct positions), since a single word ("pirates", "23") is
 * no statement one can read, and such facets mostly pair wrong facts. `seen`/`stamp`: scratch
 * marks of the features already weighed (a feature is seen when `seen[id] === stamp`).
 */
function facetSpan(c: Claim, I: InternedStory, i: number, fa: ReadonlySet<string>, fb: ReadonlySet<string>, mass: number, seen: Int32Array, stamp: number): Span | null {
  const ids = I.markIds[i];
  const raw = I.markRaw[i];
  const marks: FeatureMark[] = [];
  const w: number[] = [];
  let total = 0;
  for (let x = 0; x < c.marks.length; x++) {
    const m = c.marks[x];
    if (!fa.has(m.key) || !fb.has(m.key)) continue;
    // A mark whose feature is not in the vector weighs 0 wherever it stands.
    const id = ids[x];
    let wm = 0;
    if (id >= 0 && seen[id] !== stamp) {
      seen[id] = stamp;
      wm = raw[x];
    }
    marks.push(m);
    w.push(wm);
    total += wm;
  }
  const run = shortestRun(marks, w, total, mass);
  if (!run) return null;
  let first = -1;
  for (const m of marks) {
    if (m.start < run.start || m.end > run.end) continue;
    if (first < 0) first = m.start;
    else if (m.start !== first) return run;
  }
  return null;
}

/**
 * Extra node groups for the facts a clause shares with a strongly linked clause of another
 * article beyond what the mentions of both already cover: `covered(i)` gives the spans of
 * claim `i` that existing groups point at (their mentions). `links` are the story's (rescored)
 * links; `align` gives the merge rule of the facet groups (average link, `cover`).
 */
export function facetGroups(
  claims: readonly Claim[],
  vectors: readonly Vector[],
  covered: (claim: number) => readonly Span[],
  together: (a: number, b: number) => boolean,
  links: readonly ClaimLink[],
  align: AlignOptions,
  opts: FacetOptions,
): AlignedNode[][] {
  if (opts.link <= 0) return [];
  const I = internStory(claims, vectors);
  const seen = new Int32Array(I.features);
  let stamp = 0;
  // The keys of each claim's marks that lie outside every span its mentions cover.
  const freeKeys = new Map<number, Set<string>>();
  const freeOf = (i: number): Set<string> => {
    let s = freeKeys.get(i);
    if (!s) {
      const spans = covered(i);
      s = new Set(claims[i].marks.filter((m) => !spans.some((x) => x.start <= m.start && m.end <= x.end)).map((m) => m.key));
      freeKeys.set(i, s);
    }
    return s;
  };
  // Per claim, built when first needed: the keys of all its marks, and which marks are names.
  const allKeys = new Map<number, Set<string>>();
  const keysOf = (i: number): Set<string> => {
    let s = allKeys.get(i);
    if (!s) allKeys.set(i, (s = new Set(claims[i].marks.map((m) => m.key))));
    return s;
  };
  const nameMarks = new Map<number, Uint8Array>();
  const namesOf = (i: number): Uint8Array => {
    let f = nameMarks.get(i);
    if (!f) nameMarks.set(i, (f = Uint8Array.from(claims[i].marks, (m) => (isNameMark(claims[i], m) ? 1 : 0))));
    return f;
  };
  const nodes: AlignedNode[] = [];
  const byClaim = new Map<number, number[]>();
  const nodeFor = (claim: number, span: Span): number => nodeAt(nodes, byClaim, claim, span);
  const facetLinks: ClaimLink[] = [];
  for (const l of links) {
    if (l.score < opts.link) continue;
    const a = claims[l.a];
    const b = claims[l.b];
    if (a.article === b.article) continue;
    const apart = !together(l.a, l.b);
    const fa = apart && opts.apartAll ? keysOf(l.a) : freeOf(l.a);
    const fb = apart && opts.apartAll ? keysOf(l.b) : freeOf(l.b);
    // What the pair states, not only whom it names.
    if (statedCount(a, namesOf(l.a), fa, fb, opts.stated) < opts.stated) continue;
    const sa = facetSpan(a, I, l.a, fa, fb, opts.mass, seen, ++stamp);
    if (!sa) continue;
    const sb = facetSpan(b, I, l.b, fa, fb, opts.mass, seen, ++stamp);
    if (!sb) continue;
    facetLinks.push({ a: nodeFor(l.a, sa), b: nodeFor(l.b, sb), score: l.score, floor: undefined });
  }
  if (facetLinks.length === 0) return [];
  // Pushed, not `map`: one array layout for the code reading it, however V8 compiled this.
  const pseudo: Claim[] = [];
  for (const n of nodes) pseudo.push(claims[n.claim]);
  return nodeGroupsOf(groupClaims(pseudo, bestLinks(facetLinks, nodes.length), alignWith(align, opts.link, opts.link)), nodes, 2);
}
