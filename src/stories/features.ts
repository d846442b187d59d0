/**
 * An article's clustering features: stemmed term frequencies of the whole text and of its lead
 * (title, or headline line, plus first sentence), capitalised names, numbers, date mentions,
 * and a day (its published date, else a full date stated in its first lines).
 *
 * Text inside marks (captions, promos, related headlines ...) is ignored, except that a
 * dateline mark may still supply the day.
 */
import type { Span } from '../types.js';
import { firstTokenFrom, tokenize, tokenizeInto, type Token, type TokenInfo } from '../nlp/tokenize.js';
import { STOPWORDS } from '../nlp/stopwords.js';
import { stem } from '../nlp/stem.js';
import { findNames } from '../nlp/names.js';
import { findNumbers } from '../nlp/numbers.js';
import { findDetails, type DetailSlot } from '../nlp/details.js';
import { findDates, dayNumber, monthNumber, weekdayNumber, type DateMention } from '../nlp/dates.js';
import { fnv1a } from './hash.js';

/** What the story clusterer needs of an article. */
export interface ClusterInput {
  id: string;
  text: string;
  title?: string | null;
  /** ISO date or date-time, or null when unknown. */
  published?: string | null;
  /** ISO 639-1 code; missing, null or `und` competes with every language. */
  language?: string | null;
  /** Body sentences (optional): the first one is used for the lead. */
  sentences?: Span[];
  /** Marked non-body ranges: their text is ignored. */
  marks?: Array<{ start: number; end: number; kind: string }>;
}

/** A sparse vector keyed by feature hash. */
export type SparseVector = Map<number, number>;

/**
 * The features of one article. Plain data only: strings, numbers, and built-in `Map` / `Set`
 * of numbers and strings (no class instances of ours, no closures), so they survive the
 * structured clone of `postMessage`: `extractFeatures` may run in a worker thread and
 * `StoryClusterer.addFeatures` on the main thread. (Not JSON as is: Maps and Sets.)
 */
export interface ArticleFeatures {
  id: string;
  /** Language code, `und` when unknown. */
  language: string;
  /** Days since 1970-01-01 (published, else a full date in the first lines), or null. */
  day: number | null;
  /** Where `day` came from. */
  dayFrom: 'published' | 'text' | null;
  /** Title (or headline line) as given, for display. */
  title: string | null;
  /** Stem hash → 1 + ln(tf), over title and body. */
  terms: SparseVector;
  /** Stem hash → 1 + ln(tf), over the title/headline and first sentence. */
  lead: SparseVector;
  /** Name hash → weight: full phrases (`p:`) and, for multi-word names, their words (`w:`). */
  names: SparseVector;
  /** The names the article repeats most (`w:` words of its names, by mention count, top 4). */
  focus: SparseVector;
  /** Hashes of quantities stated (`n:1200`), years excluded. */
  numbers: SparseVector;
  /** Hashes of stated dates (`y:2013`, `m:2013-05`, `md:05-03`) and weekdays (`wd:6`). */
  dates: SparseVector;
  /** Years the article states or is dated in. */
  years: Set<number>;
  /**
   * Specific details stated (ages, magnitudes, tolls, places, weekdays): slot index
   * (`DETAIL_SLOTS`) and value hash, parallel.
   */
  details: { slots: number[]; keys: number[] };
  /** Hash → readable label, for explanations. */
  labels: Map<number, string>;
}

/** A detail slot: those of `nlp/details.ts`, and the weekdays an article names. */
export type StorySlot = DetailSlot | 'weekday';

/**
 * Detail slots by index (see `nlp/details.ts`), then `weekday`: the capitalised weekday names
 * an article uses ("on Sunday"), which place its event within the week.
 */
export const DETAIL_SLOTS: readonly StorySlot[] = ['age', 'magnitude', 'dead', 'injured', 'place', 'weekday'];

/** How many of an article's most repeated name words make its focus. */
const FOCUS_WORDS = 4;

/** Feature namespaces, used as prefixes before hashing. */
export const NS = { term: 't:', name: 'p:', nameWord: 'w:', number: 'n:', date: 'd:' } as const;

/** The body ranges of `text` once marked ranges are cut out. */
export function bodyRanges(text: string, marks: ClusterInput['marks']): Array<[number, number]> {
  if (!marks || marks.length === 0) return [[0, text.length]];
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const out: Array<[number, number]> = [];
  let pos = 0;
  for (const m of sorted) {
    if (m.start > pos) out.push([pos, Math.min(m.start, text.length)]);
    pos = Math.max(pos, m.end);
  }
  if (pos < text.length) out.push([pos, text.length]);
  return out;
}

/** Adds `by` to feature `key` of `v`, labelling it (`labels` null: unlabelled features). */
function add(v: SparseVector, labels: Map<number, string> | null, key: string, by = 1): number {
  const h = fnv1a(key);
  v.set(h, (v.get(h) ?? 0) + by);
  if (labels !== null && !labels.has(h)) labels.set(h, key);
  return h;
}

function logTf(v: SparseVector): SparseVector {
  for (const [k, c] of v) v.set(k, 1 + Math.log(c));
  return v;
}

/**
 * A stem feature: its hash and readable label. Words with the same stem share one key; keys
 * whose hashes collide (different stems) share one canonical key, which is what gets counted,
 * since the vectors are keyed by hash.
 */
interface TermKey {
  hash: number;
  label: string;
  /** The first key made with this hash (usually the key itself). */
  canon: TermKey;
  /** The {@link StemTally} that last saw this (canonical) key, and its index there. */
  mark: number;
  index: number;
}

/** A word's memoised stem key (on its {@link TokenInfo}), valid in one generation of keys. */
interface TermMemo {
  generation: number;
  key: TermKey | null;
}

/** Keys by label and canonical keys by hash; both start afresh (a new generation) when full. */
const TERM_KEYS_LIMIT = 100_000;
let keyGeneration = 0;
let keysByLabel = new Map<string, TermKey>();
let canonByHash = new Map<number, TermKey>();

/** The stem key of a label (`t:elect`). */
function termKey(label: string): TermKey {
  let key = keysByLabel.get(label);
  if (key !== undefined) return key;
  const hash = fnv1a(label);
  key = { hash, label, canon: undefined as unknown as TermKey, mark: 0, index: 0 };
  key.canon = canonByHash.get(hash) ?? key;
  if (key.canon === key) canonByHash.set(hash, key);
  keysByLabel.set(label, key);
  return key;
}

/**
 * Starts a new generation of keys when the maps are full. Called between articles only: the
 * keys counted for one article must all come from one generation (one canonical key per hash).
 */
function boundTermKeys(): void {
  if (keysByLabel.size < TERM_KEYS_LIMIT) return;
  keysByLabel = new Map();
  canonByHash = new Map();
  keyGeneration++;
}

/** The stem key of a token (null for stopwords, numbers, one-letter words), uncached. */
function computeTermOf(t: Token): TermKey | null {
  if (t.kind === 'number') return null;
  if (t.kind === 'abbr') return termKey(NS.term + t.norm);
  if (t.norm.length >= 2 && !STOPWORDS.has(t.norm)) {
    const s = stem(t.norm);
    if (s.length >= 2) return termKey(NS.term + s);
  }
  return null;
}

/** The stem key of a token, memoised on its shared {@link TokenInfo}. */
function termOf(t: Token, info: TokenInfo): TermKey | null {
  const memo = info.memo as TermMemo | undefined;
  if (memo !== undefined && memo.generation === keyGeneration) return memo.key;
  const key = computeTermOf(t);
  info.memo = { generation: keyGeneration, key } satisfies TermMemo;
  return key;
}

let tallyMarks = 0;
/** Scratch counts of the current tally: per vector, by the keys' tally index. */
let tallyCounts: [Int32Array, Int32Array] = [new Int32Array(1024), new Int32Array(1024)];

/**
 * Stem counts of one article for its two stem vectors (0: `terms`, 1: `lead`), gathered in
 * the order the occurrences are added: the same vectors (contents and key order) and labels as
 * adding each occurrence to a `Map` would give, with one `Map` write per key.
 */
class StemTally {
  private readonly mark = ++tallyMarks;
  private size = 0;
  /** Canonical keys of each vector, in first-occurrence order. */
  private readonly order: [TermKey[], TermKey[]] = [[], []];

  /**
   * The article's labels (null: unlabelled features), begun here: the stems come first, and
   * each canonical key (one per hash) is labelled once, by its first occurrence, so no label is
   * ever overwritten.
   */
  constructor(readonly labels: Map<number, string> | null) {}

  /** Counts one occurrence of `key` (null: not a stem) in vector `v`. */
  add(v: 0 | 1, key: TermKey | null): void {
    if (key === null) return;
    const c = key.canon;
    if (c.mark !== this.mark) {
      c.mark = this.mark;
      c.index = this.size++;
      if (c.index >= tallyCounts[0].length) {
        const grown: [Int32Array, Int32Array] = [new Int32Array(2 * c.index), new Int32Array(2 * c.index)];
        grown[0].set(tallyCounts[0]);
        grown[1].set(tallyCounts[1]);
        tallyCounts = grown;
      }
      tallyCounts[0][c.index] = 0;
      tallyCounts[1][c.index] = 0;
      if (this.labels !== null) this.labels.set(c.hash, key.label);
    }
    if (tallyCounts[v][c.index]++ === 0) this.order[v].push(c);
  }

  /** Vector `v` as stem hash -> 1 + ln(count). */
  vector(v: 0 | 1): SparseVector {
    const out: SparseVector = new Map();
    const counts = tallyCounts[v];
    for (const c of this.order[v]) out.set(c.hash, 1 + Math.log(counts[c.index]));
    return out;
  }
}

/** Parses the date part of an ISO date or date-time into a day number, or null. */
export function isoDay(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const d = dayNumber({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  return d === undefined || Number.isNaN(d) ? null : d;
}

/**
 * True for a line that only dates the article ("May 03, 2013", "Updated: Nov 11, 2011 20:09
 * IST"): mostly numbers, with at most three longer words besides month and weekday names.
 */
function isDateLine(lineTokens: readonly Token[]): boolean {
  if (!lineTokens.some((t) => t.kind === 'number')) return false;
  let words = 0;
  for (const t of lineTokens) {
    if (t.kind !== 'word' || t.norm.length < 4) continue;
    if (monthNumber(t.norm) !== undefined || weekdayNumber(t.norm) !== undefined) continue;
    words++;
  }
  return words <= 3;
}

/** The tokens (in text order) that start in `[from, to)`. */
function tokensStartingIn(tokens: readonly Token[], from: number, to: number): Token[] {
  const lo = firstTokenFrom(tokens, from);
  let end = lo;
  while (end < tokens.length && tokens[end].start < to) end++;
  return tokens.slice(lo, end);
}

/**
 * The headline-like first line of `text` at or after `from` (2 to 25 tokens), skipping up to
 * two leading date lines: `[start, end]` of the line, or null.
 */
function headline(text: string, tokens: readonly Token[], from: number): [number, number] | null {
  let start = from;
  for (let lineNo = 0; lineNo < 3; lineNo++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return null;
    const line = tokensStartingIn(tokens, start, nl);
    if (lineNo < 2 && isDateLine(line)) {
      start = nl + 1;
      continue;
    }
    return line.length >= 2 && line.length <= 25 ? [start, nl] : null;
  }
  return null;
}

/** The end of the first sentence starting at `from` (a rough split on `.!?` + space or a line end). */
function firstSentenceEnd(text: string, from: number, to: number): number {
  const re = /[.!?]["”’)]?\s|\n/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const end = m.index + 1;
    if (end - from < 20) continue;
    return Math.min(end, to);
  }
  return to;
}

/** True for the hour or minutes of a clock time (`08:10`, `13: 59`). */
function isClockTime(text: string, start: number, end: number): boolean {
  return /^ ?: ?\d/.test(text.slice(end, end + 3)) || /\d ?: ?$/.test(text.slice(Math.max(0, start - 3), start));
}

/** Adds `y:`, `m:`, `d:` keys for one date mention. */
function addDate(v: SparseVector, labels: Map<number, string> | null, d: DateMention, years: Set<number>): void {
  if (d.year !== undefined) {
    years.add(d.year);
    add(v, labels, `${NS.date}y:${d.year}`);
    if (d.month !== undefined) {
      add(v, labels, `${NS.date}m:${d.year}-${String(d.month).padStart(2, '0')}`);
    }
  }
  if (d.month !== undefined && d.day !== undefined) {
    add(v, labels, `${NS.date}md:${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`);
  }
}

/** True when entry `a` ranks before `b`: a higher count, or an equal count and a smaller key. */
function before(a: [string, number], b: [string, number]): boolean {
  return a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
}

/**
 * The `n` entries of `counts` with the highest counts, ties by key: the first `n` of the
 * entries sorted so, found without sorting them all.
 */
function topCounts(counts: Map<string, number>, n: number): Array<[string, number]> {
  const top: Array<[string, number]> = [];
  for (const e of counts) {
    if (top.length === n && !before(e, top[n - 1])) continue;
    let i = top.length < n ? top.length : n - 1;
    while (i > 0 && before(e, top[i - 1])) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = e;
  }
  return top;
}

/**
 * Extracts the clustering features of one article. Pure and self-contained (only a bounded
 * memo of stems per thread), safe to call in worker threads; see {@link ArticleFeatures}.
 */
export function extractFeatures(input: ClusterInput): ArticleFeatures {
  return extract(input, new Map());
}

/**
 * {@link extractFeatures} without the labels (`labels` is an empty map): the same vectors and
 * details, for callers that never read labels. The ingest worker is one: its features cross
 * threads without labels (`pipeline/prepare-task.ts`), and only `StoryClusterer.explain` reads
 * labels, from features it extracts itself.
 */
export function extractUnlabelledFeatures(input: ClusterInput): ArticleFeatures {
  return extract(input, null);
}

/** The features of one article, labelled into `labels` (null: none). */
function extract(input: ClusterInput, labels: Map<number, string> | null): ArticleFeatures {
  const text = input.text ?? '';
  const names: SparseVector = new Map();
  const numbers: SparseVector = new Map();
  const dates: SparseVector = new Map();
  const years = new Set<number>();

  const ranges = bodyRanges(text, input.marks);
  boundTermKeys();
  const tokens: Token[] = [];
  const infos: TokenInfo[] = [];
  for (const [a, b] of ranges) tokenizeInto(text, a, b, tokens, infos);
  const tally = new StemTally(labels);

  // Title / headline and first sentence make the lead.
  const title = input.title?.trim() ? input.title.trim() : null;
  let leadFrom = ranges.length > 0 ? ranges[0][0] : 0;
  while (leadFrom < text.length && /\s/.test(text[leadFrom])) leadFrom++;
  let shownTitle = title;
  if (title) {
    const titleTokens: Token[] = [];
    const titleInfos: TokenInfo[] = [];
    tokenizeInto(title, 0, title.length, titleTokens, titleInfos);
    const tt: Array<TermKey | null> = [];
    for (let i = 0; i < titleTokens.length; i++) tt.push(termOf(titleTokens[i], titleInfos[i]));
    for (const k of tt) tally.add(0, k);
    for (const k of tt) tally.add(1, k);
    // When the text repeats the title as its first line, the lead continues after it.
    if (text.startsWith(title, leadFrom)) leadFrom += title.length;
  } else {
    const h = headline(text, tokens, leadFrom);
    if (h !== null) {
      shownTitle = text.slice(h[0], h[1]).trim();
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].start >= h[0] && tokens[i].end <= h[1]) tally.add(1, termOf(tokens[i], infos[i]));
      }
      leadFrom = h[1] + 1;
    }
  }
  // A date line right after the headline is not the first sentence.
  for (let k = 0; k < 2; k++) {
    const nl = text.indexOf('\n', leadFrom);
    if (nl < 0 || !isDateLine(tokensStartingIn(tokens, leadFrom, nl))) break;
    leadFrom = nl + 1;
  }
  let sentEnd: number;
  const firstSentence = input.sentences?.find((s) => s.start >= leadFrom);
  if (firstSentence) sentEnd = firstSentence.end;
  else {
    const rangeEnd = ranges.find(([, b]) => b > leadFrom)?.[1] ?? text.length;
    sentEnd = firstSentenceEnd(text, leadFrom, rangeEnd);
  }
  // Pushed, not `map`: optimised code makes a holey array of `map`, the interpreter a packed
  // one, and the loops reading it deoptimise on the kind they have not seen.
  const tokenTerms: Array<TermKey | null> = [];
  for (let i = 0; i < tokens.length; i++) tokenTerms.push(termOf(tokens[i], infos[i]));
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].start >= leadFrom && tokens[i].end <= sentEnd) tally.add(1, tokenTerms[i]);
  }
  for (const k of tokenTerms) tally.add(0, k);
  const terms = tally.vector(0);
  const lead = tally.vector(1);

  const wordCounts = new Map<string, number>();
  for (const n of findNames(text, tokens)) {
    add(names, labels, NS.name + n.key);
    if (n.words.length > 1) for (const w of n.words) add(names, labels, NS.nameWord + w, 0.5);
    for (const w of n.words) if (w.length > 1 && !STOPWORDS.has(w)) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  }
  const focus: SparseVector = new Map();
  for (const [w, c] of topCounts(wordCounts, FOCUS_WORDS)) add(focus, labels, NS.nameWord + w, c);

  const dateMentions = findDates(text, tokens);
  const inDate = (s: number, e: number): boolean => dateMentions.some((d) => d.start <= s && d.end >= e);
  for (const n of findNumbers(text, tokens)) {
    if (n.yearLike || n.value < 2 || inDate(n.start, n.end) || isClockTime(text, n.start, n.end)) continue;
    const v = Number.isInteger(n.value) ? String(n.value) : n.value.toFixed(2).replace(/0+$/, '');
    const key = NS.number + v;
    const h = fnv1a(key);
    numbers.set(h, 1);
    if (labels !== null && !labels.has(h)) labels.set(h, key);
  }
  for (const d of dateMentions) addDate(dates, labels, d, years);
  // Weekdays ("on Saturday") locate the event within its week.
  const weekdays = new Set<number>();
  for (const t of tokens) {
    const wd = t.cap && t.kind === 'word' ? weekdayNumber(t.norm) : undefined;
    if (wd !== undefined) {
      add(dates, labels, `${NS.date}wd:${wd}`);
      weekdays.add(wd);
    }
  }

  // The day: published, else a full date stated near the top (a dateline), marks included.
  let day = isoDay(input.published);
  let dayFrom: ArticleFeatures['dayFrom'] = day !== null ? 'published' : null;
  if (day === null) {
    const headEnd = Math.min(text.length, 300);
    const head = findDates(text, tokenize(text, 0, headEnd));
    for (const d of head) {
      const n = dayNumber(d);
      if (n !== undefined) {
        day = n;
        dayFrom = 'text';
        break;
      }
    }
  }
  if (day !== null) years.add(new Date(day * 86_400_000).getUTCFullYear());

  const details: ArticleFeatures['details'] = { slots: [], keys: [] };
  for (const [a, b] of ranges) {
    for (const d of findDetails(text.slice(a, b))) {
      const key = fnv1a(`x:${d.slot}:${d.value}`);
      if (details.keys.includes(key)) continue;
      details.slots.push(DETAIL_SLOTS.indexOf(d.slot));
      details.keys.push(key);
      if (labels !== null && !labels.has(key)) labels.set(key, `x:${d.slot}:${d.value}`);
    }
  }
  for (const wd of [...weekdays].sort((x, y) => x - y)) {
    const label = `x:weekday:${wd}`;
    const key = fnv1a(label);
    details.slots.push(DETAIL_SLOTS.indexOf('weekday'));
    details.keys.push(key);
    if (labels !== null && !labels.has(key)) labels.set(key, label);
  }

  const language = input.language && input.language !== 'und' ? input.language : 'und';
  return {
    id: input.id,
    language,
    day,
    dayFrom,
    title: shownTitle,
    terms,
    lead,
    names: logTf(names),
    focus,
    numbers,
    dates: logTf(dates),
    years,
    details,
    labels: labels ?? new Map(),
  };
}
