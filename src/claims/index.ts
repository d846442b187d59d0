/**
 * The claims stage of one story: claims of every article, aligned across outlets into groups,
 * each with a verdict (corroborated / single / contested, with the value each mention states),
 * its independent origins (see `src/provenance`), its hedging, and the story's timeline.
 * Alignment gives groups of fact-level nodes; groups that share what they state are joined,
 * and each mention is then narrowed to the words the group shares (a clause often states
 * several facts: who was captured, where, when), widened again to the value it states when
 * the group is contested. Facts a clause states beyond its mentions, shared with a strongly
 * linked clause of another article, form facet groups of their own (`facets.ts`).
 *
 * Entry point: {@link analyzeStoryClaims}.
 */
import { distinctOrigins, originsLabel, Provenance, type Origin, type OriginGraph } from '../provenance/index.js';
import { alignNodes, alignWith, type AlignedNode, claimVectors, groupClaims, DEFAULT_ALIGN, scorePairs, sortLinks, type AlignOptions, type ClaimLink } from './align.js';
import type { Vector } from './interned.js';
import { extractClaims, isNegated, outletOf } from './extract.js';
import { tokenize } from '../nlp/tokenize.js';
import { isStopword } from '../nlp/stopwords.js';
import { DEFAULT_PAIR_MODEL, pairContext, pairScore, type PairModel } from './pairmodel.js';
import { facetGroups, type FacetOptions } from './facets.js';
import { buildTimeline } from './timeline.js';
import { verdictOf } from './verdict.js';
import { forgetClauses } from './once.js';
import type { Span } from '../types.js';
import type { Claim, ClaimEntity, ClaimNumber, FeatureMark, ClaimGroupOutput, ClaimMentionOutput, StoryClaimsInput, TimelineEntry } from './types.js';

export type * from './types.js';
export { extractClaims, outletOf } from './extract.js';
export { DEFAULT_ALIGN, type AlignOptions } from './align.js';
export type { OriginGraph } from '../provenance/index.js';

/** The result of {@link analyzeStoryClaims}. */
export interface StoryClaims {
  claims: ClaimGroupOutput[];
  timeline: TimelineEntry[];
  origins: OriginGraph;
}

/** Options of {@link analyzeStoryClaims} (alignment weights; the defaults are fitted). */
export interface StoryClaimsOptions {
  align?: AlignOptions;
  /** The pair model links are rescored by (default: the fitted {@link DEFAULT_PAIR_MODEL}); for held-out evaluation. */
  pairModel?: PairModel;
  /** Contest groups whose outlets name different arguments of one act (`VerdictOptions` in verdict.ts; default off). */
  argumentConflicts?: boolean;
  /** Facet groups: facts a clause shares with a strongly linked clause beyond its mentions (default {@link FACETS}; `link` 0: none). */
  facets?: FacetOptions;
}

/**
 * The part of a claim one alignment matched: its span narrowed to the node, and the numbers,
 * dates, entities and predicate inside it (hedging and frame stay the clause's; a negation
 * stays when the part holds it or the clause's predicate).
 */
function narrowClaim(c: Claim, node: { start: number; end: number }): Claim {
  if (node.start <= c.span.start && node.end >= c.span.end) return c;
  const start = Math.max(c.span.start, node.start);
  const end = reachObject(c, start, Math.min(c.span.end, node.end));
  if (start <= c.span.start && end >= c.span.end) return c;
  // Plain loops, no closures: this runs for every member of every group.
  let predMark: FeatureMark | undefined;
  for (const m of c.marks) {
    if (m.key.startsWith('p:')) {
      predMark = m;
      break;
    }
  }
  const keepPred = predMark ? overlaps(predMark, start, end) : false;
  // Values stay when they are inside the part or count something it names ("six" of "six
  // passengers were killed"); the clause's dates are the dates of what it states. A count right
  // next to the part is the count of what it states ("12 people were | injured", "stocks |
  // plunged 5.4 per cent"): a few words off, within the clause.
  // Push loops rather than `filter`: `filter`'s empty arrays are of another kind in optimised
  // code than in the interpreter, and the code reading claims deoptimises on each new kind.
  const inside: FeatureMark[] = [];
  for (const m of c.marks) if (overlaps(m, start, end)) inside.push(m);
  const numbers: ClaimNumber[] = [];
  for (const n of c.numbers) if (overlaps(n, start, end) || (n.unit !== null && namesUnit(inside, n.unit)) || nearPart(n, start, end)) numbers.push(n);
  const entities: ClaimEntity[] = [];
  for (const e of c.entities) if (overlaps(e, start, end)) entities.push(e);
  // Every field written out, in the order `extractClaims` writes them (a spread copy would be
  // another object layout for the code reading claims).
  return {
    id: c.id,
    article: c.article,
    outlet: c.outlet,
    span: { start, end },
    text: c.text.slice(start - c.span.start, end - c.span.start),
    sentence: c.sentence,
    from: c.from,
    frame: c.frame,
    hedged: c.hedged,
    hedges: c.hedges,
    // A negation well outside the part and its predicate denies another fact of the clause
    // ("will not | expand" keeps it: the part is read with a few words before it).
    negated: c.negated && (keepPred || isNegated(tokenize(c.text, Math.max(0, start - c.span.start - NEAR_NUMBER), end - c.span.start).map((t) => t.norm))),
    numbers,
    dates: c.dates,
    entities,
    predicate: keepPred ? c.predicate : null,
    predicateText: keepPred ? c.predicateText : null,
    irrealis: keepPred && c.irrealis,
    terms: c.terms,
    marks: inside,
  };
}

/** True when `x` overlaps the part `[start, end)`. */
function overlaps(x: Span, start: number, end: number): boolean {
  return x.start < end && start < x.end;
}

/** True when `x` stands outside the part `[start, end)` but within {@link NEAR_NUMBER} characters of it. */
function nearPart(x: Span, start: number, end: number): boolean {
  return (x.end <= start && start - x.end <= NEAR_NUMBER) || (x.start >= end && x.start - end <= NEAR_NUMBER);
}

/** True when one of `marks` carries the term `unit` (its key without the two-character prefix). */
function namesUnit(marks: readonly FeatureMark[], unit: string): boolean {
  for (const m of marks) if (m.key.length === unit.length + 2 && m.key.endsWith(unit)) return true;
  return false;
}

/**
 * The end of a part of a claim that stops at its predicate ("Moscow would consider", "Ukraine to
 * sign"): a verb without its object states nothing, so the part reaches on to the end of the
 * clause, or to the first comma, semicolon, colon or bracket after it. A part that holds words
 * after its predicate (or no predicate) keeps its end.
 */
export function reachObject(c: Claim, start: number, end: number): number {
  const pred = c.marks.find((m) => m.key.startsWith('p:'));
  if (!pred || pred.start < start || pred.end > end) return end;
  if (c.marks.some((m) => m.start >= pred.end && m.end <= end && !m.key.startsWith('p:'))) return end;
  const rest = c.text.slice(end - c.span.start);
  const stop = rest.search(/[,;:()]/);
  if (stop < 0) return c.span.end;
  return end + rest.slice(0, stop).trimEnd().length;
}

/** The next word after a space: a focus span may be carried over it to the end of its phrase. */
const PHRASE_WORD = /^\s+([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;

/**
 * A focus span ending inside a noun phrase ("any military | presence") carried on to the end of
 * the phrase: the following words with nothing but a space between, up to the first function
 * word (at most four). Stays within the claim.
 */
function completePhrase(c: Claim, end: number): number {
  for (let k = 0; k < 4; k++) {
    const m = PHRASE_WORD.exec(c.text.slice(end - c.span.start));
    if (!m || isStopword(m[1].toLowerCase()) || end + m[0].length > c.span.end) break;
    end += m[0].length;
  }
  return end;
}

/** How far (characters) outside a narrowed claim a number (or, before it, a negation) may stand and still be its own. */
const NEAR_NUMBER = 20;

/** Least number of words with shared features a focused span must hold (fewer: the mention keeps its span). */
const FOCUS_MIN_WORDS = 2;

/**
 * Each mention of a group narrowed to what the group shares: the run of its features (words,
 * entities, numbers, dates, predicate) that at least `share` of the other members carry too.
 * A clause that also states other facts ("captured 23 pirates who tried to board a ship")
 * then points at the words of this one. Mentions with too few shared marks keep their span.
 */
function focusSpans(members: readonly Claim[], share: number): Span[] {
  // Lists pushed, not made by `map`: optimised code makes holey arrays of `map` (the
  // interpreter packed ones), and the code reading them deoptimises on each kind.
  const spans: Span[] = [];
  if (members.length < 2 || share <= 0) {
    for (const c of members) spans.push(c.span);
    return spans;
  }
  // Per key, one number: the member that counted it last (a member counts a key once, however
  // many marks carry it) times `base`, plus the count of members carrying it (below `base`).
  const base = members.length + 1;
  const count = new Map<string, number>();
  for (let x = 0; x < members.length; x++) {
    for (const m of members[x].marks) {
      const v = count.get(m.key);
      if (v === undefined) count.set(m.key, x * base + 1);
      else if (Math.floor(v / base) !== x) count.set(m.key, x * base + (v % base) + 1);
    }
  }
  const need = Math.max(1, share * (members.length - 1));
  for (let i = 0; i < members.length; i++) spans.push(focusOf(members[i], count, base, need));
  return spans;
}

/**
 * The focus of one member (see {@link focusSpans}): the run of its marks that at least `need`
 * other members carry too (`count`: members per key, as {@link focusSpans} counts them).
 */
function focusOf(c: Claim, count: ReadonlyMap<string, number>, base: number, need: number): Span {
  // A member carries each of its own keys: the others are one fewer.
  const shared: FeatureMark[] = [];
  for (const m of c.marks) if ((count.get(m.key)! % base) - 1 >= need) shared.push(m);
  if (distinctStarts(shared) < FOCUS_MIN_WORDS) return c.span;
  let start = c.span.end;
  let end = c.span.start;
  // Names alone say nothing of what is stated: such a focus reaches the claim's predicate.
  const pred = namesOnly(c, shared) ? c.marks.find((m) => m.key.startsWith('p:')) : undefined;
  for (const m of shared) {
    start = Math.min(start, m.start);
    end = Math.max(end, m.end);
  }
  if (pred) {
    start = Math.min(start, pred.start);
    end = Math.max(end, pred.end);
  }
  start = Math.max(start, c.span.start);
  return { start, end: completePhrase(c, reachObject(c, start, Math.min(end, c.span.end))) };
}

/** How many different start offsets the marks have. */
function distinctStarts(marks: readonly FeatureMark[]): number {
  if (marks.length < 2) return marks.length;
  return new Set(marks.map((m) => m.start)).size;
}

/** True when every mark of `marks` lies inside a name of the claim (no word of what is stated). */
function namesOnly(c: Claim, marks: readonly FeatureMark[]): boolean {
  return marks.every((m) => m.key.startsWith('e:') || c.entities.some((e) => e.start <= m.start && m.end <= e.end));
}

/** The features a group shares: those carried by at least half of its members (two at least). */
function signature(claims: readonly Claim[], g: readonly AlignedNode[]): Set<string> {
  // A feature must be carried twice: a single node shares nothing.
  if (g.length < 2) return new Set();
  // Merging, pruning and facets read the signatures of the same groups: each is made once
  // (a group only grows, by pushing nodes, so one of the same length is the same group).
  const kept = SIGNATURES.get(g);
  if (kept && kept.claims === claims && kept.length === g.length) return kept.sig;
  const sig = nodeSignature(claims, g);
  SIGNATURES.set(g, { claims, length: g.length, sig });
  return sig;
}

/** Signatures made, by group (see {@link signature}); callers never change a signature. */
const SIGNATURES = new WeakMap<readonly AlignedNode[], { claims: readonly Claim[]; length: number; sig: Set<string> }>();

/** The signature of a group of two nodes or more, as {@link signature} reads it. */
function nodeSignature(claims: readonly Claim[], g: readonly AlignedNode[]): Set<string> {
  // Per key, one number: the node that counted it last (a node counts a key once, however many
  // marks carry it) times `base`, plus the count (below `base`).
  const base = g.length + 1;
  const count = new Map<string, number>();
  for (let x = 0; x < g.length; x++) {
    const node = g[x];
    for (const m of claims[node.claim].marks) {
      if (m.start >= node.end || node.start >= m.end) continue;
      const v = count.get(m.key);
      if (v === undefined) count.set(m.key, x * base + 1);
      else if (Math.floor(v / base) !== x) count.set(m.key, x * base + (v % base) + 1);
    }
  }
  const need = Math.max(2, g.length / 2);
  const out = new Set<string>();
  for (const [k, v] of count) if (v % base >= need) out.add(k);
  return out;
}

/**
 * Groups that share what they state: a group whose shared features (see {@link signature})
 * overlap those of a bigger group by at least `min` (Jaccard) joins it. Alignment keeps one
 * node per article in a group, so a fact that outlets state twice (headline and lead, lead and
 * a later recap) comes out as several groups over the same articles; this joins them back.
 * Greedy, biggest groups first; a joined group does not change the signature it is compared by,
 * so joins do not chain. Candidates come from an index of signature features.
 */
function mergeAlike(claims: readonly Claim[], groups: AlignedNode[][], min: number): AlignedNode[][] {
  if (min <= 0 || min > 1) return groups;
  const order = groups.map((_, k) => k).sort((x, y) => groups[y].length - groups[x].length || x - y);
  const out: { nodes: AlignedNode[]; claims: Set<number>; sig: Set<string> }[] = [];
  const index = new Map<string, number[]>();
  for (const k of order) {
    const sig = signature(claims, groups[k]);
    // Shared features with every earlier group, through the index.
    const inter = new Map<number, number>();
    for (const x of sig) for (const o of index.get(x) ?? []) inter.set(o, (inter.get(o) ?? 0) + 1);
    let target = -1;
    for (const [o, n] of inter) {
      if (n / (sig.size + out[o].sig.size - n) >= min && (target < 0 || o < target)) target = o;
    }
    if (target < 0) {
      const nodes = [...groups[k]];
      if (nodes.length >= 2) SIGNATURES.set(nodes, { claims, length: nodes.length, sig });
      out.push({ nodes, claims: new Set(groups[k].map((n) => n.claim)), sig });
      for (const x of sig) {
        const list = index.get(x);
        if (list) list.push(out.length - 1);
        else index.set(x, [out.length - 1]);
      }
      continue;
    }
    const t = out[target];
    for (const n of groups[k]) {
      if (t.claims.has(n.claim)) continue;
      t.claims.add(n.claim);
      t.nodes.push(n);
    }
  }
  const groupsOut: AlignedNode[][] = [];
  for (const o of out) groupsOut.push(o.nodes);
  return groupsOut;
}

/**
 * Facet groups (see `facets.ts`), in stories whose links the pair model scores. On the three
 * ECB+ dev stories 8 / 12 / 30 they raise pair F1 from 36.8 / 35.9 / 28.2 to 39.5 / 39.5 / 30.6
 * (recall +4 to +8, precision -2 to +0; facets of one word dropped: +0.7 / +0.4 / -0.3, and
 * readable mentions). Links at 0.83 gave +0.0 to +1.5; 0.4-0.6 is flat,
 * 0.3-0.4 lower; facets of half the shared weight (`mass` 0.5) beat 0.35, 0.65 and all of it;
 * `stated` 1-3 is flat; joining facet groups to groups they overlap by 0.6 adds +0.1 to +0.5
 * (0.4 and less lose precision); facets only from the words outside both clauses' mentions,
 * also for pairs no group holds (`apartAll` 0), keep about half of the gain.
 */
export const FACETS: FacetOptions = { link: 0.5, stated: 2, mass: 0.5, apartAll: 1, join: 0.6 };

/**
 * True when one group already points at (nearly) the same span of every claim of a new group:
 * each new mention overlaps that group's mention of its claim by at least half of the shorter.
 */
function repeats(claimsOf: readonly number[], focus: readonly Span[], mentionsOf: ReadonlyMap<number, readonly { group: number; span: Span }[]>): boolean {
  const same = (x: Span, y: Span): boolean => Math.min(x.end, y.end) - Math.max(x.start, y.start) >= 0.5 * Math.min(x.end - x.start, y.end - y.start);
  let common: Set<number> | null = null;
  claimsOf.forEach((c, i) => {
    const hits = new Set((mentionsOf.get(c) ?? []).filter((m) => same(m.span, focus[i])).map((m) => m.group));
    common = common === null ? hits : new Set([...common].filter((k) => hits.has(k)));
  });
  return common !== null && (common as Set<number>).size > 0;
}

/** Least size of a group {@link pruneGroups} looks at (smaller groups have no reliable signature). */
const PRUNE_MIN = 4;

/** The keys of a node's marks that lie in a set of features. */
function nodeKeys(claims: readonly Claim[], node: AlignedNode, sig: ReadonlySet<string>): number {
  const keys = new Set<string>();
  for (const m of claims[node.claim].marks) if (m.start < node.end && node.start < m.end && sig.has(m.key)) keys.add(m.key);
  return keys.size;
}

/**
 * Big groups without their outliers: in a group of at least `min` nodes, a node that carries
 * less than `share` of the group's shared features (see {@link signature}) leaves it. Chaining
 * (A like B, B like C) pulls in nodes that state another fact; pairs grow with the square of a
 * group's size, so one stray member of a big group costs many wrong pairs. A node that leaves
 * keeps its claim, which stands alone unless another group holds it.
 */
export function pruneGroups(claims: readonly Claim[], groups: AlignedNode[][], share: number, min: number): AlignedNode[][] {
  if (share <= 0) return groups;
  const sigs: Set<string>[] = [];
  for (const g of groups) sigs.push(g.length >= min ? signature(claims, g) : new Set<string>());
  const out: AlignedNode[][] = [];
  groups.forEach((g, k) => {
    const sig = sigs[k];
    if (g.length < min || sig.size === 0) {
      out.push(g);
      return;
    }
    const kept = g.filter((node) => nodeKeys(claims, node, sig) >= share * sig.size);
    if (kept.length < 2) {
      out.push(g);
      return;
    }
    out.push(kept);
  });
  return out;
}

/**
 * Links rescored by the fitted pair model (best first). With `contest`, a link whose cosine is
 * at least `contest.min` and whose model score is under `contest.score` gets `contest.score` as
 * the floor of its node link when the verdict reads its two claims as a contest (see
 * `AlignOptions.contestLinks`).
 */
function rescoreLinks(
  claims: readonly Claim[],
  links: readonly ClaimLink[],
  model: PairModel = DEFAULT_PAIR_MODEL,
  contest: { min: number; score: number; argumentConflicts?: boolean } | null = null,
): ClaimLink[] {
  const ctx = pairContext(claims);
  // Pushed, not `map`: one array layout for the code reading the links, however V8 compiled this.
  // (A contest link, only in small stories, carries a `floor` too.)
  // (The loop is a function of its own: here it would get this one compiled on-stack before
  // `sortLinks` had been called, and that code deoptimised there on every later call.)
  return sortLinks(rescored(claims, links, ctx, model, contest));
}

/** The links of {@link rescoreLinks}, rescored, in their order. */
function rescored(
  claims: readonly Claim[],
  links: readonly ClaimLink[],
  ctx: ReturnType<typeof pairContext>,
  model: PairModel,
  contest: { min: number; score: number; argumentConflicts?: boolean } | null,
): ClaimLink[] {
  const out: ClaimLink[] = [];
  for (const l of links) {
    const score = pairScore(claims[l.a], claims[l.b], l.score, ctx, model);
    if (contest && score < contest.score && l.score >= contest.min && verdictOf([claims[l.a], claims[l.b]], 1, undefined, { argumentConflicts: contest.argumentConflicts }).status === 'contested') {
      out.push({ a: l.a, b: l.b, score, floor: contest.score });
    } else out.push({ a: l.a, b: l.b, score, floor: undefined });
  }
  return out;
}

/** Longest label (characters) a group prefers; longer clauses are taken only when no other is at hand. */
const LABEL_MAX = 200;

/**
 * The label of a group: the whole clause (frame left out) of its best mention, a readable
 * sentence-like span, while the mentions keep their narrow spans. The best mention is read in
 * the body (not a title or related headline), unhedged where one is, within {@link LABEL_MAX}
 * characters where one is, and is the one whose clause its focus covers most (the clause is
 * about the group's fact), then the shorter clause.
 */
function groupLabel(clauses: readonly Claim[], focus: readonly Span[]): string {
  if (clauses.length === 1) return withoutInsetFrame(clauses[0]);
  // Each preference narrows the pool of candidates (indexes) unless it would empty it.
  let pool: number[] = [];
  for (let i = 0; i < clauses.length; i++) pool.push(i);
  for (let rule = 0; rule < 3; rule++) {
    const kept: number[] = [];
    for (const i of pool) if (preferredLabel(clauses[i], rule)) kept.push(i);
    if (kept.length > 0) pool = kept;
  }
  let best = pool[0];
  let bestCover = labelCover(clauses[best], focus[best]);
  for (const i of pool) {
    const cover = labelCover(clauses[i], focus[i]);
    if (cover > bestCover + 1e-9 || (Math.abs(cover - bestCover) <= 1e-9 && clauses[i].text.length < clauses[best].text.length)) {
      best = i;
      bestCover = cover;
    }
  }
  return withoutInsetFrame(clauses[best]);
}

/** The preferences of {@link groupLabel}, in order: 0 read in the body, 1 unhedged, 2 within {@link LABEL_MAX}. */
function preferredLabel(c: Claim, rule: number): boolean {
  if (rule === 0) return c.from === 'body';
  if (rule === 1) return !c.hedged;
  return c.text.length <= LABEL_MAX;
}

/** How much of a clause its focus covers. */
function labelCover(c: Claim, focus: Span): number {
  return (focus.end - focus.start) / Math.max(1, c.span.end - c.span.start);
}

/**
 * A claim's text without an attribution frame set off by commas inside it ("Among the demands,
 * the paper writes, are ..." reads "Among the demands are ..."); the text as it is otherwise.
 */
export function withoutInsetFrame(c: Claim): string {
  const f = c.frame;
  if (!f || !f.source) return c.text;
  const from = Math.min(f.source.start, f.cue.start) - c.span.start;
  const to = Math.max(f.source.end, f.cue.end) - c.span.start;
  if (from <= 0 || to >= c.text.length) return c.text;
  const before = c.text.slice(0, from).trimEnd();
  const after = c.text.slice(to).trimStart();
  if (!before.endsWith(',') || !after.startsWith(',')) return c.text;
  return `${before.slice(0, -1).trimEnd()} ${after.slice(1).trimStart()}`;
}

/** One group of {@link analyzeStoryClaims} before its verdict (`facet`: made by {@link addFacets}). */
interface DraftGroup {
  members: Claim[];
  clauses: Claim[];
  focus: Span[];
  first: number;
  score: number;
  facet: boolean;
}

/**
 * The draft group of a node group: its members (each node's part of its claim; a node left
 * alone stands for its whole clause), their clauses, focus spans and first claim. Every draft
 * is made here, with one field order, and its lists are built by pushing (an array `map` makes
 * gives another layout once V8 optimises it), so the code reading drafts sees one shape.
 */
function draftGroup(claims: readonly Claim[], g: readonly AlignedNode[], score: number, facet: boolean, align: AlignOptions): DraftGroup {
  const members: Claim[] = [];
  const clauses: Claim[] = [];
  let first = Infinity;
  for (const node of g) {
    const c = claims[node.claim];
    members.push(g.length < 2 ? c : narrowClaim(c, node));
    clauses.push(c);
    if (node.claim < first) first = node.claim;
  }
  return { members, clauses, focus: focusSpans(members, align.focus), first, score, facet };
}

/** Appends `value` to the list under `key`, starting the list when there is none. */
function pushAt<K, V>(m: Map<K, V[]>, key: K, value: V): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

/** The groups (indexes into `nodeGroups`) each claim has a node in, in group order. */
function groupsByClaim(nodeGroups: readonly (readonly AlignedNode[])[]): Map<number, number[]> {
  const groupsOf = new Map<number, number[]>();
  nodeGroups.forEach((g, k) => {
    for (const node of g) pushAt(groupsOf, node.claim, k);
  });
  return groupsOf;
}

/**
 * Adds the facet groups of a story (see `facets.ts`) to its groups: `groups[k]` is built from
 * `nodeGroups[k]`. A facet group whose shared features overlap those of a group by
 * `facets.join` (Jaccard) joins it (its articles missing from the group enter it, and the group
 * is rebuilt); the others become groups of their own, unless a group already points at the
 * same spans of all their claims. Claims that enter a group are added to `touched`.
 */
function addFacets(s: {
  claims: readonly Claim[];
  vectors: readonly Vector[];
  links: readonly ClaimLink[];
  nodeGroups: AlignedNode[][];
  groups: DraftGroup[];
  touched: Set<number>;
  align: AlignOptions;
  facets: FacetOptions;
}): void {
  const { claims, vectors, links, nodeGroups, groups, touched, align, facets } = s;
  const groupsOf = groupsByClaim(nodeGroups);
  const covered = new Map<number, Span[]>();
  nodeGroups.forEach((g, k) => {
    if (g.length < 2) return;
    g.forEach((node, i) => pushAt(covered, node.claim, groups[k].focus[i]));
  });
  const together = (a: number, b: number): boolean => {
    const ga = groupsOf.get(a);
    const gb = groupsOf.get(b);
    if (!ga || !gb) return false;
    for (const k of ga) if (nodeGroups[k].length > 1 && gb.includes(k)) return true;
    return false;
  };
  const found = facetGroups(claims, vectors, (i) => covered.get(i) ?? [], together, links, align, facets);
  if (found.length === 0) return;
  // Link scores by pair (smaller claim index first), keyed by number.
  const n = claims.length;
  const score = new Map<number, number>();
  for (const l of links) score.set(pairKey(l.a, l.b, n), l.score);
  // A facet group stating what a group states (their shared features overlap by `join`)
  // joins it: the facet's articles missing from the group enter it.
  const sigs: Set<string>[] = [];
  for (const g of nodeGroups) sigs.push(g.length > 1 ? signature(claims, g) : new Set<string>());
  const extended = new Set<number>();
  const own: AlignedNode[][] = [];
  for (const g of found) {
    const sig = signature(claims, g);
    const target = joinTarget(sig, sigs, facets.join);
    if (target < 0) {
      own.push(g);
      continue;
    }
    const tg = nodeGroups[target];
    const arts = new Set<string>();
    for (const node of tg) arts.add(claims[node.claim].article);
    for (const node of g) {
      if (arts.has(claims[node.claim].article)) continue;
      arts.add(claims[node.claim].article);
      tg.push(node);
      touched.add(node.claim);
      extended.add(target);
    }
  }
  for (const k of extended) {
    const g = nodeGroups[k];
    groups[k] = draftGroup(claims, g, groups[k].score, groups[k].facet, align);
  }
  // The mentions of each claim by group, for the repeat test.
  const mentionsOf = new Map<number, { group: number; span: Span }[]>();
  // Loops, not `forEach` callbacks made per group: each new closure is a call target the
  // optimised code has not seen, and it deoptimises.
  for (let k = 0; k < groups.length; k++) {
    const gr = groups[k];
    if (gr.members.length < 2) continue;
    const g = nodeGroups[k];
    for (let i = 0; i < g.length; i++) pushAt(mentionsOf, g[i].claim, { group: k, span: gr.focus[i] });
  }
  for (const g of own) {
    let sum = 0;
    for (let x = 0; x < g.length; x++) for (let y = x + 1; y < g.length; y++) sum += score.get(pairKey(g[x].claim, g[y].claim, n)) ?? 0;
    const draft = draftGroup(claims, g, sum / ((g.length * (g.length - 1)) / 2), true, align);
    const { focus } = draft;
    // No second group over the same mentions.
    const members: number[] = [];
    for (const node of g) members.push(node.claim);
    if (repeats(members, focus, mentionsOf)) continue;
    groups.push(draft);
    for (let i = 0; i < g.length; i++) {
      touched.add(g[i].claim);
      pushAt(mentionsOf, g[i].claim, { group: groups.length - 1, span: focus[i] });
    }
  }
}

/**
 * The key of the pair of claims `a`, `b` (smaller index first) among `n`. A function, not a
 * closure made per call: each new closure is a call target the optimised caller has not seen.
 */
function pairKey(a: number, b: number, n: number): number {
  return Math.min(a, b) * n + Math.max(a, b);
}

/**
 * The group whose signature `sigs[k]` overlaps `sig` most, by at least `join` (Jaccard; the
 * first of equals), or -1.
 */
function joinTarget(sig: Set<string>, sigs: readonly Set<string>[], join: number): number {
  let target = -1;
  let best = join;
  if (join > 1) return target;
  for (let k = 0; k < sigs.length; k++) {
    const t = sigs[k];
    if (t.size === 0) continue;
    let n = 0;
    for (const x of sig) if (t.has(x)) n++;
    const j = n / (sig.size + t.size - n);
    if (j >= best && (target < 0 || j > best)) {
      best = j;
      target = k;
    }
  }
  return target;
}

/** The distinct outlets of the claims, first appearance first. */
function distinctOutlets(claims: readonly Claim[]): string[] {
  const out: string[] = [];
  for (const c of claims) if (!out.includes(c.outlet)) out.push(c.outlet);
  return out;
}

/** The distinct date values the claims state, first appearance first. */
function distinctDates(claims: readonly Claim[]): string[] {
  const out: string[] = [];
  for (const c of claims) for (const d of c.dates) if (!out.includes(d.value)) out.push(d.value);
  return out;
}

/**
 * Claims of one story: groups of aligned claims with verdicts and origins, the timeline of
 * dated groups, and the story's citation graph. Groups are ordered by how many outlets carry
 * them, then by first appearance; ids are `c1`, `c2`, ... within the story. Pure.
 */
export function analyzeStoryClaims(input: StoryClaimsInput, opts: StoryClaimsOptions = {}): StoryClaims {
  try {
    return storyClaims(input, opts);
  } finally {
    // The verdicts' readings of this story's clauses (`once.ts`) are of no use to the next.
    forgetClauses();
  }
}

/** The summed link scores of each of `count` groups over the pairs of its claims. */
function linkSums(links: readonly ClaimLink[], groupsOf: Map<number, number[]>, count: number): Float64Array {
  const sums = new Float64Array(count);
  for (const l of links) {
    const gb = groupsOf.get(l.b);
    if (!gb) continue;
    // A contest link counts at its floor (the verdict reads a negation only in well-aligned groups).
    for (const k of groupsOf.get(l.a) ?? []) if (gb.includes(k)) sums[k] += l.floor !== undefined && l.floor > l.score ? l.floor : l.score;
  }
  return sums;
}

/** {@link analyzeStoryClaims}, less the end of its clause caches. */
function storyClaims(input: StoryClaimsInput, opts: StoryClaimsOptions): StoryClaims {
  const base = opts.align ?? DEFAULT_ALIGN;
  const articles = input.articles.filter((a) => !a.analysisLimited);
  // Big stories: links rescored by the fitted pair model, with its own thresholds.
  const size = new Set(articles.map((a) => a.id)).size;
  const useModel = base.pairModel > 0 && size >= base.pairModel;
  const align = useModel ? alignWith(base, base.modelLink, base.modelMerge) : base;
  const claims: Claim[] = articles.flatMap((a) => {
    const ex = input.extraction.get(a.id);
    return ex ? extractClaims(a, ex) : [];
  });
  const vectors = claimVectors(claims, align);
  const cosineLinks = scorePairs(claims, vectors, align.candidate, align);
  const links = useModel ? rescoreLinks(claims, cosineLinks, opts.pairModel, size < base.contestLinks ? { min: base.contestMin, score: base.contestScore, argumentConflicts: opts.argumentConflicts } : null) : cosineLinks;
  const aligned = align.nodes
    ? alignNodes(claims, vectors, links, align, useModel && size >= base.modelTopics)
    : groupClaims(claims, links, align).filter((g) => g.length > 1).map((g) => g.map((i) => ({ claim: i, ...claims[i].span })));
  const nodeGroups = pruneGroups(claims, mergeAlike(claims, aligned, align.alike), align.prune, PRUNE_MIN);

  // Fact-level groups (scored by the mean link score over their pairs of claims), then every
  // claim no link touched as a group of its own.
  const groupsOf = groupsByClaim(nodeGroups);
  const sums = linkSums(links, groupsOf, nodeGroups.length);
  const touched = new Set(groupsOf.keys());
  // `focus`: each member's span narrowed to what the group shares (the mention's span); the
  // verdict, dates and hedging are read from the members' own (node-level) parts.
  const groups: DraftGroup[] = [];
  nodeGroups.forEach((g, k) => {
    const pairs = (g.length * (g.length - 1)) / 2;
    groups.push(draftGroup(claims, g, pairs > 0 ? sums[k] / pairs : 1, false, align));
  });
  // Facts of a clause its mentions leave out, shared with a strongly linked clause (facets.ts).
  if (useModel) addFacets({ claims, vectors, links, nodeGroups, groups, touched, align, facets: opts.facets ?? FACETS });
  claims.forEach((c, i) => {
    if (!touched.has(i)) groups.push({ members: [c], clauses: [c], focus: [c.span], first: i, score: 1, facet: false });
  });

  const texts = new Map(input.articles.map((a) => [a.id, a.text]));
  const provenance = new Provenance(input.articles, new Map(input.articles.map((a) => [a.id, outletOf(a)])), input.duplicates);
  // Pushed, not `map`: one array layout for the sort and the timeline, however V8 compiled this.
  const built: { out: ClaimGroupOutput; claims: Claim[]; first: number }[] = [];
  for (const g of groups) built.push(groupOutput(g, texts, provenance, opts));
  built.sort((x, y) => y.out.outlets.length - x.out.outlets.length || x.first - y.first);
  built.forEach((b, i) => (b.out.id = `c${i + 1}`));
  return { claims: built.map((b) => b.out), timeline: buildTimeline(built, texts), origins: provenance.graph() };
}

/**
 * The output of one draft group (its id set later). Its own function: the loop over a story's
 * groups would otherwise get `storyClaims` compiled on-stack and again on its next call.
 */
function groupOutput(g: DraftGroup, texts: ReadonlyMap<string, string>, provenance: Provenance, opts: StoryClaimsOptions): { out: ClaimGroupOutput; claims: Claim[]; first: number } {
  const { members, clauses, focus, first, score, facet } = g;
  const label = groupLabel(clauses, focus);
  // A facet is what two clauses share: the rest of them is not the same slot, so a facet
  // group is not contested (on the ECB+ dev stories that verdict was wrong more often than not).
  const verdict = verdictOf(members, score, clauses, { argumentConflicts: opts.argumentConflicts, conflicts: !facet });
  const mentions: ClaimMentionOutput[] = [];
  const origins: Origin[] = [];
  for (let i = 0; i < members.length; i++) {
    const c = members[i];
    // A contested mention reaches the value it states (within its sentence).
    let start = focus[i].start;
    let end = focus[i].end;
    const valueSpans = verdict.valueSpans.get(c.id);
    if (valueSpans) {
      for (const v of valueSpans) {
        start = Math.max(c.sentence.start, Math.min(start, v.start));
        end = Math.min(c.sentence.end, Math.max(end, v.end));
      }
    }
    const source = c.frame?.source?.text ?? null;
    const origin = provenance.originOf({ article: c.article, outlet: c.outlet, source, sourceEntity: c.frame?.sourceEntity ?? null });
    mentions.push({
      article: c.article,
      start,
      end,
      outlet: c.outlet,
      hedged: c.hedged,
      value: verdict.values.get(c.id) ?? null,
      text: texts.get(c.article)!.slice(start, end),
      from: c.from,
      source,
      origin: origin.label,
    });
    origins.push(origin);
  }
  const distinct = distinctOrigins(origins);
  const outlets = distinctOutlets(members);
  let hedgedCount = 0;
  for (const c of members) if (c.hedged) hedgedCount++;
  const out: ClaimGroupOutput = {
    id: '',
    text: label,
    status: verdict.status,
    outlets,
    origins: distinct.map((o) => o.label),
    originCount: distinct.length,
    originsLabel: originsLabel(outlets.length, distinct),
    hedged: hedgedCount > 0,
    hedgedMentions: hedgedCount,
    kind: verdict.kind,
    dates: distinctDates(members),
    score: Math.round(score * 1000) / 1000,
    mentions,
  };
  return { out, claims: members, first };
}
