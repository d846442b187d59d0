/**
 * The learned cue detector: scores every token of a sentence with the {@link CueModel} (two
 * passes, see {@link sentenceScores}), merges runs of cue tokens into cue spans (`has said`,
 * `voted against`, `according to`) and describes each span as a {@link Cue} for the frame
 * rules: the overlapping rule-based cue's description when there is one, else one inferred from
 * the span's words.
 */
import type { TokRange } from './context.js';
import type { Cue } from './cues.js';
import type { FeatureDoc } from './features.js';
import { BE_FORMS, CUE_PREFIX, NOMINAL_CUES, VERB_CUES, type VerbForm } from './lexicon.js';
import { sentenceScores, type CueModel } from './model.js';

/** Punctuation that can be a cue on its own (a transcript colon, a quotation dash). */
const PUNCT_CUES = new Set([':', '―', '—']);

/** Whether token `k` is scored at all: words and numbers outside quotations, cue punctuation. */
export function scorable(doc: FeatureDoc, k: number): boolean {
  if (doc.inQuote[k]) return false;
  const t = doc.ctx.toks[k];
  if (t.kind === 'word' || t.kind === 'num') return true;
  return t.kind === 'punct' && PUNCT_CUES.has(t.text);
}

/** A detected cue: token indices `[i, j]` (both included) and its best token's log-odds. */
export interface CueSpan {
  i: number;
  j: number;
  z: number;
}

/** Share of the threshold's log-odds a token next to a cue token needs to join it. */
export const EXTEND_FACTOR = 0.5;

/**
 * Token index ranges `[i, j]` of the cues the model finds in `sent`, in order: runs of tokens
 * whose probability passes `threshold` (default the model's), extended over neighbours that
 * pass a lower bar (hysteresis: "did not spell out" stays whole when "spell" is sure).
 */
export function cueSpans(model: CueModel, doc: FeatureDoc, sent: TokRange, threshold = model.threshold, extend = EXTEND_FACTOR): CueSpan[] {
  const hi = Math.log(threshold / (1 - threshold));
  const lowP = threshold * extend;
  const lo = Math.log(lowP / (1 - lowP));
  const n = sent.b - sent.a;
  const z = sentenceScores(model, doc, sent, scorable);
  const on = new Uint8Array(n);
  for (let x = 0; x < n; x++) if (z[x] > hi) on[x] = 1;
  for (let x = 0; x < n; x++) {
    if (on[x] !== 1) continue;
    for (let y = x - 1; y >= 0 && !on[y] && z[y] > lo; y--) on[y] = 2;
    for (let y = x + 1; y < n && !on[y] && z[y] > lo; y++) on[y] = 2;
  }
  const out: CueSpan[] = [];
  let start = -1;
  let best = -Infinity;
  for (let x = 0; x <= n; x++) {
    if (x < n && on[x] && start < 0) start = x;
    if (x < n && on[x]) best = Math.max(best, z[x]);
    if ((x === n || !on[x]) && start >= 0) {
      out.push({ i: sent.a + start, j: sent.a + x - 1, z: best });
      start = -1;
      best = -Infinity;
    }
  }
  return trimSpans(doc, out);
}

/** Words that do not end a cue span on their own ("said in", "according to the"). */
const DANGLING = new Set(['the', 'a', 'an', 'and', 'or', 'but', ',']);

/** Drops spans made only of punctuation other than a colon, and trailing articles. */
function trimSpans(doc: FeatureDoc, spans: CueSpan[]): CueSpan[] {
  const { toks } = doc.ctx;
  const out: CueSpan[] = [];
  for (const { i: i0, j: j0, z } of spans) {
    let j = j0;
    while (j > i0 && DANGLING.has(toks[j].lower)) j--;
    let i = i0;
    while (i < j && DANGLING.has(toks[i].lower)) i++;
    if (i === j && toks[i].kind === 'punct' && toks[i].text !== ':') continue;
    out.push({ i, j, z });
  }
  return out;
}

/** Words a learned span does not keep left of a known cue's head. */
const LEFT_TRIM = new Set(['who', 'which', 'that', 'he', 'she', 'they', 'we', 'i', 'it', 'to', "who'd", "he'd", "she'd", "they'd"]);
/**
 * Words a learned span does not end in right of a known cue's head and particle: a dangling
 * preposition or article ("said on", "said during the"). A day name after a verb ("said
 * Tuesday", "said on Sunday") stays when the detector keeps it: PolNeAR's cues take it along
 * 41% of the time, which pays for the characters while cue F1 is about 0.63.
 */
const RIGHT_TRIM = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'while', 'when', 'since', 'with', 'by', 'last', 'this', 'earlier', 'the', 'a', 'an']);

/**
 * A lowercase word left of a known verb cue that is rather its subject than part of it: not an
 * auxiliary or adverb (`has also`, `publicly`), not a verb (`trying to`, `decided to`).
 */
function subjectNoun(lower: string): boolean {
  if (CUE_PREFIX.has(lower) || lower === 'to' || lower.endsWith('ly')) return false;
  return !/(?:ing|ed|en)$/.test(lower) && !VERB_CUES.has(lower);
}

const NOUN_SUFFIX = /(?:tion|sion|ment|ism|ance|ence|ity|ship)s?$/;
const NOT_HEADS = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could',
  'can', 'may', 'might', 'should', 'must', 'do', 'does', 'did', 'not', 'also', 'to', 'of', 'in',
  'for', 'on', 'about', 'with', 'against', 'the', 'a', 'an', 'it', 'that', "n't", 'never', 'just',
]);

/** Verb form of an unknown word, from its ending. */
function guessForm(lower: string): VerbForm {
  if (lower.endsWith('ing') && lower.length > 4) return 'ing';
  if (lower.endsWith('ed') && lower.length > 3) return 'past';
  if (lower.endsWith('s') && !lower.endsWith('ss') && lower.length > 3) return 's';
  return 'base';
}

/**
 * Describes the learned span `[i, j]` as a cue: the rule cue whose head lies inside it lends
 * its type, class, lemma and form; otherwise they come from the span's words (`according` opens
 * a phrase cue, a lone colon is a colon cue, a noun in -tion / -ment a nominal cue, any other
 * head an `object` verb, whose content is its object).
 */
export function describeSpan(doc: FeatureDoc, i: number, j: number, ruleCues: Cue[]): Cue {
  const { toks } = doc.ctx;
  const rule = ruleCues.find((c) => c.head >= i && c.head <= j);
  if (rule) {
    if (rule.type === 'phrase' && rule.i !== i) return { ...rule, j: Math.max(j, rule.j) };
    // not the subject ("Asians worried about", "who'd previously endorsed", "the county sheriff
    // said") nor a following time or place phrase ("said during", "declared on") of a known verb
    while (i < rule.head && (toks[i].cap || LEFT_TRIM.has(toks[i].lower) || toks[i].kind !== 'word' || (i < rule.i && subjectNoun(toks[i].lower)))) {
      i++;
    }
    while (j > Math.max(rule.j, rule.head) && RIGHT_TRIM.has(toks[j].lower)) j--;
    // "is expected to announce": a raising cue that ends in `to` takes its infinitive along
    const raising = rule.cls === 'raising' || (rule.passive && rule.lemma === 'expect');
    const next = toks[j + 1];
    if (raising && toks[j].lower === 'to' && j + 1 < doc.ctx.toks.length && next.kind === 'word' && !next.cap && !doc.inQuote[j + 1]) j++;
    return { ...rule, i, j: Math.max(j, rule.type === 'verb' ? rule.head : rule.j) };
  }
  if (toks[i].lower === 'according' || (toks[i].lower === 'as' && toks[i + 1]?.lower === 'reported')) {
    return { i, j, head: i, type: 'phrase', sourceSide: 'after', learned: true };
  }
  if (i === j && toks[i].kind === 'punct') return { i, j, head: i, type: 'colon', sourceSide: 'before', learned: true };
  let head = -1;
  for (let k = i; k <= j && head < 0; k++) if (VERB_CUES.has(toks[k].lower)) head = k;
  for (let k = i; k <= j && head < 0; k++) {
    const t = toks[k];
    if (t.kind === 'word' && !NOT_HEADS.has(t.lower)) head = k;
  }
  if (head < 0) head = i;
  const word = toks[head].lower;
  const entry = VERB_CUES.get(word)?.[0];
  let passive = false;
  const form = entry ? entry.form : guessForm(word);
  for (let k = i; k < head; k++) if (BE_FORMS.has(toks[k].lower)) passive = form === 'pp' || form === 'past';
  const nominal = !entry && (NOMINAL_CUES.has(word) || (NOUN_SUFFIX.test(word) && !toks[head].cap));
  if (nominal) return { i, j, head, type: 'nominal', learned: true };
  // the subject is not part of a verb cue: "he's predicting", "signs pointed to"
  while (i < head && (LEFT_TRIM.has(toks[i].lower) || /^(?:he|she|they|we|i|it|you)'/.test(toks[i].lower))) i++;
  return {
    i,
    j,
    head,
    type: 'verb',
    cls: entry ? entry.cls : 'object',
    lemma: entry ? entry.lemma : word,
    form,
    passive,
    learned: true,
  };
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Rule vetoes the learned cues also obey (documented conventions of the rule-based finder):
 * a participle right after an article is an adjective ("the said property"), and a passive
 * `told` followed by `to` is an order ("he was told to leave"), not a report. A colon cue only
 * the detector found is dropped too (a noun cue it found goes on to the relation filter).
 */
export function vetoed(doc: FeatureDoc, cue: Cue): boolean {
  const { toks } = doc.ctx;
  // measured on PolNeAR dev: a learned colon cue is right about one time in ten; a learned noun
  // cue ("criticism of", "comments on") about one in two since the relation filter reads them
  if (cue.learned && cue.type === 'colon') return true;
  if (cue.type !== 'verb') return false;
  if (cue.head === cue.i && cue.i > 0 && ARTICLES.has(toks[cue.i - 1].lower) && (cue.form === 'past' || cue.form === 'pp')) return true;
  if (cue.passive && cue.lemma === 'tell' && toks[cue.head + 1]?.lower === 'to') return true;
  return false;
}
