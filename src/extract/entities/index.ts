/**
 * Named entities: people, organisations (outlets and agencies among them) and places, as spans
 * of the article text with an id shared by every mention of one entity.
 *
 * Rule-based and fast (no tagger): capitalised runs ({@link findCandidates}), a written
 * gazetteer, titles and role nouns, name patterns and context ({@link classify}), then
 * within-article merging ({@link mergeWithinArticle}). {@link mergeEntities} gives one id to an
 * entity across the articles of a story or run, spelling variants included.
 */
import type { EntityMention, Mark, Span } from '../../types.js';
import { findCandidates } from './candidates.js';
import { classify } from './classify.js';
import { mergeAcrossArticles, mergeWithinArticle, type Scored } from './merge.js';
import { tokenizeRanges } from './tokens.js';

export { entityId, foldName, foldWord } from './normalize.js';
export { lookupGazetteer, type GazetteerEntry } from './gazetteer.js';

/** Options of {@link extractEntities}. */
export interface EntityOptions {
  /** Body sentences; when absent the whole text (minus skipped marks) is searched. */
  sentences?: Span[];
  /** Marks of the text; captions, promo lines and metadata are never searched. */
  marks?: Mark[];
  /** Where the title stands in the text; searched too (headline-case titles: known names only). */
  titleSpan?: Span | null;
}

/** Mark kinds whose text never yields entities of the article. */
const SKIPPED = new Set<Mark['kind']>(['caption', 'promo', 'metadata']);

/** Removes the `holes` from sorted `spans` (both half-open). */
function subtract(spans: Span[], holes: Span[]): Span[] {
  if (holes.length === 0) return spans;
  const out: Span[] = [];
  for (const s of spans) {
    let start = s.start;
    for (const h of holes) {
      if (h.end <= start || h.start >= s.end) continue;
      if (h.start > start) out.push({ start, end: h.start });
      start = Math.max(start, h.end);
    }
    if (start < s.end) out.push({ start, end: s.end });
  }
  return out;
}

/** Sorts spans and joins overlapping ones. */
function normaliseSpans(spans: Span[], max: number): Span[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(max, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The parts of the text to search: title and body sentences, minus skipped marks. */
function searchRanges(text: string, opts: EntityOptions): { ranges: Span[]; bodyStart: number } {
  const body = opts.sentences && opts.sentences.length > 0 ? opts.sentences : [{ start: 0, end: text.length }];
  const holes = normaliseSpans((opts.marks ?? []).filter((m) => SKIPPED.has(m.kind)), text.length);
  const bodyRanges = subtract(normaliseSpans(body, text.length), holes);
  const title = opts.titleSpan ? subtract([opts.titleSpan], holes) : [];
  const outsideTitle = subtract(bodyRanges, title);
  const bodyStart = outsideTitle.length > 0 ? outsideTitle[0].start : text.length;
  const ranges = normaliseSpans([...outsideTitle, ...title], text.length);
  return { ranges, bodyStart };
}

/**
 * Finds the entity mentions of one article, in text order. Each mention is a span of `text`
 * with its type and an id shared by all mentions of the same entity in the article
 * (`Putin` after `Vladimir Putin` shares `vladimir-putin`). Titles and role words before a
 * name are not part of its span; a possessive `'s` never is.
 */
export function extractEntities(text: string, opts: EntityOptions = {}): EntityMention[] {
  const { ranges, bodyStart } = searchRanges(text, opts);
  const toks = tokenizeRanges(text, ranges);
  const lowercaseSeen = new Set<string>();
  for (const t of toks) if (!t.cap && !t.numeric) lowercaseSeen.add(t.lower);
  let firstBody = toks.findIndex((t) => t.start >= bodyStart);
  if (firstBody < 0) firstBody = -1;
  const scored: Scored[] = findCandidates(text, toks, lowercaseSeen).map((c) => ({
    c,
    ev: classify(text, toks, c, c.a === firstBody),
  }));
  return mergeWithinArticle(text, toks, scored, lowercaseSeen);
}

/**
 * Gives the same id to the mentions of one entity across articles (a story or a run): same
 * name under transliteration folding (`Zelensky` / `Zelenskyy` / `Zelenskiy`), or a surname
 * that fits exactly one full name of the set. Returns new arrays; ids become the gazetteer id
 * or the slug of the most frequent full form, and each entity takes its most frequent type.
 */
export function mergeEntities(articles: EntityMention[][]): EntityMention[][] {
  return mergeAcrossArticles(articles);
}
