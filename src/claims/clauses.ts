/**
 * Clause splitting: a sentence that carries several facts yields one span per fact.
 *
 * - coordinated clauses and predicates: "A happened; B happened", "A happened, and B did",
 *   "X did A and seized B", "that A but that B", "A, while B", "A or there was B";
 * - subordinate and participial clauses: "A after sinking B", "A, causing B", a fronted
 *   "Though A, B" or "Seeing A, B", and an absolute "A, with B doing C";
 * - relative clauses carrying their own fact: "the ship, which was carrying 30 crew, sank"
 *   gives the relative clause as its own span and the main clause around it;
 * - lists after "included" / "including" / "such as" / a colon: each item its own span.
 *
 * A split needs a verb (or a participle) on the right-hand side and enough words on both sides;
 * everything else stays one clause. Spans run from a clause's first to its last token, so
 * offsets stay exact; an enclosing main clause may overlap the relative clause inside it.
 */
import type { Span } from '../types.js';
import type { Token } from '../nlp/tokenize.js';
import { isStopword } from '../nlp/stopwords.js';
import { AUXILIARIES, DETERMINERS, IRREGULAR_PAST } from './lexicon.js';

/** Conjunctions that open a new clause after a comma. */
const AFTER_COMMA = new Set(['and', 'but', 'or', 'while', 'as', 'after', 'when', 'whereas', 'although', 'though', 'before', 'because', 'so', 'then', 'since', 'until', 'yet', 'even']);
/** Subordinators that open a new clause even without a comma. */
const BARE = new Set(['as', 'while', 'after', 'when', 'because', 'before', 'whereas', 'although', 'though']);
/** Openers after a comma that always start a clause: their verb may come after a long subject. */
const STRONG = new Set(['while', 'whereas', 'but', 'although', 'though', 'yet']);
/** Subject pronouns: after the comma closing a relative clause, a new clause starts with one. */
const SUBJECTS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'this', 'there']);
/** Subordinators that, opening a sentence, make its first comma a clause boundary. */
const FRONTED = new Set(['though', 'although', 'while', 'when', 'after', 'as', 'because', 'since', 'if', 'despite', 'before', 'once', 'following', 'on', 'having']);
/** Words after `as` that make it a comparison or a fixed phrase, not a clause opener. */
const AS_FIXED = new Set(['well', 'many', 'much', 'soon', 'long', 'early', 'far', 'few', 'little', 'part', 'usual', 'if', 'though', 'of', 'a', 'an', 'to', 'for', 'in', 'recently', 'late', 'high', 'low', 'such', 'it']);
/** Capitalised words that may open a clause after a bare subordinator ("after The ..." is rare; "after He ..." never). */
const SUBJECT_CAPS = new Set(['the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'his', 'her', 'their', 'its']);
/** Relative pronouns. */
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where']);
/** Words that introduce a list of items. */
const LIST_HEADS = new Set(['include', 'included', 'includes', 'including']);
/** Words before a `that` that make it a complement or a degree word, not a relative pronoun. */
const NOT_RELATIVE_HEAD = new Set(['so', 'such', 'now', 'and', 'but', 'or', 'is', 'was', 'said', 'says', 'say', 'told', 'believe', 'believed', 'think', 'thought', 'known', 'know', 'knew', 'clear', 'sure', 'fact', 'given', 'than', 'after', 'before', 'because', 'saying', 'claims', 'claimed', 'reported', 'reports', 'announced', 'added', 'stated', 'noted', 'confirmed', 'warned', 'insisted', 'denied', 'admitted', 'revealed', 'showed', 'shows', 'found', 'suggest', 'suggests', 'suggested', 'means', 'meant', 'hope', 'hoped', 'feared', 'fear', 'ensure', 'ensured', 'indicate', 'indicated', 'agreed', 'decided', 'realised', 'realized', 'learned', 'learnt', 'argued', 'explained', 'estimated', 'expected', 'likely', 'possible', 'likely', 'true', 'aware']);
const MIN_TOKENS = 3;
const LOOKAHEAD = 10;

/** True when token `i` looks like a finite or participle verb (heuristic, no tagger). */
export function verbLike(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return false;
  const w = t.norm;
  if (AUXILIARIES.has(w) || IRREGULAR_PAST.has(w)) return true;
  const prev = tokens[i - 1]?.norm;
  if (w.length >= 5 && w.endsWith('ed') && !(prev && DETERMINERS.has(prev))) return !t.cap || i === 0;
  return false;
}

/**
 * True when token `i` is a lowercase `-ing` participle ("sinking", "causing"); after a
 * determiner it is a noun ("the meeting", "a hearing").
 */
function participle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || (t.cap && i > 0)) return false;
  if (i > 0 && DETERMINERS.has(tokens[i - 1].norm)) return false;
  const w = t.norm;
  return w.length >= 6 && w.endsWith('ing') && w !== 'including' && w !== 'according' && w !== 'during' && w !== 'morning' && w !== 'evening' && w !== 'something' && w !== 'nothing' && w !== 'anything' && w !== 'everything';
}

/**
 * True when a token in `[from, to)` looks like a verb or a participle. The windows of one token
 * list overlap (each opener looks ahead), so the first such token from each index on is found
 * once per list ({@link nextVerbs}) and each window is then one comparison.
 */
function verbWithin(tokens: readonly Token[], from: number, to: number): boolean {
  const end = Math.min(to, tokens.length);
  if (from >= end) return false;
  if (tokens !== verbsOf) nextVerbs(tokens);
  return nextVerb[from] < end;
}

/** The token list {@link nextVerb} was filled for (token lists are never changed once made). */
let verbsOf: readonly Token[] | null = null;
/** For each index of {@link verbsOf}: the first index from it on of a verb or participle, or the list's length. */
let nextVerb = new Int32Array(256);

/** Fills {@link nextVerb} for `tokens`. */
function nextVerbs(tokens: readonly Token[]): void {
  const n = tokens.length;
  if (nextVerb.length < n + 1) nextVerb = new Int32Array(2 * n + 1);
  let next = n;
  nextVerb[n] = n;
  for (let k = n - 1; k >= 0; k--) {
    if (verbLike(tokens, k) || participle(tokens, k)) next = k;
    nextVerb[k] = next;
  }
  verbsOf = tokens;
}

/** A clause as a half-open token range. */
interface Piece {
  from: number;
  to: number;
}

const COMMA = 44;
const SEMICOLON = 59;
const COLON = 58;

/** True when the text between token `j` and the one before it holds the character `code` (none before the first). */
function gapHas(text: string, tokens: readonly Token[], j: number, code: number): boolean {
  if (j <= 0) return false;
  const end = tokens[j].start;
  for (let k = tokens[j - 1].end; k < end; k++) if (text.charCodeAt(k) === code) return true;
  return false;
}

/**
 * The token index a new clause starts at when one starts at token `j` (the opener excluded),
 * or -1. `kind` tells relative clauses apart (they may close again).
 */
function cutAt(text: string, tokens: readonly Token[], j: number): { start: number; relative: boolean } | null {
  if (gapHas(text, tokens, j, SEMICOLON)) return { start: j, relative: false };
  const t = tokens[j];
  const w = t.norm;
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  const comma = gapHas(text, tokens, j, COMMA);
  // "which was", "who said": the verb follows; "where 20,000 people marched", "whose crew were":
  // a subject of its own comes first (verb within 6 words, was 3). On the ECB+ dev stories, pair
  // F1 with each story's pair model fitted without it 39.5 / 39.5 / 29.3 -> 40.1 / 39.9 / 29.3
  // (8 / 12 / 30), held-out subsets of 2 / 3 / 4 articles 36.7 / 37.6 / 35.7 -> 36.8 / 37.8 / 35.8.
  if (comma && RELATIVE.has(w) && verbWithin(tokens, j + 1, j + (w === 'where' || w === 'whose' ? 7 : 4))) return { start: j, relative: true };
  if (!comma && w === 'that' && prev && prev.kind === 'word' && !NOT_RELATIVE_HEAD.has(prev.norm) && !verbLike(tokens, j - 1) && next && verbLike(tokens, j + 1)) {
    return { start: j, relative: true };
  }
  if (comma && participle(tokens, j)) return { start: j, relative: false };
  if (comma && w === 'with' && tokens.length - j > MIN_TOKENS) return { start: j + 1, relative: false };
  if ((w === 'and' || w === 'but' || w === 'or') && next) {
    if (next.norm === 'that' || next.norm === 'there') return { start: j + 2, relative: false };
    if (!comma && verbLike(tokens, j + 1) && !AUXILIARIES.has(next.norm)) return { start: j + 1, relative: false };
  }
  const opener = comma ? AFTER_COMMA.has(w) : BARE.has(w);
  if (!opener) return null;
  // "before Sunday", "after 1990": a bare subordinator before a name or a number heads a phrase.
  if (!comma && next && (next.kind === 'number' || (next.cap && !SUBJECT_CAPS.has(next.norm)))) return null;
  if (w === 'as' && (AS_FIXED.has(next?.norm ?? '') || ['such', 'same', 'well', 'just', 'so'].includes(prev?.norm ?? ''))) return null;
  if (w === 'even' && next?.norm !== 'though' && next?.norm !== 'as') return null;
  const from = w === 'even' ? j + 2 : j + 1;
  return verbWithin(tokens, from, from + (comma && STRONG.has(w) ? 2 * LOOKAHEAD : LOOKAHEAD)) ? { start: from, relative: false } : null;
}

/**
 * Where a non-restrictive relative clause opened at `j` ends: at the comma after which the main
 * clause resumes ("the cut, which is located in X, remains unclear": `resume`), or at the comma
 * after which a new clause starts with its subject ("..., which links X, it is ..."). Null when
 * it runs to the end of the region.
 */
function relativeClose(text: string, tokens: readonly Token[], j: number): { close: number; resume: boolean } | null {
  for (let k = j + 2; k < tokens.length; k++) {
    if (gapHas(text, tokens, k, SEMICOLON)) return null;
    if (!gapHas(text, tokens, k, COMMA)) continue;
    const t = tokens[k];
    if (t.kind !== 'word' || participle(tokens, k) || RELATIVE.has(t.norm)) continue;
    if (verbLike(tokens, k) || (!t.cap && !isStopword(t.norm))) return { close: k, resume: true };
    if (SUBJECTS.has(t.norm) && verbWithin(tokens, k + 1, k + 4)) return { close: k, resume: false };
  }
  return null;
}

/** True when token `i` is a finite auxiliary (list items carry none). */
function finite(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.kind === 'word' && AUXILIARIES.has(tokens[i].norm);
}

/** List items after a list head ("included A, B, C and D"): their token ranges, or none. */
function listItems(text: string, tokens: readonly Token[], head: number): Piece[] {
  const items: Piece[] = [];
  let from = head + 1;
  for (let k = head + 2; k <= tokens.length; k++) {
    const end = k === tokens.length || gapHas(text, tokens, k, COMMA) || ((tokens[k].norm === 'and' || tokens[k].norm === 'or') && k > from);
    if (!end) continue;
    let verb = false;
    for (let x = from; x < k; x++) verb ||= finite(tokens, x) || RELATIVE.has(tokens[x].norm);
    if (k - from > 8 || k - from < 2 || verb) return items.length >= 3 ? items : [];
    items.push({ from, to: k });
    if (k < tokens.length && (tokens[k].norm === 'and' || tokens[k].norm === 'or')) k++;
    from = k;
  }
  return items.length >= 3 ? items : [];
}

/**
 * Splits the tokens of one region (a sentence or an attribution's content) into clause spans.
 * `text` is the article text the tokens point into. Returns at least one span when there are
 * tokens, in order of their start; a main clause may contain a relative clause also returned.
 */
export function splitClauses(text: string, tokens: readonly Token[]): Span[] {
  if (tokens.length === 0) return [];
  const pieces: Piece[] = [];
  const inner: Piece[] = [];
  let from = 0;
  // A fronted subordinate or participial clause ends at the sentence's first comma.
  if (FRONTED.has(tokens[0].norm) || participle(tokens, 0)) {
    // The first comma with a verb before it (since the opener) and after it.
    let seen = participle(tokens, 0);
    for (let k = 1; k < tokens.length - MIN_TOKENS; k++) {
      if (gapHas(text, tokens, k, COMMA) && seen && k >= MIN_TOKENS && verbWithin(tokens, k, tokens.length)) {
        pieces.push({ from, to: k });
        from = k;
        break;
      }
      seen ||= verbLike(tokens, k) || participle(tokens, k);
    }
  }
  for (let j = Math.max(1, from + 1); j < tokens.length; j++) {
    const w = tokens[j].norm;
    if (LIST_HEADS.has(w) || (gapHas(text, tokens, j, COLON) && j - from >= MIN_TOKENS)) {
      const head = LIST_HEADS.has(w) ? j : j - 1;
      const items = listItems(text, tokens, head);
      if (items.length > 0 && j - from >= 2) {
        // The head clause keeps the first item ("The arms included seven rifles").
        items[0] = { from, to: items[0].to };
        from = items[0].from;
        pieces.push(...items.slice(0, -1));
        from = items[items.length - 1].from;
        j = items[items.length - 1].to;
        continue;
      }
    }
    const c = cutAt(text, tokens, j);
    if (!c) continue;
    if (j - from < (c.relative ? 1 : MIN_TOKENS) || tokens.length - c.start < MIN_TOKENS) continue;
    if (c.relative) {
      const rc = relativeClose(text, tokens, j);
      if (rc && rc.close - j >= MIN_TOKENS) {
        if (rc.resume) {
          inner.push({ from: j, to: rc.close });
          j = rc.close - 1;
          continue;
        }
        pieces.push({ from, to: j });
        pieces.push({ from: j, to: rc.close });
        from = rc.close;
        j = rc.close;
        continue;
      }
    }
    pieces.push({ from, to: j });
    from = c.start;
    j = c.start;
  }
  pieces.push({ from, to: tokens.length });
  const spans: Span[] = [];
  for (const p of [...pieces, ...inner]) {
    let end = p.to - 1;
    // The clause ends at the last token before the opener (or the `;`).
    while (end > p.from && (BARE.has(tokens[end].norm) || AFTER_COMMA.has(tokens[end].norm) || tokens[end].norm === 'with')) end--;
    if (end < p.from) continue;
    spans.push({ start: tokens[p.from].start, end: tokens[end].end });
  }
  return spans.sort((x, y) => x.start - y.start || y.end - x.end);
}
