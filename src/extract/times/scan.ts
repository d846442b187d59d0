/** Regex scanning over the body spans of a {@link TimeContext}. */
import type { Span } from '../../types.js';
import { type CueName, spansWithWordCue } from './cues.js';
import type { Candidate, TimeContext } from './types.js';

/** One regex match with absolute offsets into the article text. */
export interface ScanMatch {
  start: number;
  end: number;
  /** The match and its groups, as `RegExpExecArray` gives them. */
  m: RegExpExecArray;
}

/** Compiled patterns by source (the source strings are constants: their hashes are cached). */
const caseSensitiveCache = new Map<string, RegExp>();
const caseInsensitiveCache = new Map<string, RegExp>();

/** Compiles (once) a word-bounded global regex; ASCII boundaries keep the engine fast. */
function compile(source: string, caseSensitive: boolean): RegExp {
  const cache = caseSensitive ? caseSensitiveCache : caseInsensitiveCache;
  let re = cache.get(source);
  if (!re) {
    re = new RegExp(`(?<![A-Za-z0-9_\u00C0-\u024F])(?:${source})(?![A-Za-z0-9_\u00C0-\u024F])`, caseSensitive ? 'g' : 'gi');
    cache.set(source, re);
  }
  return re;
}

/**
 * Every match of `source` (compiled case-insensitive unless `caseSensitive`) inside the given
 * spans, wrapped in word boundaries so that `may` does not match inside `mayor`.
 */
export function scan(text: string, spans: Span[], source: string, caseSensitive = false): ScanMatch[] {
  const re = compile(source, caseSensitive);
  const out: ScanMatch[] = [];
  for (const sp of spans) {
    const slice = text.slice(sp.start, sp.end);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ start: sp.start + m.index, end: sp.start + m.index + m[0].length, m });
    }
  }
  return out;
}

/**
 * A cue: what every match of a pattern contains, so that spans without it need no scanning. A
 * word cue by name (see `cues.ts`: one pass finds them all), or a regex source matched without
 * word boundaries, with the pattern's case sensitivity.
 */
export type Cue = CueName | { regex: string };

const cueRegexes = new Map<string, RegExp>();
const cueSpans = new WeakMap<TimeContext, Map<string, Span[]>>();

/** The spans in which a match of `re` starts: one pass, searching again from each span start. */
function spansWithRegex(text: string, spans: Span[], re: RegExp): Span[] {
  const out: Span[] = [];
  let i = 0;
  re.lastIndex = spans[0]?.start ?? 0;
  while (i < spans.length) {
    // the leftmost cue from the current span's start on
    const m = re.exec(text);
    if (!m) break;
    while (i < spans.length && spans[i]!.end <= m.index) i++;
    const sp = spans[i];
    if (!sp) break;
    if (m.index >= sp.start) {
      out.push(sp);
      i++;
    }
    // search again from the start of the next span not yet known to hold a cue
    re.lastIndex = spans[i]?.start ?? text.length;
  }
  return out;
}

/**
 * The context's spans in which `cue` occurs (a regex cue case-insensitively unless
 * `caseSensitive`), cached per context.
 */
export function spansWithCue(ctx: TimeContext, cue: Cue, caseSensitive = false): Span[] {
  if (typeof cue === 'string') return spansWithWordCue(ctx, cue);
  const key = `${caseSensitive ? 's' : 'i'}${cue.regex}`;
  let perContext = cueSpans.get(ctx);
  if (!perContext) cueSpans.set(ctx, (perContext = new Map()));
  let out = perContext.get(key);
  if (!out) {
    let re = cueRegexes.get(key);
    if (!re) cueRegexes.set(key, (re = new RegExp(cue.regex, caseSensitive ? 'g' : 'gi')));
    out = spansWithRegex(ctx.text, ctx.spans, re);
    perContext.set(key, out);
  }
  return out;
}

/**
 * {@link scan} over the context's body spans. With a {@link Cue} that every match of `source`
 * contains, only the spans where the cue occurs are scanned: the matches are the same, the
 * costly pattern runs on far less text.
 */
export function scanContext(ctx: TimeContext, source: string, caseSensitive = false, cue?: Cue): ScanMatch[] {
  const spans = cue === undefined || !cuesEnabled ? ctx.spans : spansWithCue(ctx, cue, caseSensitive);
  return scan(ctx.text, spans, source, caseSensitive);
}

let cuesEnabled = true;

/** Runs `fn` with the cues switched off (every pattern scans every span): to check that they change nothing. */
export function withoutCues<T>(fn: () => T): T {
  cuesEnabled = false;
  try {
    return fn();
  } finally {
    cuesEnabled = true;
  }
}

/** Builds a candidate from a match (priority 2: our own parsers outrank chrono on ties). */
export function candidate(
  parser: string,
  sm: { start: number; end: number },
  type: Candidate['type'],
  value: string | null,
  relative: boolean,
  extra: Partial<Candidate> = {},
): Candidate {
  return { start: sm.start, end: sm.end, type, value, relative, parser, priority: 2, ...extra };
}
