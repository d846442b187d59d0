/**
 * Turns one cue into an attribution by the word order around it:
 * - `SOURCE CUE (that) CONTENT` and `SOURCE CUE: "CONTENT"` (content after the cue);
 * - `"CONTENT," SOURCE CUE.`, `"CONTENT," CUE SOURCE.`, `CONTENT, SOURCE CUE.` (content before);
 * - `CONTENT1, SOURCE CUE, CONTENT2` (a parenthetical cue: the content is the outer bounds);
 * - `According to SOURCE, CONTENT` and `CONTENT, according to SOURCE`;
 * - `..., adding that CONTENT` (the source of the clause goes on);
 * - a quotation that goes on in the next sentence or paragraph after `"...," she said.`
 */
import type { Attribution, TextSpan } from '../../types.js';
import {
  ADDRESSEE_WORDS,
  continueQuote,
  finiteVerbIn,
  contentAfter,
  contentEnd,
  quoteEndingBefore,
  skipPostModifiers,
  skipToClauseEnd,
} from './content.js';
import { charSpan, tokSpan, type Ctx, type FrameEnv } from './context.js';
import { dashNameStart, type Cue } from './cues.js';
import { CONNECTIVES, OBJECT_PRONOUNS, TIME_WORDS } from './lexicon.js';
import { quoteAt } from './quotes.js';
import { clauseSubject, sourceAfter, sourceBefore, type TokSpan } from './source.js';

export type { FrameEnv } from './context.js';

function src(ctx: Ctx, s: TokSpan | null): TextSpan | null {
  return s ? tokSpan(ctx, s.i, s.j) : null;
}

function make(source: TextSpan | null, cue: TextSpan, content: TextSpan | null): Attribution | null {
  if (!content) return null;
  return { source, cue, content };
}

/**
 * The attribution a cue expresses in its sentence, or null when no content can be found.
 */
export function frameFor(env: FrameEnv, cue: Cue): Attribution | null {
  const cueSpan = tokSpan(env.ctx, cue.i, cue.j);
  if (cue.type === 'colon') return colonFrame(env, cue, cueSpan);
  if (cue.type === 'nominal') return nominalFrame(env, cue, cueSpan);
  if (cue.type === 'phrase') return phraseFrame(env, cue, cueSpan);
  const raising = cue.cls === 'raising' || (cue.passive && (cue.lemma === 'expect' || cue.lemma === 'say'));
  // "X is expected to endorse Y" with the infinitive in the cue: X is the source (PolNeAR)
  const infinitive = cue.j > cue.head + 1 && env.ctx.toks[cue.head + 1].lower === 'to';
  if (raising && !infinitive) return raisingFrame(env, cue, cueSpan);
  if (raising) return verbFrame(env, { ...cue, passive: false, cls: 'speech' }, cueSpan);
  if (cue.passive) return passiveFrame(env, cue, cueSpan);
  return verbFrame(env, cue, cueSpan);
}

/** `Jane Doe: Taxes Will Not Rise` (a headline-style colon); `... - Jo Lee: "..."` (a byline). */
function colonFrame(env: FrameEnv, cue: Cue, cueSpan: TextSpan): Attribution | null {
  const { ctx, sent } = env;
  const { toks } = ctx;
  const named = dashNameStart(ctx, cue.i, sent);
  const a = named >= 0 ? named : toks[sent.a].kind === 'quote' ? sent.a + 1 : sent.a;
  if (cue.j + 1 >= sent.b || a >= cue.i) return null;
  // "Clinton: 547.": a tally, not a statement
  let words = 0;
  for (let p = cue.j + 1; p < sent.b && !words; p++) if (toks[p].kind === 'word' || toks[p].kind === 'quote') words++;
  if (!words) return null;
  const source = charSpan(ctx, toks[a].start, toks[cue.i].start);
  // a quotation after the colon may run on over several sentences; a `;` ends a headline's
  // statement ("Clinton: Trump's view is wrong; In speech, she attacks ...")
  return make(source, cueSpan, charSpan(ctx, toks[cue.j + 1].start, contentEnd(env, cue.j + 1)));
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** `Trump's claim that ...`, `her remark that ...`: the possessor is the source. */
function nominalFrame(env: FrameEnv, cue: Cue, cueSpan: TextSpan): Attribution | null {
  const { ctx, sent } = env;
  let source: TextSpan | null = null;
  const prev = cue.i > sent.a ? ctx.toks[cue.i - 1] : undefined;
  if (prev && POSSESSIVES.has(prev.lower)) {
    // "her remark that ...", "their assurances that ..."
    source = tokSpan(ctx, cue.i - 1, cue.i - 1);
  } else if (prev && /'s$|s'$/.test(prev.lower)) {
    source = src(ctx, sourceBefore(ctx, cue.i, sent));
    if (source && source.end === prev.end) {
      source = { ...source, end: source.end - 2, text: source.text.slice(0, -2) };
    }
  }
  return make(source, cueSpan, contentAfter(env, cue, cue.j + 1));
}

/** `According to SOURCE, CONTENT` and `CONTENT, according to SOURCE(, CONTENT2)`. */
function phraseFrame(env: FrameEnv, cue: Cue, cueSpan: TextSpan): Attribution | null {
  const { ctx, sent } = env;
  const { toks } = ctx;
  const sentEnd = toks[sent.b - 1].end;
  const s = sourceAfter(ctx, cue.j + 1, sent, true);
  const source = src(ctx, s);
  let first = sent.a;
  while (first < cue.i && CONNECTIVES.has(toks[first].lower)) first++;
  const fronted =
    first === cue.i ||
    (cue.i > sent.a && toks[cue.i - 1].text === ',' && (first === cue.i - 1 || toks[cue.i - 2]?.lower === 'that'));
  if (fronted) {
    let k = s ? s.j + 1 : cue.j + 1;
    while (k < sent.b && toks[k].text !== ',') k++;
    if (k + 1 >= sent.b) return null;
    return make(source, cueSpan, charSpan(ctx, toks[k + 1].start, contentEnd(env, k + 1)));
  }
  const qb = quoteEndingBefore(env, cue.i);
  const cStart = qb ? Math.min(qb.start, toks[first].start) : toks[first].start;
  let cEnd = toks[cue.i - 1].end;
  const after = s ? s.j + 1 : cue.j + 1;
  // parenthetical ("X, according to Y, was ..."), unless the clause before already has its
  // verb ("Z rose, according to Y, a sum that ...")
  if (after < sent.b - 1 && toks[after].text === ',' && !finiteVerbIn(ctx, first, cue.i)) cEnd = contentEnd(env, after + 1);
  if (qb) cEnd = Math.max(qb.end, cEnd === sentEnd ? sentEnd : qb.end);
  return make(source, cueSpan, charSpan(ctx, cStart, cEnd));
}

/** `X is expected to ...`, `X seems ready`, `it seems that ...`: no source. */
function raisingFrame(env: FrameEnv, cue: Cue, cueSpan: TextSpan): Attribution | null {
  const { ctx, sent } = env;
  const { toks } = ctx;
  const subj = sourceBefore(ctx, cue.i, sent);
  if (subj && subj.i === subj.j && toks[subj.i].lower === 'it') {
    return make(null, cueSpan, contentAfter(env, cue, cue.j + 1));
  }
  const start = subj ? toks[subj.i].start : toks[cue.i].start;
  return make(null, cueSpan, charSpan(ctx, start, contentEnd(env, cue.j + 1 < sent.b ? cue.j + 1 : cue.j)));
}

/** `CONTENT was first reported by SOURCE`, `X was asked whether ...`. */
function passiveFrame(env: FrameEnv, cue: Cue, cueSpan: TextSpan): Attribution | null {
  const { ctx, sent } = env;
  const { toks } = ctx;
  let k = cue.j + 1;
  let source: TextSpan | null = null;
  // the agent: "was first reported by X" (in the cue) or "is supervised by X" (after it)
  const agent = toks[cue.j].lower === 'by' ? k : k < sent.b - 1 && toks[k].lower === 'by' ? k + 1 : -1;
  if (agent >= 0) {
    const s = sourceAfter(ctx, agent, sent);
    source = src(ctx, s);
    k = s ? s.j + 1 : agent;
  }
  const qb = quoteEndingBefore(env, cue.i);
  if (qb) return make(source, cueSpan, charSpan(ctx, qb.start, qb.end));
  if (source && (cue.cls === 'stance' || cue.cls === 'object')) {
    // "The plan was criticized by X", "Clinton's attacks were echoed by X": what the stance
    // is about is the subject
    const subj = sourceBefore(ctx, cue.i, sent);
    if (subj) return make(source, cueSpan, tokSpan(ctx, subj.i, subj.j));
  }
  const rest = skipPostModifiers(env, k);
  if (agent < 0 && rest < sent.b && stateOfMind(env, cue, rest)) {
    // "The government is worried that ...", "voters were frustrated about ...": an adjectival
    // passive of a mind verb, whose subject holds the content
    const subj = sourceBefore(ctx, cue.i, sent);
    if (subj && !(subj.i === subj.j && EXPLETIVES.has(toks[subj.i].lower))) return make(src(ctx, subj), cueSpan, contentAfter(env, cue, k));
  }
  if (source && (rest >= sent.b || (toks[rest].kind === 'punct' && rest === sent.b - 1))) {
    // "The story was first reported by Politico.": the subject is what was reported
    let first = sent.a;
    while (first < cue.i && CONNECTIVES.has(toks[first].lower)) first++;
    if (first >= cue.i) return null;
    return make(source, cueSpan, charSpan(ctx, toks[first].start, toks[cue.i - 1].end));
  }
  if (cue.cls === 'object' && (rest >= sent.b || toks[rest].kind === 'punct' || POST_PASSIVE.has(toks[rest].lower))) {
    // "The fundraising deal was announced (on Monday).": the subject is the content
    const subj = sourceBefore(ctx, cue.i, sent);
    if (subj) return make(source, cueSpan, tokSpan(ctx, subj.i, subj.j));
  }
  if (k >= sent.b) return null;
  return make(source, cueSpan, contentAfter(env, cue, k));
}

const EXPLETIVES = new Set(['it', 'there', 'this', 'that']);
/** Words that open the content of a state of mind: `worried that`, `concerned about`. */
const MIND_OPENERS = new Set(['that', 'about', 'over', 'with', 'of', 'whether']);

/** True when a passive cue reads as a state of mind (`is worried that`), not an event. */
function stateOfMind(env: FrameEnv, cue: Cue, rest: number): boolean {
  if (cue.cls === 'mind') return true;
  if (cue.cls !== 'object') return false;
  const { toks } = env.ctx;
  return MIND_OPENERS.has(toks[rest].lower) || MIND_OPENERS.has(toks[cue.j].lower);
}

/** Prepositions after a passive cue that do not open its content ("was spurned in 2015"). */
const POST_PASSIVE = new Set(['in', 'on', 'at', 'from', 'for', 'during', 'after', 'before', 'since', 'as', 'with']);

const CONTINUING = new Set([',', 'by', 'while', 'after', 'before', 'when', 'in', 'and', 'but', 'upon', 'without', 'also']);

/**
 * A verb cue that continues the clause's source: `quoted X as saying`, `..., adding that`,
 * `... refused to comment but said ...`. Null when the cue does not continue a clause.
 */
function continuationFrame(env: FrameEnv, cue: Cue, cueSpan: TextSpan): Attribution | null | undefined {
  const { ctx, sent } = env;
  const { toks } = ctx;
  const prevTok = cue.i > sent.a ? toks[cue.i - 1] : null;
  if (cue.form === 'ing' && prevTok?.lower === 'as' && cue.i >= sent.a + 2) {
    // "quoted the president as saying ...": the NP before "as"
    const s = sourceBefore(ctx, cue.i - 1, sent);
    if (s) return make(src(ctx, s), cueSpan, contentAfter(env, cue, cue.j + 1));
  }
  let lead = cue.i - 1;
  while (lead > sent.a && (toks[lead].lower === 'only' || (toks[lead].lower.endsWith('ly') && toks[lead].lower.length > 4))) lead--;
  const leadTok = lead >= sent.a ? toks[lead] : null;
  if (cue.form === 'ing' && leadTok && CONTINUING.has(leadTok.lower)) {
    // "..., adding that ...": the clause's source goes on
    let source = env.previousSource;
    if (!source && cue.i - 1 === sent.a) source = src(ctx, subjectAfterFront(env, cue.j + 1));
    else if (!source) source = src(ctx, clauseSubject(ctx, cue.i, sent));
    return make(source, cueSpan, contentAfter(env, cue, cue.j + 1));
  }
  if (prevTok?.lower === 'to' && cue.form === 'base') {
    // "went on to say", "more likely to say": the clause's subject
    const subj = env.previousSource ?? src(ctx, clauseSubject(ctx, cue.i, sent));
    return make(subj, cueSpan, contentAfter(env, cue, cue.j + 1));
  }
  // "... but on Tuesday wrote that ...": the conjunction before a time phrase
  let conj = cue.i - 1;
  while (conj > sent.a && cue.i - conj < 4 && TIME_WORDS.has(toks[conj].lower)) conj--;
  const conjTok = conj >= sent.a ? toks[conj] : null;
  if (conjTok && ['and', 'but', 'or'].includes(conjTok.lower) && cue.form !== 'ing') {
    // "... refused to answer but said there was no call": the first verb's subject
    const subj = env.previousSource ?? src(ctx, clauseSubject(ctx, cue.i, sent));
    if (subj) return make(subj, cueSpan, contentAfter(env, cue, cue.j + 1));
  }
  return undefined;
}

/** Where the clause of a verb cue ends, past its post-modifiers and a `told X` addressee. */
function clauseTail(env: FrameEnv, cue: Cue, inverted = false): number {
  const { toks } = env.ctx;
  const { sent } = env;
  let afterCue = skipToClauseEnd(env, cue.j + 1);
  // '"...," wrote Jane Doe, a columnist.': the name after an inverted cue is its source
  if ((cue.cls === 'tell' || cue.lemma === 'write') && !inverted) {
    // "..., she told reporters on Monday." / "..., Kennedy wrote Linick."
    let p = afterCue;
    while (
      p < sent.b &&
      p - afterCue < 6 &&
      (toks[p].cap || OBJECT_PRONOUNS.has(toks[p].lower) || ADDRESSEE_WORDS.has(toks[p].lower) || /'s$/.test(toks[p].lower))
    ) {
      p++;
    }
    const q = skipToClauseEnd(env, p);
    if (p > afterCue && (q >= sent.b || (toks[q].kind === 'punct' && /[.,;!?]/.test(toks[q].text)))) afterCue = q;
  }
  return afterCue;
}

/**
 * Verb cues by word order: content after (`SOURCE CUE (that) CONTENT`, `SOURCE CUE: "..."`),
 * content before (`"CONTENT," SOURCE CUE`, `"CONTENT," CUE SOURCE`, `CONTENT, SOURCE CUE`) or
 * around a parenthetical cue (`CONTENT1, SOURCE CUE, CONTENT2`).
 */
function verbFrame(env: FrameEnv, cue: Cue, cueSpan: TextSpan): Attribution | null {
  const { ctx, sent } = env;
  const { toks } = ctx;
  const continued = continuationFrame(env, cue, cueSpan);
  if (continued !== undefined) return continued;

  const before = sourceBefore(ctx, cue.i, sent);
  const b = before ? before.i - 1 : skipTimeBackIdx(env, cue.i - 1);
  const precededByBreak = b >= sent.a && (toks[b].text === ',' || toks[b].kind === 'quote' || /[—–-]/.test(toks[b].text));
  const afterCue = clauseTail(env, cue, !before && precededByBreak);
  const clauseEnds = afterCue >= sent.b || (toks[afterCue].kind === 'punct' && /[.,;!?]/.test(toks[afterCue].text));
  // 'On Fox's "Sunday Morning Futures," Rep. Lee said the bill ...': a quoted title before a
  // cue whose clause goes on is not its content
  const qb0 = b >= sent.a ? quoteEndingBefore(env, b + 1) : null;
  const title = !!qb0 && !clauseEnds && qb0.start > toks[sent.a].start && ctx.text.slice(qb0.start, qb0.end).trim().split(/\s+/).length <= 4;
  const qb = title ? null : qb0;
  // a cue that ends in a colon opens its content even at the end of the sentence ("In a 1963
  // speech, he declared:" and a quotation in the next paragraph)
  const opensContent =
    toks[cue.j].text === ':' || (afterCue < sent.b && (toks[afterCue].lower === 'that' || toks[afterCue].text === ':'));

  if (!qb && !before && precededByBreak && !clauseEnds && !opensContent) {
    // "Q, said Jane Doe." versus "Jane Doe, speaking on Monday, said Q."
    const s = sourceAfter(ctx, afterCue, sent);
    const t = s ? skipPostModifiers(env, s.j + 1) : afterCue;
    // a stance or learned object verb is not inverted: "the journalist, who ..., downplayed his role"
    const objectVerb = cue.cls === 'stance' || cue.cls === 'object';
    const inverted = !objectVerb && !!s && (t >= sent.b - 1 || (toks[t].text === ',' && (env.next?.i === t + 1 || toks[t + 1]?.kind === 'quote')));
    if (!inverted) {
      const subj = clauseSubject(ctx, cue.i, sent);
      return make(src(ctx, subj), cueSpan, contentAfter(env, cue, cue.j + 1));
    }
  }
  if ((qb && !opensContent) || (precededByBreak && !opensContent && (clauseEnds || !before))) {
    return contentBeforeFrame(env, cue, cueSpan, before, b, afterCue, qb);
  }

  // content after the cue
  const source = src(ctx, before);
  if (cue.form === 'ing' && !source && cue.i === sent.a) {
    // "Promising that ..., Bolton said ...": a fronted participial clause whose subject follows
    // its comma; without a comma it is a gerund subject ("Criticizing the police will ...")
    const subj = subjectAfterFront(env, cue.j + 1);
    return subj ? make(src(ctx, subj), cueSpan, contentAfter(env, cue, cue.j + 1)) : null;
  }
  const relative =
    !!before && before.i === before.j && ['who', 'which'].includes(toks[before.i].lower) && toks[before.i - 1]?.text === ',';
  return make(source, cueSpan, contentAfter(env, cue, cue.j + 1, relative));
}

/** The content-before patterns of {@link verbFrame}; `b` is the token before the source or cue. */
function contentBeforeFrame(
  env: FrameEnv,
  cue: Cue,
  cueSpan: TextSpan,
  before: TokSpan | null,
  b: number,
  afterCue: number,
  qb: { start: number; end: number } | null,
): Attribution | null {
  const { ctx, sent } = env;
  const { toks } = ctx;
  let source = src(ctx, before);
  let tail = afterCue;
  if (!before) {
    const s = sourceAfter(ctx, afterCue, sent);
    source = src(ctx, s);
    tail = s ? skipPostModifiers(env, s.j + 1) : afterCue;
  }
  let first = sent.a;
  while (first < b && (CONNECTIVES.has(toks[first].lower) || toks[first].text === ',')) first++;
  if (!qb && first >= b) {
    // "Still, he said, the plan is sound.": only a connective before, the content follows
    if (tail + 1 >= sent.b || toks[tail].text !== ',') return null;
    return make(source, cueSpan, charSpan(ctx, toks[tail + 1].start, contentEnd(env, tail + 1)));
  }
  // the quotation, or the whole clause when it only ends with a quoted phrase (not when a dash
  // or a colon sets the quotation off: "Neither man was impressed - ''Born rich,'' he said")
  const setOff = !!qb && /[:—–-]\s*$/.test(ctx.text.slice(Math.max(0, qb.start - 3), qb.start));
  const cStart = qb ? Math.min(qb.start, first < b && !setOff ? toks[first].start : qb.start) : toks[first].start;
  let cEnd = qb ? qb.end : toks[b - 1].end;
  const nx = tail + 1 < sent.b ? toks[tail + 1] : null;
  if (!qb && nx && (toks[tail].text === ',' || toks[tail].text === ':') && nx.kind === 'quote') {
    // 'On Tuesday, he said, "..."': the quotation after the cue is the content
    const q = quoteAt(ctx.quotes, nx.start);
    if (q && q.start === nx.start) return make(source, cueSpan, charSpan(ctx, q.start, q.end));
  }
  if (nx && toks[tail].text === ',' && nx.kind === 'quote') {
    cEnd = continueQuote(env, cEnd, tail); // '"Q1," she said, "Q2."'
  } else if (nx && toks[tail].text === ',' && !qb) {
    const isParticiple = env.next && env.next.i === tail + 1 && env.next.form === 'ing';
    if (!isParticiple) cEnd = contentEnd(env, tail + 1); // 'Q1, she said, Q2.'
  } else if (qb || /["“”]|''/.test(ctx.text.slice(cStart, cEnd))) {
    cEnd = continueQuote(env, cEnd, tail);
  }
  if (!source && cue.form === 'ing') source = env.previousSource;
  return make(source, cueSpan, charSpan(ctx, cStart, cEnd));
}

/** "After saying ..., she left": the subject after the fronted participial clause. */
function subjectAfterFront(env: FrameEnv, k: number): TokSpan | null {
  const { ctx, sent } = env;
  for (let p = k; p < sent.b - 1; p++) {
    const t = ctx.toks[p];
    if (t.text === ',' && !quoteAt(ctx.quotes, t.start)) {
      return clauseSubject(ctx, sent.b, { a: p + 1, b: sent.b });
    }
  }
  return null;
}

function skipTimeBackIdx(env: FrameEnv, k: number): number {
  const { toks } = env.ctx;
  while (k >= env.sent.a && TIME_WORDS.has(toks[k].lower)) k--;
  return k;
}
