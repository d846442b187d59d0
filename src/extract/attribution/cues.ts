/**
 * Finds cue candidates in one sentence: verb cues with their auxiliaries, adverbs and particles
 * (`has also said`, `called for`, `said in a statement:`), phrasal cues (`according to`),
 * nominal cues (`the claim that`) and a headline-style colon (`Jane Doe: Taxes Will Fall`).
 */
import type { Ctx, TokRange } from './context.js';
import {
  BE_FORMS,
  CUE_PREFIX,
  DETERMINERS,
  NEEDS_PARTICLE,
  NOMINAL_CUES,
  NOT_ADVERBS,
  NOUNY_S,
  PARTICLES,
  PHRASE_CUES,
  VERB_CUES,
  type CueClass,
  type VerbForm,
} from './lexicon.js';
import { quoteAt } from './quotes.js';

/** One cue candidate, as token indices `[i, j]` (both included) with its head word. */
export interface Cue {
  i: number;
  j: number;
  /** Index of the head word (the verb, the noun, `according`, the colon). */
  head: number;
  type: 'verb' | 'phrase' | 'nominal' | 'colon';
  cls?: CueClass;
  lemma?: string;
  form?: VerbForm;
  /** True for a passive (`was told`, `were asked`). */
  passive?: boolean;
  /** For phrase cues: where the source stands. */
  sourceSide?: 'after' | 'before' | 'none';
  /** True for a cue only the learned detector found (no rule cue head inside it). */
  learned?: boolean;
  /** The learned detector's log-odds for the cue's best token (absent for rule-only cues). */
  score?: number;
}

const NOUN_LEFT = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'that', 'every', 'each', 'no', 'another', 'other',
  'of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'his', 'her', 'their', 'its', 'our',
  'new', 'first', 'latest', 'public', 'recent', 'own', 'news', 'press', 'strong', 'such',
]);
const SUBJECT_LEFT = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'that']);
const ING_OK_AFTER = new Set([',', 'by', 'while', 'after', 'before', 'when', 'in', 'is', 'are', 'was', 'were', 'been', 'be', 'also', 'and', ':', '—', '–']);
/** Determiners that cannot stand alone as a subject ("his stated aim", but "many said"). */
const PURE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'every', 'each', 'no', 'another', 'fewer', 'more', 'top', 'senior', 'former', 'other']);
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'do', 'does', 'did', "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", 'not', 'never', 'also', 'often', 'still', 'now', 'just', 'all', 'both', 'generally', 'increasingly', 'largely', 'widely']);
const PLURAL_SUBJECTS = new Set(['people', 'police', 'data', 'media', 'public', 'staff', 'majority', 'minority', 'most', 'many', 'some', 'others', 'few', 'both', 'all', 'several', 'men', 'women', 'children', 'i', 'we', 'you', 'they', 'who', 'that', 'which', 'campaign', 'team', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'him', 'her', 'them']);
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);
/** Label words before a colon that are not speakers ("Breaking: ...", "Q: ..."). */
const LABELS = new Set(['q', 'a', 'question', 'answer', 'breaking', 'update', 'updated', 'watch', 'video', 'photos', 'photo', 'exclusive', 'related', 'correction', 'opinion', 'analysis', 'note', 'editor', "editor's", 'read', 'more', 'see', 'also', 'source', 'sources', 'credit', 'image', 'warning', 'live', 'listen', 'transcript', 'advertisement', 'tags', 'topics', 'contributing', 'plus', 'so',
  'name', 'latest', 'twitter', 'facebook', 'email', 'age', 'city', 'job', 'pay', 'clarification',
  'look', 'wow', 'bottom', 'line', 'the', 'why', 'how', 'what', 'who', 'when', 'where', 'here',
  'now', 'first', 'second', 'third', 'next', 'then', 'still', 'yes', 'no', 'but', 'and', 'meanwhile',
  'republicans', 'democrats', 'superdelegates', 'delegates', 'results', 'total']);
const PASSIVE_OK = new Set(['tell', 'ask', 'report', 'quote', 'describe', 'call', 'expect', 'say']);

function lower(ctx: Ctx, k: number): string {
  return ctx.toks[k]?.lower ?? '';
}

/** True when a base or -s form at `k` reads as a noun ("the report", "his support"). */
function nounish(ctx: Ctx, k: number, sent: TokRange): boolean {
  if (k <= sent.a) return true;
  const prev = ctx.toks[k - 1];
  if (prev.kind === 'word' && NOUN_LEFT.has(prev.lower)) return true;
  if (prev.kind === 'word' && /'s$|s'$/.test(prev.lower)) return true;
  if (prev.kind === 'punct' || prev.kind === 'quote') return true;
  return false;
}

/** All cue candidates of the sentence, in text order, not overlapping. */
export function findCues(ctx: Ctx, sent: TokRange): Cue[] {
  const out: Cue[] = [];
  const { toks } = ctx;
  let k = sent.a;
  while (k < sent.b) {
    const t = toks[k];
    // phrase cues
    let matched: Cue | null = null;
    for (const p of PHRASE_CUES) {
      if (k + p.words.length > sent.b) continue;
      if (p.words.every((w, n) => toks[k + n].lower === w)) {
        matched = { i: k, j: k + p.words.length - 1, head: k, type: 'phrase', sourceSide: p.source };
        break;
      }
    }
    if (!matched && t.lower === 'in' && (k === sent.a || toks[k - 1].lower === 'but' || toks[k - 1].lower === 'and')) {
      matched = pollCue(ctx, k, sent);
    }
    if (!matched && t.kind === 'word') matched = verbCue(ctx, k, sent);
    if (!matched && t.kind === 'word' && NOMINAL_CUES.has(t.lower) && lower(ctx, k + 1) === 'that') {
      if (k > sent.a && (DETERMINERS.has(lower(ctx, k - 1)) || /'s$/.test(lower(ctx, k - 1)))) {
        matched = { i: k, j: k, head: k, type: 'nominal' };
      }
    }
    if (!matched && t.text === ':' ) matched = colonCue(ctx, k, sent);
    if (matched && quoteAt(ctx.quotes, toks[matched.head].start)) {
      // PolNeAR-style: words inside a direct quotation are the speaker's, not the reporter's cues
      matched = null;
    }
    if (matched) {
      out.push(matched);
      k = matched.j + 1;
    } else {
      k++;
    }
  }
  return out;
}

/** True when a word joins a verb cue from the left (auxiliary, negation, -ly adverb). */
export function prefixWord(w: string, cap: boolean): boolean {
  if (CUE_PREFIX.has(w)) return true;
  return !cap && w.length > 4 && w.endsWith('ly') && !NOT_ADVERBS.has(w);
}

function verbCue(ctx: Ctx, k: number, sent: TokRange): Cue | null {
  const { toks } = ctx;
  const entries = VERB_CUES.get(toks[k].lower);
  if (!entries) return null;
  const e = entries[0];
  const prevLower = k > sent.a ? toks[k - 1].lower : '';
  if (e.form === 'base' || e.form === 's') {
    // a noun reading ("the report", "his support") or an imperative headline word
    // "..., reports Reuters." / "..., says Smith.": an inverted cue after a comma
    const inverted = (prevLower === ',' || toks[k - 1]?.kind === 'quote') && toks[k + 1]?.cap === true && e.cls === 'speech';
    // "Jane Doe, the mayor, says ..." / "another says ...": a speech verb, not a noun
    const afterApposition =
      e.form === 's' && (e.cls === 'speech' || e.cls === 'tell') && !NOUNY_S.has(toks[k].lower) && (prevLower === ',' || prevLower === 'another' || prevLower === 'one' || prevLower === 'other');
    if (!inverted && NOUNY_S.has(toks[k].lower) && !(k > sent.a && (toks[k - 1].cap || SUBJECT_LEFT.has(prevLower)))) return null;
    if (!inverted && !afterApposition && nounish(ctx, k, sent) && !(prevLower === 'to' && e.cls !== 'stance')) {
      if (!(k > sent.a && SUBJECT_LEFT.has(prevLower))) return null;
    }
    // "to say", "to support": intentions, rarely reports (measured on PolNeAR dev)
    if (e.form === 'base' && (prevLower === 'to' || e.cls === 'stance') && !(prevLower === 'to' && e.lemma === 'say')) return null;
  }
  if (prevLower === 'the' || prevLower === 'a' || prevLower === 'an') return null;
  if (e.form === 'base' && k > sent.a && !MODALS.has(prevLower) && prevLower !== 'to' && !CUE_PREFIX.has(prevLower)) {
    // a present plural needs a plural subject: "polls show", "they say" (not "an NBC show")
    const p = toks[k - 1];
    const plural =
      SUBJECT_LEFT.has(p.lower) ||
      PLURAL_SUBJECTS.has(p.lower) ||
      p.kind === 'num' ||
      p.lower === 'percent' ||
      (p.kind === 'word' && /[^su]s$/.test(p.lower)) ||
      (p.cap && !['a', 'an', 'the', 'his', 'her', 'its', 'their'].includes(toks[k - 2]?.lower ?? ''));
    if (!plural) return null;
  }
  if (e.lemma === 'call' && (e.form === 'past' || e.form === 'pp')) {
    // "a firm called Cambridge Analytica": a name, not a report; "called off": not a report
    const nx = toks[k + 1]?.lower ?? '';
    if (['off', 'into', 'in', 'up', 'back', 'out'].includes(nx)) return null;
    const p2 = toks[k - 2]?.lower ?? '';
    if (k - 2 >= sent.a && !toks[k - 1].cap && ['a', 'an', 'of', 'in', 'with', 'for', 'from', 'by', 'at', 'on', 'to'].includes(p2)) return null;
  }
  // "fewer pledged delegates", "his stated aim": a participle used as an adjective
  if ((e.form === 'past' || e.form === 'pp') && k > sent.a && PURE_DETERMINERS.has(prevLower)) return null;
  // "showed up", "found himself": not reports
  const nextLower = toks[k + 1]?.lower ?? '';
  if (nextLower === 'up' && (e.lemma === 'show' || e.lemma === 'call')) return null;
  if (REFLEXIVES.has(nextLower) && e.lemma === 'find') return null;
  if (e.form === 'ing' && !ING_OK_AFTER.has(prevLower) && !(k > sent.a && BE_FORMS.has(prevLower))) {
    // a bare participle modifying a noun ("voters supporting her") is seldom a report, unless
    // a speech verb opens a clause or a quotation: "a statement saying that ..."
    const nx = toks[k + 1];
    const opens = nx && (nx.lower === 'that' || nx.text === ':' || nx.kind === 'quote' || (nx.text === ',' && toks[k + 2]?.kind === 'quote'));
    if (k > sent.a && !(opens && (e.cls === 'speech' || e.cls === 'tell'))) return null;
  }
  // left extension over auxiliaries and adverbs
  let i = k;
  while (i - 1 >= sent.a && k - i < 4 && prefixWord(toks[i - 1].lower, toks[i - 1].cap)) i--;
  let passive = false;
  for (let p = i; p < k; p++) if (BE_FORMS.has(toks[p].lower)) passive = e.form === 'pp' || e.form === 'past';
  if (passive && !PASSIVE_OK.has(e.lemma) && e.cls !== 'raising') {
    // "was concerned", "is known": adjectival participles are not cues
    return null;
  }
  // "was told to leave": an order, not a report (documented choice)
  if (passive && e.lemma === 'tell' && toks[k + 1]?.lower === 'to') return null;
  if (passive && (e.lemma === 'expect' || e.lemma === 'say') && toks[k + 1]?.lower !== 'to') return null;
  if (e.cls === 'raising' && toks[k + 1]?.lower !== 'to') {
    // "X seems ready", "it seems (that)", "it appears that"; but "appeared on TV" is not a cue
    const itSubject = toks[k - 1]?.lower === 'it';
    if (e.lemma === 'appear' && !(itSubject && (toks[k + 1]?.lower === 'that' || toks[k + 1]?.kind === 'word'))) return null;
    if (e.lemma === 'seem' && ['as', 'like'].includes(toks[k + 1]?.lower ?? '') === false && toks[k + 1]?.kind !== 'word') return null;
  }
  let j = k;
  // "was first reported by": the agent's preposition belongs to a passive cue
  if (passive && toks[j + 1]?.lower === 'by' && j + 2 < sent.b) j++;
  const parts = PARTICLES[e.lemma];
  if (parts && j + 1 < sent.b && parts.includes(toks[j + 1].lower)) j++;
  else if (NEEDS_PARTICLE.has(e.lemma)) return null;
  // "said in a statement"
  if (
    (e.cls === 'speech' || e.cls === 'tell') &&
    toks[j + 1]?.lower === 'in' &&
    (toks[j + 2]?.lower === 'a' || toks[j + 2]?.lower === 'an') &&
    toks[j + 3]?.lower === 'statement'
  ) {
    j += 3;
  }
  if (toks[j + 1]?.text === ':' && j + 1 < sent.b) {
    // "Revealed: ..." / "Pledged: 781": a kicker, not a report
    if (i === sent.a) return null;
    j++;
  }
  return { i, j, head: k, type: 'verb', cls: e.cls, lemma: e.lemma, form: e.form, passive };
}

const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'analysis', 'report']);

/** "In a CNN/ORC poll released Monday, ...": a sentence-initial `in` as a cue. */
function pollCue(ctx: Ctx, k: number, sent: TokRange): Cue | null {
  const { toks } = ctx;
  for (let p = k + 1; p < sent.b && p - k <= 8; p++) {
    const t = toks[p];
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== '/' && t.text !== '-' && t.text !== '.')) return null;
    if (POLL_NOUNS.has(t.lower)) return { i: k, j: k, head: k, type: 'phrase', sourceSide: 'after' };
  }
  return null;
}

/** Dashes and words that close a lead-in before a `NAME:` byline ("Polls agree - Jo Lee: ..."). */
const NAME_OPENERS = new Set(['-', '–', '—', 'from']);

/**
 * The start of a short capitalised name ending right before `k` and opened by a dash or `from`
 * ("Pollsters agree - Jo Lee:", "More from Lee:"), or -1.
 */
export function dashNameStart(ctx: Ctx, k: number, sent: TokRange): number {
  const { toks } = ctx;
  let p = k - 1;
  while (p >= sent.a && k - p <= 4 && toks[p].kind === 'word' && toks[p].cap && !VERB_CUES.has(toks[p].lower)) p--;
  if (p === k - 1 || p < sent.a || !NAME_OPENERS.has(toks[p].lower)) return -1;
  return p + 1;
}

function colonCue(ctx: Ctx, k: number, sent: TokRange): Cue | null {
  const { toks } = ctx;
  // a byline before a quotation: "Pollsters agree - Jo Lee: “...”"
  const named = dashNameStart(ctx, k, sent);
  if (named >= 0 && toks[k + 1]?.kind === 'quote' && !LABELS.has(toks[named].lower)) {
    return { i: k, j: k, head: k, type: 'colon', sourceSide: 'before' };
  }
  // a transcript line may open with a quotation mark: '"PENCE: Well, ...'
  const a = toks[sent.a].kind === 'quote' ? sent.a + 1 : sent.a;
  const n = k - a;
  if (n < 1 || n > 5 || sent.b - k < 3) return null;
  if (LABELS.has(toks[a].lower) || LABELS.has(toks[k - 1].lower)) return null;
  for (let p = a; p < k; p++) {
    const t = toks[p];

    if (t.kind !== 'word' || !t.cap) {
      if (!(t.kind === 'punct' && (t.text === '.' || t.text === '-'))) return null;
    }
    if (VERB_CUES.has(t.lower)) return null;
  }
  return { i: k, j: k, head: k, type: 'colon', sourceSide: 'before' };
}
