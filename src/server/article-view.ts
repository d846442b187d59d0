/**
 * One stored article as the HTTP API shows it: the analysis record (`articleOutput`, with its
 * times, attributions and entities extracted now), its versions, its story, its claims, and a
 * flat list of highlight spans (offsets into `text`) for the web UI.
 */
import type { Store } from '../store/contract.js';
import { articleOutput, type ArticleOutput } from '../report/article.js';
import { extractArticle } from '../extract/index.js';
import { extractClaims } from '../claims/index.js';
import type { ClaimFrom } from '../claims/types.js';
import type { Span } from '../types.js';

/** What a highlight stands for. */
export type HighlightLayer = 'claim' | 'entity' | 'time' | 'source' | 'cue' | 'content' | 'mark';

/** One highlighted span of the article text. */
export interface Highlight extends Span {
  layer: HighlightLayer;
  /** A short description (entity type and id, time value, mark kind, claim id). */
  label: string;
}

/** One claim of the article (clause-level, with its attribution frame as metadata). */
export interface ArticleClaim extends Span {
  id: string;
  text: string;
  from: ClaimFrom;
  hedged: boolean;
  negated: boolean;
  /** Who the article attributes it to, as written. */
  source: string | null;
  /** The reporting words ("said", "according to"). */
  cue: string | null;
}

/** The article view of `GET /api/articles/:id`. */
export interface ArticleView extends ArticleOutput {
  /** All stored versions of the article's text. */
  versions: number[];
  /** The story the article is in now, if any. */
  story: { id: string; title: string } | null;
  claims: ArticleClaim[];
  highlights: Highlight[];
}

/** The highlight spans of an analysed article, in text order (longer first at one start). */
export function highlightsOf(out: Pick<ArticleOutput, 'marks' | 'times' | 'attributions' | 'entities'>, claims: readonly ArticleClaim[]): Highlight[] {
  const list: Highlight[] = [];
  for (const c of claims) list.push({ layer: 'claim', start: c.start, end: c.end, label: `claim ${c.id.slice(c.id.lastIndexOf('#'))}${c.hedged ? ', hedged' : ''}${c.negated ? ', negated' : ''}` });
  for (const e of out.entities) list.push({ layer: 'entity', start: e.start, end: e.end, label: `${e.type.toLowerCase()} ${e.entity}` });
  for (const t of out.times) list.push({ layer: 'time', start: t.start, end: t.end, label: `${t.type.toLowerCase()} ${t.value ?? '(no value)'}${t.estimated ? ' (estimated)' : ''}` });
  for (const a of out.attributions) {
    if (a.source) list.push({ layer: 'source', start: a.source.start, end: a.source.end, label: `source${a.sourceEntity ? ` ${a.sourceEntity}` : ''}` });
    list.push({ layer: 'cue', start: a.cue.start, end: a.cue.end, label: `attribution cue "${a.cue.text}"` });
    list.push({ layer: 'content', start: a.content.start, end: a.content.end, label: `attributed to ${a.source?.text ?? '(unnamed)'}` });
  }
  for (const m of out.marks) list.push({ layer: 'mark', start: m.start, end: m.end, label: `${m.kind}${m.rule ? ` (${m.rule})` : ''}` });
  return list.filter((h) => h.start < h.end).sort((x, y) => x.start - y.start || y.end - x.end);
}

/** The view of a stored article (a given version, else the current one), or null when not stored. */
export async function articleView(store: Store, id: string, version?: number): Promise<ArticleView | null> {
  const article = await store.getArticle(id, version);
  if (!article) return null;
  const [versions, duplicates, members] = await Promise.all([store.getVersions(id), store.getDuplicates(id), store.getStoryMembers([id])]);
  const extraction = extractArticle(article);
  const out = articleOutput(article, { ...extraction, duplicates });
  const claims: ArticleClaim[] = article.analysisLimited ? [] : extractClaims(article, extraction).map((c) => ({
    id: c.id,
    start: c.span.start,
    end: c.span.end,
    text: c.text,
    from: c.from,
    hedged: c.hedged,
    negated: c.negated,
    source: c.frame?.source?.text ?? null,
    cue: c.frame?.cue.text ?? null,
  }));
  const row = members[0] ? await store.getStory(members[0].story) : null;
  return { ...out, versions, story: row ? { id: row.id, title: row.title } : null, claims, highlights: highlightsOf(out, claims) };
}
