/**
 * Source span finders: the noun phrase before a cue (`The city's mayor, Jane Doe, said`), after
 * it (`said Jane Doe, the city's mayor`, `according to a poll released Monday`) and the subject
 * of a clause (for `..., adding that ...`). Rules over tokens, no tagger.
 */
import type { Ctx, TokRange } from './context.js';
import type { Token } from './tokens.js';
import {
  CONNECTIVES,
  DETERMINERS,
  NP_BARRIERS,
  PRONOUNS,
  TIME_WORDS,
  VERB_CUES,
} from './lexicon.js';

/** A token index range `[i, j]` (both included). */
export interface TokSpan {
  i: number;
  j: number;
}

const FRONTED = new Set(['throughout', 'across', 'among', 'over', 'within', 'beyond', 'around', 'against', 'given', 'to', 'in', 'on', 'at', 'after', 'during', 'with', 'for', 'since', 'as', 'before', 'when', 'while', 'although', 'though', 'despite', 'because', 'if', 'unlike', 'like', 'amid', 'without', 'by', 'from', 'under', 'following', 'earlier', 'later', 'last', 'this', 'meanwhile', 'still', 'however', 'but', 'and', 'yet', 'instead', 'now', 'then', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const DASHES = new Set(['—', '–']);
const INNER_PREPS = new Set(['of', 'for', 'at', 'to']);
const QUANTIFIERS = new Set(['one', 'another', 'some', 'many', 'most', 'several', 'both', 'all', 'few', 'two', 'three', 'four', 'five', 'others']);
const RELATIVES = new Set(['who', 'that', 'which']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which']);
const JOINERS = new Set(['&', '/', '-', "'", '’', '.']);
const SKIP_ASIDES = new Set(['meanwhile', 'however', 'too', 'though', 'instead', 'also', 'then', 'in turn']);

function isWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return t.kind === 'word' || t.kind === 'num';
}

/** True when token `k` can stand inside a noun phrase (walking from its right end). */
function npToken(ctx: Ctx, k: number, lo: number): boolean {
  const t = ctx.toks[k];
  if (t.kind === 'num') return true;
  if (t.kind === 'punct') {
    if (!JOINERS.has(t.text) || k <= lo || !isWord(ctx, k - 1)) return false;
    // "Sanders’ campaign": a plural possessive
    if ((t.text === '’' || t.text === "'") && ctx.toks[k - 1].end === t.start && /s$/.test(ctx.toks[k - 1].lower) && ctx.toks[k + 1]?.kind === 'word') return true;
    // "anti-Muslim" joins, "CHICAGO - Rahm" (a dateline) does not
    return t.text === '&' || (ctx.toks[k - 1].end === t.start && ctx.toks[k + 1]?.start === t.end);
  }
  if (t.kind !== 'word') return false;
  if (t.cap && !NP_BARRIERS.has(t.lower) && !CONNECTIVES.has(t.lower)) return true;
  // "Theresa May", "George Will": a capitalised function word after a name is part of it
  if (t.cap && k > lo && ctx.toks[k - 1].kind === 'word' && ctx.toks[k - 1].cap && !NP_BARRIERS.has(ctx.toks[k - 1].lower) && !CONNECTIVES.has(ctx.toks[k - 1].lower)) return true;
  if (INNER_PREPS.has(t.lower)) return true;
  if (NP_BARRIERS.has(t.lower)) return false;
  if (t.cap) return false;
  const verb = VERB_CUES.get(t.lower);
  if (verb && verb.some((v) => v.form === 'past' || v.form === 'ing' || v.form === 'pp')) {
    // "the embattled president", "a leading expert": a participle right after a determiner.
    return k > lo && DETERMINERS.has(ctx.toks[k - 1].lower);
  }
  if (/(?:ed|ing)$/.test(t.lower) && t.lower.length > 5) {
    if (k <= lo) return false;
    const p = ctx.toks[k - 1];
    if (DETERMINERS.has(p.lower)) return true;
    // "Exit polling", "campaign spending": a noun in -ing after a noun or a name
    return /ing$/.test(t.lower) && p.kind === 'word' && !NP_BARRIERS.has(p.lower) && !PRONOUNS.has(p.lower) && !VERB_CUES.has(p.lower);
  }
  if (/ly$/.test(t.lower) && t.lower.length > 4) return false;
  return true;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'can', 'did', 'does', 'do', 'should', 'may', 'might', 'must']);
const ADVERBS = new Set([
  'once', 'still', 'then', 'later', 'also', 'all', 'both', 'even', 'just', 'again', 'first',
  'never', 'now', 'often', 'already', 'soon', 'finally', 'previously', 'repeatedly', 'however',
  'since', 'later',
]);

/**
 * Skips time phrases ("on Tuesday", "last week") and adverbs ("once", "both") ending at token
 * `k`; returns the new end.
 */
function skipTimeBack(ctx: Ctx, k: number, lo: number): number {
  let j = k;
  for (;;) {
    if (j < lo) break;
    const t = ctx.toks[j];
    // "who has in the past described", "who in recent years said"
    const pp = j - 2 >= lo && ['in', 'over', 'for'].includes(ctx.toks[j - 2].lower);
    if (pp && ['the', 'recent'].includes(ctx.toks[j - 1].lower) && ['past', 'meantime', 'years', 'months', 'weeks'].includes(t.lower)) {
      j -= 3;
      continue;
    }
    const day = t.cap && WEEKDAYS.has(t.lower);
    if (t.cap && !day) break;
    const adverb = ADVERBS.has(t.lower) || AUXILIARIES.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && t.lower !== 'only');
    if ((TIME_WORDS.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower)) || adverb) j--;
    else break;
  }
  // never eat the whole phrase: "This week" at sentence start is a subject only in odd text
  return j;
}

/** Trims leading prepositions/connectives and trailing joiners off an NP; null if nothing left. */
function trimNp(ctx: Ctx, i: number, j: number): TokSpan | null {
  while (i <= j) {
    const t = ctx.toks[i];
    if (t.kind === 'punct' || INNER_PREPS.has(t.lower) || CONNECTIVES.has(t.lower)) i++;
    else break;
  }
  while (j >= i && (ctx.toks[j].kind === 'punct' || INNER_PREPS.has(ctx.toks[j].lower))) {
    if (ctx.toks[j].text === ')' && ctx.toks.slice(i, j).some((t) => t.text === '(')) break;
    if (ctx.toks[j].text === '.' && j > i && ctx.toks[j - 1].end === ctx.toks[j].start && ctx.toks[j + 1]?.text === ')') break;
    j--;
  }
  if (j < i) return null;
  // Determiners alone are not a source.
  let content = false;
  for (let k = i; k <= j; k++) {
    const t = ctx.toks[k];
    if (t.kind === 'word' && (!DETERMINERS.has(t.lower) || QUANTIFIERS.has(t.lower))) content = true;
    if (t.kind === 'num') content = true;
  }
  return content ? { i, j } : null;
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half']);

/** True for a number in digits or words. */
function numberish(t: Token): boolean {
  return t.kind === 'num' || (t.kind === 'word' && NUMBER_WORDS.has(t.lower));
}

/** The bare noun phrase ending at token `k` (no commas), or null. */
function npEndingAt(ctx: Ctx, k: number, lo: number, max = 12): TokSpan | null {
  if (k < lo) return null;
  const last = ctx.toks[k];
  if (last.kind === 'word' && PRONOUNS.has(last.lower) && !DETERMINERS.has(last.lower)) {
    return { i: k, j: k };
  }
  if (last.kind === 'word' && (last.lower === 'this' || last.lower === 'that')) return { i: k, j: k };
  let i = k;
  if (k > lo && last.kind === 'word' && !last.cap && /ed$/.test(last.lower) && ctx.toks[k - 1].kind === 'word' && (ctx.toks[k - 1].cap || /s$/.test(ctx.toks[k - 1].lower)) && !NP_BARRIERS.has(ctx.toks[k - 1].lower)) {
    i = k - 1; // "Cuban-Americans polled said": a participle after its noun
  }
  for (;;) {
    while (i >= lo && k - i < max && npToken(ctx, i, lo)) i--;
    if (i < lo || k - i >= max) break;
    const t = ctx.toks[i];
    // "(R-Ky.)" inside a name: jump over the parentheses
    if (t.text === ')') {
      let p = i - 1;
      while (p >= lo && i - p < 8 && ctx.toks[p].text !== '(') p--;
      if (p > lo && ctx.toks[p].text === '(' && npToken(ctx, p - 1, lo)) {
        i = p - 1;
        continue;
      }
      break;
    }
    // "Six in 10 say", "three out of four voters said": a proportion
    if ((t.lower === 'in' || t.lower === 'of') && i > lo && i < k && numberish(ctx.toks[i - 1]) && numberish(ctx.toks[i + 1])) {
      i--;
      continue;
    }
    // "Hawkins and others": coordination of names
    if (t.lower === 'and' && i > lo && i < k && ctx.toks[i - 1].cap && ctx.toks[i - 1].kind === 'word' && !NP_BARRIERS.has(ctx.toks[i - 1].lower) && !CONNECTIVES.has(ctx.toks[i - 1].lower)) {
      i--;
      continue;
    }
    // "Hawkins and others who want to ban abortion said": the head before the relative clause
    if (RELATIVES.has(t.lower) && i < k && i > lo && npToken(ctx, i - 1, lo) && !VERB_CUES.has(ctx.toks[i - 1].lower)) {
      const head = npEndingAt(ctx, i - 1, lo, max);
      if (head) return head;
    }
    break;
  }
  const np = trimNp(ctx, i + 1, k);
  if (np) return np;
  // "The groups who wrote to her say": the head before a relative clause without commas
  for (let p = i; p >= lo && i - p < 12; p--) {
    const t = ctx.toks[p];
    if (t.kind === 'punct' || t.kind === 'quote') break;
    if (RELATIVES.has(t.lower) && p > lo && npToken(ctx, p - 1, lo)) return npEndingAt(ctx, p - 1, lo, max);
  }
  return null;
}

/** True when the comma-delimited segment `[i, j]` reads as an apposition (a title, an age, a place). */
function apposition(ctx: Ctx, i: number, j: number): boolean {
  // a longer one only with a relative clause: "an expert who now studies the cyber activities
  // of nations at the Center for Strategic and International Studies"
  if (j < i || j - i > 28) return false;
  if (j - i > 16 && !ctx.toks.slice(i + 2, j + 1).some((t) => RELATIVES.has(t.lower))) return false;
  const first = ctx.toks[i];
  if (first.kind === 'num') return j - i <= 1;
  if (first.lower === 'who' || first.lower === 'which' || first.lower === 'whose') return false;
  let relative = false;
  for (let k = i; k <= j; k++) {
    const t = ctx.toks[k];
    if (t.kind === 'quote' || (t.kind === 'punct' && !JOINERS.has(t.text))) return false;
    // "a conservative group that has sued the department": a relative clause inside the
    // apposition may hold verbs
    if (k > i + 1 && RELATIVES.has(t.lower)) relative = true;
    if (relative) continue;
    if (t.kind === 'word' && !t.cap && VERB_CUES.has(t.lower) && !DETERMINERS.has(ctx.toks[k - 1]?.lower ?? '')) {
      const forms = VERB_CUES.get(t.lower) ?? [];
      if (forms.some((f) => f.form === 'past' || f.form === 's')) return false;
    }
    if (['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would'].includes(t.lower)) return false;
  }
  return true;
  if (DETERMINERS.has(first.lower) || first.lower === 'of' || first.cap) return true;
  return j - i <= 4;
}

/** True when token `k` opens a relative clause (`who`, `which`, `whose`). */
function relativeAt(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return !!t && (t.lower === 'who' || t.lower === 'which' || t.lower === 'whose');
}

/** The index of the comma that opens the comma-delimited segment ending at comma `k`, or -1. */
function previousComma(ctx: Ctx, k: number, lo: number): number {
  for (let p = k - 1; p >= lo && k - p < 30; p--) {
    const t = ctx.toks[p];
    if (t.text === ',') return p;
    // a full stop inside a sentence closes an abbreviation ("McConnell, R-Ky., said")
    const abbreviation = t.text === '.' && p > lo && ctx.toks[p - 1].kind === 'word' && ctx.toks[p - 1].end === t.start;
    if (t.kind === 'quote' || (t.text === '.' && !abbreviation) || t.text === ';' || t.text === ':') return -1;
  }
  return -1;
}

/**
 * The source noun phrase that ends just before token `k` (the first token of the cue), with
 * appositions (`Jane Doe, 54, the mayor,`) and skipping relative clauses and time phrases.
 * Returns null when the words before the cue are not a noun phrase.
 */
export function sourceBefore(ctx: Ctx, k: number, sent: TokRange): TokSpan | null {
  const lo = sent.a;
  let e = skipTimeBack(ctx, k - 1, lo);
  if (e < lo) return null;
  let end = e;
  // "insiders in two states — Nevada and Ohio — said": the NP with its dashed insertion
  if (DASHES.has(ctx.toks[e].text)) {
    for (let p = e - 1; p > lo && e - p < 20; p--) {
      const t = ctx.toks[p];
      if (t.kind === 'quote' || t.text === ',' || t.text === '.') break;
      if (DASHES.has(t.text)) {
        const head = npEndingAt(ctx, p - 1, lo);
        return head ? { i: head.i, j: e } : null;
      }
    }
    return null;
  }
  // ", meanwhile," / ", who ... ," between the subject and its verb
  if (ctx.toks[e].text === ',') {
    const p = previousComma(ctx, e, lo);
    if (p >= lo) {
      const segFirst = ctx.toks[p + 1];
      if (p + 1 === e - 1 && SKIP_ASIDES.has(ctx.toks[e - 1].lower)) {
        e = p - 1;
        end = e;
      } else if (relativeAt(ctx, p + 1) || apposition(ctx, p + 1, e - 1)) {
        // Walk further over stacked appositions: "Cory James, 22, of Flint, Mich., said",
        // "Jo Lee, 58, who lives in Ohio, said" (a relative clause is left out of the source)
        let q = p;
        for (let n = 0; n < 3; n++) {
          const p2 = previousComma(ctx, q, lo);
          if (p2 < lo || !apposition(ctx, p2 + 1, q - 1)) break;
          const head = npEndingAt(ctx, p2 - 1, lo);
          if (!head) break;
          q = p2;
        }
        const head = npEndingAt(ctx, q - 1, lo);
        if (head) return { i: head.i, j: relativeAt(ctx, p + 1) ? p - 1 : e };
        return null;
      } else {
        return null;
      }
      if (e < lo) return null;
    } else {
      return null;
    }
  }
  const np = npEndingAt(ctx, end, lo);
  // "A Bloomberg poll in June showed": the noun phrase before a time phrase
  if (np && np.i === np.j && np.i - 2 >= lo && TIME_PREPS.has(ctx.toks[np.i - 1].lower) && timeWord(ctx.toks[np.i])) {
    const head = npEndingAt(ctx, np.i - 2, lo);
    if (head) return { i: head.i, j: np.j };
  }
  return np;
}

const TIME_PREPS = new Set(['in', 'on', 'during', 'since']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** True for a month, a weekday or a year. */
function timeWord(t: Token): boolean {
  return (t.kind === 'word' && (MONTHS.has(t.lower) || WEEKDAYS.has(t.lower))) || (t.kind === 'num' && /^(?:19|20)\d\d$/.test(t.text));
}

const AFTER_STOPS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'who', 'which', 'as', 'adding',
  'because', 'saying', 'that', 'last', 'this', 'earlier', 'told', 'said', 'says', 'and', 'but',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'noting', 'via', 'with', 'since', 'if', 'about', 'to',
]);

/** Words that end a loose source ({@link sourceAfter} after `according to`). */
const LOOSE_STOPS = ['who', 'which', 'that', 'because', 'and', 'but', 'when', 'while', 'if'];

/** True when token `t` ends the source that {@link sourceAfter} reads from token `k`. */
function stopsSource(ctx: Ctx, k: number, t: number, loose: boolean): boolean {
  const tok = ctx.toks[t];
  if (tok.kind === 'quote') return true;
  if (tok.kind === 'punct') return !JOINERS.has(tok.text) || tok.text === '.';
  if (t === k) return false;
  if (loose) return LOOSE_STOPS.includes(tok.lower);
  return AFTER_STOPS.has(tok.lower);
}

/**
 * The source noun phrase that starts at token `k` (after a cue: `said Jane Doe, the mayor.`,
 * `according to a poll released Monday`). `loose` allows participial modifiers and inner
 * prepositions (used after `according to`).
 */
export function sourceAfter(ctx: Ctx, k: number, sent: TokRange, loose = false): TokSpan | null {
  const hi = sent.b;
  let j = k;
  while (j < hi && j - k < 20 && !stopsSource(ctx, k, j, loose)) j++;
  if (j === k) return null;
  let end = j - 1;
  // appositions after commas: "said Jane Doe, the city's mayor, who ..."
  let c = j;
  for (let n = 0; n < 3 && c < hi && ctx.toks[c].text === ',' && c + 1 < hi; n++) {
    let m = c + 1;
    while (m < hi && m - c < 30 && ctx.toks[m].text !== ',' && ctx.toks[m].text !== '.' && ctx.toks[m].kind !== 'quote' && ctx.toks[m].text !== ';') m++;
    const first = ctx.toks[c + 1];
    const relative = first.lower === 'who' || first.lower === 'whose';
    if (!relative && (!apposition(ctx, c + 1, m - 1) || AFTER_STOPS.has(first.lower))) break;
    if (loose && !relative && (!DETERMINERS.has(first.lower) || ctx.toks[m]?.text !== ',')) break;
    end = m - 1;
    c = m;
  }
  return trimNp(ctx, k, end);
}

/**
 * The subject of the clause that contains token `k`: the noun phrase at the start of the
 * sentence (after connectives and a fronted phrase ending in a comma). Used for participial
 * cues (`..., adding that ...`) with no earlier source in the sentence.
 */
export function clauseSubject(ctx: Ctx, k: number, sent: TokRange): TokSpan | null {
  let i = sent.a;
  // a dateline: "ORLANDO, Fla. (Reuters) - President Obama met ... and said", "WASHINGTON,
  // Dec. 8 (UPI) — ..."
  for (let p = i; p < k && p - i < 10; p++) {
    const t = ctx.toks[p];
    if ((t.text === '-' || DASHES.has(t.text)) && p > i && (p + 1 >= ctx.toks.length || ctx.toks[p + 1].start > t.end)) {
      i = p + 1;
      break;
    }
    if (!((t.kind === 'word' && t.cap) || t.kind === 'num' || (t.kind === 'punct' && ['(', ')', ',', '.'].includes(t.text)))) break;
  }
  while (i < k && CONNECTIVES.has(ctx.toks[i].lower)) i++;
  // skip fronted phrases: "On Thursday, after remaining neutral, the senator ..."
  for (let n = 0; n < 3; n++) {
    let moved = false;
    for (let p = i; p < k && p - i < 14; p++) {
      if (ctx.toks[p].text === ',') {
        // a fronted phrase opens with a preposition, an adverb or a participle; a subject
        // ("he gave a speech, predicting ...", "the senator spoke, adding ...") is not skipped
        const first = ctx.toks[i];
        if (FRONTED.has(first.lower) || /^[a-z]{3,}(?:ing|ed|ly)$/.test(first.lower) || (!first.cap && !SUBJECT_PRONOUNS.has(first.lower) && !DETERMINERS.has(first.lower))) {
          i = p + 1;
          moved = true;
        }
        break;
      }
    }
    if (!moved) break;
  }
  if (i >= k) return null;
  const first = ctx.toks[i];
  if (first.kind === 'word' && SUBJECT_PRONOUNS.has(first.lower)) return { i, j: i };
  let j = i;
  let sawName = false;
  while (j < k && j - i < 10) {
    const t = ctx.toks[j];
    if (sawName && t.kind === 'word' && !t.cap && t.lower !== 'of' && !DETERMINERS.has(t.lower)) break;
    if (t.kind === 'word' && t.cap && j > i) sawName = true;
    if (t.kind === 'word' && (t.cap || DETERMINERS.has(t.lower) || t.lower === 'of')) {
      if (j > i && NP_BARRIERS.has(t.lower)) break;
      j++;
      continue;
    }
    if (t.kind === 'punct' && JOINERS.has(t.text) && t.text !== '.') {
      j++;
      continue;
    }
    if (t.kind === 'word' && !NP_BARRIERS.has(t.lower) && !VERB_CUES.has(t.lower) && !/(?:ed|ly)$/.test(t.lower)) {
      j++;
      continue;
    }
    break;
  }
  return trimNp(ctx, i, j - 1);
}
