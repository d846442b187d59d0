/**
 * Where the claim pairs go wrong, by kind: `node --import tsx src/eval/claims-errors.ts
 * <articles.jsonl> <claims.gold.json>... [--show N]` (N: predicted groups printed with their
 * members, each marked ' ' on the group's gold fact, '+' on it and on others, 'X' on others only,
 * '.' on none). A diagnostic; nothing else reads it.
 *
 * Wrong predicted pairs (two gold mentions of different gold groups in different articles,
 * covered by one predicted group over 2+ articles) are split by why: `multi-span` (a predicted
 * mention of the pair overlaps gold mentions of two or more gold groups: a span covering two
 * facts, or gold spans of two facts that overlap), `wrong member` (a member none of whose gold
 * mentions is of the group's gold fact: it states another fact), `other`. Missed gold pairs are
 * `never grouped` (one of the two gold mentions is in no predicted group over 2+ articles) or
 * `split` (both are, never in one group).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { goldFactOf } from '../claims/oracle.js';
import { goldIndex, type GoldClaims, type PredictedGroup } from './claims.js';

/** The figures of {@link claimErrors}. */
export interface ClaimErrors {
  goldPairs: number;
  predictedPairs: number;
  correctPairs: number;
  multiSpan: number;
  wrongMember: number;
  other: number;
  neverGrouped: number;
  split: number;
  /** Missed gold pairs by gold group id. */
  missedByGroup: Map<string, number>;
}

/** Classifies the wrong and the missed pairs of one gold story (see the module doc). Pure. */
export function claimErrors(gold: GoldClaims, predicted: readonly PredictedGroup[]): ClaimErrors {
  const { mentions, groupsOf, goldPairs, pairKey } = goldIndex(gold);
  const predPairs = new Set<number>();
  const why = new Map<number, 'multiSpan' | 'wrongMember' | 'other'>();
  const grouped = new Set<number>();
  for (const p of predicted) {
    if (new Set(p.mentions.map((m) => m.article)).size < 2) continue;
    const fact = goldFactOf(gold, p);
    // Per predicted mention, the gold mentions it overlaps.
    const per = p.mentions.map((pm) => mentions.flatMap((m, i) => (m.doc === pm.article && m.start < pm.end && pm.start < m.end ? [i] : [])));
    const multi = per.map((ids) => new Set(ids.flatMap((i) => [...groupsOf[i]])).size > 1);
    const onFact = per.map((ids) => ids.some((i) => groupsOf[i].has(fact)));
    const flat = per.flatMap((ids, from) => ids.map((i) => ({ i, from })));
    for (const { i } of flat) grouped.add(i);
    for (let x = 0; x < flat.length; x++) {
      for (let y = x + 1; y < flat.length; y++) {
        const a = flat[x];
        const b = flat[y];
        if (mentions[a.i].doc === mentions[b.i].doc) continue;
        const k = pairKey(a.i, b.i);
        predPairs.add(k);
        if (goldPairs.has(k) || why.has(k)) continue;
        why.set(k, multi[a.from] || multi[b.from] ? 'multiSpan' : !onFact[a.from] || !onFact[b.from] ? 'wrongMember' : 'other');
      }
    }
  }
  const out: ClaimErrors = { goldPairs: goldPairs.size, predictedPairs: predPairs.size, correctPairs: 0, multiSpan: 0, wrongMember: 0, other: 0, neverGrouped: 0, split: 0, missedByGroup: new Map() };
  for (const k of predPairs) {
    if (goldPairs.has(k)) out.correctPairs++;
    else out[why.get(k)!]++;
  }
  for (const k of goldPairs) {
    if (predPairs.has(k)) continue;
    const i = Math.floor(k / mentions.length);
    const j = k % mentions.length;
    if (grouped.has(i) && grouped.has(j)) out.split++;
    else out.neverGrouped++;
    for (const g of groupsOf[i]) if (groupsOf[j].has(g)) out.missedByGroup.set(g, (out.missedByGroup.get(g) ?? 0) + 1);
  }
  return out;
}

/** The predicted groups over 2+ articles, each member marked as in the module doc. */
function showGroups(gold: GoldClaims, predicted: readonly PredictedGroup[], texts: ReadonlyMap<string, string>, n: number): string {
  const all = gold.claims.flatMap((g) => g.mentions.map((m) => ({ ...m, group: g.id })));
  const facts = new Map(gold.claims.map((g) => [g.id, g.fact ?? '']));
  const out: string[] = [];
  for (const p of predicted) {
    if (out.length >= n) break;
    if (new Set(p.mentions.map((m) => m.article)).size < 2) continue;
    const fact = goldFactOf(gold, p);
    const lines = p.mentions.map((pm) => {
      const gs = [...new Set(all.filter((x) => x.doc === pm.article && x.start < pm.end && pm.start < x.end).map((x) => x.group))];
      const mark = gs.includes(fact) ? (gs.length > 1 ? '+' : ' ') : gs.length > 0 ? 'X' : '.';
      const text = (texts.get(pm.article) ?? '').slice(pm.start, pm.end).replace(/\s+/g, ' ').slice(0, 150);
      return `   ${mark} [${pm.article} ${gs.join(',')}] ${text}`;
    });
    out.push(`  group (${p.status}) gold fact ${fact} "${(facts.get(fact) ?? '').slice(0, 120)}"\n${lines.join('\n')}`);
  }
  return out.join('\n');
}

async function main(args: string[]): Promise<void> {
  const { goldDocs, prepareRun, predictedFor, toIndices } = await import('./claims.js');
  let show = 0;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--show') show = Number(args[++i]);
    else rest.push(args[i]);
  }
  const [articles, ...goldPaths] = rest;
  const run = await prepareRun(articles);
  const texts = new Map([...run.articles.values()].map((a) => [a.id, a.text]));
  for (const path of goldPaths) {
    const gold = toIndices(JSON.parse(readFileSync(path, 'utf8')) as GoldClaims, texts);
    const predicted = predictedFor(run, goldDocs(gold));
    const e = claimErrors(gold, predicted);
    const facts = new Map(gold.claims.map((g) => [g.id, `${g.kind} "${(g.fact ?? '').slice(0, 60)}"`]));
    const top = [...e.missedByGroup].sort((a, b) => b[1] - a[1]).slice(0, 10);
    process.stdout.write(
      `${gold.story}: gold pairs ${e.goldPairs}, predicted ${e.predictedPairs}, correct ${e.correctPairs}\n` +
        `  wrong pairs: multi-span ${e.multiSpan}, wrong member ${e.wrongMember}, other ${e.other}\n` +
        `  missed pairs: never grouped ${e.neverGrouped}, split ${e.split}\n` +
        `  most missed groups:\n${top.map(([g, n]) => `    ${g} ${n} ${facts.get(g)}`).join('\n')}\n`,
    );
    if (show > 0) process.stdout.write(`${showGroups(gold, predicted, texts, show)}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
