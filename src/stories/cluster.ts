/**
 * Online story clustering. Articles arrive one at a time (in publication order); each joins the
 * best-scoring active story or starts a new one.
 *
 * - Candidates come from an inverted index (stems, names, numbers, dates → recently updated
 *   stories, each list capped), so the cost per article does not grow with the store.
 * - Stories keep capped centroids per channel; IDF is estimated online from the articles seen.
 * - Only stories of the same language compete (`und` competes with all).
 * - The active set is bounded: stories whose last day is older than the window (relative to the
 *   newest day seen) and the least recently updated beyond `maxActiveStories` are evicted.
 * - Corrections (pin / merge / split) are constraints honoured on every later run.
 * - Deterministic: the same inputs in the same order give the same assignments and ids.
 */
import { extractFeatures, type ArticleFeatures, type ClusterInput } from './features.js';
import { DocumentFrequencies } from './df.js';
import { fnv1a } from './hash.js';
import { Constraints, type Correction } from './corrections.js';
import {
  addMemberSimilarity, CHANNELS, memberSupported, prepare, scoreOf, similarities, total, vectorNorm, weigh, wordsCarry,
  type PreparedArticle, type ScoreParts, type Similarities, type StoryParams,
} from './score.js';
import {
  activityDay, addArticle, addRecord, emptyStory, mergeStories, removeRecord, storyFromJson, storyToJson,
  type MemberRecord, type StorySnapshot, type StoryState,
} from './story.js';
import { PairScorer, proposeMoves, proposeSplit } from './refine.js';
import { shouldRejoin, splitRelatives } from './agree.js';
import { emptyVector, type CompactVector } from './vector.js';
import { FITTED_PARAMS } from './params.js';

export type { ClusterInput } from './features.js';
export type { Correction } from './corrections.js';

/** Why an article went where it went. */
export interface AssignmentEvidence {
  /**
   * `score`: best story above threshold; `new`: nothing above it; `pin` / `merge`: a correction
   * decided; `split`: refinement moved it, with part of its story, into a story of their own
   * (reported by {@link StoryClusterer.drainMoves}); `join`: refinement folded its story into a
   * very similar one; `move`: refinement moved it to a story it now fits clearly better (both
   * reported by `drainMoves`).
   */
  reason: 'score' | 'new' | 'pin' | 'merge' | 'split' | 'join' | 'move';
  /** Score parts against the chosen story (null when it was just created). */
  parts: ScoreParts | null;
  /** Raw similarities against the chosen story (null when it was just created). */
  similarities: Similarities | null;
  threshold: number;
  /** How many candidate stories were scored. */
  candidates: number;
  /** The best story not chosen, with its score. */
  bestRejected?: { story: string; score: number };
}

/** The decision for one article. */
export interface Assignment {
  article: string;
  story: string;
  /** Score against the chosen story (0 for a new story). */
  score: number;
  created: boolean;
  evidence: AssignmentEvidence;
}

/** Options of a {@link StoryClusterer}. */
export interface ClustererOptions {
  /** Score weights and threshold (defaults: the fitted `params.ts`). */
  params?: Partial<StoryParams>;
  /** Most stories kept active (least recently updated evicted first). Default 10,000. */
  maxActiveStories?: number;
  /** Stories whose last day is this many days older than the newest day seen are evicted. Default 45. */
  windowDays?: number;
  /** Most candidate stories fully scored per article. Default 16. */
  maxCandidates?: number;
  /** Most stories kept per index key. Default 96. */
  postingCap?: number;
  /** Distinct stems of an article used to look up candidates. Default 16. */
  queryTerms?: number;
  /** Capacity of the document-frequency table. Default 250,000. */
  dfCapacity?: number;
  /** Corrections to honour. */
  corrections?: readonly Correction[];
  /** Bounded refinement (story splits of recent articles, reported by `drainMoves`). Default true. */
  refine?: boolean;
  /** Most recent articles kept movable, over all stories (bounds memory). Default 2,000. */
  recentArticles?: number;
  /**
   * A previous run's article → story ids: a new story reuses its first article's old id, and
   * an article of a story named in a merge correction goes to the merged story.
   */
  previous?: ReadonlyMap<string, string>;
}

/** The full pairwise explanation `why a b` shows. */
export interface Explanation {
  a: string;
  b: string;
  score: number;
  threshold: number;
  /** True when `a` would join a story made of `b` alone. */
  sameStory: boolean;
  parts: ScoreParts;
  similarities: Similarities;
  sameLanguage: boolean;
  /** The shared features that weigh most, readable. */
  shared: { terms: string[]; names: string[]; focus: string[]; numbers: string[]; dates: string[] };
  days: { a: number | null; b: number | null };
}

/** Plain-data state of a clusterer, for persistence between incremental runs. */
export interface ClustererSnapshot {
  version: 1;
  params: StoryParams;
  options: Required<Omit<ClustererOptions, 'params' | 'corrections' | 'previous'>>;
  seq: number;
  maxDay: number | null;
  df: ReturnType<DocumentFrequencies['toJSON']>;
  stories: StorySnapshot[];
  usedIds: string[];
  corrections: Correction[];
}

const NORM_REFRESH = 2000;
/** How many leading candidates get the single-link member similarity. */
const MEMBER_CANDIDATES = 4;
const SWEEP_EVERY = 256;
/** Recent articles of each story compared when refinement considers merging two stories. */
const MERGE_SAMPLE = 12;
/** Index keys beyond which the index is compacted (lists of evicted stories dropped). */
const POSTING_KEYS_LIMIT = 300_000;
/** What a dropped story keeps of its vectors and counts (shared, never read or written: see `drop`). */
const NO_VECTORS = Object.fromEntries(CHANNELS.map((ch) => [ch, emptyVector()])) as StoryState['vectors'];
const NO_COUNTS: Map<number, number> = new Map();

/**
 * Sorts inputs into publication order. Dated ones go by date; an undated one keeps its place in
 * the input (ingest order): it takes the date of the nearest dated input before it (or, when none
 * comes before it, of the first one after it), so it arrives among the reports it was ingested
 * with rather than after every dated report (where it could only join stories already formed by
 * the dated reports, including those of another event of its kind). Ties keep input order; with
 * no dated input at all the order is the input order.
 */
export function publicationOrder<T extends { published?: string | null }>(inputs: readonly T[]): T[] {
  const times = inputs.map((x) => (x.published ? Date.parse(x.published) : Number.NaN));
  const keys = new Float64Array(inputs.length);
  let next = Number.POSITIVE_INFINITY;
  for (let i = inputs.length - 1; i >= 0; i--) {
    if (!Number.isNaN(times[i])) next = times[i];
    keys[i] = next;
  }
  let prev = Number.NaN;
  for (let i = 0; i < inputs.length; i++) {
    if (!Number.isNaN(times[i])) prev = times[i];
    keys[i] = Number.isNaN(prev) ? keys[i] : prev;
  }
  const idx = inputs.map((_, i) => i);
  idx.sort((a, b) => (keys[a] === keys[b] ? a - b : keys[a] < keys[b] ? -1 : 1));
  return idx.map((i) => inputs[i]);
}

/**
 * The online story clusterer.
 *
 * `add()` / `addFeatures()` return the new article's assignment. With refinement on (the
 * default), a later article can also change the story of earlier, recent ones (a story whose
 * recent articles form two distinct groups is split); those changes are collected and returned
 * by {@link StoryClusterer.drainMoves}: callers that persist assignments should drain after
 * each `add` (or each batch) and apply the moves. Pinned or merge-placed articles never move.
 */
export class StoryClusterer {
  readonly params: StoryParams;
  private readonly opt: ClustererSnapshot['options'];
  private readonly constraints: Constraints;
  private readonly previous: ReadonlyMap<string, string>;
  private df: DocumentFrequencies;
  private seq = 0;
  private maxDay: number | null = null;
  private nextHandle = 1;
  /** Active stories by handle, in least-recently-updated-first order. */
  private readonly active = new Map<number, LiveStory>();
  private readonly byId = new Map<string, number>();
  /** Index key → the stories indexed under it, least recently indexed first (dropped ones flagged dead). */
  private readonly postings = new Map<number, LiveStory[]>();
  /** Marks the stories voted for by the current candidate lookup. */
  private voteMark = 0;
  /** Score matrices of {@link maybeTidy}, by size (reused). */
  private readonly matrices: number[][][] = [];
  /** Scratch list of the stories voted for by the current candidate lookup (emptied after it). */
  private readonly voters: LiveStory[] = [];
  private readonly usedIds = new Set<string>();
  private deadHandles = 0;
  private postingLimit = POSTING_KEYS_LIMIT;
  /** Movable recent articles, oldest first: article id → story handle (bounded). */
  private readonly recentHome = new Map<string, number>();
  /** Memoised pairwise scores of recent articles (refinement). */
  private pairs: PairScorer;
  /** Articles whose story changed since the last `drainMoves`, by article id. */
  private readonly moves = new Map<string, Assignment>();

  constructor(options: ClustererOptions = {}) {
    this.params = { ...FITTED_PARAMS, ...options.params };
    this.opt = {
      maxActiveStories: options.maxActiveStories ?? 10_000,
      windowDays: options.windowDays ?? 45,
      maxCandidates: options.maxCandidates ?? 16,
      postingCap: options.postingCap ?? 96,
      queryTerms: options.queryTerms ?? 16,
      dfCapacity: options.dfCapacity ?? 250_000,
      refine: options.refine ?? true,
      recentArticles: options.recentArticles ?? 2000,
    };
    this.df = new DocumentFrequencies(this.opt.dfCapacity);
    this.pairs = new PairScorer(this.idf, this.params);
    this.constraints = new Constraints(options.corrections ?? []);
    this.previous = options.previous ?? new Map();
  }

  /** Number of stories in the active set. */
  get activeStories(): number {
    return this.active.size;
  }

  /** Assigns one article (call in publication order). */
  add(input: ClusterInput): Assignment {
    return this.addFeatures(extractFeatures(input));
  }

  /** Assigns an article whose features were already extracted (e.g. in a worker). */
  addFeatures(f: ArticleFeatures): Assignment {
    this.seq++;
    this.df.addDistinct(CHANNELS.map((ch) => f[ch].keys()));
    if (f.day !== null && (this.maxDay === null || f.day > this.maxDay)) this.maxDay = f.day;
    const prepared = prepare(f, this.idf);
    // Candidates are ranked by the score alone (`scoreOf`, the same number as `total(weigh())`);
    // the parts are built only for the chosen story, below.
    const found = this.candidates(prepared);
    const scored: Scored[] = new Array(found.length);
    const linkage = this.params.linkage;
    for (let i = 0; i < found.length; i++) {
      const story = found[i];
      const sims = similarities(prepared, this.fresh(story), false, linkage);
      scored[i] = { h: story.handle, story, sims, score: scoreOf(sims, this.params) };
    }
    scored.sort(byScore);
    // The single-link member similarity only for the leading candidates (it is the costliest).
    const guard = (this.params.memberSupport ?? 0) > 0;
    if (this.params.member !== 0 || guard) {
      const lead = Math.min(MEMBER_CANDIDATES, scored.length);
      for (let i = 0; i < lead; i++) {
        const c = scored[i];
        addMemberSimilarity(c.sims, prepared, c.story);
        c.score = scoreOf(c.sims, this.params);
      }
      scored.sort(byScore);
    }
    const threshold = this.params.threshold;
    // Drift guard: the best candidate whose recent articles back the centroid match (beyond the
    // leading ones the member similarity is unknown, so they are not eligible under the guard).
    const best = guard
      ? scored.slice(0, MEMBER_CANDIDATES).find((c) => memberSupported(c.sims, this.params))
      : scored[0];

    let reason: AssignmentEvidence['reason'];
    let handle: number | undefined;
    const pinned = this.constraints.pinOf(f.id);
    const prev = this.previous.get(f.id);
    if (pinned !== undefined) {
      reason = 'pin';
      handle = this.byId.get(pinned) ?? this.create(pinned, f);
    } else if (prev !== undefined && this.constraints.merged.has(prev)) {
      // It belonged to a story named in a merge: it stays with the merged story.
      reason = 'merge';
      const into = this.constraints.resolve(prev);
      handle = this.byId.get(into) ?? this.create(into, f);
    } else if (best && (best.score >= threshold || this.uncontested(best, scored))) {
      reason = 'score';
      handle = best.h;
    } else {
      const id = this.newStoryId(f.id);
      const resolved = this.constraints.resolve(id);
      if (resolved !== id) {
        reason = 'merge';
        handle = this.byId.get(resolved) ?? this.create(resolved, f);
      } else {
        reason = 'new';
        handle = this.create(id, f);
      }
    }
    const story = this.active.get(handle) as StoryState;
    const created = story.size === 0;
    const chosen = created ? undefined : scored.find((s) => s.h === handle);
    let sims: Similarities | null = chosen?.sims ?? null;
    if (!created && !chosen) sims = similarities(prepared, this.fresh(story), true, this.params.linkage);
    const parts: ScoreParts | null = sims ? weigh(sims, this.params) : null;
    const rejected = scored.find((s) => s.h !== handle);
    const record = addArticle(story, f, this.seq, prepared.norm, reason === 'pin' || reason === 'merge', { keys: prepared.w2, raw: prepared.raw });
    this.remember(record, handle);
    // An undated report arriving now keeps its story open as of the newest day seen (it only grows).
    if (f.day === null && this.maxDay !== null) story.activeDay = this.maxDay;
    this.touch(handle, story);
    this.index(handle, this.queryKeys(prepared));
    if (!created && this.opt.refine) this.maybeSplit(story);
    if (this.opt.refine && rejected && rejected.score >= threshold - this.params.mergeSlack) this.maybeTidy(handle, rejected.h);
    if (!created && this.opt.refine) this.adoptOrphans(handle, scored);
    if (this.seq % SWEEP_EVERY === 0) this.sweep();
    // A split may have taken the new article along: its own assignment says where it is now.
    const moved = this.moves.get(f.id);
    this.moves.delete(f.id);
    return {
      article: f.id,
      story: moved ? moved.story : story.id,
      score: parts ? total(parts) : 0,
      created,
      evidence: {
        reason, parts, similarities: sims, threshold, candidates: scored.length,
        ...(rejected ? { bestRejected: { story: rejected.story.id, score: rejected.score } } : {}),
      },
    };
  }

  /**
   * Records a correction and applies what it can to the active state: a merge folds the active
   * stories together at once; pins and splits route the named articles from now on. The caller
   * updates its stored assignments by the correction's meaning; {@link recluster} rebuilds
   * everything exactly.
   */
  correct(c: Correction): void {
    this.constraints.add(c);
    if (c.kind !== 'merge') return;
    const into = this.constraints.resolve(c.into);
    // What the user put together stays together: refinement never moves these articles.
    for (const s of [...c.stories, into]) {
      const h = this.byId.get(s);
      if (h !== undefined) for (const r of (this.active.get(h) as StoryState).recent) r.fixed = true;
    }
    for (const s of c.stories) {
      const h = this.byId.get(s);
      if (h === undefined || s === into) continue;
      const src = this.active.get(h) as StoryState;
      const target = this.byId.get(into);
      if (target === undefined) {
        // Rename: the story lives on under the id it was merged into.
        this.byId.delete(s);
        src.id = into;
        this.byId.set(into, h);
        this.usedIds.add(into);
      } else {
        const dst = this.active.get(target) as StoryState;
        mergeStories(dst, src);
        for (const r of dst.recent) if (this.recentHome.has(r.id)) this.recentHome.set(r.id, target);
        this.drop(h);
        this.index(target, this.storyKeys(dst));
      }
    }
  }

  /**
   * The articles whose story changed since the last call (refinement moves), one final
   * assignment per article (`evidence.reason` is `split`; `created` is true for the first
   * article of a story that a split created). The caller persists them.
   */
  drainMoves(): Assignment[] {
    const out = [...this.moves.values()];
    this.moves.clear();
    return out;
  }

  /** Every correction recorded so far. */
  get corrections(): readonly Correction[] {
    return this.constraints.list;
  }

  /**
   * Explains the score between two articles as `why a b` shows it: `a` scored against a story
   * made of `b` alone, with the IDF learnt so far. The parts sum to the score.
   */
  explain(a: ClusterInput, b: ClusterInput): Explanation {
    const fa = extractFeatures(a);
    const fb = extractFeatures(b);
    const idf = this.df.n > 0 ? this.idf : pairIdf(fa, fb);
    const story = emptyStory(fb.id, fb.language, fb.title);
    addArticle(story, fb, 0, prepare(fb, idf).norm);
    for (const ch of CHANNELS) story.norms[ch] = vectorNorm(story.vectors[ch], idf);
    story.memberNorms = story.members.map((m) => vectorNorm(m, idf));
    const prepared = prepare(fa, idf);
    const sims = similarities(prepared, story);
    const parts = weigh(sims, this.params);
    const score = total(parts);
    const sameLanguage = fa.language === 'und' || fb.language === 'und' || fa.language === fb.language;
    return {
      a: fa.id, b: fb.id, score, threshold: this.params.threshold,
      sameStory: sameLanguage && score >= this.params.threshold,
      parts, similarities: sims, sameLanguage,
      shared: {
        terms: sharedLabels(fa, fb, 'terms', idf, 12),
        names: sharedLabels(fa, fb, 'names', idf, 8),
        focus: sharedLabels(fa, fb, 'focus', idf, 4),
        numbers: sharedLabels(fa, fb, 'numbers', idf, 8),
        dates: sharedLabels(fa, fb, 'dates', idf, 8),
      },
      days: { a: fa.day, b: fb.day },
    };
  }

  /** The state as plain JSON-serialisable data. */
  snapshot(): ClustererSnapshot {
    return {
      version: 1, params: { ...this.params }, options: { ...this.opt }, seq: this.seq, maxDay: this.maxDay,
      df: this.df.toJSON(), stories: [...this.active.values()].map(storyToJson),
      usedIds: [...this.usedIds], corrections: [...this.constraints.list],
    };
  }

  /** A clusterer continuing from a snapshot (the index is rebuilt from the story centroids). */
  static restore(snap: ClustererSnapshot, extra: Pick<ClustererOptions, 'previous'> = {}): StoryClusterer {
    const c = new StoryClusterer({ ...snap.options, params: snap.params, corrections: snap.corrections, ...extra });
    c.df = DocumentFrequencies.fromJSON(snap.df);
    c.seq = snap.seq;
    c.maxDay = snap.maxDay;
    for (const id of snap.usedIds) c.usedIds.add(id);
    const stories = [...snap.stories].sort((a, b) => a.lastSeq - b.lastSeq);
    for (const sj of stories) {
      const s = storyFromJson(sj);
      const h = c.nextHandle++;
      c.activate(h, s);
      c.byId.set(s.id, h);
      c.index(h, c.storyKeys(s));
    }
    const recs: Array<[number, string, number]> = [];
    for (const [h, s] of c.active) for (const r of s.recent) recs.push([r.seq, r.id, h]);
    recs.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1));
    for (const [, id, h] of recs) c.recentHome.set(id, h);
    c.trimRecent();
    return c;
  }

  // ---- internals ----

  /** Keeps a new record movable (bounded over all stories: the oldest become fixed history). */
  private remember(r: MemberRecord, h: number): void {
    this.recentHome.delete(r.id);
    this.recentHome.set(r.id, h);
    this.trimRecent();
  }

  private trimRecent(): void {
    while (this.recentHome.size > this.opt.recentArticles) {
      const [id, h] = this.recentHome.entries().next().value as [string, number];
      this.recentHome.delete(id);
      const s = this.active.get(h);
      if (!s) continue;
      const at = s.recent.findIndex((r) => r.id === id);
      if (at >= 0) s.recent.splice(at, 1);
    }
  }

  /**
   * Refinement after a story grew: every so often (as the story grows by a quarter, at least
   * two articles), its recent articles are checked for two distinct groups (`refine.ts`); the
   * group without the story's oldest recent article leaves for a new story, and its articles
   * are reported as moves. Not when the two groups pass the rejoin check (`shouldRejoin`):
   * they would merge back as pieces of one event, so the cut is not made. Cost: at most
   * `RECENT_KEPT`² pair scores, amortised over the articles the story gained meanwhile.
   */
  private maybeSplit(s: StoryState): void {
    if (s.recent.length < 4) return;
    if (s.size - s.checkedSize < Math.max(2, Math.ceil(s.checkedSize / 4))) return;
    s.checkedSize = s.size;
    const prop = proposeSplit(s.recent, this.params, this.pairs.score.bind(this.pairs));
    if (!prop) return;
    // Avoid the cut: groups that the rejoin check would merge back are one event in two strands.
    const leaving = prop.move.map((i) => s.recent[i]);
    const keep = prop.keep.map((i) => s.recent[i]).slice(-MERGE_SAMPLE);
    if (shouldRejoin(keep, leaving.slice(-MERGE_SAMPLE), prop.between, this.params, this.idf)) return;
    const moving = leaving.filter((r) => !r.fixed);
    if (moving.length < 2) return;
    const home = this.splitHome(moving, s);
    if (home) {
      const hh = home.handle;
      for (const r of moving) this.moveRecord(r, s, home.story, hh, home.between, 'split');
      s.checkedSize = s.size;
      this.touch(hh, home.story);
      this.index(hh, this.storyKeys(home.story));
      return;
    }
    const id = this.newStoryId(moving[0].id);
    if (this.constraints.resolve(id) !== id) return;
    const nh = this.nextHandle++;
    const ns = emptyStory(id, s.language, moving[0].title);
    ns.splitFrom = s.id;
    this.activate(nh, ns);
    this.byId.set(id, nh);
    this.usedIds.add(id);
    moving.forEach((r, i) => {
      removeRecord(s, r.id);
      addRecord(ns, r, this.seq);
      this.recentHome.set(r.id, nh);
      this.moves.set(r.id, {
        article: r.id, story: id, score: prop.withinMove, created: i === 0,
        evidence: { reason: 'split', parts: null, similarities: null, threshold: this.params.threshold, candidates: 0 },
      });
    });
    ns.checkedSize = ns.size;
    s.checkedSize = s.size;
    this.touch(nh, ns);
    this.index(nh, this.storyKeys(ns));
  }

  private readonly idf = (key: number): number => this.df.idf(key);

  /**
   * Orphans (see {@link StoryParams.orphanJoin}): every candidate story of the article just
   * placed in story `h` that holds one movable article is scored against `h`'s recent articles
   * (at most {@link MERGE_SAMPLE}, pair scores, memoised); one scoring at least `orphanJoin` on
   * average joins `h`. Only stories of 2 or more articles adopt.
   */
  private adoptOrphans(h: number, scored: readonly Scored[]): void {
    const bound = this.params.orphanJoin;
    if (bound === undefined) return;
    const dst = this.active.get(h);
    if (!dst || dst.recent.length < 2) return;
    let adopted = false;
    for (const c of scored) {
      const o = c.story;
      if (c.h === h || !o.alive || o.size !== 1 || o.recent.length !== 1 || o.recent[0].fixed) continue;
      const r = o.recent[0];
      const mean = this.pairs.peekMean(r, dst.recent.slice(-MERGE_SAMPLE));
      if (!(mean >= bound)) continue;
      this.moveRecord(r, o, dst, h, mean, 'join');
      this.drop(c.h);
      adopted = true;
    }
    if (adopted) {
      this.touch(h, dst);
      this.index(h, this.storyKeys(dst));
    }
  }

  /**
   * An existing story that a group leaving `from` should join rather than start a story of its
   * own (see {@link StoryParams.splitHome}): among the live stories that the group's heaviest
   * stems and names are indexed under (most votes first, at most `splitHome`), the one whose
   * recent articles score best with the group on average, when the two pass the merge test
   * (`shouldMerge`). Null when none does.
   */
  private splitHome(group: readonly MemberRecord[], from: StoryState): { story: StoryState; handle: number; between: number } | null {
    const n = Math.floor(this.params.splitHome ?? 0);
    if (n <= 0) return null;
    const votes = new Map<StoryState, number>();
    const keys = new Set<number>();
    for (const r of group) {
      const take = (v: CompactVector, k: number): void => {
        const idx = [...v.keys.keys()].sort((a, b) => v.vals[b] * this.idf(v.keys[b]) - v.vals[a] * this.idf(v.keys[a]) || a - b);
        for (const i of idx.slice(0, k)) keys.add(v.keys[i]);
      };
      take(r.vectors.terms, this.opt.queryTerms);
      take(r.vectors.names, 8);
    }
    for (const k of keys) {
      const list = this.postings.get(k);
      if (!list) continue;
      const w = this.idf(k);
      for (const st of list) {
        if (!st.alive || st === from || st.recent.length === 0) continue;
        if (st.language !== from.language && st.language !== 'und' && from.language !== 'und') continue;
        votes.set(st, (votes.get(st) ?? 0) + w);
      }
    }
    const ranked = [...votes].sort((x, y) => y[1] - x[1] || x[0].handle - y[0].handle).slice(0, n);
    let best: { story: StoryState; handle: number; between: number } | null = null;
    const withinOf = (rs: readonly MemberRecord[]): number => {
      let t = 0;
      let k = 0;
      for (let i = 0; i < rs.length; i++) for (let j = i + 1; j < rs.length; j++) {
        t += this.pairs.score(rs[i], rs[j]);
        k++;
      }
      return k > 0 ? t / k : Number.NaN;
    };
    const wg = withinOf(group);
    for (const [st] of ranked) {
      const rb = st.recent.slice(-MERGE_SAMPLE);
      let t = 0;
      for (const a of group) for (const b of rb) t += this.pairs.score(a, b);
      const between = t / (group.length * rb.length);
      if (!shouldMerge(between, wg, withinOf(rb), this.params)) continue;
      if (!best || between > best.between) best = { story: st, handle: st.handle, between };
    }
    return best;
  }

  /**
   * Whether `best`, scoring under the threshold, is still the article's story: within
   * `joinSlack` of the threshold, carried by the words, and ahead of every other candidate by
   * `joinMargin` (see {@link StoryParams.joinSlack}).
   */
  private uncontested(best: Scored, scored: readonly Scored[]): boolean {
    const slack = this.params.joinSlack ?? 0;
    if (slack <= 0 || best.score < this.params.threshold - slack) return false;
    if (!wordsCarry(best.sims, this.params, slack)) return false;
    let runner = 0;
    for (const c of scored) if (c !== best && c.score > runner) runner = c.score;
    return best.score - runner >= (this.params.joinMargin ?? 0);
  }

  /** Story with its norms up to date with the current IDF. */
  private fresh(s: StoryState): StoryState {
    if (s.normSeq < 0 || this.seq - s.normSeq > NORM_REFRESH) {
      for (const ch of CHANNELS) s.norms[ch] = vectorNorm(s.vectors[ch], this.idf);
      const mn = s.memberNorms;
      mn.length = s.members.length;
      for (let i = 0; i < s.members.length; i++) mn[i] = vectorNorm(s.members[i], this.idf);
      s.normSeq = this.seq;
    }
    return s;
  }

  /** The index keys of an article: its heaviest stems, names, numbers and dates, with IDF. */
  private queryKeys(p: PreparedArticle): number[] {
    if (p.queryKeys) return p.queryKeys;
    const keys: number[] = [];
    heaviest(p.w2.terms, this.opt.queryTerms, keys);
    heaviest(p.w2.names, 8, keys);
    heaviest(p.w2.focus, 2, keys);
    heaviest(p.w2.numbers, 6, keys);
    heaviest(p.w2.dates, 4, keys);
    p.queryKeys = keys;
    return keys;
  }

  /** The index keys of a story centroid (after a merge or a restore). */
  private storyKeys(s: StoryState): number[] {
    const out: number[] = [];
    const take = (ch: (typeof CHANNELS)[number], n: number): void => {
      const v = s.vectors[ch];
      const idx = [...v.keys.keys()].sort((a, b) => v.vals[b] * this.idf(v.keys[b]) - v.vals[a] * this.idf(v.keys[a]) || a - b);
      for (const i of idx.slice(0, n)) out.push(v.keys[i]);
    };
    take('terms', this.opt.queryTerms * 2);
    take('names', 16);
    take('numbers', 12);
    take('dates', 8);
    return out;
  }

  /** A story entering the active set under handle `h`. */
  private activate(h: number, s: StoryState): LiveStory {
    s.handle = h;
    s.alive = true;
    s.vote = 0;
    s.voteMark = 0;
    this.active.set(h, s);
    return s;
  }

  /**
   * Candidate stories for an article, best-voted first: each index key votes its IDF for the
   * live stories of a compatible language listed under it (votes kept on the stories, marked
   * per lookup, so no per-article table is built).
   */
  private candidates(p: PreparedArticle): LiveStory[] {
    const mark = ++this.voteMark;
    const voters = this.voters;
    voters.length = 0;
    const lang = p.features.language;
    const anyLang = lang === 'und';
    const keys = this.queryKeys(p);
    for (let q = 0; q < keys.length; q++) {
      const k = keys[q];
      const list = this.postings.get(k);
      if (!list) continue;
      const w = this.df.idf(k);
      for (let j = 0; j < list.length; j++) {
        const s = list[j];
        if (!s.alive) continue;
        if (!anyLang && s.language !== lang && s.language !== 'und') continue;
        if (s.voteMark !== mark) {
          s.voteMark = mark;
          s.vote = 0;
          voters.push(s);
        }
        s.vote += w;
      }
    }
    // Top `maxCandidates` by votes (ties: older story first) without sorting every voter.
    const k = this.opt.maxCandidates;
    const top: LiveStory[] = [];
    for (let v = 0; v < voters.length; v++) {
      const e = voters[v];
      if (top.length === k && !votedAbove(e, top[k - 1])) continue;
      let i = top.length < k ? top.length : k - 1;
      while (i > 0 && votedAbove(e, top[i - 1])) {
        if (i < k) top[i] = top[i - 1];
        i--;
      }
      top[i] = e;
    }
    voters.length = 0;
    return top;
  }

  private index(handle: number, keys: readonly number[]): void {
    const cap = this.opt.postingCap;
    const h = this.active.get(handle);
    // Only live stories are indexed (every caller indexes a story it just touched).
    if (!h) return;
    for (const k of keys) {
      let list = this.postings.get(k);
      if (!list) {
        list = [];
        this.postings.set(k, list);
      }
      if (list[list.length - 1] === h) continue;
      const at = list.indexOf(h);
      if (at >= 0) list.splice(at, 1);
      list.push(h);
      if (list.length > cap) list.shift();
    }
  }

  private create(id: string, f: ArticleFeatures): number {
    const h = this.nextHandle++;
    const s = emptyStory(id, f.language, f.title);
    this.activate(h, s);
    this.byId.set(id, h);
    this.usedIds.add(id);
    return h;
  }

  /** A fresh story id for a story whose first article is `article`. */
  private newStoryId(article: string): string {
    const prev = this.previous.get(article);
    if (prev !== undefined && !this.usedIds.has(prev)) return prev;
    const base = 's' + fnv1a(article).toString(36);
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  /** Marks an active story as just updated (`s` is the story active under `h`). */
  private touch(h: number, s: StoryState): void {
    this.active.delete(h);
    this.active.set(h, s as LiveStory);
    while (this.active.size > this.opt.maxActiveStories) {
      const oldest = this.active.keys().next().value as number;
      this.drop(oldest);
    }
  }

  /**
   * Refinement when an article scored close to the threshold with a second story: the two
   * stories' recent articles ({@link MERGE_SAMPLE} of each) are scored pairwise. A recent,
   * unfixed article that scores on average clearly better (by `moveMargin`) with the other
   * story's articles than with its own moves there; then, when the two stories score at least
   * `mergeAbove` on average with each other, or when they are split relatives (one split off
   * from the other, or both from one story: `splitRelatives`) and they agree (`shouldRejoin` in
   * `agree.ts`, `mergeAgreeAbove`), the younger one (only if all of it is still recent and
   * nothing in it is fixed) joins the other. Every change is reported as a move.
   */
  private maybeTidy(ha: number, hb: number): void {
    const a = this.active.get(ha);
    const b = this.active.get(hb);
    if (!a || !b || a === b) return;
    const ra = a.recent.slice(-MERGE_SAMPLE);
    const rb = b.recent.slice(-MERGE_SAMPLE);
    if (ra.length === 0 || rb.length === 0) return;
    const all = ra.concat(rb);
    const n = all.length;
    const sim = this.scratchMatrix(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const x = this.pairs.score(all[i], all[j]);
        sim[i][j] = x;
        sim[j][i] = x;
      }
    }
    let cross = 0;
    for (let i = 0; i < ra.length; i++) for (let j = ra.length; j < n; j++) cross += sim[i][j];
    const between = cross / (ra.length * rb.length);
    if (shouldMerge(between, meanWithin(sim, 0, ra.length), meanWithin(sim, ra.length, n), this.params)
      || (splitRelatives(a, b) && shouldRejoin(ra, rb, between, this.params, this.idf))) {
      const whole = (s: StoryState): boolean => s.size === s.recent.length && s.recent.every((r) => !r.fixed);
      const [src, hs, dst, hd] = a.recent[0].seq > b.recent[0].seq ? [a, ha, b, hb] : [b, hb, a, ha];
      if (!whole(src)) return;
      for (const r of [...src.recent]) this.moveRecord(r, src, dst, hd, between, 'join');
      this.drop(hs);
      this.touch(hd, dst);
      this.index(hd, this.storyKeys(dst));
      return;
    }
    if (this.params.moveMargin >= 1) return;
    const movers = proposeMoves(sim, ra.length, all.map((r) => r.fixed), this.params).map((m) => (m.index < ra.length
      ? { r: all[m.index], from: a, to: b, hTo: hb, score: m.score }
      : { r: all[m.index], from: b, to: a, hTo: ha, score: m.score }));
    for (const m of movers) {
      if (m.from.size <= 1) continue;
      this.moveRecord(m.r, m.from, m.to, m.hTo, m.score, 'move');
    }
    if (movers.length > 0) {
      this.index(ha, this.storyKeys(a));
      this.index(hb, this.storyKeys(b));
    }
  }

  /**
   * A reusable n × n score matrix for {@link maybeTidy} (zero diagonal; every other cell is
   * overwritten by the caller). One per size, kept: n is at most `2 * MERGE_SAMPLE`.
   */
  private scratchMatrix(n: number): number[][] {
    let m = this.matrices[n];
    if (m === undefined) {
      // Rows of doubles from the start: filled with 0 a row stays of small integers until a
      // fractional score lands in it (one with only whole scores never does), and the code
      // reading the rows deoptimised on the two kinds. Only the diagonal is read as made.
      m = Array.from({ length: n }, (_, i) => {
        const row = new Array<number>(n).fill(0.5);
        row[i] = 0;
        return row;
      });
      this.matrices[n] = m;
    }
    return m;
  }

  /** Moves a recent article between two live stories and reports it. */
  private moveRecord(r: MemberRecord, from: StoryState, to: StoryState, hTo: number, score: number, reason: 'join' | 'move' | 'split'): void {
    removeRecord(from, r.id);
    addRecord(to, r, this.seq);
    this.recentHome.set(r.id, hTo);
    this.moves.set(r.id, {
      article: r.id, story: to.id, score, created: false,
      evidence: { reason, parts: null, similarities: null, threshold: this.params.threshold, candidates: 0 },
    });
  }

  private drop(h: number): void {
    const s = this.active.get(h);
    if (!s) return;
    for (const r of s.recent) if (this.recentHome.get(r.id) === h) this.recentHome.delete(r.id);
    this.active.delete(h);
    s.alive = false;
    if (this.byId.get(s.id) === h) this.byId.delete(s.id);
    this.deadHandles++;
    // A dropped story is never scored again, but stays listed in the index (flagged dead) until
    // the next compaction: keep only its identity there, not its vectors and recent articles
    // (with few, long stories, compaction is rare and the dead ones would pile up).
    s.vectors = NO_VECTORS;
    s.members = [];
    s.memberNorms = [];
    s.recent = [];
    s.years = NO_COUNTS;
    s.details = NO_COUNTS;
    s.detailSlots = NO_COUNTS;
  }

  /** Evicts stories outside the time window and compacts the index when it holds many dead entries. */
  private sweep(): void {
    if (this.maxDay !== null) {
      const limit = this.maxDay - this.opt.windowDays;
      for (const [h, s] of this.active) {
        // A story with no dated member has no age to judge: it leaves by the LRU bound only.
        if (s.lastDay === null) continue;
        const day = activityDay(s);
        if (day !== null && day < limit) this.drop(h);
      }
    }
    if (this.deadHandles > 2 * this.opt.maxActiveStories || this.postings.size > this.postingLimit) {
      for (const [k, list] of this.postings) {
        const live = list.filter((s) => s.alive);
        if (live.length === 0) this.postings.delete(k);
        else if (live.length !== list.length) this.postings.set(k, live);
      }
      this.deadHandles = 0;
      // Live keys may legitimately be many: do not compact again before the index doubles.
      this.postingLimit = Math.max(POSTING_KEYS_LIMIT, 2 * this.postings.size);
    }
  }
}

/**
 * Appends to `out` the keys of the `n` heaviest entries of `v` (heaviest first, ties: lower key
 * first), skipping keys already in `out`. A bounded insertion selection: no full sort.
 */
function heaviest(v: CompactVector, n: number, out: number[]): void {
  const top: number[] = [];
  const vals = v.vals;
  for (let i = 0; i < vals.length; i++) {
    const x = vals[i];
    if (top.length === n && !(x > vals[top[n - 1]])) continue;
    // Keys ascend, so among equal weights the earlier index (lower key) stays ahead.
    let at = top.length < n ? top.length : n - 1;
    while (at > 0 && x > vals[top[at - 1]]) {
      if (at < n) top[at] = top[at - 1];
      at--;
    }
    top[at] = i;
  }
  for (const i of top) {
    const k = v.keys[i];
    if (!out.includes(k)) out.push(k);
  }
}

/** Candidate vote order: more votes first, ties to the older story (lower handle). */
function votedAbove(a: LiveStory, b: LiveStory): boolean {
  return a.vote > b.vote || (a.vote === b.vote && a.handle < b.handle);
}

/** A scored candidate story of the article being assigned. */
interface Scored {
  h: number;
  story: LiveStory;
  sims: Similarities;
  score: number;
}

/** Candidate order: higher score first, ties to the older story (lower handle). */
function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || a.h - b.h;
}

/** An active story with its handle, liveness, and scratch space of the candidate lookup. */
type LiveStory = StoryState;

/** Average pairwise score among the rows `from`..`to` of a score matrix (NaN for fewer than 2). */
function meanWithin(sim: number[][], from: number, to: number): number {
  let s = 0;
  let k = 0;
  for (let i = from; i < to; i++) for (let j = i + 1; j < to; j++) {
    s += sim[i][j];
    k++;
  }
  return k > 0 ? s / k : Number.NaN;
}

/**
 * Whether two stories whose recent articles score `between` on average with each other (and
 * `withinA` / `withinB` among themselves, NaN for a single article) are one story: `between` at
 * least `mergeAbove`, or positive and at least `mergeRatio` times the lower cohesion of the two.
 */
export function shouldMerge(between: number, withinA: number, withinB: number, p: StoryParams): boolean {
  if (between >= p.mergeAbove) return true;
  const ratio = p.mergeRatio ?? 0;
  if (ratio <= 0 || between <= 0) return false;
  const cohesion = Math.min(Number.isNaN(withinA) ? Infinity : withinA, Number.isNaN(withinB) ? Infinity : withinB);
  return Number.isFinite(cohesion) && between >= ratio * cohesion;
}

/** Every distinct feature key of an article (for document frequencies). */
function allKeys(f: ArticleFeatures): Set<number> {
  const keys = new Set<number>();
  for (const ch of CHANNELS) for (const k of f[ch].keys()) keys.add(k);
  return keys;
}

/** IDF over just two documents (for `explain` before anything was seen): shared features weigh less. */
function pairIdf(a: ArticleFeatures, b: ArticleFeatures): (k: number) => number {
  const df = new DocumentFrequencies();
  df.addDocument(allKeys(a));
  df.addDocument(allKeys(b));
  return (k) => df.idf(k);
}

function sharedLabels(
  a: ArticleFeatures, b: ArticleFeatures, ch: 'terms' | 'names' | 'focus' | 'numbers' | 'dates',
  idf: (k: number) => number, n: number,
): string[] {
  const out: Array<[string, number]> = [];
  for (const [k, x] of a[ch]) {
    const y = b[ch].get(k);
    if (y === undefined) continue;
    const label = (a.labels.get(k) ?? '').replace(/^[a-z]:/, '');
    out.push([ch === 'dates' ? label.replace(/^[a-z]+:/, '') : label, x * y * idf(k) * idf(k)]);
  }
  return out.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1)).slice(0, n).map((e) => e[0]);
}

/**
 * Rebuilds every assignment from scratch, deterministically: inputs in publication order,
 * corrections honoured, story ids carried over from `previous` where the story's first article
 * had one.
 */
export function recluster(inputs: readonly ClusterInput[], options: ClustererOptions = {}): Assignment[] {
  const c = new StoryClusterer(options);
  const out: Assignment[] = [];
  const at = new Map<string, number>();
  for (const x of publicationOrder(inputs)) {
    at.set(x.id, out.length);
    out.push(c.add(x));
    for (const m of c.drainMoves()) {
      const i = at.get(m.article);
      if (i !== undefined) out[i] = m;
    }
  }
  return out;
}

