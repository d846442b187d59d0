/**
 * The records every stage of triangulate reads and writes.
 *
 * The one rule: an article's `text` is never rewritten. Everything derived from it (title,
 * boilerplate marks, sentences, times, entities, attributions, claims) is a {@link Span} into
 * that text plus data, so a user can always check a result against the words it came from.
 * Offsets are JavaScript string indices (UTF-16 code units).
 */

/** A half-open range `[start, end)` of string indices into an article's `text`. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers (for output and explanations). */
export interface TextSpan extends Span {
  text: string;
}

/**
 * A problem met while processing one input, modelled on vfile-message: attached to the record
 * it concerns instead of thrown. `fatal: true` means the input could not be processed at all;
 * `false` a warning; `undefined` an informational note.
 */
export interface Message {
  /** Human-readable explanation, e.g. "invalid JSON on line 3: Unexpected token". */
  reason: string;
  /** Which input it concerns: a path, URL, `-` for stdin, or `<path>:<line>`. */
  file?: string;
  /** Where in the article text, when it is about a place in it. */
  place?: Span;
  /** Stable machine id of the rule, e.g. `empty-file`, `invalid-xml`, `too-large`. */
  ruleId: string;
  /** The stage that raised it, e.g. `ingest:html`, `text:boilerplate`, `store`. */
  source: string;
  fatal?: boolean;
}

/** Kinds of boilerplate / non-body marks, as in `../shared/EVALUATION.md`. */
export type MarkKind =
  | 'caption'
  | 'promo'
  | 'label'
  | 'dateline'
  | 'related-headline'
  | 'metadata'
  | 'other';

/** A marked (not removed) piece of the text that is not ordinary body prose. */
export interface Mark extends Span {
  kind: MarkKind;
  /** Why the mark was made (rule id), for `why`-style explanations. */
  rule?: string;
}

/** What kind of input an article came from. */
export type InputKind = 'text' | 'html' | 'rss' | 'atom' | 'jsonl' | 'opml' | 'url' | 'stdin';

/** Where an article came from: enough to explain and to re-fetch. */
export interface SourceInfo {
  kind: InputKind;
  /** The path or URL as the user gave it (`-` for stdin). */
  input: string;
  /** For feed items: the feed's URL or path. */
  feed?: string;
  /** For feed items: the item's guid. */
  guid?: string;
  /** For JSON lines: the 1-based line number. */
  line?: number;
  /** The media type detected or declared. */
  mediaType?: string;
  /** The character encoding the bytes were decoded from. */
  encoding?: string;
  /**
   * RSS `<source>` of an item: the outlet it was syndicated from (which then is the article's
   * outlet), and the outlet whose feed carried it.
   */
  feedSource?: { name: string; url?: string; carriedBy?: string };
}

/**
 * What a reader (text, HTML, feed, JSON lines, URL) produces from one input: the article's
 * immutable text and the metadata the input itself declares. The text stage turns it into an
 * {@link Article}.
 */
export interface RawDocument {
  id: string;
  /** The article's immutable text: every later offset points into it. */
  text: string;
  title?: string | null;
  outlet?: string | null;
  /** ISO date or date-time as declared by the input, or null. */
  published?: string | null;
  url?: string | null;
  language?: string | null;
  author?: string | null;
  categories?: string[];
  source: SourceInfo;
  messages: Message[];
}

/** Outlet / date overrides a user gives for every input of one call (`--outlet`, `--published`). */
export interface IngestOverrides {
  outlet?: string;
  published?: string;
}

/** How the outlet was determined. */
export type OutletBasis = 'metadata' | 'override' | 'text' | 'url-host' | 'feed';

/** An article after the text stage: text plus every derived span. */
export interface Article {
  id: string;
  /** 1 for the first text stored under this id; a changed text becomes version 2, 3, ... */
  version: number;
  text: string;
  title: string | null;
  /** Where the title stands in `text`, when it was taken from it. */
  titleSpan: Span | null;
  outlet: string | null;
  /** True when the outlet was taken from the text (a trailing "reports UNN", a promo line). */
  outletInferred: boolean;
  /** The words the outlet was inferred from. */
  outletSpan: Span | null;
  /** The article's own date (ISO date or date-time), or null. */
  published: string | null;
  /** A date the system inferred (from its story or its text), or null. */
  estimatedPublished: string | null;
  /** ISO 639-1 code, or `und` when it cannot be told. */
  language: string;
  url: string | null;
  author: string | null;
  categories: string[];
  source: SourceInfo;
  marks: Mark[];
  /** Body sentences, in order; none overlaps a mark. */
  sentences: Span[];
  /** Problems met on the way (never thrown). */
  messages: Message[];
  /** Hash of the normalised text: equal hashes are exact duplicates. */
  contentHash: string;
  /** True when only ingest-level analysis applies (non-English for now). */
  analysisLimited?: boolean;
}

/** TIMEX3 types. */
export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A time expression with its TIMEX3 value. */
export interface TimeExpression extends TextSpan {
  type: TimeType;
  /** TIMEX3 value (`2025-11-27`, `2025-W48`, `P1M`, `PRESENT_REF`, `XXXX-WI`), or null. */
  value: string | null;
  /** True when resolved against an estimated (not the article's own) date. */
  estimated: boolean;
  /** Optional extra: the range a fuzzy value covers, e.g. a week, inclusive ISO dates. */
  range?: { from: string; to: string };
}

/** An entity type, as in `../shared/EVALUATION.md`. */
export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'OTHER';

/** One mention of an entity. */
export interface EntityMention extends TextSpan {
  type: EntityType;
  /** An id shared by every mention of the same entity within one run, e.g. `donald-trump`. */
  entity: string;
}

/** One attribution relation: who said what, and the words that say so. */
export interface Attribution {
  /** Who (null when implicit, e.g. "It is noted that ..."). */
  source: TextSpan | null;
  /** The reporting verb or phrase: `said`, `according to`, `reports`. */
  cue: TextSpan;
  /** What was said. */
  content: TextSpan;
  /** Entity id of the source, where linked. */
  sourceEntity?: string | null;
}

/** Kinds of duplicate link. */
export type DuplicateKind = 'exact' | 'near' | 'contains';

/** A link between an article and the one it duplicates. */
export interface DuplicateLink {
  article: string;
  of: string;
  kind: DuplicateKind;
  similarity: number;
}
