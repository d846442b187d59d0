/** Regex scanning over the body spans of a {@link TimeContext}. */
import type { Span } from '../../types.js';
import type { Candidate, TimeContext } from './types.js';

/** One regex match with absolute offsets into the article text. */
export interface ScanMatch {
  start: number;
  end: number;
  /** The match and its groups, as `RegExpExecArray` gives them. */
  m: RegExpExecArray;
}

const cache = new Map<string, RegExp>();

/** Compiles (once) a word-bounded global regex; ASCII boundaries keep the engine fast. */
function compile(source: string, caseSensitive: boolean): RegExp {
  const key = `${caseSensitive ? 's' : 'i'}${source}`;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(`(?<![A-Za-z0-9_\u00C0-\u024F])(?:${source})(?![A-Za-z0-9_\u00C0-\u024F])`, caseSensitive ? 'g' : 'gi');
    cache.set(key, re);
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

/** {@link scan} over the context's body spans. */
export function scanContext(ctx: TimeContext, source: string, caseSensitive = false): ScanMatch[] {
  return scan(ctx.text, ctx.spans, source, caseSensitive);
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
