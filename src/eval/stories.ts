/**
 * `npm run eval -- stories <articles.jsonl> <gold.jsonl>`: clusters the articles as the product
 * does (read with the ingest reader, prepared by the text stage, fed in the story stage's order)
 * with the online clusterer and prints pairwise and BCubed precision / recall / F1 of the story
 * partition against the gold (`{id, story}` lines).
 */
import { readFileSync } from 'node:fs';
import { readEvalArticles } from './common.js';
import { clusterInput, storyOrder } from '../pipeline/stories.js';
import { publicationOrder, StoryClusterer, type ClusterInput, type ClustererOptions } from '../stories/cluster.js';

/** Precision, recall and F1. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function prf(precision: number, recall: number): PRF {
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function groups(m: Map<string, string>): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const [item, c] of m) {
    const list = g.get(c);
    if (list) list.push(item);
    else g.set(c, [item]);
  }
  return g;
}

/** Pairs within the same cluster of `m`, restricted to items present in `other`. */
function pairCount(m: Map<string, string>, keep: (item: string) => boolean): number {
  let n = 0;
  for (const items of groups(m).values()) {
    const k = items.filter(keep).length;
    n += (k * (k - 1)) / 2;
  }
  return n;
}

/**
 * Pairwise precision / recall / F1: over unordered pairs of items, a predicted pair is right
 * when gold puts both items in one story. Only items present in both maps count. With no pair
 * on a side, that side's measure is 1 (nothing claimed, nothing missed).
 */
export function pairwiseScores(pred: Map<string, string>, gold: Map<string, string>): PRF {
  const common = (x: string): boolean => pred.has(x) && gold.has(x);
  const predPairs = pairCount(pred, common);
  const goldPairs = pairCount(gold, common);
  let both = 0;
  for (const items of groups(pred).values()) {
    const byGold = new Map<string, number>();
    for (const x of items) if (common(x)) byGold.set(gold.get(x) as string, (byGold.get(gold.get(x) as string) ?? 0) + 1);
    for (const k of byGold.values()) both += (k * (k - 1)) / 2;
  }
  return prf(predPairs > 0 ? both / predPairs : 1, goldPairs > 0 ? both / goldPairs : 1);
}

/**
 * BCubed precision / recall / F1 (Bagga and Baldwin): per item, the share of its predicted
 * cluster that shares its gold story (precision) and the share of its gold story found in its
 * predicted cluster (recall), averaged over the items present in both maps.
 */
export function bcubedScores(pred: Map<string, string>, gold: Map<string, string>): PRF {
  const items = [...pred.keys()].filter((x) => gold.has(x));
  if (items.length === 0) return prf(0, 0);
  const key = (x: string): string => `${pred.get(x)}\u0000${gold.get(x)}`;
  const joint = new Map<string, number>();
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  for (const x of items) {
    joint.set(key(x), (joint.get(key(x)) ?? 0) + 1);
    predSize.set(pred.get(x) as string, (predSize.get(pred.get(x) as string) ?? 0) + 1);
    goldSize.set(gold.get(x) as string, (goldSize.get(gold.get(x) as string) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const x of items) {
    const j = joint.get(key(x)) as number;
    p += j / (predSize.get(pred.get(x) as string) as number);
    r += j / (goldSize.get(gold.get(x) as string) as number);
  }
  return prf(p / items.length, r / items.length);
}

/** Reads a JSON-lines file into objects (blank lines skipped). */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** Reads gold `{id, story}` lines into a map. */
export function readGold(path: string): Map<string, string> {
  return new Map(readJsonl<{ id: string; story: string | number }>(path).map((g) => [g.id, String(g.story)]));
}

/**
 * What the product clusters for an articles file: the file read with the ingest reader (first
 * copy of an id kept), each article prepared by the text stage (title, publication date from a
 * date line, sentences, marks) and turned into a `ClusterInput`, in the story stage's order
 * (`storyOrder`). `analyze` and `ingest` cluster exactly these inputs in this order.
 */
export async function productInputs(path: string): Promise<ClusterInput[]> {
  const articles = await readEvalArticles(path);
  return storyOrder([...articles.values()]).map(clusterInput);
}

/** Clusters the inputs in the order given (no sorting) and returns article → story. */
export function clusterInOrder(inputs: readonly ClusterInput[], options: ClustererOptions = {}): Map<string, string> {
  const c = new StoryClusterer(options);
  const out = new Map<string, string>();
  for (const x of inputs) {
    out.set(x.id, c.add(x).story);
    for (const m of c.drainMoves()) out.set(m.article, m.story);
  }
  return out;
}

/** Clusters the inputs in publication order and returns article → story. */
export function clusterAll(inputs: readonly ClusterInput[], options: ClustererOptions = {}): Map<string, string> {
  return clusterInOrder(publicationOrder(inputs), options);
}

const fmt = (x: number): string => x.toFixed(3);

/** Entry point: `stories <articles.jsonl> <gold.jsonl>`. */
export async function main(args: string[]): Promise<void> {
  const [articlesPath, goldPath] = args;
  if (!articlesPath || !goldPath) {
    process.stderr.write('usage: npm run eval -- stories <articles.jsonl> <gold.jsonl>\n');
    process.exitCode = 2;
    return;
  }
  const inputs = await productInputs(articlesPath);
  const gold = readGold(goldPath);
  const t0 = performance.now();
  const pred = clusterInOrder(inputs);
  const ms = performance.now() - t0;
  const pw = pairwiseScores(pred, gold);
  const b3 = bcubedScores(pred, gold);
  const stories = new Set(pred.values()).size;
  const goldStories = new Set([...gold.values()]).size;
  process.stdout.write(
    `articles ${inputs.length}  stories ${stories} (gold ${goldStories})  ${(inputs.length / (ms / 1000)).toFixed(0)} articles/s\n` +
      `pairwise  P ${fmt(pw.precision)}  R ${fmt(pw.recall)}  F1 ${fmt(pw.f1)}\n` +
      `BCubed    P ${fmt(b3.precision)}  R ${fmt(b3.recall)}  F1 ${fmt(b3.f1)}\n`,
  );
}
