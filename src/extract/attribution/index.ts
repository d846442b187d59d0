/**
 * Attribution extraction (who says what): finds reporting cues in each sentence and, for each,
 * the source (may be absent), the cue words and the content, as spans of the article text.
 *
 * Cues come from a learned token classifier (`model.json`, fitted by
 * `scripts/fit-attribution.ts`; see {@link cueSpans}) whose features include the rule-based
 * cue finder's output, so it finds PolNeAR-style cues outside the lexicon ("voted against",
 * "slammed", "pushed for"), with a second pass over the neighbours' first-pass scores that
 * keeps multiword cues whole ("took aim at"). Without a usable model the rule-based cues are
 * used alone. Sources and contents come from the word-order frames of `frames.ts`. A relation
 * filter (`filter.ts`, also in `model.json`) then reads each candidate relation whole (its cue,
 * the detector's score, its source's kind, its content's length, whether it is nested in
 * another's content) and drops the unlikely ones; a verb cue then takes along the adverbs
 * between it and its source ({@link joinCueAdverbs}: "X later said"), and a cue after a
 * pronoun's auxiliary clitic takes the clitic ({@link joinCueClitic}: "he['s been pushing]").
 * About 2 ms of CPU for a 4 kB article (the second pass costs about a third of it).
 *
 * Chains come out as separate relations: in "X writes that, according to Y, Z" the cue
 * `writes` gives (X, "that, according to Y, Z") and `according to` gives (Y, "Z").
 */
import type { Attribution, Span } from '../../types.js';
import type { Ctx, TokRange } from './context.js';
import { findCues, type Cue } from './cues.js';
import { cueSpans, describeSpan, vetoed } from './detect.js';
import { featureDoc, type FeatureDoc } from './features.js';
import { frameFor } from './frames.js';
import { bundledModel, type CueModel } from './model.js';
import { applyFilter, type Candidate } from './filter.js';
import { prefixWord } from './cues.js';
import { findQuotes } from './quotes.js';
import { splitSentences } from '../../text/sentences.js';
import { tokenize } from './tokens.js';

export { resolveSources, type SourceLinker } from './resolve.js';

/** Options of {@link extractAttributions}. */
export interface AttributionOptions {
  /** Sentence spans of the text (e.g. from the text stage); split internally when absent. */
  sentences?: Span[];
  /** The cue model: default the bundled one; `null` for the rule-based cues alone. */
  model?: CueModel | null;
  /** Overrides the model's probability thresholds (for tuning). */
  threshold?: number;
  newThreshold?: number;
  /** Overrides the share of the threshold a neighbour needs to join a cue (for tuning). */
  extend?: number;
  /** Overrides the relation filter's probability threshold; 0 turns the filter off (for tuning). */
  filterThreshold?: number;
}

/** An article prepared for cue detection: tokens, sentences, rule cues and token features. */
export interface PreparedText {
  ctx: Ctx;
  /** Sentences as token ranges, in text order. */
  ranges: TokRange[];
  /** Rule-based cues of each sentence (parallel to `ranges`). */
  ruleCues: Cue[][];
  features: FeatureDoc;
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

/** Tokenizes `text`, finds its quotations, sentences and rule cues, and its token features. */
export function prepareText(text: string, sentences?: Span[]): PreparedText {
  const spans = sentences ?? splitSentences(text);
  const ctx: Ctx = { text, toks: tokenize(text), quotes: findQuotes(text) };
  const ranges = sentenceRanges(ctx, [...spans].sort((x, y) => x.start - y.start));
  const ruleCues = ranges.map((r) => (r.b > r.a ? findCues(ctx, r) : []));
  return { ctx, ranges, ruleCues, features: featureDoc(ctx, ruleCues.flat()) };
}

/**
 * The cues of sentence `index`: the model's when there is one, else the rule-based ones. A
 * learned cue the rules do not know must pass the stricter `newThreshold`.
 */
function sentenceCues(p: PreparedText, index: number, model: CueModel | null, opts: AttributionOptions): Cue[] {
  const rules = p.ruleCues[index];
  if (!model) return rules;
  const t = opts.newThreshold ?? model.newThreshold;
  const zNew = Math.log(t / (1 - t));
  const out: Cue[] = [];
  for (const s of cueSpans(model, p.features, p.ranges[index], opts.threshold, opts.extend)) {
    const known = rules.some((c) => c.head >= s.i && c.head <= s.j);
    if (!known && s.z <= zNew) continue;
    const cue = describeSpan(p.features, s.i, s.j, rules);
    if (vetoed(p.features, cue)) continue;
    cue.score = s.z;
    out.push(cue);
  }
  return out;
}

/**
 * The candidate relations of a prepared text, in text order, before the relation filter.
 * Unless `filtered` (default: the model has a relation filter), a learned cue without a source
 * is dropped here (about one in ten is a PolNeAR relation on dev); else the filter decides.
 */
export function candidateRelations(
  p: PreparedText,
  model: CueModel | null,
  opts: AttributionOptions = {},
  filtered = !!model?.filter && opts.filterThreshold !== 0,
): Candidate[] {
  const out: Candidate[] = [];
  p.ranges.forEach((sent, index) => {
    if (sent.b <= sent.a) return;
    const cues = sentenceCues(p, index, model, opts);
    let previousSource = null;
    for (let n = 0; n < cues.length; n++) {
      const a = frameFor(
        { ctx: p.ctx, sent, sentences: p.ranges, index, previousSource, next: cues[n + 1] ?? null },
        cues[n],
      );
      if (!a || (!filtered && cues[n].learned && !a.source)) continue;
      out.push({ relation: a, cue: cues[n], sentence: index });
      if (a.source) previousSource = a.source;
    }
  });
  return out;
}

/** Adverbs and modals that join a verb cue when they stand between it and its source. */
const GAP_ADVERBS = new Set(['later', 'now', 'still', 'once', 'both', 'just', 'soon', 'then', 'even', 'again', 'all', 'can', 'should', 'must', 'shall', 'since', 'too', 'instead', 'however']);

/**
 * A verb cue whose source stands left of it takes the one or two words between them along
 * when they are auxiliaries or adverbs ("Trump later suggested", "she now says", "they can
 * hardly claim"): the annotation convention is that a cue spans what lies between its source
 * and its content. Returns the relation, changed or not.
 */
export function joinCueAdverbs(ctx: Ctx, c: Candidate): Candidate {
  const { relation: r, cue } = c;
  if (cue.type !== 'verb' || !r.source || r.source.end > r.cue.start) return c;
  const { toks } = ctx;
  let k = cue.i - 1;
  while (k >= 0 && toks[k].start >= r.cue.start) k--;
  const first = k;
  while (k >= 0 && toks[k].start >= r.source.end) {
    const t = toks[k];
    if (t.kind !== 'word' || t.cap || first - k >= 2 || !(prefixWord(t.lower, false) || GAP_ADVERBS.has(t.lower))) return c;
    k--;
  }
  if (k === first) return c;
  const start = toks[k + 1].start;
  return { ...c, relation: { ...r, cue: { start, end: r.cue.end, text: ctx.text.slice(start, r.cue.end) } } };
}

/** A subject pronoun with an auxiliary clitic: "he's", "they’re", "who'd", "I've". */
const PRONOUN_CLITIC = /^(?:he|she|it|they|we|i|you|who|that|there|what)([’'](?:s|re|ve|d|ll|m))$/i;

/**
 * A cue right after a pronoun with an auxiliary clitic takes the clitic along ("he['s been
 * pushing]", "they['re backing]"): the auxiliary is part of the predicate (PolNeAR's cues start
 * at the apostrophe about 14 times in 15), the pronoun stays the source. Returns the relation,
 * changed or not.
 */
export function joinCueClitic(ctx: Ctx, c: Candidate): Candidate {
  const { relation: r } = c;
  const { toks } = ctx;
  let k = c.cue.i - 1;
  while (k >= 0 && toks[k].start >= r.cue.start) k--;
  if (k < 0 || toks[k].kind !== 'word' || toks[k + 1].start !== r.cue.start) return c;
  const m = PRONOUN_CLITIC.exec(toks[k].text);
  if (!m || ctx.text.slice(toks[k].end, r.cue.start).trim() !== '') return c;
  const start = toks[k].end - m[1].length;
  const source = r.source && r.source.end === toks[k].end && r.source.start < start ? { ...r.source, end: start, text: ctx.text.slice(r.source.start, start) } : r.source;
  return { ...c, relation: { ...r, source, cue: { start, end: r.cue.end, text: ctx.text.slice(start, r.cue.end) } } };
}

/**
 * Every attribution relation of `text`, in text order. Offsets are string indices into `text`.
 * `sourceEntity` is left unset: link sources with {@link resolveSources} or the entity stage.
 */
export function extractAttributions(text: string, opts: AttributionOptions = {}): Attribution[] {
  const p = prepareText(text, opts.sentences);
  const model = opts.model === undefined ? bundledModel() : opts.model;
  const cands = candidateRelations(p, model, opts);
  const filter = model?.filter && opts.filterThreshold !== 0 ? model.filter : null;
  return applyFilter(filter, p.ctx, cands, opts.filterThreshold).map((c) => joinCueClitic(p.ctx, joinCueAdverbs(p.ctx, c)).relation);
}
