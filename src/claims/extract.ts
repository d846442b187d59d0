/**
 * Claims of one article: every body sentence, the title and related headlines (flagged) become
 * clause-level claims, each with its attribution frame stripped into metadata, its modality
 * (hedged), negation, numbers, dates, entities, predicate and canonical terms. Pure.
 */
import type { Article, Attribution, EntityMention, Span, TextSpan, TimeExpression } from '../types.js';
import { firstTokenFrom, tokenize, type Token } from '../nlp/tokenize.js';
import { findNumbers } from '../nlp/numbers.js';
import { isStopword } from '../nlp/stopwords.js';
import { stem } from '../nlp/stem.js';
import { splitClauses, verbLike } from './clauses.js';
import { AUXILIARIES, FRAME_CUES, HEDGE_PHRASES, HEDGE_WORDS, inSynonymSet, LIGHT_VERBS, NEGATIONS, RAISING, REPORTING, canonical } from './lexicon.js';
import { featureKey } from './interned.js';
import { resolveSources, type SourceLinker } from '../extract/attribution/resolve.js';
import { ZONE } from './verdict-times.js';
import { PARTS_OF_DAY } from '../extract/times/lexicon.js';
import type { ArticleExtraction, Claim, ClaimDate, ClaimEntity, ClaimFrame, ClaimFrom, ClaimNumber, FeatureMark } from './types.js';

/** Multi-word hedges by their first word. */
const HEDGES_BY_FIRST = (() => {
  const m = new Map<string, string[][]>();
  for (const p of HEDGE_PHRASES) m.set(p[0], [...(m.get(p[0]) ?? []), p]);
  return m;
})();

/** A word that starts a hedge: a hedging word itself (`word`), and the phrases it opens. */
interface HedgeStart {
  word: boolean;
  phrases: readonly string[][];
}
/** Every word of {@link HEDGE_WORDS} and every first word of a hedging phrase: one lookup per word tells both. */
const HEDGE_STARTS = (() => {
  const m = new Map<string, HedgeStart>();
  for (const w of HEDGE_WORDS) m.set(w, { word: true, phrases: HEDGES_BY_FIRST.get(w) ?? [] });
  for (const [w, phrases] of HEDGES_BY_FIRST) if (!m.has(w)) m.set(w, { word: false, phrases });
  return m;
})();

/** Date values that name no particular day ("now", "recently"). */
const VAGUE_DATE = /^(PRESENT_REF|PAST_REF|FUTURE_REF)$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_DAY = new RegExp(`^(?:on\\s+|the\\s+)?(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH})$`, 'i');

/**
 * The TIMEX3 value of a month and day that extraction could not anchor to a year (an article
 * without a publication date): "November 19" gives `XXXX-11-19`, so two undated outlets'
 * days can still be compared. Null for anything else.
 */
export function undatedDay(text: string): string | null {
  const m = MONTH_DAY.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf((m[1] ?? m[4]).slice(0, 3).toLowerCase()) + 1;
  const day = Number(m[2] ?? m[3]);
  if (month < 1 || day < 1 || day > 31) return null;
  return `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
/** A day no date anchors: a time of day in an article without a publication date. */
export const UNKNOWN_DAY = 'XXXX-XX-XX';

/** A clock time written out: "11 a.m.", "3:30 pm", "9.15 p.m.". */
const CLOCK = /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?/i;
/** A clock time of the 24-hour kind that takes "hours" or "hrs": "1100 hrs", "2330 hours", "0600h". */
const HOURS_CLOCK = /\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours|hr|h)\b\.?/gi;
/** Words naming a moment of the day, and a part of the day (TIMEX3 `TMO`, `TAF`, ...). */
const MOMENTS: [RegExp, string][] = [
  [/\b(?:noon|midday|mid-day)\b/i, 'T12:00'],
  [/\bmidnight\b/i, 'T00:00'],
  [/\bmorning\b/i, `T${PARTS_OF_DAY.morning}`],
  [/\bafternoon\b/i, `T${PARTS_OF_DAY.afternoon}`],
  [/\bevening\b/i, `T${PARTS_OF_DAY.evening}`],
  [/\b(?:night|overnight|tonight)\b/i, `T${PARTS_OF_DAY.night}`],
];

/** A named time zone right after a clock time ("1100 hrs IST"). */
const ZONE_AFTER = new RegExp(`^\\s+${ZONE.source}`);

/** Words before a "1100 hours" that make it an amount of time. */
const NOT_CLOCK_BEFORE = /\b(?:for|spent|over|than|nearly|almost|some|total|within|of)\s+$/i;

/** True when the "1100 hours" at `start`-`end` of `text` is an amount of time ("1200 hours of footage", "for 1500 hours"), not a time of day. */
function amountOfTime(text: string, start: number, end: number): boolean {
  return /^\s+of\b/i.test(text.slice(end, end + 4)) || NOT_CLOCK_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * The time of day a time expression names, as the `T` part of a TIMEX3 value ("11 a.m." gives
 * `T11:00`, "1100 hrs" `T11:00`, "around noon" `T12:00`, "Saturday morning" `TMO`), or null.
 */
export function timeOfDay(text: string): string | null {
  const clock = CLOCK.exec(text);
  if (clock) {
    const h = Number(clock[1]);
    const pm = clock[3].toLowerCase() === 'p';
    if (h >= 1 && h <= 12) return `T${pad2((h % 12) + (pm ? 12 : 0))}:${clock[2] ?? '00'}`;
  }
  HOURS_CLOCK.lastIndex = 0;
  const hours = HOURS_CLOCK.exec(text);
  if (hours) return `T${hours[1]}:${hours[2]}`;
  for (const [re, part] of MOMENTS) if (re.test(text)) return part;
  return null;
}

/** The TIMEX3 value of a time of day on a day no date anchors ("11 a.m." in an undated article: `XXXX-XX-XXT11:00`), or null. */
export function undatedTime(text: string): string | null {
  const t = timeOfDay(text);
  return t ? `${UNKNOWN_DAY}${t}` : null;
}

/**
 * The times of an article as claims read them: a time of day with no value (the article has
 * no date to anchor it) gets one on an unknown day; "1100 hours", which the time stage reads as
 * a duration, is the clock time it is; and a 24-hour clock time the time stage left out ("about
 * 1100 hrs IST") is added. Times of day can then be compared across outlets.
 */
export function claimTimes(text: string, times: readonly TimeExpression[]): TimeExpression[] {
  const out: TimeExpression[] = times.map((t) => {
    if (t.type === 'DURATION' && /^PT\d{4}H$/.test(t.value ?? '')) {
      HOURS_CLOCK.lastIndex = 0;
      const m = HOURS_CLOCK.exec(t.text);
      if (m && m.index === 0 && !amountOfTime(text, t.start, t.end)) return { ...t, type: 'TIME', value: `${UNKNOWN_DAY}T${m[1]}:${m[2]}` };
    }
    if (t.value === null && t.type === 'TIME') return { ...t, value: undatedTime(t.text) };
    return t;
  });
  HOURS_CLOCK.lastIndex = 0;
  for (const m of text.matchAll(HOURS_CLOCK)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((t) => t.start < end && start < t.end)) continue;
    if (amountOfTime(text, start, end)) continue;
    // The time zone named after it belongs to it ("1100 hrs IST").
    const zone = ZONE_AFTER.exec(text.slice(end, end + 12));
    const to = end + (zone ? zone[0].length : 0);
    out.push({ start, end: to, text: text.slice(start, to), type: 'TIME', value: `${UNKNOWN_DAY}T${m[1]}:${m[2]}`, estimated: false });
  }
  return out.length === times.length ? out : out.sort((x, y) => x.start - y.start);
}

/** A sentence that only frames the one before it: "This was reported by X". */
const ANAPHORIC_FRAME = /^\W*(this|that|it|these|such)\b[^.]{0,40}?\b(reported|said|stated|claimed|wrote|writes|reports|announced|according)\b/i;
const MIN_CONTENT_CHARS = 15;
/** The least share of its sentence an attribution's content must cover to frame the sentence. */
const MIN_CONTENT_SHARE = 0.4;
/** An attribution content that is a `to`-infinitive ("declined to say what ..."). */
const INFINITIVE_CONTENT = /^\W*to\s/i;
/** Modals: the word after one is a verb in its base form ("must submit"). */
const MODALS = new Set(['must', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might']);

/** The outlet an article counts as: its outlet, else its URL's host, else its id. */
export function outletOf(a: Pick<Article, 'outlet' | 'url' | 'id'>): string {
  if (a.outlet) return a.outlet;
  if (a.url) {
    try {
      return new URL(a.url).host.replace(/^www\./, '');
    } catch {
      // not a URL
    }
  }
  return a.id;
}

interface Region {
  span: Span;
  from: ClaimFrom;
}

/** The spans claims are read from: body sentences, the title and related headlines. */
function regions(a: Article): Region[] {
  const out: Region[] = a.sentences.map((s) => ({ span: s, from: 'body' as const }));
  if (a.titleSpan && !a.sentences.some((s) => s.start < a.titleSpan!.end && a.titleSpan!.start < s.end)) {
    out.push({ span: a.titleSpan, from: 'title' });
  }
  for (const m of a.marks) if (m.kind === 'related-headline') out.push({ span: { start: m.start, end: m.end }, from: 'related-headline' });
  return out.sort((x, y) => x.span.start - y.span.start);
}

/** True when `x` overlaps one of `spans`. */
function overlapsAny(x: Span, spans: readonly Span[]): boolean {
  for (const s of spans) if (overlap(x, s) > 0) return true;
  return false;
}

const inside = (x: Span, outer: Span): boolean => x.start >= outer.start && x.end <= outer.end;
const overlap = (x: Span, y: Span): number => Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));

function normName(s: string): string {
  return s.replace(/^(the|a|an)\s+/i, '').trim().toLowerCase();
}

/** "according to Reuters" read as one cue: the source named inside it. */
const ACCORDING_TO = /^according\s+to\s+/i;

/**
 * The source of an attribution: its own, else the name inside an "according to X" cue (some
 * attribution readers keep the whole phrase as the cue).
 */
function sourceOf(at: Attribution): TextSpan | null {
  if (at.source) return at.source;
  const m = ACCORDING_TO.exec(at.cue.text);
  if (!m || m[0].length >= at.cue.text.length) return null;
  const start = at.cue.start + m[0].length;
  return { start, end: at.cue.end, text: at.cue.text.slice(m[0].length) };
}

/** True when an attribution's cue holds a reporting word ("said", "according to", "told"). */
export function reportingCue(cue: string): boolean {
  return cue.split(/[^\p{L}']+/u).some((w) => w.length > 1 && FRAME_CUES.has(stem(w.toLowerCase())));
}

/**
 * The content of an attribution, given back the words its cue took past the reporting word
 * ("emphasized: Moscow is ready to" + "consider ..." gives "Moscow is ready to consider ...").
 */
function cueTail(at: Attribution): Span {
  if (at.content.start < at.cue.end || at.content.start - at.cue.end > 3) return at.content;
  const re = /[\p{L}']+/gu;
  let after = -1;
  for (let m = re.exec(at.cue.text); m; m = re.exec(at.cue.text)) {
    if (m[0].length > 1 && FRAME_CUES.has(stem(m[0].toLowerCase()))) after = m.index + m[0].length;
  }
  if (after < 0 || after >= at.cue.text.length) return at.content;
  const rest = at.cue.text.slice(after);
  const lead = rest.length - rest.replace(/^[\s:,"“”'‘’«»\-–—]+/, '').length;
  if (/^\s*(that\b|$)/i.test(rest.slice(lead))) return at.content;
  return { start: at.cue.start + after + lead, end: at.content.end };
}

function frameOf(at: Attribution, via: string | null, carried: boolean): ClaimFrame {
  return claimFrame(sourceOf(at), at.cue, at.sourceEntity ?? null, via, carried);
}

/** A frame record: every frame is made here, with one field order (one object layout). */
function claimFrame(source: TextSpan | null, cue: TextSpan, sourceEntity: string | null, via: string | null, carried: boolean): ClaimFrame {
  return { source, cue, sourceEntity, via, carried };
}

/** True when an attribution's source is the article's own outlet ("..., reports UNN"); `outlet` as {@link normName} gives it. */
function ownSource(at: Attribution, outlet: string): boolean {
  return Boolean(at.source && normName(at.source.text) === outlet);
}

/**
 * A cue of publishing ("Axios published a 28-point plan"): no reporting frame to strip, since
 * what was published is the statement, but its source is where the statement comes from.
 */
const PUBLISHING = /^\s*(?:has\s+|have\s+|had\s+)?(?:first\s+)?publish(?:ed|es)?\b/i;

/** What may stand between a leading frame's cue and the statement it opens: spaces, a colon, `that`. */
const CUE_TO_CONTENT = /^[\s:,"“”'‘’«»]*(?:that\b)?[\s"“”'‘’«»]*$/i;

/**
 * An attribution whose cue opens what it governs ("Sky News reported that next week, A and B
 * are expected to meet"): its source and cue stand before its content, nothing but `that` or a
 * colon between. Such a frame governs the rest of its sentence, up to the next reporting cue
 * with a source of its own; the content an attribution reader found may stop short of that
 * (at a comma, a name). Other attributions are returned as they are.
 */
function leadingFrame(text: string, at: Attribution, region: Span, attrs: readonly Attribution[]): Attribution {
  if (!at.source || at.source.start > at.cue.start || at.content.start < at.cue.end) return at;
  if (!CUE_TO_CONTENT.test(text.slice(at.cue.end, at.content.start))) return at;
  let end = region.end;
  for (const o of attrs) {
    if (o === at || !o.source || o.cue.start <= at.content.start || !reportingCue(o.cue.text)) continue;
    end = Math.min(end, o.source.start < o.cue.start ? o.source.start : o.cue.start);
  }
  if (end <= at.content.end) return at;
  return { ...at, content: { start: at.content.start, end, text: text.slice(at.content.start, end) } };
}

/** True when an attribution is a leading frame (see {@link leadingFrame}) whose content runs to the end of its region. */
function governsRest(text: string, at: Attribution, region: Span): boolean {
  return Boolean(at.source) && at.cue.end <= at.content.start && CUE_TO_CONTENT.test(text.slice(at.cue.end, at.content.start))
    && !/\S/.test(text.slice(at.content.end, region.end).replace(/[.!?"“”'‘’»)]+/g, ''));
}

/**
 * A source that is only a relative pronoun for a thing ("the new route, which adds three
 * crossings"): the attribution stage ties "X, which said" to X when X can speak, so a bare
 * `which` / `that` left over names no one, and its cue is no frame.
 */
const BARE_RELATIVE = /^\s*(?:which|that)\s*$/i;

/** The frame of one sentence and the region its content covers (`outlet` as {@link normName} gives it). */
function sentenceFrame(text: string, region: Span, attrs: Attribution[], outlet: string): { frame: ClaimFrame | null; content: Span; leading: boolean } {
  // "refused to comment on X": an infinitive after the cue is the verb's complement, and the
  // refusal itself is the statement, not a frame around one.
  // Cues without a reporting word ("operator must publish") are not frames.
  const framing = attrs.filter((at) => inside(at.cue, region) && !INFINITIVE_CONTENT.test(at.content.text) && !BARE_RELATIVE.test(at.source?.text ?? '') && (reportingCue(at.cue.text) || (at.source !== null && PUBLISHING.test(at.cue.text))));
  const here = framing.map((at) => leadingFrame(text, at, region, framing));
  let best: Attribution | null = null;
  let bestLen = 0;
  for (const at of here) {
    const len = overlap(at.content, region);
    if (len > bestLen && !ownSource(at, outlet)) {
      best = at;
      bestLen = len;
    }
  }
  // A content that is a small part of its sentence is a verb's object, not a reported statement.
  if (best && bestLen < MIN_CONTENT_SHARE * (region.end - region.start)) best = null;
  if (!best) {
    // Only the outlet's own trailer ("..., reports UNN"): keep its content, no external frame.
    const own = here.find((at) => ownSource(at, outlet) && overlap(at.content, region) >= MIN_CONTENT_CHARS);
    return { frame: null, content: own ? clip(own.content, region) : region, leading: false };
  }
  const bestName = normName(best.source?.text ?? '');
  const others = here.filter((at) => at !== best && at.source && !ownSource(at, outlet) && normName(at.source.text) !== bestName);
  const via = others.length > 0 ? others[0].source!.text : null;
  // "Axios published a 28-point plan": the publishing is the statement; the publisher its origin.
  if (PUBLISHING.test(best.cue.text) && !reportingCue(best.cue.text)) return { frame: frameOf(best, via, false), content: region, leading: false };
  const content = bestLen >= MIN_CONTENT_CHARS ? clip(cueTail(best), region) : region;
  return { frame: frameOf(best, via, false), content, leading: governsRest(text, best, region) };
}

function clip(s: Span, outer: Span): Span {
  return { start: Math.max(s.start, outer.start), end: Math.min(s.end, outer.end) };
}


/** Words that open a condition ("only if such a step does not ...", "unless ..."). */
const CONDITION_OPENERS = new Set(['if', 'unless']);

/**
 * Words of a span without those of its conditions: from "if" / "unless" to the next comma (or
 * the end). A negation there belongs to the condition, not to what the claim states ("Moscow
 * would consider it only if it did not ..." affirms that Moscow would consider it; "If talks
 * fail, it will not ..." still denies). `text` is the text the tokens index.
 */
export function mainWords(tokens: readonly Token[], text: string): string[] {
  const out: string[] = [];
  let inCondition = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (inCondition && i > 0 && text.slice(tokens[i - 1].end, t.start).includes(',')) inCondition = false;
    if (CONDITION_OPENERS.has(t.norm)) inCondition = true;
    if (!inCondition) out.push(t.norm);
  }
  return out;
}

/** The hedging words and phrases in `ws`. */
export function findHedges(ws: readonly string[]): string[] {
  return hedgesIn(ws.length, (i) => ws[i]);
}

/** {@link findHedges} over the words of tokens (no word list built). */
function hedgesOf(tokens: readonly Token[]): string[] {
  return hedgesIn(tokens.length, (i) => tokens[i]?.norm);
}

/** The hedging words and phrases of a sequence of `n` words (`wordAt(i)`: the i-th, undefined past the end). */
function hedgesIn(n: number, wordAt: (i: number) => string | undefined): string[] {
  const found: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = wordAt(i) as string;
    const start = HEDGE_STARTS.get(w);
    if (start === undefined) continue;
    if (start.word) addOnce(found, w);
    for (const p of start.phrases) if (phraseAt(wordAt, i, p)) addOnce(found, p.join(' '));
  }
  return found;
}

/** True when the words of `p` stand from word `i` on. */
function phraseAt(wordAt: (i: number) => string | undefined, i: number, p: readonly string[]): boolean {
  for (let k = 0; k < p.length; k++) if (wordAt(i + k) !== p[k]) return false;
  return true;
}

/** Pushes `x` unless `list` (a few entries) holds it already: first occurrences, in order. */
function addOnce(list: string[], x: string): void {
  if (!list.includes(x)) list.push(x);
}

/** True when `ws` carries a negation ("not only", "no longer", "no less than" excepted). */
export function isNegated(ws: readonly string[]): boolean {
  for (let i = 0; i < ws.length; i++) if (negationAt(ws[i], ws[i + 1], ws[i + 2])) return true;
  return false;
}

/** True when word `w`, followed by `next` and `after`, is a negation (see {@link isNegated}). */
function negationAt(w: string, next: string | undefined, after: string | undefined): boolean {
  // (`n't` words end in `t`: most words are ruled out without a lookup)
  if (!NEGATIONS.has(w) && !(w.charCodeAt(w.length - 1) === 116 && w.endsWith("n't"))) return false;
  if (w === 'not' && (next === 'only' || next === 'just')) return false;
  if (w === 'no' && (next === 'longer' || next === 'doubt')) return false;
  // "nothing less than", "no less than", "no fewer than": emphasis, not a denial.
  if ((w === 'no' || w === 'nothing') && (next === 'less' || next === 'fewer') && after === 'than') return false;
  return true;
}

/**
 * The event noun a light verb at token `i` takes ("have a conversation", "held talks"): the
 * next word (after "a" / "an"), lowercase, of a synonym set (so a known paraphrase of a verb or
 * an event). Null when there is none: the light verb is then read as usual.
 */
function lightNoun(tokens: readonly Token[], i: number): Token | null {
  if (!LIGHT_VERBS.has(tokens[i].norm)) return null;
  let j = i + 1;
  if (tokens[j]?.norm === 'a' || tokens[j]?.norm === 'an') j++;
  const n = tokens[j];
  if (!n || n.kind !== 'word' || n.cap || isStopword(n.norm) || n.norm.length < 3) return null;
  return inSynonymSet(stem(n.norm)) ? n : null;
}

/**
 * The main verb (canonical stem and as written), skipping auxiliaries, reporting and raising
 * verbs; a light verb with an event noun gives the noun ("are expected to have a conversation"
 * gives `discuss`, as "will discuss" does).
 */
export function predicateOf(tokens: readonly Token[]): { lemma: string; text: string; start: number; end: number; irrealis: boolean } | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const prev = tokens[i - 1]?.norm;
    const afterTo = prev === 'to' && !t.cap && !isStopword(t.norm);
    const afterModal = prev !== undefined && MODALS.has(prev) && !t.cap && !isStopword(t.norm) && !t.norm.endsWith('ly');
    const light = LIGHT_VERBS.has(t.norm) ? lightNoun(tokens, i) : null;
    if (light) {
      return { lemma: canonical(stem(light.norm)), text: light.text, start: light.start, end: light.end, irrealis: prev === 'to' || (prev !== undefined && MODALS.has(prev)) };
    }
    if (!verbLike(tokens, i) && !afterTo && !afterModal) continue;
    if (AUXILIARIES.has(t.norm)) continue;
    const s = stem(t.norm);
    if (REPORTING.has(s)) continue;
    if (RAISING.has(t.norm) && tokens[i + 1]?.norm === 'to') continue;
    return { lemma: canonical(s), text: t.text, start: t.start, end: t.end, irrealis: afterTo || afterModal };
  }
  return null;
}

/** Canonical content stems of tokens (stopwords, one-letter words and reporting verbs left out). */
export function termsOf(tokens: readonly Token[]): string[] {
  return termMarks(tokens).map((m) => m.key.slice(2));
}

/** A content term: its feature key (`t:flood`) and the term (`flood`). */
interface Term {
  key: string;
  term: string;
}

/** The term of a normalised word (null: not a content term), memoised: words recur. */
const TERMS = new Map<string, Term | null>();
function termOf(norm: string): Term | null {
  let entry = TERMS.get(norm);
  if (entry === undefined) {
    entry = null;
    if (norm.length >= 2 && !isStopword(norm)) {
      const s = stem(norm.replace(/\.$/, ''));
      if (!REPORTING.has(s)) {
        const term = canonical(s);
        entry = { key: featureKey('t', term), term };
      }
    }
    if (TERMS.size > 200_000) TERMS.clear();
    TERMS.set(norm, entry);
  }
  return entry;
}

/** The content-stem features of tokens with their offsets; with `terms`, their terms pushed to it too. */
function termMarks(tokens: readonly Token[], terms?: string[]): FeatureMark[] {
  const out: FeatureMark[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'number') continue;
    const term = termOf(t.norm);
    if (term === null) continue;
    out.push({ key: term.key, start: t.start, end: t.end });
    if (terms) terms.push(term.term);
  }
  return out;
}

/**
 * Numbers that pre-tokenised text split at their separator ("20, 000", "5. 4 per cent") joined
 * back: a comma, one space and exactly three digits continue the thousands; a dot, one space
 * and one or two digits before "per cent" / "percent" / "%" continue the decimals.
 */
export function joinSpacedNumbers<T extends { start: number; end: number; text: string; value: number; yearLike: boolean }>(text: string, found: readonly T[]): T[] {
  const out: T[] = [];
  for (const n of found) {
    const prev = out[out.length - 1];
    if (prev && /^\d+$/.test(n.text)) {
      const gap = text.slice(prev.end, n.start);
      const after = text.slice(n.end, n.end + 10);
      let value: number | null = null;
      if (gap === ', ' && n.text.length === 3 && /^\d{1,3}$/.test(prev.text)) value = prev.value * 1000 + n.value;
      else if (gap === '. ' && n.text.length <= 2 && /^\d+$/.test(prev.text) && /^\s*(per\s*cent|percent|%)/i.test(after)) value = Number(`${prev.text}.${n.text}`);
      if (value !== null) {
        out[out.length - 1] = { ...prev, end: n.end, text: text.slice(prev.start, n.end), value, yearLike: false };
        continue;
      }
    }
    out.push(n);
  }
  return out;
}

/** The dash of a model name ("AK-47"), a letter, and number words that are no unit. */
const MODEL_DASH = /[-‐–]/;
const LETTER = /\p{L}/u;
const MULTIPLIER = /^(hundred|thousand|million|billion|dozen)$/;

function numbersOf(text: string, tokens: readonly Token[], dates: readonly Span[]): ClaimNumber[] {
  const out: ClaimNumber[] = [];
  for (const n of joinSpacedNumbers(text, findNumbers(text, tokens))) {
    if (n.yearLike || dates.some((d) => overlap(d, n) > 0)) continue;
    // The digits of a model name ("AK-47", "F-16") count nothing.
    if (n.start >= 2 && MODEL_DASH.test(text[n.start - 1]) && LETTER.test(text[n.start - 2])) continue;
    const k = tokens.findIndex((t) => t.start >= n.end);
    let unit: string | null = null;
    for (let j = k; j >= 0 && j < Math.min(tokens.length, k + 3); j++) {
      const t = tokens[j];
      if (t.kind === 'word' && !isStopword(t.norm) && !MULTIPLIER.test(t.norm)) {
        unit = canonical(stem(t.norm));
        break;
      }
    }
    out.push({ start: n.start, end: n.end, text: n.text, value: n.value, unit, phrase: countedPhrase(text, tokens, k) });
  }
  return out;
}

/** Words between a number and the noun it counts that say nothing about what is counted. */
const COUNT_GLUE = new Set(['per', 'cent', 'percent', '%', 'of', 'other', 'more', 'the', 'a', 'an', 'hundred', 'thousand', 'million', 'billion', 'dozen', 'some', 'about', 'its', 'their']);

/**
 * True when token `j`, an `-ed` word that looks like a verb, modifies the noun right after it
 * ("two speed boats", "three armed men", "23 suspected pirates"): a content word follows with
 * only a space between. Auxiliaries and irregular past forms are verbs all the same.
 */
function modifier(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!t.norm.endsWith('ed') || AUXILIARIES.has(t.norm) || !next || next.kind !== 'word' || next.start !== t.end + 1) return false;
  return !isStopword(next.norm) && !verbLike(tokens, j + 1) && !/(?:ly|ing)$/.test(next.norm);
}

/** True when punctuation stands between token `j` and the one before it. */
function broken(text: string, tokens: readonly Token[], j: number): boolean {
  return j > 0 && /[,;:()"“”.!?]/.test(text.slice(tokens[j - 1].end, tokens[j].start));
}

/**
 * The canonical stems of the noun phrase a number counts, from token `k` (the first token after
 * the number): leading glue words skipped ("per cent of", "other"), then the run of content
 * words up to the first function word, punctuation or verb, at most four.
 */
function countedPhrase(text: string, tokens: readonly Token[], k: number): string[] {
  const out: string[] = [];
  if (k < 0) return out;
  let j = k;
  while (j < tokens.length && j < k + 4 && COUNT_GLUE.has(tokens[j].norm) && !broken(text, tokens, j)) j++;
  for (; j < tokens.length && out.length < 4; j++) {
    const t = tokens[j];
    if (broken(text, tokens, j)) break;
    if (t.kind === 'number') continue;
    if (t.kind !== 'word' || isStopword(t.norm) || (verbLike(tokens, j) && !modifier(tokens, j))) break;
    if (t.norm.length > 1) out.push(canonical(stem(t.norm)));
  }
  return out;
}

/**
 * The tokens lying inside a span. Tokens come in text order without overlapping (ends rise with
 * starts), so they form one run: found by binary search on the start, cut at the first end past it.
 */
function tokensWithin(tokens: readonly Token[], s: Span): Token[] {
  const lo = firstTokenFrom(tokens, s.start);
  let end = lo;
  while (end < tokens.length && tokens[end].end <= s.end) end++;
  return tokens.slice(lo, end);
}

/** What {@link trimSpan} takes off the front of a span, and off its end (one character at a time). */
const TRIM_LEAD = /^[\s"“”'‘’«»(\-–—:,]+|^that\s+/i;
const TRIM_TAIL = /[\s"“”'‘’«».,;:!?)\-–—]/;

/** Trims quotes, spaces, a leading "that" and trailing punctuation off a span. */
function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  for (let m = TRIM_LEAD.exec(text.slice(start, end)); m && m[0].length > 0 && start < end; m = TRIM_LEAD.exec(text.slice(start, end))) start += m[0].length;
  while (end > start && TRIM_TAIL.test(text[end - 1])) end--;
  return { start, end };
}

/** Words before a name inside a source that make the source someone near it, not it ("a source close to the Kremlin"). */
const NEAR_NAME = /\b(?:close\s+to|familiar\s+with|near|knowledge\s+of|briefed\s+on|around|outside)\s+(?:the\s+)?$/i;
/** A source naming several speakers ("Zelenskyy and Trump"): no one entity. */
const SEVERAL = /\s(?:and|&)\s/i;

/**
 * The entity a source span names: the one person named in it ("Kremlin spokesman Dmitry
 * Peskov" is Peskov, not the Kremlin), else the one name it holds, else the last name (the head
 * of a title: "US President Donald Trump"). A name standing after "close to", "familiar with" and
 * the like is someone else's ("a source close to the Kremlin" is not the Kremlin), and a source
 * naming several speakers is no one entity. Null when none is left.
 */
export function sourceEntityOf(text: string, source: Span, entities: readonly { start: number; end: number; entity: string; type: string }[]): string | null {
  if (SEVERAL.test(text.slice(source.start, source.end))) return null;
  // One pass: the last name inside the source, and its people (two different ones: no one).
  let last: string | null = null;
  let person: string | null = null;
  for (const e of entities) {
    if (e.start < source.start || e.end > source.end || NEAR_NAME.test(text.slice(source.start, e.start))) continue;
    last = e.entity;
    if (e.type !== 'PERSON') continue;
    if (person !== null && person !== e.entity) return null;
    person = e.entity;
  }
  return person ?? last;
}

/**
 * A source that is only a relative pronoun ("The Transport Ministry, which said ...") stands for
 * the name right before its comma: the source becomes that entity's span. Other attributions,
 * and a relative with no entity before it, are returned as they are (a bare `which` / `that`
 * then makes no frame: {@link BARE_RELATIVE}).
 */
function relativeToAntecedent(text: string, at: Attribution, entities: readonly { start: number; end: number }[]): Attribution {
  if (!at.source || !/^\s*(?:which|who|that)\s*$/i.test(at.source.text)) return at;
  const before = entities.filter((e) => e.end <= at.source!.start && /^\s*,\s*$/.test(text.slice(e.end, at.source!.start)));
  if (before.length === 0) return at;
  const e = before.reduce((x, y) => (y.start < x.start ? y : x));
  return { ...at, source: { start: e.start, end: e.end, text: text.slice(e.start, e.end) } };
}

/**
 * The article's attributions (text order) with each source tied to an entity where the text
 * says who it is: the entity the source span names ({@link sourceEntityOf}; the story-wide ids of
 * the entity stage: "Donald Trump" and "Trump" are one), else the attribution stage's own rules
 * (`resolveSources`: a pronoun or role noun takes the source before it), kept when it is an
 * entity the entity stage found. Origins are then counted by entity, not by how the source was
 * written. Attributions that already carry an entity keep it.
 */
function linkSources(text: string, ex: ArticleExtraction): Attribution[] {
  if (ex.attributions.every((at) => at.sourceEntity !== undefined)) {
    return pronounsToMentions(text, ex.attributions.map((at) => relativeToAntecedent(text, at, ex.entities)), ex.entities);
  }
  const link: SourceLinker = (source) => sourceEntityOf(text, source, ex.entities);
  // Only ids of the entity stage count: a source it did not find keeps its written name.
  const ids = new Set(ex.entities.map((e) => e.entity));
  const ordered = [...ex.attributions].sort((x, y) => x.cue.start - y.cue.start).map((at) => relativeToAntecedent(text, at, ex.entities));
  const linked = resolveSources(ordered, text, link).map((at, i) => {
    if (ordered[i].sourceEntity !== undefined) return ordered[i];
    return at.sourceEntity && ids.has(at.sourceEntity) ? at : { ...at, sourceEntity: null };
  });
  return pronounsToMentions(text, linked, ex.entities);
}

/** A source span without the punctuation and spaces at its ends ("Ruth Aldane," is "Ruth Aldane"). */
function trimSource(at: Attribution): Attribution {
  if (!at.source) return at;
  // Nothing to trim at either end (the common case): the regex below would give the text back.
  const src = at.source.text;
  if (src === '' || (!SOURCE_EDGE.test(src[0]) && !SOURCE_EDGE.test(src[src.length - 1]))) return at;
  const m = /^[\s,;:\u2013\u2014-]*([\s\S]*?)[\s,;:\u2013\u2014-]*$/.exec(at.source.text);
  const inner = m ? m[1] : at.source.text;
  if (inner === at.source.text || inner === '') return at;
  const start = at.source.start + at.source.text.indexOf(inner);
  return { ...at, source: { start, end: start + inner.length, text: inner } };
}

/** One character that {@link trimSource} trims off a source's ends. */
const SOURCE_EDGE = /[\s,;:\u2013\u2014-]/;

/** {@link pronounToMention} over attributions in text order, knowing the sources (by entity) named before each. */
function pronounsToMentions(text: string, attributions: readonly Attribution[], entities: readonly { start: number; end: number; entity: string; type: string }[]): Attribution[] {
  const named = new Map<string, Attribution['source']>();
  return [...attributions].sort((x, y) => x.cue.start - y.cue.start).map((at) => {
    const out = pronounToMention(text, trimSource(at), entities, named);
    if (out.sourceEntity && out.source && !PRONOUN_TYPE[out.source.text.trim().toLowerCase()]) named.set(out.sourceEntity, out.source);
    return out;
  });
}

/** A personal pronoun as a source, and the entity type it can stand for. */
const PRONOUN_TYPE: Record<string, string> = { he: 'PERSON', she: 'PERSON', it: 'ORG' };
/** How far back (characters) a pronoun source looks for the name it stands for. */
const PRONOUN_REACH = 800;

/**
 * A pronoun source no earlier source explains ("She said ...", "It did not say ...", with no
 * source before it, or only one of another kind: "she" is no ministry): the nearest name of the
 * right kind before it in the text, a person for he / she, an organisation for it, within
 * {@link PRONOUN_REACH} characters, becomes the source (its span and entity). A pronoun tied
 * to an entity of its kind is written as the source that named it before (`named`), else as
 * that entity's nearest mention before it; with no such name before it, it is kept.
 */
function pronounToMention(text: string, at: Attribution, entities: readonly { start: number; end: number; entity: string; type: string }[], named: ReadonlyMap<string, Attribution['source']>): Attribution {
  if (!at.source) return at;
  const type = PRONOUN_TYPE[at.source.text.trim().toLowerCase()];
  if (!type) return at;
  // Tied already (to the source before it) to an entity of its kind: written as that entity's
  // nearest mention before it, when there is one.
  const tied = Boolean(at.sourceEntity) && entities.some((e) => e.entity === at.sourceEntity && e.type === type);
  // A source before it names that entity ("Port spokesman Ivan Mirko said ... He added"): written as that source.
  const before = tied ? named.get(at.sourceEntity!) : undefined;
  if (before) return { ...at, source: before };
  let best: { start: number; end: number; entity: string } | null = null;
  for (const e of entities) {
    if (e.type !== type || e.end > at.source.start || (tied ? e.entity !== at.sourceEntity : at.source.start - e.end > PRONOUN_REACH)) continue;
    if (!best || e.start > best.start) best = e;
  }
  if (!best) return at;
  return { ...at, source: { start: best.start, end: best.end, text: text.slice(best.start, best.end) }, sourceEntity: best.entity };
}

/** A frame source that names a document, not someone who speaks ("according to the plan", "the document reportedly"). */
const DOCUMENT_SOURCE = /^(?:the|this|that|its|their|such\s+an?|an?)\s+(?:[\p{L}-]+\s+)?(?:plan|document|draft|text|report|proposal|agreement|deal|paper|memo|letter|framework|bill|resolution|outline|programme|program)s?$/iu;
/**
 * What makes an unattributed sentence read as the speaker's, right after "X said that ...": a
 * quotation, or a view rather than an event (what will, must or may happen, what is yet to be
 * or remains to be settled). A past event told next ("The union has rejected three offers")
 * may be the reporter's own background and is not carried.
 */
const CONTINUES_SPEECH = /^\s*["“«‘]|\b(?:will|would|must|should|could|may|might|can|cannot|shall|needs?\s+to|yet\s+to|remains?\s+to|expected\s+to|likely\s+to)\b/i;
/** A source that is a personal pronoun. */
const PRONOUN_SOURCE = /^(?:he|she|they|it|him|her|them)$/i;
/** A source that only names a role: "the source", "the interlocutor", "the official". */
const ROLE_SOURCE = /^the\s+(source|interlocutor|official|officer|diplomat|insider|spokesman|spokeswoman|spokesperson|representative|person|informant)$/i;
/** Words that mark a statement as reported speech of someone named before ("The document reportedly ..."). */
const REPORTED_SPEECH = /\b(?:reportedly|allegedly|purportedly|supposedly)\b/i;

/** A passive cue: "is noted", "was cited", "has been reported" (an active cue without a source lost its source). */
const PASSIVE_CUE = /^\s*(?:is|are|was|were|be|being|been|has\s+been|have\s+been|had\s+been)\s+(?:[\p{L}]+ly\s+)?[\p{L}]+\s*:?\s*$/iu;

/**
 * True when an attribution is a passive reporting verb without a source ("It is noted that ...", "...
 * was cited as an example"): the speaker is the one named before.
 */
function agentless(at: Attribution): boolean {
  if (at.source || !PASSIVE_CUE.test(at.cue.text)) return false;
  return at.cue.text.split(/[^\p{L}']+/u).some((w) => w.length > 1 && REPORTING.has(stem(w.toLowerCase())));
}

/** A frame carried over from another sentence. */
function carried(f: ClaimFrame): ClaimFrame {
  return claimFrame(f.source, f.cue, f.sourceEntity, f.via, true);
}

/**
 * Attribution frames carried over sentence boundaries to the statements they govern, within
 * one article read in order:
 * - a reporting verb without a source ("It is noted that ...", "... was cited as an example")
 *   takes the frame of the sentence just before;
 * - reported speech ("The document reportedly ...") takes the last frame of its paragraph, or of
 *   the paragraph before when it opens one;
 * - a frame whose source is a document ("according to the plan") is the paragraph's last frame
 *   (whoever reported the plan), or none;
 * - a frame opening a paragraph ("According to X, ...", "As reported by X, ...") governs its
 *   sentences without an attribution of their own, and relays those that cite someone else;
 * - a sentence right after one wholly governed by a leading frame ("X said that ..."), in the
 *   same paragraph, without an attribution of its own, and reading as speech (a quotation, or
 *   what will, must or may be: {@link CONTINUES_SPEECH}), continues it;
 * - a source that only names a role ("the source", "the interlocutor") is the unnamed source
 *   cited before it, and a pronoun tied to an entity ("he") is written as that entity was.
 * Only frames with a source are carried; carried frames are marked `carried` and carry no further
 * by the last rule (no chains).
 */
class FrameCarrier {
  private prev: { frame: ClaimFrame | null; leading: boolean; end: number } | null = null;
  private para: ClaimFrame | null = null;
  /** The frame opening the current paragraph ("According to X, ..."), which spans all of it. */
  private opener: ClaimFrame | null = null;
  /** Every frame with a source so far, in text order. */
  private readonly sources: ClaimFrame[] = [];

  constructor(private readonly text: string) {}

  /** True when a line break stands between the previous body sentence and `s`. */
  private newParagraph(s: Span): boolean {
    return this.prev === null || /\n/.test(this.text.slice(this.prev.end, s.start));
  }

  /** The frame of a body sentence, given the frame found in it and its attributions. */
  frameOf(s: Span, found: ClaimFrame | null, attrs: readonly Attribution[]): ClaimFrame | null {
    const samePara = !this.newParagraph(s);
    const para = samePara ? this.para : null;
    const prev = this.prev?.frame?.source ? this.prev.frame : null;
    if (found?.source && DOCUMENT_SOURCE.test(found.source.text.trim())) return para ? carried(para) : null;
    if (found && !found.source) return prev && attrs.some(agentless) ? carried(prev) : found;
    const opener = samePara ? this.opener : null;
    if (found) {
      const named = this.antecedent(found);
      // "As reported by X, ... . Putin stated that ...": Putin's statement, relayed by X.
      const relayed = opener?.source && named.source && !named.via && normName(opener.source.text) !== normName(named.source.text);
      return relayed ? claimFrame(named.source, named.cue, named.sourceEntity, opener!.source!.text, named.carried) : named;
    }
    if (prev && attrs.some(agentless)) return carried(prev);
    // this.para is still the last paragraph's frame when this sentence opens a new one.
    if (this.para && REPORTED_SPEECH.test(this.text.slice(s.start, s.end))) return carried(this.para);
    if (opener && !attrs.some((at) => at.source)) return carried(opener);
    if (samePara && prev && this.prev!.leading && !attrs.some((at) => at.source) && CONTINUES_SPEECH.test(this.text.slice(s.start, s.end))) return carried(prev);
    return null;
  }

  /**
   * A source that only names a role ("the source", "the interlocutor") with no entity behind it
   * is the unnamed source cited before: the last one whose words hold that noun ("a source close
   * to the Kremlin" for "the source"), else the last one without an entity. Kept as it is when
   * there is none.
   */
  private antecedent(f: ClaimFrame): ClaimFrame {
    if (f.sourceEntity && PRONOUN_SOURCE.test(f.source?.text.trim() ?? '')) {
      // "He added": named as the one it was tied to ("Kremlin leader Vladimir Putin").
      const named = [...this.sources].reverse().find((x) => x.sourceEntity === f.sourceEntity && !PRONOUN_SOURCE.test(x.source!.text.trim()));
      return named ? claimFrame(named.source, f.cue, f.sourceEntity, f.via, f.carried) : f;
    }
    const m = ROLE_SOURCE.exec(f.source?.text.trim() ?? '');
    if (!m || f.sourceEntity) return f;
    const noun = m[1].toLowerCase();
    const unnamed = this.sources.filter((x) => !x.sourceEntity && x.source && x.source.text.trim().toLowerCase() !== f.source!.text.trim().toLowerCase());
    const hit = [...unnamed].reverse().find((x) => new RegExp(`\\b${noun}\\b`, 'i').test(x.source!.text)) ?? unnamed[unnamed.length - 1];
    return hit ? claimFrame(hit.source, f.cue, null, f.via, f.carried) : f;
  }

  /** Notes the frame a body sentence ended with (`leading`: its frame governs all of it). */
  note(s: Span, frame: ClaimFrame | null, leading: boolean): void {
    if (this.newParagraph(s)) {
      this.para = null;
      // "According to X, ..." opening a paragraph: X's frame spans the paragraph.
      const opens = frame?.source && !frame.carried && frame.source.start > frame.cue.start && !/\w/.test(this.text.slice(s.start, frame.cue.start));
      this.opener = opens ? frame : null;
    }
    if (frame?.source && !this.sources.includes(frame)) this.sources.push(frame);
    if (frame?.source) this.para = frame;
    this.prev = { frame, leading: leading && Boolean(frame?.source), end: s.end };
  }
}

/** True when the attributions come in order of cue start ({@link cuesInside} can search them). */
function cueOrdered(attributions: readonly Attribution[]): boolean {
  for (let i = 1; i < attributions.length; i++) if (attributions[i].cue.start < attributions[i - 1].cue.start) return false;
  return true;
}

/**
 * The attributions whose cue lies inside `span`, in their order. When they are sorted by cue
 * start (`ordered`, as the attribution stage gives them), a binary search finds the first cue
 * starting at or after `span.start`, and the scan stops after its end.
 */
function cuesInside(attributions: readonly Attribution[], span: Span, ordered: boolean): Attribution[] {
  if (!ordered) return attributions.filter((at) => inside(at.cue, span));
  let lo = 0;
  let hi = attributions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (attributions[mid].cue.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Attribution[] = [];
  for (let i = lo; i < attributions.length && attributions[i].cue.start <= span.end; i++) {
    if (inside(attributions[i].cue, span)) out.push(attributions[i]);
  }
  return out;
}

/** Sorts marks by start in place, stably (as `sort` does), by insertion: a claim has a few. */
function sortByStart(marks: FeatureMark[]): void {
  for (let i = 1; i < marks.length; i++) {
    const m = marks[i];
    let j = i - 1;
    while (j >= 0 && marks[j].start > m.start) {
      marks[j + 1] = marks[j];
      j--;
    }
    marks[j + 1] = m;
  }
}

/** Reads the claims of one article. Pure: the same article and extraction give the same claims. */
export function extractClaims(a: Article, ex: ArticleExtraction): Claim[] {
  const outlet = outletOf(a);
  const outletName = normName(outlet);
  const claims: Claim[] = [];
  const regs = regions(a);
  let prevClaims: Claim[] = [];
  const attributions = linkSources(a.text, ex);
  const carry = new FrameCarrier(a.text);
  const times = claimTimes(a.text, ex.times);
  const ordered = cueOrdered(attributions);
  // The loop over regions calls `regionClaims` for the work: a long loop in a big function gets
  // it compiled twice (on-stack, then on its next call); this one is small.
  for (const reg of regs) {
    const attrsHere = cuesInside(attributions, reg.span, ordered);
    if (reg.from === 'body' && prevClaims.length > 0 && ANAPHORIC_FRAME.test(a.text.slice(reg.span.start, reg.span.end))) {
      // "This is reported by X": the frame of the sentence before.
      const at = attrsHere.find((x) => x.source && !ownSource(x, outletName));
      if (at) {
        const carried = frameOf(at, null, true);
        for (const c of prevClaims) if (!c.frame) c.frame = carried;
        carry.note(reg.span, carried, false);
      }
      continue;
    }
    const made = regionClaims(a, ex.entities, reg, attrsHere, outlet, outletName, carry, times, claims.length);
    for (const c of made) claims.push(c);
    prevClaims = made;
  }
  return claims;
}

/** The claims of one region of `a` (their ids numbered on from `before`). */
function regionClaims(
  a: Article,
  allEntities: readonly EntityMention[],
  reg: Region,
  attrsHere: Attribution[],
  outlet: string,
  outletName: string,
  carry: FrameCarrier,
  times: readonly TimeExpression[],
  before: number,
): Claim[] {
  const found = sentenceFrame(a.text, reg.span, attrsHere, outletName);
  const { content } = found;
  const frame = reg.from === 'body' ? carry.frameOf(reg.span, found.frame, attrsHere) : found.frame;
  if (reg.from === 'body') carry.note(reg.span, frame, found.leading && frame === found.frame);
  // The region is tokenised once; clauses and scopes take their tokens from it.
  const regionTokens = tokenize(a.text, reg.span.start, reg.span.end);
  const tokens = tokensWithin(regionTokens, content);
  const clauses = splitClauses(a.text, tokens);
  // The times and entities that can touch a clause of the region (each clause lies in the
  // hull of the region and its clauses), so that each clause looks through these only.
  const hull = { start: reg.span.start, end: reg.span.end };
  for (const cl of clauses) {
    hull.start = Math.min(hull.start, cl.start);
    hull.end = Math.max(hull.end, cl.end);
  }
  const regTimes: TimeExpression[] = [];
  for (const t of times) if (overlap(t, hull) > 0 || inside(t, reg.span)) regTimes.push(t);
  // A time of the region outside every clause belongs to the frame around them (each clause's).
  const frameTime: boolean[] = [];
  for (const t of regTimes) frameTime.push(inside(t, reg.span) && !overlapsAny(t, clauses));
  const regEntities: EntityMention[] = [];
  for (const e of allEntities) if (overlap(e, hull) > 0) regEntities.push(e);
  const made: Claim[] = [];
  // A loop, not a `forEach` callback: a closure made per region loses its optimised code
  // when it is collected, and the next one is compiled again.
  for (let k = 0; k < clauses.length; k++) {
    const cl = clauses[k];
    const span = trimSpan(a.text, cl);
    if (span.end - span.start < 3) continue;
    const toks = tokensWithin(regionTokens, span);
    if (toks.length === 0) continue;
    const scopeStart = k === 0 ? reg.span.start : span.start;
    // (after the first clause the scope is the clause: its tokens)
    const scope = scopeStart === span.start ? toks : tokensWithin(regionTokens, { start: scopeStart, end: span.end });
    made.push(clauseClaim(a, reg, span, toks, scope, frame, outlet, regTimes, frameTime, regEntities, `${a.id}#${before + made.length + 1}`));
  }
  return made;
}

/** The claim of one clause (`span`, its tokens `toks`, hedges read in `scope`). */
function clauseClaim(
  a: Article,
  reg: Region,
  span: Span,
  toks: Token[],
  scope: Token[],
  frame: ClaimFrame | null,
  outlet: string,
  regTimes: readonly TimeExpression[],
  frameTime: readonly boolean[],
  regEntities: readonly EntityMention[],
  id: string,
): Claim {
  const hedges = hedgesOf(scope);
  // The clause's own times, and those of the frame around it ("X said on Monday that ...").
  const times: TimeExpression[] = [];
  for (let i = 0; i < regTimes.length; i++) if (frameTime[i] || overlap(regTimes[i], span) > 0) times.push(regTimes[i]);
  // The claim's arrays are filled by push loops, not `map` / `filter`: optimised code makes
  // holey arrays of `map` (and other empty arrays of `filter`) than the interpreter does, and
  // code reading claims deoptimises on each kind it has not seen.
  const dates: ClaimDate[] = [];
  for (const t0 of times) {
    const t = t0.value === null && t0.type === 'DATE' ? { ...t0, value: undatedDay(t0.text) } : t0;
    if (!((t.type === 'DATE' || t.type === 'TIME') && t.value && !VAGUE_DATE.test(t.value))) continue;
    // One field order for every date (absent parts undefined, not left out: one layout).
    dates.push({
      start: t.start, end: t.end, text: t.text, value: t.value, type: t.type, estimated: t.estimated,
      range: t.range ? t.range : undefined,
      frame: overlap(t, span) > 0 ? undefined : true,
    });
  }
  const entities: ClaimEntity[] = [];
  for (const e of regEntities) {
    if (overlap(e, span) > 0) entities.push({ start: e.start, end: e.end, text: e.text, entity: e.entity, type: e.type });
  }
  const pred = predicateOf(toks);
  const terms: string[] = [];
  const tmarks = termMarks(toks, terms);
  const numbers = numbersOf(a.text, toks, times);
  const marks: FeatureMark[] = [];
  for (const m of tmarks) marks.push(m);
  for (const e of entities) marks.push({ key: featureKey('e', e.entity), start: Math.max(e.start, span.start), end: Math.min(e.end, span.end) });
  for (const n of numbers) marks.push({ key: `n:${n.value}`, start: n.start, end: n.end });
  for (const d of dates) marks.push({ key: `d:${d.value}`, start: Math.max(d.start, span.start), end: Math.min(d.end, span.end) });
  if (pred) marks.push({ key: `p:${pred.lemma}`, start: pred.start, end: pred.end });
  sortByStart(marks);
  return {
    id,
    article: a.id,
    outlet,
    span,
    text: a.text.slice(span.start, span.end),
    sentence: reg.span,
    from: reg.from,
    frame,
    hedged: hedges.length > 0,
    hedges,
    negated: isNegated(mainWords(toks, a.text)),
    numbers,
    dates,
    entities,
    predicate: pred?.lemma ?? null,
    predicateText: pred?.text ?? null,
    irrealis: pred?.irrealis ?? false,
    terms,
    marks,
  };
}
