/**
 * Internal records of the time-expression pipeline. The design follows chrono-node's own: a
 * configuration is an ordered list of parsers (each proposes candidates) and refiners (each
 * rewrites the candidate list), see `configuration.ts`.
 */
import type { Span, TimeType } from '../../types.js';

/** A calendar date used as the anchor of relative expressions (UTC, no time of day). */
export interface RefDate {
  year: number;
  /** 1-12. */
  month: number;
  /** 1-31. */
  day: number;
}

/** Everything a parser or refiner may read about the text being analysed. */
export interface TimeContext {
  /** The whole article text; candidate offsets index into it. */
  text: string;
  /** The anchor for relative expressions, or null when the article has no date at all. */
  reference: RefDate | null;
  /** True when `reference` is an estimate, not the article's own date. */
  estimated: boolean;
  /** ISO 639-1 language code (`en`, `uk`, `ru`, ...). */
  language: string;
  /** Body spans to search (sorted, non-overlapping). */
  spans: Span[];
  /** Sentence-like chunks of the body spans that contain a time cue (the pre-filter's output). */
  chunks: Span[];
}

/** Tense of the clause around an expression, used to resolve weekday and month names. */
export type Tense = 'past' | 'future' | 'unknown';

/** A proposed time expression, before the refiners settle spans and values. */
export interface Candidate {
  start: number;
  end: number;
  type: TimeType;
  /** TIMEX3 value, or null when it cannot be given (e.g. relative with no reference). */
  value: string | null;
  /** True when the value depends on the reference date. */
  relative: boolean;
  /** The id of the parser that proposed it (for explanations and overlap priority). */
  parser: string;
  /**
   * Overlap priority: when two candidates overlap and neither is clearly longer, the higher
   * priority wins. Specialised parsers use 2, chrono 1.
   */
  priority: number;
  /**
   * Calendar fields still to be completed and formatted (by the tense and granularity refiners)
   * into `value`; absent when the parser gave the value directly.
   */
  fields?: DateFields;
  /** Set by parsers whose value depends on the document's reporting quarter (`the quarter`). */
  quarterShift?: { years: number; year?: number };
  /**
   * Set for anaphoric expressions (`that day`, `the following year`, `the previous Friday`):
   * the value is the temporal focus (the last date the text mentioned, else the reference)
   * shifted as given; the focus refiner writes it.
   */
  anaphor?: Anaphor;
}

/** How an anaphoric expression relates to the temporal focus. */
export interface Anaphor {
  /** The granularity of the value, and of the shift. */
  unit: 'day' | 'week' | 'month' | 'year';
  /** Units to add to the focus (`the following day` = 1, `that day` = 0). */
  offset: number;
  /** For `the previous Friday` / `the following Monday`: the weekday (0 = Sunday) to find. */
  weekday?: number;
}

/**
 * Calendar fields of a point expression. The granularity refiner writes the value at the finest
 * field present: `year` -> `1998`, `+month` -> `1998-02`, `+day` -> `1998-02-13`, `+hour` ->
 * `1998-02-13T10:35`, `+partOfDay` -> `1998-02-13TMO`; `decade` (`199`) and `century` (`19`)
 * stand alone.
 */
export interface DateFields {
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday .. 6; a weekday with no day is anchored by tense. */
  weekday?: number;
  hour?: number;
  minute?: number;
  /** What follows the `T`: a TIMEX3 part of day (MO, AF, EV, NI) or `12:00` for midday. */
  partOfDay?: string;
  /** First three digits of a decade (`199` for the 1990s). */
  decade?: number;
  /** First two digits of a century (`19` for the 20th century). */
  century?: number;
  /** Weeks to add after anchoring a weekday (`next Friday` = +1 when it is not the coming one). */
  weekOffset?: number;
  /** Set when a clock time with no day was put on the reference day (the clock-anchor refiner may move it). */
  dayFromReference?: boolean;
  /** Preferred direction when anchoring a weekday or a year-less month by tense. */
  direction?: 'past' | 'future' | 'nearest';
}

/** Proposes candidates. Pure: the same context gives the same candidates. */
export interface TimeParser {
  /** Stable id, e.g. `week`, `duration`, `chrono`. */
  id: string;
  /** Languages it handles (`*` for all). */
  languages: string[];
  /** All candidates found in the context's spans. */
  parse(ctx: TimeContext): Candidate[];
}

/** Rewrites the candidate list (merging, trimming, resolving). Pure. */
export interface TimeRefiner {
  /** Stable id, e.g. `span-trim`, `tense-weekday`. */
  id: string;
  refine(ctx: TimeContext, candidates: Candidate[]): Candidate[];
}

/** An ordered list of parsers and refiners, as in chrono-node. */
export interface TimeConfiguration {
  parsers: TimeParser[];
  refiners: TimeRefiner[];
}
