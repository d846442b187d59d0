/**
 * Where the claim pair score is lost: the predicted groups of a story rewritten with what the
 * gold groups know, each rewrite fixing one kind of error, then scored as `src/eval/claims.ts`
 * scores them. A group's "gold fact" is the gold group whose mentions its mentions overlap in the
 * most articles.
 * - `membership`: each group keeps only its mentions that overlap its gold fact (spans as they are);
 * - `spans`: each mention overlapping its group's gold fact becomes that gold mention (members kept);
 * - `merge`: groups with the same gold fact are one group (members and spans as they are);
 * - `merge+membership`: both.
 * `node --import tsx src/claims/oracle.ts <articles.jsonl> <claims.gold.json>...` prints them next
 * to the figures as they are. A diagnostic for choosing what to work on; nothing else reads it.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { GoldClaims, GoldMention, PredictedGroup } from '../eval/claims.js';

/** The rewrites of {@link oracleGroups}. */
export const ORACLES = ['membership', 'spans', 'merge', 'merge+membership'] as const;
export type OracleKind = (typeof ORACLES)[number];

type Mention = PredictedGroup['mentions'][number];

/** The gold mentions (with their group ids) a predicted mention overlaps. */
function overlapping(gold: readonly (GoldMention & { group: string })[], m: Mention): (GoldMention & { group: string })[] {
  return gold.filter((x) => x.doc === m.article && x.start < m.end && m.start < x.end);
}

/** The gold fact of a predicted group: the gold group its mentions overlap in the most articles ('' for none; ties: first in gold order). */
export function goldFactOf(gold: GoldClaims, p: PredictedGroup): string {
  const all = gold.claims.flatMap((g) => g.mentions.map((m) => ({ ...m, group: g.id })));
  const docs = new Map<string, Set<string>>();
  for (const m of p.mentions) {
    for (const x of overlapping(all, m)) {
      const s = docs.get(x.group) ?? new Set<string>();
      s.add(x.doc);
      docs.set(x.group, s);
    }
  }
  let best = '';
  let n = 0;
  for (const g of gold.claims) {
    const k = docs.get(g.id)?.size ?? 0;
    if (k > n) {
      n = k;
      best = g.id;
    }
  }
  return best;
}

/** The predicted groups rewritten by one oracle (see the module comment). Pure. */
export function oracleGroups(gold: GoldClaims, predicted: readonly PredictedGroup[], kind: OracleKind): PredictedGroup[] {
  const all = gold.claims.flatMap((g) => g.mentions.map((m) => ({ ...m, group: g.id })));
  const facts = predicted.map((p) => goldFactOf(gold, p));
  const keepFact = (p: PredictedGroup, fact: string): PredictedGroup => ({ status: p.status, mentions: p.mentions.filter((m) => overlapping(all, m).some((x) => x.group === fact)) });
  if (kind === 'membership') return predicted.map((p, k) => (facts[k] ? keepFact(p, facts[k]) : p));
  if (kind === 'spans') {
    return predicted.map((p, k) => ({
      status: p.status,
      mentions: p.mentions.map((m) => {
        const x = overlapping(all, m).find((y) => y.group === facts[k]);
        return x ? { article: x.doc, start: x.start, end: x.end } : m;
      }),
    }));
  }
  const merged: PredictedGroup[] = [];
  const byFact = new Map<string, PredictedGroup>();
  predicted.forEach((p, k) => {
    const into = facts[k] && p.mentions.length > 1 ? byFact.get(facts[k]) : undefined;
    if (into) {
      into.mentions.push(...p.mentions);
      return;
    }
    const g = { status: p.status, mentions: [...p.mentions] };
    if (facts[k] && p.mentions.length > 1) byFact.set(facts[k], g);
    merged.push(g);
  });
  return kind === 'merge' ? merged : merged.map((p) => {
    const fact = goldFactOf(gold, p);
    return fact ? keepFact(p, fact) : p;
  });
}

async function main(args: string[]): Promise<void> {
  const { goldDocs, prepareRun, predictedFor, scoreClaims, toIndices } = await import('../eval/claims.js');
  const [articles, ...goldPaths] = args;
  const run = await prepareRun(articles);
  const texts = new Map([...run.articles.values()].map((a) => [a.id, a.text]));
  const pct = (x: number): string => (100 * x).toFixed(1);
  for (const path of goldPaths) {
    const gold = toIndices(JSON.parse(readFileSync(path, 'utf8')) as GoldClaims, texts);
    const predicted = predictedFor(run, goldDocs(gold));
    const line = (name: string, groups: readonly PredictedGroup[]): string => {
      const s = scoreClaims(gold, groups);
      return `${name} F1 ${pct(s.f1)} (P ${pct(s.precision)} R ${pct(s.recall)})`;
    };
    process.stdout.write(`${gold.story}: ${[line('as is', predicted), ...ORACLES.map((k) => line(k, oracleGroups(gold, predicted, k)))].join('; ')}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
