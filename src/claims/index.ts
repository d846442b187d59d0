/**
 * The claims stage of one story: claims of every article, aligned across outlets into groups,
 * each with a verdict (corroborated / single / contested, with the value each mention states),
 * its independent origins (see `src/provenance`), its hedging, and the story's timeline.
 *
 * Entry point: {@link analyzeStoryClaims}.
 */
import { distinctOrigins, originsLabel, Provenance, type OriginGraph } from '../provenance/index.js';
import { alignNodes, claimVectors, groupClaims, DEFAULT_ALIGN, scorePairs, type AlignOptions, type ClaimLink } from './align.js';
import { extractClaims, outletOf } from './extract.js';
import { pairContext, pairFeatures, pairProbability } from './pairmodel.js';
import { buildTimeline } from './timeline.js';
import { verdictOf } from './verdict.js';
import type { Claim, ClaimGroupOutput, ClaimMentionOutput, StoryClaimsInput, TimelineEntry } from './types.js';

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
}

/**
 * The part of a claim one alignment matched: its span narrowed to the node, and the numbers,
 * dates, entities and predicate inside it (hedging, negation and frame stay the clause's).
 */
function narrowClaim(c: Claim, node: { start: number; end: number }): Claim {
  if (node.start <= c.span.start && node.end >= c.span.end) return c;
  const start = Math.max(c.span.start, node.start);
  const end = Math.min(c.span.end, node.end);
  const within = (x: { start: number; end: number }): boolean => x.start < end && start < x.end;
  const predMark = c.marks.find((m) => m.key.startsWith('p:'));
  const keepPred = predMark ? within(predMark) : false;
  // Values stay when they are inside the part or count something it names ("six" of "six
  // passengers were killed"); the clause's dates are the dates of what it states.
  const coreTerms = new Set(c.marks.filter(within).map((m) => m.key.slice(2)));
  return {
    ...c,
    span: { start, end },
    text: c.text.slice(start - c.span.start, end - c.span.start),
    numbers: c.numbers.filter((n) => within(n) || (n.unit !== null && coreTerms.has(n.unit))),
    dates: c.dates,
    entities: c.entities.filter(within),
    marks: c.marks.filter(within),
    predicate: keepPred ? c.predicate : null,
    predicateText: keepPred ? c.predicateText : null,
    irrealis: keepPred && c.irrealis,
  };
}

/** Links rescored by the fitted pair model (best first). */
function rescoreLinks(claims: readonly Claim[], links: readonly ClaimLink[]): ClaimLink[] {
  const ctx = pairContext(claims);
  return links
    .map((l) => ({ a: l.a, b: l.b, score: pairProbability(pairFeatures(claims[l.a], claims[l.b], l.score, ctx)) }))
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}

/** The representative wording of a group: the longest unhedged body mention, else the first. */
function representative(claims: readonly Claim[]): Claim {
  const body = claims.filter((c) => c.from === 'body');
  const pool = body.filter((c) => !c.hedged).length > 0 ? body.filter((c) => !c.hedged) : body.length > 0 ? body : claims;
  return pool.reduce((best, c) => (c.text.length > best.text.length ? c : best), pool[0]);
}

/**
 * Claims of one story: groups of aligned claims with verdicts and origins, the timeline of
 * dated groups, and the story's citation graph. Groups are ordered by how many outlets carry
 * them, then by first appearance; ids are `c1`, `c2`, ... within the story. Pure.
 */
export function analyzeStoryClaims(input: StoryClaimsInput, opts: StoryClaimsOptions = {}): StoryClaims {
  const base = opts.align ?? DEFAULT_ALIGN;
  const articles = input.articles.filter((a) => !a.analysisLimited);
  // Big stories: links rescored by the fitted pair model, with its own thresholds.
  const useModel = base.pairModel > 0 && new Set(articles.map((a) => a.id)).size >= base.pairModel;
  const align = useModel ? { ...base, link: base.modelLink, merge: base.modelMerge } : base;
  const claims: Claim[] = articles.flatMap((a) => {
    const ex = input.extraction.get(a.id);
    return ex ? extractClaims(a, ex) : [];
  });
  const vectors = claimVectors(claims, align);
  const cosineLinks = scorePairs(claims, vectors, align.candidate, align);
  const links = useModel ? rescoreLinks(claims, cosineLinks) : cosineLinks;
  const nodeGroups = align.nodes
    ? alignNodes(claims, vectors, links, align)
    : groupClaims(claims, links, align).filter((g) => g.length > 1).map((g) => g.map((i) => ({ claim: i, ...claims[i].span })));

  // Fact-level groups (scored by the mean link score over their pairs of claims), then every
  // claim no link touched as a group of its own.
  const groupsOf = new Map<number, number[]>();
  nodeGroups.forEach((g, k) => {
    for (const node of g) {
      const list = groupsOf.get(node.claim);
      if (list) list.push(k);
      else groupsOf.set(node.claim, [k]);
    }
  });
  const sums = new Float64Array(nodeGroups.length);
  for (const l of links) {
    const gb = groupsOf.get(l.b);
    if (!gb) continue;
    for (const k of groupsOf.get(l.a) ?? []) if (gb.includes(k)) sums[k] += l.score;
  }
  const touched = new Set(groupsOf.keys());
  const groups: { members: Claim[]; first: number; score: number }[] = [];
  nodeGroups.forEach((g, k) => {
    const pairs = (g.length * (g.length - 1)) / 2;
    groups.push({ members: g.map((node) => narrowClaim(claims[node.claim], node)), first: Math.min(...g.map((node) => node.claim)), score: pairs > 0 ? sums[k] / pairs : 1 });
  });
  claims.forEach((c, i) => {
    if (!touched.has(i)) groups.push({ members: [c], first: i, score: 1 });
  });

  const provenance = new Provenance(input.articles, new Map(input.articles.map((a) => [a.id, outletOf(a)])), input.duplicates);
  const built = groups.map(({ members, first, score }) => {
    const verdict = verdictOf(members, score);
    const mentions: ClaimMentionOutput[] = [];
    const origins = members.map((c) => {
      const source = c.frame?.source?.text ?? null;
      const origin = provenance.originOf({ article: c.article, outlet: c.outlet, source, sourceEntity: c.frame?.sourceEntity ?? null });
      mentions.push({
        article: c.article,
        start: c.span.start,
        end: c.span.end,
        outlet: c.outlet,
        hedged: c.hedged,
        value: verdict.values.get(c.id) ?? null,
        text: c.text,
        from: c.from,
        source,
        origin: origin.label,
      });
      return origin;
    });
    const distinct = distinctOrigins(origins);
    const outlets = [...new Set(members.map((c) => c.outlet))];
    const out: ClaimGroupOutput = {
      id: '',
      text: representative(members).text,
      status: verdict.status,
      outlets,
      origins: distinct.map((o) => o.label),
      originCount: distinct.length,
      originsLabel: originsLabel(outlets.length, distinct),
      hedged: members.some((c) => c.hedged),
      hedgedMentions: members.filter((c) => c.hedged).length,
      kind: verdict.kind,
      dates: [...new Set(members.flatMap((c) => c.dates.map((d) => d.value)))],
      score: Math.round(score * 1000) / 1000,
      mentions,
    };
    return { out, claims: members, first };
  });
  built.sort((x, y) => y.out.outlets.length - x.out.outlets.length || x.first - y.first);
  built.forEach((b, i) => (b.out.id = `c${i + 1}`));
  return { claims: built.map((b) => b.out), timeline: buildTimeline(built), origins: provenance.graph() };
}
