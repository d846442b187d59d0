/**
 * Content span finders: where the content of a cue starts and ends. After the cue it runs to
 * the end of its clause (the sentence end, a `;`, `, but`, `, which`, a participial `, noting`,
 * a fronted subordinate clause's comma); a quotation opened in it runs to its closing mark; a
 * quotation before the cue is the content, and may go on after the cue (`"...," she said,
 * "..."`) or in the next sentence of the same paragraph.
 */
import type { TextSpan } from '../../types.js';
import { charSpan, type Ctx, type FrameEnv } from './context.js';
import type { Cue } from './cues.js';
import { CONNECTIVES, OBJECT_PRONOUNS, TIME_WORDS, VERB_CUES, type CueClass } from './lexicon.js';
import { quoteAt } from './quotes.js';

/** Prepositions of a phrase that may follow a cue and end its clause (`wrote in a filing.`). */
const POST_PREPS = new Set(['in', 'on', 'at', 'during', 'via']);

/** Words that can make up the addressee of `told`: `told reporters`, `told the crowd`. */
export const ADDRESSEE_WORDS = new Set([
  'reporters', 'journalists', 'supporters', 'voters', 'the', 'a', 'an', 'his', 'her', 'their',
  'crowd', 'audience', 'students', 'members', 'lawmakers', 'colleagues', 'viewers', 'listeners',
]);

/**
 * Like {@link skipPostModifiers}, and also over a prepositional phrase that runs to the end of
 * the clause ("wrote in a court filing."): used only to decide whether the clause ends there.
 */
export function skipToClauseEnd(env: FrameEnv, k: number): number {
  const { toks } = env.ctx;
  const b = env.sent.b;
  k = skipPostModifiers(env, k);
  if (k < b && POST_PREPS.has(toks[k].lower)) {
    let p = k + 1;
    while (p < b && p - k < 8 && toks[p].kind !== 'punct' && toks[p].kind !== 'quote' && toks[p].lower !== 'that') p++;
    if (p > k + 1 && (p >= b || toks[p].text === '.' || toks[p].text === ',')) return skipPostModifiers(env, p);
  }
  return k;
}

/** Index of the first token after post-cue modifiers (`on Tuesday`, `in an interview`). */
export function skipPostModifiers(env: FrameEnv, k: number): number {
  const { toks } = env.ctx;
  const b = env.sent.b;
  for (;;) {
    if (k + 1 < b && toks[k].lower === 'on' && ['twitter', 'facebook', 'instagram', 'cnn', 'fox', 'msnbc'].includes(toks[k + 1].lower)) {
      k += 2;
      continue;
    }
    if (k < b && TIME_WORDS.has(toks[k].lower) && toks[k].lower !== 'this') {
      k++;
      continue;
    }
    if (k + 2 < b && toks[k].lower === 'in' && ['an', 'a', 'his', 'her', 'their'].includes(toks[k + 1].lower)) {
      const w = toks[k + 2].lower;
      if (['interview', 'statement', 'speech', 'email', 'tweet', 'post', 'letter', 'memo', 'op-ed', 'release'].includes(w)) {
        k += 3;
        continue;
      }
    }
    return k;
  }
}

/** Words after a comma that continue the object of a stance cue. */
const OBJECT_GOES_ON = new Set(['including', 'particularly', 'especially', 'though', 'not']);

/** True when token `p` ends the object of a stance cue: a dash, or `by` + -ing. */
function objectEnds(ctx: Ctx, p: number): boolean {
  const t = ctx.toks[p];
  if (t.text === '—' || t.text === '–') return true;
  const nx = ctx.toks[p + 1];
  return t.lower === 'by' && !!nx && nx.kind === 'word' && /ing$/.test(nx.lower) && nx.lower.length > 5;
}

const SUBORDINATORS = new Set(['while', 'although', 'though', 'when', 'if', 'after', 'before', 'because', 'since', 'whereas', 'as', 'unless', 'once', 'until', 'whether']);
const CUT_AFTER_COMMA = new Set(['but', 'which', 'while', 'though', 'although', 'whereas', 'who', 'even', 'where', 'despite']);

/** Finite verbs that can open a main clause after a relative clause. */
const MAIN_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might']);

/** Subject pronouns that open a coordinated clause of their own (", and he ..."). */
const NEW_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);

/** Words that open an insertion between commas (`, which ...,`, `, even as a candidate,`). */
const INSERTION_OPENERS = new Set(['which', 'who', 'even']);
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', "'s", "'re", "won't", "can't", "don't", "doesn't", "didn't"]);

/** True when tokens `[a, b)` outside quotations hold a finite verb (roughly: an auxiliary, a past or -s cue verb, an -ed word). */
export function finiteVerbIn(ctx: Ctx, a: number, b: number): boolean {
  for (let p = a; p < b; p++) {
    const t = ctx.toks[p];
    if (t.kind !== 'word' || t.cap) continue;
    if (FINITE.has(t.lower) || (/ed$/.test(t.lower) && t.lower.length > 4)) return true;
    const v = VERB_CUES.get(t.lower);
    if (v && v.some((e) => e.form === 'past' || e.form === 's')) return true;
  }
  return false;
}

/** The comma that closes the insertion opened by the comma at `p` (before `end`), or -1. */
function insertionEnd(ctx: Ctx, p: number, end: number): number {
  for (let q = p + 2; q < end && q - p < 25; q++) {
    const t = ctx.toks[q];
    if (t.text === ';' || t.text === ':' || t.text === '.') return -1;
    if (t.text === ',' && !quoteAt(ctx.quotes, t.start)) return q + 1 < end && ctx.toks[q + 1].kind === 'word' ? q : -1;
  }
  return -1;
}

/** True when token `k` starts a new verb phrase ("... and said", "... but noted"). */
function verbAhead(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || t.kind !== 'word' || t.cap) return false;
  const v = VERB_CUES.get(t.lower);
  if (v && v.some((e) => e.form === 'past' || e.form === 's')) return true;
  return false;
}

/**
 * The end (exclusive, chars) of the content that starts at token `k` and runs to the end of
 * its clause: the sentence end, or a clause boundary (`;`, a dash, `, but`, `, which`, a
 * participial `, noting ...`, `and said ...`), or, for stance cues, the end of the object.
 */
export function contentEnd(env: FrameEnv, k: number, cls?: CueClass, cueStart?: number): number {
  const { ctx, sent, next } = env;
  const { toks } = ctx;
  let endTok = sent.b - 1;
  if (next && next.i > k && (next.form === 'ing' || (next.type === 'phrase' && next.sourceSide === 'after'))) {
    // stop at ", adding ..." / ", according to ..."
    const p = next.i - 1;
    // not when only "that" precedes: "writes that, according to Y, Z" keeps the whole chain
    if (p > k + 1 && toks[p].text === ',' && !(p === k + 1 && toks[k].lower === 'that')) endTok = p - 1;
  }
  // "X said A, and others said B": stop before the coordinated clause of the next cue
  if (next && next.i > k && next.type === 'verb' && next.form !== 'ing') {
    for (let p = next.i - 1; p > k; p--) {
      const t = toks[p];
      if (quoteAt(ctx.quotes, t.start)) continue;
      if (t.lower === 'and' || t.lower === 'but' || t.text === ';') {
        endTok = Math.min(endTok, p - 1);
        break;
      }
      if (t.kind === 'punct' && t.text !== '.' && t.text !== '-') break;
    }
  }
  // "While she never mentioned him by name, Clinton ...": a fronted subordinate clause ends
  // at its comma
  let first = sent.a;
  while (first < k && CONNECTIVES.has(toks[first].lower) && !SUBORDINATORS.has(toks[first].lower)) first++;
  // ... or a fronted participial clause: "Asked about the plan, she said ..."
  let inFront = SUBORDINATORS.has(toks[first]?.lower ?? '') || (cueStart !== undefined && cueStart <= first);
  for (let p = first; inFront && p < k; p++) if (toks[p].text === ',') inFront = false;
  if (inFront) {
    for (let p = k; p < endTok; p++) {
      if (toks[p].text === ',' && !quoteAt(ctx.quotes, toks[p].start)) {
        endTok = p - 1;
        break;
      }
    }
  }
  // a quotation opened at the start of the content may run past the sentence
  const q0 = quoteAt(ctx.quotes, toks[k].start);
  if (q0 && q0.start === toks[k].start && q0.end > toks[endTok].end) return q0.end;
  // cut at a clause boundary outside quotations
  for (let p = k + 1; p < endTok; p++) {
    const t = toks[p];
    if (t.kind === 'quote' && toks[p - 1].text === ',' && p > k + 2 && toks[p + 1]?.kind === 'word') {
      // '... that he has "expanded the party," claiming ...': a quotation closed by a comma ends
      // the content
      const q = quoteAt(ctx.quotes, t.start);
      if (q && q.end === t.end) {
        endTok = p;
        break;
      }
    }
    if (quoteAt(ctx.quotes, t.start)) continue;
    const nx = toks[p + 1];
    if ((cls === 'stance' || cls === 'object') && p > k && t.text === ',' && !OBJECT_GOES_ON.has(nx?.lower ?? '') && nx?.kind !== 'num') {
      // a stance cue's object ends at a comma (not at "the Sept. 11, 2001, attacks" nor at
      // ", including ...")
      endTok = p - 1;
      break;
    }
    if ((cls === 'stance' || cls === 'object') && p > k + 1 && objectEnds(ctx, p)) {
      // "... opposed the pact — one of his goals —", "dismissed the charge by pointing out"
      endTok = p - 1;
      break;
    }
    if (p < k + 2) continue;
    if (t.text === ';') {
      endTok = p - 1;
      break;
    }
    if (t.text === ',' && nx && (CUT_AFTER_COMMA.has(nx.lower) || (nx.kind === 'word' && !nx.cap && /ing$/.test(nx.lower) && nx.lower.length > 5 && nx.lower !== 'including') || nx.lower === 'compared')) {
      // "that the announcement, which some called a ploy, was an insult": an insertion in a
      // subject that has no verb yet does not end the content; skip to its closing comma
      const close = (INSERTION_OPENERS.has(nx.lower) || /ing$/.test(nx.lower)) && !finiteVerbIn(ctx, k, p) ? insertionEnd(ctx, p, endTok) : -1;
      if (close > 0) {
        p = close;
        continue;
      }
      endTok = p - 1;
      break;
    }
    if ((t.lower === 'and' || t.lower === 'but') && toks[p - 1].text === ',' && NEW_SUBJECTS.has(nx?.lower ?? '')) {
      // "... is Hillary Clinton, and he railed against ...": a new clause with its own subject
      endTok = p - 2;
      break;
    }
    if ((t.lower === 'and' || t.lower === 'but') && verbAhead(ctx, p + 1)) {
      endTok = p - 1;
      break;
    }
  }
  endTok = trimTrailingTime(env, k, endTok);
  let end = toks[Math.max(k, endTok)].end;
  // a quotation opened inside the content and still open at its end goes on
  const q = quoteAt(ctx.quotes, end - 1);
  if (q && q.start >= toks[k].start && q.end > end) end = q.end;
  return end;
}

const TRAIL_TIME = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'times',
  'ago', 'earlier', 'later',
]);
const TRAIL_LEAD = new Set(['last', 'this', 'next', 'on', 'earlier', 'several', 'two', 'three', 'many', 'early', 'late', 'same', 'the', 'a', 'that', 'friday', 'saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday']);

/** Drops a time phrase that ends the content ("endorsed Cruz last week", "said so on Monday"). */
function trimTrailingTime(env: FrameEnv, k: number, endTok: number): number {
  const { toks } = env.ctx;
  let e = endTok;
  while (e > k && toks[e].kind === 'punct' && toks[e].text === '.') e--;
  if (e <= k + 1 || !TRAIL_TIME.has(toks[e].lower) || quoteAt(env.ctx.quotes, toks[e].start)) return endTok;
  e--;
  while (e > k + 1 && TRAIL_LEAD.has(toks[e].lower)) e--;
  if (toks[e].kind !== 'word' && toks[e].kind !== 'num' && toks[e].kind !== 'quote') return endTok;
  return e;
}

const MODIFIER_START = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'to', 'with', 'while', 'from', 'last', 'this', 'earlier', 'just']);

/**
 * Skips a longer phrase between a speech cue and its content that the fixed post-modifiers do
 * not cover: "said Sunday on Fox News's "Sunday Morning Futures," CONTENT", "reported after the
 * raid: "CONTENT"", "said at a rally in Iowa that CONTENT". Returns `k` when no such phrase
 * ends in `that`, a colon or a comma within 15 tokens.
 */
function skipLongModifier(env: FrameEnv, k: number): number {
  const { toks } = env.ctx;
  const { sent } = env;
  if (k >= sent.b || !(MODIFIER_START.has(toks[k].lower) || TIME_WORDS.has(toks[k].lower))) return k;
  for (let p = k + 1; p < sent.b - 1 && p - k <= 15; p++) {
    const t = toks[p];
    if (t.lower === 'that' && !quoteAt(env.ctx.quotes, t.start)) return p;
    if (t.text === ':') return p + 1;
    if (t.text === ',') {
      const q = toks[p + 1].kind === 'quote' ? quoteAt(env.ctx.quotes, toks[p + 1].start) : null;
      // '"Sunday Morning Futures," CONTENT': the comma inside a closing quote
      if (q && q.end === toks[p + 1].end) return p + 2 < sent.b ? p + 2 : k;
      // 'said in Tel Aviv, "..."': a quotation opened after the comma is the content
      if (q && q.start === toks[p + 1].start) return p + 1;
      return k;
    }
    if (t.text === ';' || t.text === '—' || t.text === '–' || verbAhead(env.ctx, p)) return k;
  }
  return k;
}

/** Content after the cue, from token `k`. */
export function contentAfter(env: FrameEnv, cue: Cue, k: number, relativeClause = false): TextSpan | null {
  const { ctx, sent } = env;
  const { toks } = ctx;
  const reporting = cue.cls !== 'stance' && cue.cls !== 'object' && cue.type === 'verb';
  const long = reporting ? skipLongModifier(env, k) : k;
  k = long !== k ? long : skipPostModifiers(env, k);
  if (cue.cls === 'tell' && !cue.passive) {
    // skip the addressee: "told reporters (on Monday) that ..."
    let thatAt = -1;
    for (let p = k; p < sent.b && p - k < 15; p++) {
      if (toks[p].lower === 'that') {
        thatAt = p;
        break;
      }
      if (toks[p].kind === 'quote' || toks[p].text === ':' || toks[p].text === '.') break;
    }
    if (thatAt >= 0) k = thatAt;
    else {
      let p = k;
      while (p < sent.b && p - k < 6 && (toks[p].cap || OBJECT_PRONOUNS.has(toks[p].lower) || ADDRESSEE_WORDS.has(toks[p].lower) || /'s$/.test(toks[p].lower))) p++;
      k = skipPostModifiers(env, p);
    }
  }
  while (k < sent.b && (toks[k].text === ',' || toks[k].text === ':')) k++;
  if (k >= sent.b) {
    // 'The mayor wrote:' and a paragraph that opens with the quotation
    const next = env.sentences[env.index + 1];
    const q = next && next.b > next.a ? quoteAt(ctx.quotes, toks[next.a].start) : null;
    if (toks[sent.b - 1].text !== ':' || !q || q.start !== toks[next.a].start) return null;
    return charSpan(ctx, q.start, q.end);
  }
  let end = contentEnd(env, k, cue.cls, cue.i);
  const prev = cue.i > sent.a ? toks[cue.i - 1].lower : '';
  if (toks[k].lower === 'to' && (prev === 'who' || prev === 'that' || prev === 'which')) {
    // "the novice who wants to unseat her is reaping ...": an infinitive in a relative clause
    // ends where the main clause's verb comes
    for (let p = k + 2; p < sent.b && toks[p].start < end; p++) {
      const t = toks[p];
      if (t.kind === 'word' && !t.cap && MAIN_VERBS.has(t.lower) && !quoteAt(ctx.quotes, t.start)) {
        end = toks[p - 1].end;
        break;
      }
    }
  }
  if (relativeClause) {
    // ", who said X, recounted ...": the relative clause ends at its comma
    for (let p = k + 1; p < sent.b && toks[p].start < end; p++) {
      if (toks[p].text === ',' && !quoteAt(ctx.quotes, toks[p].start)) {
        end = toks[p - 1].end;
        break;
      }
    }
  }
  return charSpan(ctx, toks[k].start, colonQuote(env, end));
}

/**
 * "... it was the stage itself:" followed by a paragraph that opens with a quotation: the
 * quotation belongs to the content. Returns the new end (or `end`).
 */
function colonQuote(env: FrameEnv, end: number): number {
  const { ctx, sent, sentences, index } = env;
  const last = ctx.toks[sent.b - 1];
  if (last.text !== ':' || last.end < end || ctx.text.slice(end, last.start).trim()) return end;
  const next = sentences[index + 1];
  if (!next || next.a >= next.b || ctx.toks[next.a].kind !== 'quote') return end;
  const q = quoteAt(ctx.quotes, ctx.toks[next.a].start);
  return q && q.start === ctx.toks[next.a].start ? q.end : end;
}

/** The quotation that ends right before token `k` (allowing `,"` and `?"`), if any. */
export function quoteEndingBefore(env: FrameEnv, k: number): { start: number; end: number } | null {
  const { ctx } = env;
  let p = k - 1;
  while (p >= 0 && ctx.toks[p].kind === 'punct' && /[,?!.—–-]/.test(ctx.toks[p].text)) p--;
  if (p < 0 || ctx.toks[p].kind !== 'quote') return null;
  const q = quoteAt(ctx.quotes, ctx.toks[p].start);
  if (!q || q.end !== ctx.toks[p].end) return null;
  // include a comma right after the closing quote? PolNeAR keeps the comma inside the quote.
  return { start: q.start, end: q.end };
}

/** Extends a quoted content over a quotation opening later in the sentence or the next one. */
export function continueQuote(env: FrameEnv, end: number, fromTok: number): number {
  const { ctx, sent, sentences, index } = env;
  const { toks } = ctx;
  // same sentence: '"...," she said, "..."' (or a missed sentence break: 'she said. "..."')
  let k = fromTok;
  while (k < sent.b && toks[k].kind === 'punct' && (toks[k].text === ',' || toks[k].text === '.')) k++;
  let q = k < sent.b && toks[k].kind === 'quote' ? quoteAt(ctx.quotes, toks[k].start) : null;
  if (q && q.start === toks[k].start) return Math.max(end, q.end);
  for (let p = k; p < sent.b; p++) {
    if (toks[p].kind !== 'quote') continue;
    // a quoted title ('told NBC's "Today" on Monday') does not stop the quotation going on
    const title = quoteAt(ctx.quotes, toks[p].start);
    if (!title || title.start !== toks[p].start || ctx.text.slice(title.start, title.end).split(/\s+/).length > 4) return end;
    while (p + 1 < sent.b && toks[p + 1].start < title.end) p++;
  }
  const nextSent = sentences[index + 1];
  if (!nextSent || nextSent.a >= nextSent.b) return end;
  const first = toks[nextSent.a];
  if (first.kind !== 'quote') return end;
  q = quoteAt(ctx.quotes, first.start);
  if (!q || q.start !== first.start) return end;
  const gap = ctx.text.slice(toks[sent.b - 1].end, first.start);
  if (gap.includes('\n')) return end;
  // the next quotation has its own speaker: '"Q2," he added.'
  for (let p = nextSent.a; p < nextSent.b; p++) {
    if (toks[p].start >= q.end && toks[p].kind === 'word' && VERB_CUES.has(toks[p].lower)) return end;
  }
  return Math.max(end, q.end);
}
