/**
 * The story report as data: headline, extractive summary, claim matrix (claim groups x outlets),
 * origins, timeline, entities and duplicate groups of one story, built from the analysis records
 * (a {@link StoryOutput} and its members' {@link ArticleOutput}s). Pure. `story-md.ts` and
 * `story-html.ts` render it; `--format json` prints it as it is.
 */
import type { StoryOutput } from '../analyze.js';
import type { ClaimFrom, ClaimGroupOutput, ClaimStatus, ConflictKind, TimelineEntry } from '../claims/types.js';
import { referenceValue, type SummarySentence } from '../summary/index.js';
import type { DuplicateKind, EntityType } from '../types.js';
import type { ArticleOutput } from './article.js';

/** One member article, with a short handle (A, B, ...) the renderers use. */
export interface ReportArticle {
  id: string;
  handle: string;
  /** The outlet the article counts as (the column of the claim matrix). */
  outlet: string;
  outletInferred: boolean;
  published: string | null;
  /** True when `published` is only an estimate (from the story). */
  publishedEstimated: boolean;
  title: string | null;
  url: string | null;
  /** The article's text: every span of the report points into it. */
  text: string;
}

/** How an outlet stands towards a claim group. */
export type Stance = 'supports' | 'contradicts' | 'absent';

/** One mention quoted in the matrix: an exact span of an article. */
export interface ReportSpan {
  article: string;
  start: number;
  end: number;
  text: string;
  from: ClaimFrom;
}

/** One cell of the claim matrix. */
export interface MatrixCell {
  outlet: string;
  stance: Stance;
  /** True when the outlet hedges it ("may", "reportedly"). */
  hedged: boolean;
  /** The value the outlet states, for a contested group. */
  value: string | null;
  mentions: ReportSpan[];
}

/** One row of the claim matrix: a claim group. */
export interface MatrixRow {
  claim: string;
  text: string;
  status: ClaimStatus;
  kind: ConflictKind | null;
  originsLabel: string;
  /** One cell per outlet, in the order of {@link ClaimMatrix.outlets}. */
  cells: MatrixCell[];
}

/** Claim groups x outlets. Rows: corroborated, then contested, then single-outlet groups. */
export interface ClaimMatrix {
  outlets: string[];
  rows: MatrixRow[];
}

/** How many outlets carry a claim and how many independent origins it has. */
export interface OriginLine {
  claim: string;
  text: string;
  /** `2 outlets, 1 origin (The Guardian)`. */
  label: string;
  outlets: string[];
  origins: string[];
}

/** Who an outlet cites, with how many claims it attributes to each. */
export interface CitedBy {
  outlet: string;
  sources: { label: string; count: number }[];
}

/** One timeline entry, with the outlets that state it. */
export interface ReportTimelineEntry extends TimelineEntry {
  outlets: string[];
}

/** One merged entity of the story. */
export interface ReportEntity {
  entity: string;
  type: EntityType;
  /** The longest way it is written. */
  name: string;
  /** Every way it is written, most frequent first. */
  names: string[];
  mentions: number;
  articles: string[];
}

/** Articles that are copies of one another. */
export interface DuplicateGroup {
  /** The earliest published member (the one the others copy). */
  original: string;
  copies: { article: string; kind: DuplicateKind; similarity: number }[];
}

/** The whole report of one story. */
export interface StoryReport {
  id: string;
  headline: string;
  outlets: string[];
  firstPublished: string | null;
  lastPublished: string | null;
  articles: ReportArticle[];
  summary: SummarySentence[];
  matrix: ClaimMatrix;
  origins: OriginLine[];
  citations: CitedBy[];
  timeline: ReportTimelineEntry[];
  entities: ReportEntity[];
  duplicates: DuplicateGroup[];
}

const STATUS_ORDER: Record<ClaimStatus, number> = { corroborated: 0, contested: 1, single: 2 };

/** The outlet an article counts as in the claim mentions (falls back to its outlet, URL host, id). */
function articleOutlet(a: ArticleOutput, story: StoryOutput): string {
  for (const g of story.claims) for (const m of g.mentions) if (m.article === a.id) return m.outlet;
  for (const s of story.summary ?? []) if (s.article === a.id) return s.outlet;
  if (a.outlet) return a.outlet;
  try {
    if (a.url) return new URL(a.url).host;
  } catch {
    // not a URL: fall through
  }
  return a.id;
}

/** Short handles: A, B, ... Z, A26, A27, ... */
export function handleOf(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : `A${i}`;
}

/** One row of the claim matrix (see {@link ClaimMatrix}). */
export function matrixRow(g: ClaimGroupOutput, outlets: readonly string[]): MatrixRow {
  const ref = referenceValue(g);
  const cells = outlets.map((outlet): MatrixCell => {
    const mine = g.mentions.filter((m) => m.outlet === outlet);
    if (mine.length === 0) return { outlet, stance: 'absent', hedged: false, value: null, mentions: [] };
    const valued = mine.filter((m) => m.value !== null);
    // Contradicts when every value the outlet states differs from the group's reference value.
    const stance: Stance = ref !== null && valued.length > 0 && valued.every((m) => m.value !== ref) ? 'contradicts' : 'supports';
    return {
      outlet,
      stance,
      hedged: mine.some((m) => m.hedged),
      value: valued[0]?.value ?? null,
      mentions: mine.map((m) => ({ article: m.article, start: m.start, end: m.end, text: m.text, from: m.from })),
    };
  });
  return { claim: g.id, text: g.text, status: g.status, kind: g.kind, originsLabel: g.originsLabel, cells };
}

/**
 * The claim groups as a reader sees them: groups that read the same (one label, the same
 * status, outlets and origins, not contested) are one row with the mentions of all of them. The
 * claims stage keeps two facts of the same two clauses apart ("send generals to Moscow" and
 * "as early as next week" of one sentence per outlet), both labelled by that sentence; shown
 * apart they look like one claim listed twice. Pure; the first group of each set gives the id.
 */
export function foldAlike(claims: readonly ClaimGroupOutput[]): ClaimGroupOutput[] {
  const out: ClaimGroupOutput[] = [];
  const byKey = new Map<string, number>();
  for (const g of claims) {
    const key = g.status === 'contested' ? null : JSON.stringify([g.text, g.status, [...g.outlets].sort(), g.originsLabel]);
    const at = key === null ? undefined : byKey.get(key);
    if (at === undefined) {
      if (key !== null) byKey.set(key, out.length);
      out.push(g);
      continue;
    }
    const into = out[at];
    const mentions = [...into.mentions, ...g.mentions].sort((x, y) => (x.article < y.article ? -1 : x.article > y.article ? 1 : x.start - y.start));
    out[at] = { ...into, mentions, hedgedMentions: into.hedgedMentions + g.hedgedMentions, dates: [...new Set([...into.dates, ...g.dates])] };
  }
  return out;
}

/** The claim matrix of a story (rows ordered corroborated, contested, single; stable otherwise). */
export function claimMatrix(claims: readonly ClaimGroupOutput[], outlets: readonly string[]): ClaimMatrix {
  const rows = foldAlike(claims)
    .map((g, i) => ({ g, i }))
    .sort((x, y) => STATUS_ORDER[x.g.status] - STATUS_ORDER[y.g.status] || y.g.outlets.length - x.g.outlets.length || x.i - y.i)
    .map(({ g }) => matrixRow(g, outlets));
  return { outlets: [...outlets], rows };
}

/**
 * A test for a name that is one of the story's own outlets ("..., reports UNN"), or the short
 * form an outlet uses for itself ("told the Courier" in The Korvel Courier): who reports the
 * story, not what it is about, so left out of its entities. Case and spacing ignored.
 */
export function ownOutletTest(articles: readonly ArticleOutput[]): (name: string) => boolean {
  const outlets = new Set<string>();
  for (const a of articles) {
    const outlet = a.outlet?.replace(/\s+/g, ' ').trim().toLowerCase();
    if (!outlet) continue;
    outlets.add(outlet);
    const words = outlet.replace(/^the /, '').split(' ');
    if (words.length >= 2) outlets.add(words[words.length - 1]);
  }
  return (name) => outlets.has(name.replace(/\s+/g, ' ').trim().toLowerCase());
}

/**
 * Merged entities of the story's articles: type, names, mention counts; most mentioned first.
 * The story's own outlets ("..., reports UNN") are who tells it, not what it is about: left out.
 */
export function storyEntities(articles: readonly ArticleOutput[]): ReportEntity[] {
  const byId = new Map<string, { type: EntityType; names: Map<string, number>; mentions: number; articles: Set<string> }>();
  const ownOutlet = ownOutletTest(articles);
  for (const a of articles) {
    for (const e of a.entities) {
      if (ownOutlet(e.text)) continue;
      const entry = byId.get(e.entity) ?? { type: e.type, names: new Map<string, number>(), mentions: 0, articles: new Set<string>() };
      const name = e.text.replace(/\s+/g, ' ').trim();
      entry.names.set(name, (entry.names.get(name) ?? 0) + 1);
      entry.mentions++;
      entry.articles.add(a.id);
      byId.set(e.entity, entry);
    }
  }
  return [...byId]
    .map(([entity, e]) => {
      const names = [...e.names].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length).map(([n]) => n);
      const name = [...names].sort((x, y) => y.length - x.length)[0];
      return { entity, type: e.type, name, names, mentions: e.mentions, articles: [...e.articles] };
    })
    .sort((x, y) => y.articles.length - x.articles.length || y.mentions - x.mentions || x.name.localeCompare(y.name));
}

/**
 * Duplicate groups among the story's articles: connected by their duplicate links, each with the
 * earliest published member as the original (ties: story order) and the others as its copies.
 */
export function duplicateGroups(articles: readonly ArticleOutput[]): DuplicateGroup[] {
  const ids = new Set(articles.map((a) => a.id));
  const parent = new Map(articles.map((a) => [a.id, a.id]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const best = new Map<string, { kind: DuplicateKind; similarity: number }>();
  for (const a of articles) {
    for (const d of a.duplicates) {
      if (!ids.has(d.of)) continue;
      parent.set(find(a.id), find(d.of));
      const prev = best.get(a.id);
      if (!prev || d.similarity > prev.similarity) best.set(a.id, { kind: d.kind, similarity: d.similarity });
      const back = best.get(d.of);
      if (!back || d.similarity > back.similarity) best.set(d.of, { kind: d.kind, similarity: d.similarity });
    }
  }
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const date = (a: ArticleOutput) => a.published ?? a.estimatedPublished ?? '9999';
  const families = new Map<string, ArticleOutput[]>();
  for (const a of articles) families.set(find(a.id), [...(families.get(find(a.id)) ?? []), a]);
  return [...families.values()]
    .filter((f) => f.length > 1)
    .map((f) => {
      const sorted = [...f].sort((x, y) => (date(x) < date(y) ? -1 : date(x) > date(y) ? 1 : order.get(x.id)! - order.get(y.id)!));
      const [original, ...copies] = sorted;
      return {
        original: original.id,
        copies: copies.map((c) => {
          const direct = c.duplicates.find((d) => d.of === original.id);
          const link = direct ?? best.get(c.id)!;
          return { article: c.id, kind: link.kind, similarity: link.similarity };
        }),
      };
    });
}

/** Who each outlet cites (from the story's citation graph), most cited first. */
function citedBy(story: StoryOutput): CitedBy[] {
  const label = new Map(story.origins.nodes.map((n) => [n.id, n.label]));
  const out = new Map<string, { label: string; count: number }[]>();
  for (const e of story.origins.edges) {
    if (e.kind !== 'cites') continue;
    const outlet = label.get(e.from) ?? e.from;
    out.set(outlet, [...(out.get(outlet) ?? []), { label: label.get(e.to) ?? e.to, count: e.count }]);
  }
  return [...out].map(([outlet, sources]) => ({ outlet, sources: sources.sort((x, y) => y.count - x.count || x.label.localeCompare(y.label)) }));
}

/** Builds the report of one story from its analysis and its member articles. */
export function buildStoryReport(story: StoryOutput, members: readonly ArticleOutput[]): StoryReport {
  const articles = story.articles.map((id) => members.find((a) => a.id === id)).filter((a): a is ArticleOutput => Boolean(a));
  const reportArticles = articles.map((a, i): ReportArticle => ({
    id: a.id,
    handle: handleOf(i),
    outlet: articleOutlet(a, story),
    outletInferred: a.outletInferred,
    published: a.published ?? a.estimatedPublished,
    publishedEstimated: !a.published && Boolean(a.estimatedPublished),
    title: a.title,
    url: a.url,
    text: a.text,
  }));
  const outlets = [...new Set(reportArticles.map((a) => a.outlet))];
  const origins = story.claims
    .filter((g) => g.outlets.length > 1)
    .map((g) => ({ claim: g.id, text: g.text, label: g.originsLabel, outlets: g.outlets, origins: g.origins }));
  return {
    id: story.id,
    headline: story.title,
    outlets,
    firstPublished: story.firstPublished,
    lastPublished: story.lastPublished,
    articles: reportArticles,
    summary: story.summary ?? [],
    matrix: claimMatrix(story.claims, outlets),
    origins,
    citations: citedBy(story),
    timeline: story.timeline.map((t) => ({ ...t, outlets: [...new Set(t.mentions.map((m) => m.outlet))] })),
    entities: storyEntities(articles),
    duplicates: duplicateGroups(articles),
  };
}
