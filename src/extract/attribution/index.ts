/**
 * Attribution extraction (who says what): finds reporting cues in each sentence and, for each,
 * the source (may be absent), the cue words and the content, as spans of the article text.
 * Rule-based over tokens; costs well under a millisecond for a 4 kB article.
 *
 * Chains come out as separate relations: in "X writes that, according to Y, Z" the cue
 * `writes` gives (X, "that, according to Y, Z") and `according to` gives (Y, "Z").
 */
import type { Attribution, Span } from '../../types.js';
import type { Ctx, TokRange } from './context.js';
import { findCues } from './cues.js';
import { frameFor } from './frames.js';
import { findQuotes } from './quotes.js';
import { splitSentences } from '../../text/sentences.js';
import { tokenize } from './tokens.js';

export { resolveSources, type SourceLinker } from './resolve.js';

/** Options of {@link extractAttributions}. */
export interface AttributionOptions {
  /** Sentence spans of the text (e.g. from the text stage); split internally when absent. */
  sentences?: Span[];
}

/** Maps sentence character spans to token index ranges (tokens sorted by start). */
function sentenceRanges(ctx: Ctx, sentences: Span[]): TokRange[] {
  const out: TokRange[] = [];
  let k = 0;
  for (const s of sentences) {
    while (k < ctx.toks.length && ctx.toks[k].start < s.start) k++;
    const a = k;
    while (k < ctx.toks.length && ctx.toks[k].end <= s.end) k++;
    out.push({ a, b: k });
  }
  return out;
}

/**
 * Every attribution relation of `text`, in text order. Offsets are string indices into `text`.
 * `sourceEntity` is left unset: link sources with {@link resolveSources} or the entity stage.
 */
export function extractAttributions(text: string, opts: AttributionOptions = {}): Attribution[] {
  const sentences = opts.sentences ?? splitSentences(text);
  const ctx: Ctx = { text, toks: tokenize(text), quotes: findQuotes(text) };
  const ranges = sentenceRanges(ctx, [...sentences].sort((x, y) => x.start - y.start));
  const out: Attribution[] = [];
  ranges.forEach((sent, index) => {
    if (sent.b <= sent.a) return;
    const cues = findCues(ctx, sent);
    let previousSource = null;
    for (let n = 0; n < cues.length; n++) {
      const a = frameFor(
        { ctx, sent, sentences: ranges, index, previousSource, next: cues[n + 1] ?? null },
        cues[n],
      );
      if (!a) continue;
      out.push(a);
      if (a.source) previousSource = a.source;
    }
  });
  return out;
}
