/**
 * `npm run eval -- claims <articles.jsonl> <gold.json>...`: analyses ALL the articles together
 * (ingest, stories, extraction, claims: as a user would, clustering mistakes included), takes
 * the claim groups of the story or stories that hold the gold documents, and prints pair
 * precision / recall / F1 and how many gold `contested` groups were found.
 *
 * Gold (`data/claims/*.gold.json`): `{story, claims: [{id, kind, mentions: [{doc, start, end}]}]}`
 * with offsets in Unicode code points (converted to string indices here).
 */
import { codePointToIndex, readEvalArticles } from './common.js';
import { readFileSync } from 'node:fs';
import { analyzeArticles } from '../analyze.js';
import { prepareArticle } from '../text/prepare.js';
import { analyzeStoryClaims, DEFAULT_ALIGN, type AlignOptions, type ClaimGroupOutput } from '../claims/index.js';
import type { PairModel } from '../claims/pairmodel.js';
import type { Article, DuplicateLink } from '../types.js';
import type { ArticleOutput } from '../report/article.js';

/** One gold mention. */
export interface GoldMention {
  doc: string;
  start: number;
  end: number;
  value?: string;
  source?: string;
}

/** One gold claim group. */
export interface GoldGroup {
  id: string;
  fact?: string;
  kind: 'corroborated' | 'single' | 'contested';
  mentions: GoldMention[];
}

/** A gold file. */
export interface GoldClaims {
  story: string;
  claims: GoldGroup[];
}

/** A predicted group as the scorer needs it. */
export type PredictedGroup = Pick<ClaimGroupOutput, 'status'> & { mentions: { article: string; start: number; end: number }[] };

/** The figures of one gold story. */
export interface ClaimScores {
  story: string;
  goldPairs: number;
  predictedPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  f1: number;
  contested: number;
  contestedFound: number;
  /** Predicted groups with status `contested` that cover gold mentions from 2+ articles. */
  contestedPredicted: number;
  /** Of those, the ones covering no gold `contested` group from 2+ articles (false alarms). */
  contestedFalse: number;
}

/** Gold mentions with string-index offsets (texts by article id; unknown docs kept as given). */
export function toIndices(gold: GoldClaims, texts: ReadonlyMap<string, string>): GoldClaims {
  const conv = (m: GoldMention): GoldMention => {
    const t = texts.get(m.doc);
    if (!t) return m;
    const toIndex = codePointToIndex(t);
    return { ...m, start: toIndex(m.start), end: toIndex(m.end) };
  };
  return { ...gold, claims: gold.claims.map((g) => ({ ...g, mentions: g.mentions.map(conv) })) };
}

/** The distinct gold mentions of one story, numbered, and the gold pairs between them. */
export interface GoldIndex {
  /** One per distinct span (a span may belong to several gold groups). */
  mentions: GoldMention[];
  /** Per mention, the ids of the gold groups it belongs to. */
  groupsOf: Set<string>[];
  /** Per gold group (in the file's order), the numbers of its distinct mentions. */
  idsOf: number[][];
  /** Two mentions of one gold group in different articles, as {@link GoldIndex.pairKey}. */
  goldPairs: Set<number>;
  /** One number per unordered pair of mentions. */
  pairKey(i: number, j: number): number;
}

/** Numbers the gold mentions of a story and lists its gold pairs (shared by the scorer and `claims-errors.ts`). Pure. */
export function goldIndex(gold: GoldClaims): GoldIndex {
  const keyOf = (m: { doc: string; start: number; end: number }): string => `${m.doc}\u0000${m.start}\u0000${m.end}`;
  const mentions: GoldMention[] = [];
  const groupsOf: Set<string>[] = [];
  const index = new Map<string, number>();
  for (const g of gold.claims) {
    for (const m of g.mentions) {
      let i = index.get(keyOf(m));
      if (i === undefined) {
        i = mentions.length;
        index.set(keyOf(m), i);
        mentions.push(m);
        groupsOf.push(new Set());
      }
      groupsOf[i].add(g.id);
    }
  }
  const pairKey = (i: number, j: number): number => (i < j ? i * mentions.length + j : j * mentions.length + i);
  const idsOf = gold.claims.map((g) => [...new Set(g.mentions.map((m) => index.get(keyOf(m))!))]);
  const goldPairs = new Set<number>();
  for (const ids of idsOf) {
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) if (mentions[ids[x]].doc !== mentions[ids[y]].doc) goldPairs.add(pairKey(ids[x], ids[y]));
    }
  }
  return { mentions, groupsOf, idsOf, goldPairs, pairKey };
}

/** Scores predicted groups against one gold story (see `../shared/EVALUATION.md`). Pure. */
export function scoreClaims(gold: GoldClaims, predicted: readonly PredictedGroup[]): ClaimScores {
  const { mentions, idsOf, goldPairs, pairKey } = goldIndex(gold);
  const byDoc = new Map<string, number[]>();
  mentions.forEach((m, i) => byDoc.set(m.doc, [...(byDoc.get(m.doc) ?? []), i]));
  const covered = (p: PredictedGroup): number[] => {
    const out = new Set<number>();
    for (const pm of p.mentions) {
      for (const i of byDoc.get(pm.article) ?? []) {
        if (mentions[i].start < pm.end && pm.start < mentions[i].end) out.add(i);
      }
    }
    return [...out];
  };
  const predPairs = new Set<number>();
  const coveredBy = predicted.map(covered);
  for (const ids of coveredBy) {
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) if (mentions[ids[x]].doc !== mentions[ids[y]].doc) predPairs.add(pairKey(ids[x], ids[y]));
    }
  }
  let correct = 0;
  for (const p of predPairs) if (goldPairs.has(p)) correct++;
  const precision = predPairs.size > 0 ? correct / predPairs.size : 0;
  const recall = goldPairs.size > 0 ? correct / goldPairs.size : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;

  const contestedGroups = gold.claims.filter((g) => g.kind === 'contested');
  const contestedIds = gold.claims.flatMap((g, k) => (g.kind === 'contested' ? [new Set(idsOf[k])] : []));
  let found = 0;
  for (const ids of contestedIds) {
    const hit = predicted.some((p, k) => {
      if (p.status !== 'contested') return false;
      const docs = new Set(coveredBy[k].filter((i) => ids.has(i)).map((i) => mentions[i].doc));
      return docs.size >= 2;
    });
    if (hit) found++;
  }
  // Precision of the verdict: predicted contested groups over 2+ gold articles, and how many
  // of them touch no gold contested group in 2+ articles.
  let contestedPredicted = 0;
  let contestedFalse = 0;
  predicted.forEach((p, k) => {
    if (p.status !== 'contested' || new Set(coveredBy[k].map((i) => mentions[i].doc)).size < 2) return;
    contestedPredicted++;
    const docsIn = (ids: Set<number>): number => new Set(coveredBy[k].filter((i) => ids.has(i)).map((i) => mentions[i].doc)).size;
    if (!contestedIds.some((ids) => docsIn(ids) >= 2)) contestedFalse++;
  });
  return {
    story: gold.story,
    goldPairs: goldPairs.size,
    predictedPairs: predPairs.size,
    correctPairs: correct,
    precision,
    recall,
    f1,
    contested: contestedGroups.length,
    contestedFound: found,
    contestedPredicted,
    contestedFalse,
  };
}

/** Everything the claims stage needs, from one full analysis of a data set. */
export interface PreparedRun {
  articles: Map<string, Article>;
  outputs: Map<string, ArticleOutput>;
  stories: { id: string; articles: string[]; claims: unknown[] }[];
}

/**
 * Analyses one input as `analyze` does after ingest (read, prepare, then `analyzeArticles`:
 * clustering, extraction and the story stages), without a store. A repeated id keeps its first
 * record, as ingest does.
 */
export async function prepareRun(path: string): Promise<PreparedRun> {
  const articles = await readEvalArticles(path);
  const document = await analyzeArticles([...articles.values()]);
  return { articles, outputs: new Map(document.articles.map((a) => [a.id, a])), stories: document.stories };
}

/**
 * The claim groups of the stories holding any of `docs` (the document's own when it has them;
 * recomputed with other alignment options or another pair model when given).
 */
export function predictedFor(run: PreparedRun, docs: ReadonlySet<string>, align?: AlignOptions, pairModel?: PairModel): PredictedGroup[] {
  const out: PredictedGroup[] = [];
  for (const s of run.stories) {
    if (!s.articles.some((id) => docs.has(id))) continue;
    if (s.claims.length > 0 && !align && !pairModel) {
      out.push(...(s.claims as PredictedGroup[]));
      continue;
    }
    out.push(...membersClaims(run, s.articles, false, align, pairModel));
  }
  return out;
}

/**
 * The claim groups of the articles `ids` run as one story, with the full run's extraction.
 * `ownCopies`: only duplicate links between those articles are kept (a subset of a story);
 * otherwise all of their links.
 */
export function membersClaims(run: PreparedRun, ids: readonly string[], ownCopies: boolean, align?: AlignOptions, pairModel?: PairModel): PredictedGroup[] {
  const members = ids.map((id) => run.articles.get(id)!).filter(Boolean);
  const inside = new Set(ids);
  const extraction = new Map(members.map((a) => {
    const o = run.outputs.get(a.id)!;
    return [a.id, { times: o.times, attributions: o.attributions, entities: o.entities }] as const;
  }));
  const duplicates: DuplicateLink[] = members.flatMap((a) =>
    (run.outputs.get(a.id)?.duplicates ?? []).filter((d) => !ownCopies || inside.has(d.of)).map((d) => ({ article: a.id, of: d.of, kind: d.kind, similarity: d.similarity })),
  );
  return analyzeStoryClaims({ articles: members, extraction, duplicates }, { ...(align ? { align } : {}), ...(pairModel ? { pairModel } : {}) }).claims;
}

/** The documents a gold story's mentions are in. */
export function goldDocs(gold: GoldClaims): Set<string> {
  return new Set(gold.claims.flatMap((c) => c.mentions.map((m) => m.doc)));
}

const pct = (x: number): string => (100 * x).toFixed(1);

/** The options of the CLI entry, taken out of its arguments. */
export interface ClaimsEvalFlags {
  /** Subset sizes to score (none: the full stories only). */
  subsets: number[];
  samples: number;
  seed: number;
  /** Each story scored with the pair model fitted without it (leave-one-story-out). */
  heldOut: boolean;
  /** Alignment options that override the defaults (JSON). */
  align: Partial<AlignOptions> | null;
  rest: string[];
}

/** Parses `--subsets 2,3 --samples 30 --seed 1 --held-out --align '{"pairModel":2}'` out of the arguments. */
export function parseClaimsFlags(args: readonly string[]): ClaimsEvalFlags {
  const out: ClaimsEvalFlags = { subsets: [], samples: 30, seed: 1, heldOut: false, align: null, rest: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--subsets') out.subsets = args[++i].split(',').map(Number).filter((k) => Number.isInteger(k) && k >= 2);
    else if (a === '--samples') out.samples = Number(args[++i]);
    else if (a === '--seed') out.seed = Number(args[++i]);
    else if (a === '--held-out') out.heldOut = true;
    else if (a === '--align') out.align = JSON.parse(args[++i]) as Partial<AlignOptions>;
    else out.rest.push(a);
  }
  return out;
}

/**
 * CLI entry: `claims <articles.jsonl> <gold.json>... [--subsets 2,3,4 --samples 30 --seed 1]
 * [--held-out] [--align JSON]`. With `--subsets`, small stories made of seeded random subsets of
 * each gold story's documents are scored too (`claims-subsets.ts`).
 */
export async function main(args: string[]): Promise<void> {
  const flags = parseClaimsFlags(args);
  const [articlesPath, ...goldPaths] = flags.rest;
  if (!articlesPath || goldPaths.length === 0) {
    process.stderr.write('usage: npm run eval -- claims <articles.jsonl> <claims.gold.json>... [--subsets 2,3,4 --samples 30 --seed 1] [--held-out] [--align JSON]\n');
    process.exitCode = 2;
    return;
  }
  const run = await prepareRun(articlesPath);
  const texts = new Map([...run.articles.values()].map((a) => [a.id, a.text]));
  const golds = goldPaths.map((path) => toIndices(JSON.parse(readFileSync(path, 'utf8')) as GoldClaims, texts));
  const align = flags.align ? { ...DEFAULT_ALIGN, ...flags.align } : undefined;
  // Held out: each story's pair model fitted on the other stories' candidate pairs.
  let modelFor: ((h: number) => PairModel | undefined) | undefined;
  if (flags.heldOut) {
    const { heldOutModels } = await import('../claims/fit.js');
    const { models } = heldOutModels(run, golds);
    modelFor = (h) => models[h];
  }
  golds.forEach((gold, h) => {
    const docs = goldDocs(gold);
    const stories = run.stories.filter((s) => s.articles.some((id) => docs.has(id)));
    const s = scoreClaims(gold, predictedFor(run, docs, align, modelFor?.(h)));
    process.stdout.write(
      `${s.story}: ${docs.size} gold docs in ${stories.length} predicted stor${stories.length === 1 ? 'y' : 'ies'}\n` +
        `  pairs: gold ${s.goldPairs}, predicted ${s.predictedPairs}, correct ${s.correctPairs}\n` +
        `  pair precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}\n` +
        `  contested groups found: ${s.contestedFound} / ${s.contested}\n` +
        `  predicted contested (over 2+ gold docs): ${s.contestedPredicted}, covering no gold contested group: ${s.contestedFalse}\n`,
    );
  });
  if (flags.subsets.length > 0) {
    const { runSubsets, printSubsets } = await import('./claims-subsets.js');
    const results = runSubsets(run, golds, { sizes: flags.subsets, samples: flags.samples, seed: flags.seed }, align, modelFor);
    printSubsets(results, golds, (x) => process.stdout.write(x));
  }
}
