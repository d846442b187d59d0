/**
 * Word cues: for each parser pattern, the words of which every match contains one. One regex
 * pass over the lower-cased text finds every cue word and marks the spans it occurs in, so a
 * costly pattern runs only on the spans holding one of its words (`scanContext` with a cue name).
 *
 * A cue word is a whole token of its match (letters and digits, no letter or digit around it).
 * Cues of case-sensitive patterns (`capitalised`) count only a word written with a capital.
 * A cue may be weaker than its pattern (mark more spans than needed) but never stronger: the
 * matches are those of a scan over every span.
 */
import type { Span } from '../../types.js';
import type { TimeContext } from './types.js';

interface CueDefinition {
  words: readonly string[];
  /** Only words written with a capital count (the pattern is case-sensitive). */
  capitalised?: boolean;
}

const UNIT_WORDS = [
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks',
  'weekend', 'weekends', 'month', 'months', 'quarter', 'quarters', 'season', 'seasons', 'year', 'years', 'decade',
  'decades', 'century', 'centuries', 'millennium', 'millennia',
];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The cue of each pattern family, by name. */
const CUE_DEFINITIONS = {
  /** A unit word (durations; `N units ago`, `a day` rates, anaphoric and relative units contain one too). */
  unit: { words: UNIT_WORDS },
  /** `ago`, `earlier`, `later`, `from now`, `hence`. */
  ago: { words: ['ago', 'earlier', 'later', 'now', 'hence'] },
  /** `week`, `weekend`. */
  week: { words: ['week', 'weekend'] },
  /** `month`, `year`. */
  monthYear: { words: ['month', 'year'] },
  /** A capitalised weekday, singular or plural. */
  weekday: { words: [...WEEKDAYS, ...WEEKDAYS.map((w) => `${w}s`)], capitalised: true },
  /** A capitalised month name or abbreviation. */
  month: {
    words: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
      'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
    capitalised: true,
  },
  /** The first word of a holiday name. */
  holiday: {
    words: ['christmas', 'new', 'thanksgiving', 'easter', 'good', 'election', 'labor', 'labour', 'memorial', 'independence', 'fourth', 'halloween', 'valentine'],
    capitalised: true,
  },
  /** Set adverbs (`daily`; `year-round` and `day-to-day` by their unit). */
  adverb: { words: ['hourly', 'daily', 'nightly', 'weekly', 'biweekly', 'monthly', 'annually', 'yearly', 'year', 'day'] },
  /** `every`, `each`, `per`. */
  every: { words: ['every', 'each', 'per'] },
  /** Days relative to the reference and parts of day. */
  dayRelative: {
    words: ['today', 'yesterday', 'tomorrow', 'tonight', 'overnight', 'night', 'morning', 'afternoon', 'evening', 'midday',
      'midmorning', 'midafternoon', 'midevening'],
  },
  /** Quarters, halves and periods. */
  quarter: { words: ['quarter', 'quarters', 'half', 'halfs', 'period', 'periods', 'year'] },
  /** Seasons. */
  season: { words: ['spring', 'summer', 'fall', 'autumn', 'winter'] },
  /** Spelled-out years. */
  spelledYear: { words: ['nineteen', 'thousand'] },
  /** Centuries. */
  century: { words: ['century'] },
  /** PRESENT_REF words. */
  present: { words: ['now', 'nowadays', 'current', 'currently', 'presently', 'present', 'moment', 'these'] },
  /** `current` (before a unit, and `then-current`). */
  current: { words: ['current'] },
  /** PAST_REF words. */
  past: { words: ['recently', 'lately', 'past', 'recent', 'once'] },
  /** FUTURE_REF words. */
  future: { words: ['future', 'near', 'soon', 'later'] },
} satisfies Record<string, CueDefinition>;

/** The name of a word cue. */
export type CueName = keyof typeof CUE_DEFINITIONS;

const NAMES = Object.keys(CUE_DEFINITIONS) as CueName[];
const BIT = new Map<CueName, number>(NAMES.map((n, i) => [n, 1 << i]));
/** Per word: the cues it belongs to in any case, and those it belongs to only when capitalised. */
const WORD_BITS = new Map<string, { any: number; capital: number }>();
for (const name of NAMES) {
  const def: CueDefinition = CUE_DEFINITIONS[name];
  for (const w of def.words) {
    const e = WORD_BITS.get(w) ?? { any: 0, capital: 0 };
    if (def.capitalised) e.capital |= BIT.get(name)!;
    else e.any |= BIT.get(name)!;
    WORD_BITS.set(w, e);
  }
}
/** Every cue word as a whole token (longest first; `\b` on both sides keeps it whole anyway). */
const WORDS_RE = new RegExp(`(?<![a-z0-9])(?:${[...WORD_BITS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9])`, 'g');

interface ContextCues {
  /** Cue bits of each span of the context. */
  bits: Int32Array;
  /** Spans per cue name, built on demand. */
  spans: Map<CueName, Span[]>;
}

const perContext = new WeakMap<TimeContext, ContextCues | null>();

/** Index of the span containing `pos` (spans sorted, disjoint), or -1. */
function spanAt(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sp = spans[mid]!;
    if (pos < sp.start) hi = mid - 1;
    else if (pos >= sp.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** One pass over the context's text: the cue bits of each span, or null if lower-casing moves offsets. */
function contextCues(ctx: TimeContext): ContextCues | null {
  let cues = perContext.get(ctx);
  if (cues !== undefined) return cues;
  const spans = ctx.spans;
  const from = spans[0]?.start ?? 0;
  const to = spans[spans.length - 1]?.end ?? 0;
  const lower = ctx.text.slice(from, to).toLowerCase();
  if (lower.length !== to - from) {
    cues = null;
  } else {
    const bits = new Int32Array(spans.length);
    WORDS_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    let k = 0;
    while ((m = WORDS_RE.exec(lower)) !== null) {
      const at = from + m.index;
      // spans are sorted and matches come in order: walk forward, binary search only on a jump
      if (!(spans[k] && at >= spans[k]!.start && at < spans[k]!.end)) k = spanAt(spans, at);
      if (k < 0) {
        k = 0;
        continue;
      }
      const e = WORD_BITS.get(m[0])!;
      const c = ctx.text.charCodeAt(at);
      bits[k]! |= e.any | (c >= 65 && c <= 90 ? e.capital : 0);
    }
    cues = { bits, spans: new Map() };
  }
  perContext.set(ctx, cues);
  return cues;
}

/**
 * The context's spans holding a word of cue `name`; every span when the cue index cannot be
 * built (a text whose lower-case form has another length).
 */
export function spansWithWordCue(ctx: TimeContext, name: CueName): Span[] {
  const cues = contextCues(ctx);
  if (!cues) return ctx.spans;
  let out = cues.spans.get(name);
  if (!out) {
    const bit = BIT.get(name)!;
    out = ctx.spans.filter((_, k) => (cues.bits[k]! & bit) !== 0);
    cues.spans.set(name, out);
  }
  return out;
}
