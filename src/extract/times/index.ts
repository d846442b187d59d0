/**
 * Time-expression extraction and TIMEX3 normalisation. chrono-node is the base parser for
 * absolute dates and clock times; our own parsers and refiners (see `configuration.ts`) add what
 * news needs and TimeML expects: weeks, quarters, durations, sets, PRESENT_REF and friends, and
 * weekdays resolved by tense.
 */
import type { Span, TimeExpression } from '../../types.js';
import { defaultConfiguration } from './configuration.js';
import { parseRefDate } from './dates.js';
import { timeChunks } from './prefilter.js';
import { valueRange } from './range.js';
import type { Candidate, TimeConfiguration, TimeContext } from './types.js';

export type { TimeConfiguration, TimeParser, TimeRefiner, Candidate, TimeContext } from './types.js';
export { defaultConfiguration } from './configuration.js';
export { valueRange } from './range.js';

/** Options of {@link extractTimes}. */
export interface ExtractTimesOptions {
  /** The anchor date (ISO date or date-time): the article's own date or an estimate; null if none. */
  reference: string | null;
  /** True when `reference` is an estimate: relative values are then marked `estimated`. */
  estimated?: boolean;
  /** ISO 639-1 language (`en` default, `und` read as `en`; `uk` and `ru` use chrono's locales only; others get nothing). */
  language?: string;
  /** Body spans to search; the whole text by default. */
  spans?: Span[];
  /** Another configuration (tests, experiments); the default one otherwise. */
  configuration?: TimeConfiguration;
}

let cachedDefault: TimeConfiguration | null = null;

/** Normalises the search spans: sorted, clipped to the text, overlaps merged. */
function normaliseSpans(text: string, spans: Span[] | undefined): Span[] {
  if (!spans) return [{ start: 0, end: text.length }];
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Runs a configuration's parsers and refiners over a context. */
export function runConfiguration(ctx: TimeContext, config: TimeConfiguration): Candidate[] {
  let candidates: Candidate[] = [];
  for (const p of config.parsers) {
    if (!p.languages.includes('*') && !p.languages.includes(ctx.language)) continue;
    for (const c of p.parse(ctx)) candidates.push(c);
  }
  for (const r of config.refiners) candidates = r.refine(ctx, candidates);
  return candidates;
}

/**
 * Every time expression in `text` (inside `opts.spans`), with its TIMEX3 type and value.
 * Relative expressions resolve against `opts.reference`; with no reference they get a null
 * value (absolute ones still get theirs). Offsets are JS string indices into `text`.
 */
export function extractTimes(text: string, opts: ExtractTimesOptions): TimeExpression[] {
  // an undetermined language is read as English, the project's main language
  const lang = (opts.language ?? 'en').toLowerCase().slice(0, 2);
  const language = lang === 'un' || lang === '' ? 'en' : lang;
  const spans = normaliseSpans(text, opts.spans);
  const ctx: TimeContext = {
    text,
    reference: parseRefDate(opts.reference),
    estimated: Boolean(opts.estimated),
    language,
    spans,
    chunks: timeChunks(text, spans, language),
  };
  const config = opts.configuration ?? (cachedDefault ??= defaultConfiguration());
  return runConfiguration(ctx, config).map((c) => {
    const t: TimeExpression = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: c.type,
      value: c.value,
      estimated: ctx.estimated && c.relative && c.value !== null,
    };
    const range = c.type === 'DATE' ? valueRange(c.value) : undefined;
    if (range) t.range = range;
    return t;
  });
}
