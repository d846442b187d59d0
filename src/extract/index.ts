/**
 * Per-article extraction: time expressions, attribution relations and entity mentions, all as
 * spans into the article's text. The deeper analysis is English-only for now: an article marked
 * `analysisLimited` gets its times (chrono has `uk` / `ru` locales) and nothing else.
 */
import type { Article, Attribution, EntityMention, Mark, Span, TimeExpression } from '../types.js';
import { extractTimes } from './times/index.js';
import { extractAttributions } from './attribution/index.js';
import { extractEntities } from './entities/index.js';

/** What extraction finds in one article. */
export interface Extraction {
  times: TimeExpression[];
  attributions: Attribution[];
  entities: EntityMention[];
}

/** Mark kinds whose text is still the outlet's own published words (searched, but flagged). */
const PUBLISHED_MARKS = new Set<Mark['kind']>(['related-headline']);

/** The spans extraction searches: body sentences, the title, and related headlines. */
export function searchableSpans(a: Article): Span[] {
  const spans: Span[] = [...a.sentences];
  if (a.titleSpan) spans.push(a.titleSpan);
  for (const m of a.marks) if (PUBLISHED_MARKS.has(m.kind)) spans.push({ start: m.start, end: m.end });
  return spans.sort((x, y) => x.start - y.start);
}

/** The date relative expressions resolve against, and whether it is only an estimate. */
export function referenceDate(a: Article): { reference: string | null; estimated: boolean } {
  if (a.published) return { reference: a.published, estimated: false };
  if (a.estimatedPublished) return { reference: a.estimatedPublished, estimated: true };
  return { reference: null, estimated: false };
}

/** The time expressions of one article, resolved against its {@link referenceDate}. Pure. */
export function articleTimes(a: Article): TimeExpression[] {
  const { reference, estimated } = referenceDate(a);
  return extractTimes(a.text, { reference, estimated, language: a.language, spans: searchableSpans(a) });
}

/** The attribution relations of one article (none when its analysis is limited). Pure. */
export function articleAttributions(a: Article): Attribution[] {
  return a.analysisLimited ? [] : extractAttributions(a.text, { sentences: searchableSpans(a) });
}

/** The entity mentions of one article (none when its analysis is limited). Pure. */
export function articleEntities(a: Article): EntityMention[] {
  return a.analysisLimited ? [] : extractEntities(a.text, { sentences: a.sentences, marks: a.marks, titleSpan: a.titleSpan });
}

/** Runs every per-article extractor on one article. Pure. */
export function extractArticle(a: Article): Extraction {
  return { times: articleTimes(a), attributions: articleAttributions(a), entities: articleEntities(a) };
}
