/**
 * Name candidates: runs of capitalised words (joined by connectors such as `of`, `de`, `bin`,
 * hyphens and apostrophes), cut into the names they hold.
 *
 * A run is cut by, in order: a whole gazetteer match (`United States of America`); a title
 * before a name (`US President Donald Trump` gives `US` and the person `Donald Trump`); an
 * organisation or place pattern (`Russian Foreign Ministry`, `Gulf of Mexico`); otherwise at
 * common words, calendar words and demonyms, with known names matched longest first.
 * A possessive `'s` is never part of a span; a common sentence-initial word never starts one.
 */
import {
  CALENDAR,
  COMMON,
  CONNECTOR,
  DEMONYM,
  DEMONYM_PAIR,
  FIRST_NAME,
  GAZETTEER_MAX_WORDS,
  lookupGazetteer,
  nameKey,
  NUMBERED_HEAD,
  ORG_HEAD,
  PLAIN_ACRONYM,
  ORG_SUFFIX,
  PLACE_HEAD,
  PLACE_SUFFIX,
  ROLE_NOUN,
  TITLE_HEAD,
  TITLE_MODIFIER,
  WEAK_CONNECTOR,
  type GazetteerEntry,
} from './gazetteer.js';
import type { Tok } from './tokens.js';

/** A name found in the text, before classification and merging. */
export interface Candidate {
  /** Token range `[a, b)` of the name proper (without `The`, titles, possessive). */
  a: number;
  b: number;
  start: number;
  end: number;
  text: string;
  /** A known place or organisation. */
  gazetteer: GazetteerEntry | null;
  /** A title stood before the name in the same run (`President`, `Mr.`, `Gen.`). */
  titled: boolean;
  /** `the` / `The` stood right before the name (`cap`: capitalised, not sentence-initial). */
  the: 'cap' | 'lower' | null;
  /** The name opens a sentence. */
  initial: boolean;
  /** The name stands in a headline-style (title-case) line: only known names count there. */
  headline: boolean;
  /** One hyphenated word of capitalised parts (`Putin-Trump`), split later if the parts are known. */
  compound: boolean;
  /** The name stood in the title part of a run (`Tesla` in `Tesla CEO Elon Musk`). */
  beforeTitle: boolean;
}

const WEEKDAY = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Lowercase word without an abbreviation dot. */
function bare(t: Tok): string {
  return t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower;
}

function isNameTok(t: Tok): boolean {
  return t.cap && !t.numeric && t.text.length > 0;
}

function isTitleHead(t: Tok): boolean {
  return TITLE_HEAD.has(bare(t));
}

function isTitleWord(t: Tok): boolean {
  const w = bare(t);
  return TITLE_HEAD.has(w) || TITLE_MODIFIER.has(w);
}

function isSuffixWord(t: Tok): boolean {
  const w = bare(t);
  return ORG_SUFFIX.has(w) || PLACE_SUFFIX.has(w);
}

/** A word that cuts a run when no longer name holds it together. */
function isBreakWord(t: Tok): boolean {
  if (PLAIN_ACRONYM.has(t.text)) return true;
  const w = bare(t);
  if (/^[dri][-‐]\p{L}/u.test(w) && t.text.length <= 8) return true; // `(R-Texas)`, `(D-Calif.)`
  if (/[-‐]/.test(w) && w.split(/[-‐]/).every((p) => DEMONYM.has(p))) return true; // `African-American`
  const apostrophe = w.search(/['’]/);
  if (apostrophe > 0 && COMMON.has(w.slice(0, apostrophe))) return true; // `I'm`, `It's`
  return COMMON.has(w) || CALENDAR.has(w) || DEMONYM.has(w) || (t.text.length === 1 && !t.abbrDot);
}

/** Endings of ordinary English words, rare in names (`Tranquilizing`, `Recently`, `Government`). */
const WORD_ENDING = /(?:ing|ed|ly|tion|tions|ment|ments|ness|ity|ance|ence|ful|less|ous|ive|able|ible|ers|ists|ings)$/;

/** True when a lowercase word has an ending of ordinary words and is no known first name. */
export function wordShaped(w: string): boolean {
  return w.length > 4 && WORD_ENDING.test(w) && !FIRST_NAME.has(w);
}

/** True when `text[from, to)` holds a line feed (what `text.slice(from, to).includes('\n')` says, without the copy). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Marks tokens that stand in title-case lines: 3+ longer words, 80%+ capitalised. */
function headlineFlags(text: string, toks: readonly Tok[]): Uint8Array {
  const flags = new Uint8Array(toks.length);
  let i = 0;
  while (i < toks.length) {
    let j = i + 1;
    while (j < toks.length && toks[j].range === toks[i].range && !hasLineBreak(text, toks[j - 1].end, toks[j].start)) j++;
    let words = 0;
    let caps = 0;
    // Capitalised function words mid-line (`Of`, `The`, `To`) are the mark of title case.
    let capsFunction = false;
    for (let k = i; k < j; k++) {
      const t = toks[k];
      if (t.cap && !t.initial && !t.allCaps && t.text.length <= 4 && COMMON.has(t.lower)) capsFunction = true;
      if (t.numeric || t.initial || t.text.length < 4 || COMMON.has(t.lower) || CALENDAR.has(t.lower)) continue;
      words++;
      if (t.cap) caps++;
    }
    // Headlines do not end like sentences.
    const ending = text.slice(toks[j - 1].end, toks[j - 1].end + 3);
    const terminal = /^['’]?s?[.!?]/.test(ending);
    if ((words >= 3 && caps >= 0.8 * words && !terminal) || (words >= 5 && caps >= 0.9 * words && capsFunction)) flags.fill(1, i, j);
    i = j;
  }
  return flags;
}

/** True for a word of 2+ letters in capitals (`ELON`), not a single acronym. */
function shouting(t: Tok): boolean {
  return t.allCaps && t.text.length >= 2;
}

/**
 * True when token `j` changes from a capitals sequence to mixed case or back
 * (`ABOUT ELON MUSK Elon Musk`): a heading running into text, not one name.
 */
function capsShift(toks: readonly Tok[], j: number): boolean {
  const p = toks[j - 1];
  const t = toks[j];
  if (shouting(p) === shouting(t)) return false;
  if (shouting(p)) return j >= 2 && p.joined && shouting(toks[j - 2]);
  const n = toks[j + 1];
  return n !== undefined && n.joined && shouting(n);
}

/** The capitalised runs of the token list, as token ranges `[a, b)`. */
function runs(toks: readonly Tok[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < toks.length) {
    if (!isNameTok(toks[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    let last = i;
    if (!toks[i].possessive) {
      while (j < toks.length && toks[j].joined) {
        const t = toks[j];
        if (isNameTok(t) && capsShift(toks, j)) break;
        if (isNameTok(t)) {
          last = j;
          j++;
          if (t.possessive) break;
          continue;
        }
        const next = toks[j + 1];
        const ofThe = t.lower === 'of' && next?.lower === 'the' && toks[j + 2]?.joined === true && isNameTok(toks[j + 2]);
        if (!t.cap && (CONNECTOR.has(t.lower) || WEAK_CONNECTOR.has(t.lower)) && next && next.joined && (isNameTok(next) || ofThe)) {
          j++;
          continue;
        }
        // `Organization of the Petroleum ...`
        if (t.lower === 'the' && !t.cap && toks[j - 1].lower === 'of' && next && next.joined && isNameTok(next)) {
          j++;
          continue;
        }
        break;
      }
    }
    out.push([i, last + 1]);
    i = last + 1;
  }
  return out;
}

/** Builds the candidate for tokens `[a, b)` of a run. */
function make(text: string, toks: readonly Tok[], a: number, b: number, extra: Partial<Candidate>): Candidate {
  const start = toks[a].start;
  const end = toks[b - 1].end;
  const prev = a > 0 ? toks[a - 1] : null;
  let the: Candidate['the'] = null;
  if (prev && prev.lower === 'the' && toks[a].joined) the = prev.cap && !prev.initial ? 'cap' : 'lower';
  return {
    a,
    b,
    start,
    end,
    text: text.slice(start, end),
    gazetteer: null,
    titled: false,
    the,
    initial: toks[a].initial,
    headline: false,
    compound: b - a === 1 && /\p{Lu}[^-‐]*[-‐]\p{Lu}/u.test(toks[a].text),
    beforeTitle: false,
    ...extra,
  };
}

/** Text of tokens `[a, b)` with single spaces, for lookups. */
function joinText(text: string, toks: readonly Tok[], a: number, b: number): string {
  return text.slice(toks[a].start, toks[b - 1].end);
}

/** Longest gazetteer match starting at token `a` (within `[a, b)`), as its end index. */
function gazetteerAt(text: string, toks: readonly Tok[], a: number, b: number): [number, GazetteerEntry] | null {
  const max = Math.min(b, a + GAZETTEER_MAX_WORDS);
  for (let e = max; e > a; e--) {
    if (!isNameTok(toks[e - 1])) continue;
    const hit = lookupGazetteer(joinText(text, toks, a, e));
    if (hit) return [e, hit];
  }
  return null;
}

/** The name words of the chunk `[chunk, end)` of {@link splitPlain} as a candidate (none for title words alone). */
function flushChunk(text: string, toks: readonly Tok[], chunk: number, end: number, out: Candidate[], extra: Partial<Candidate>): void {
  if (chunk < 0) return;
  let s = chunk;
  let e = end;
  while (s < e && !isNameTok(toks[s])) s++;
  while (e > s && !isNameTok(toks[e - 1])) e--;
  // A chunk of title words alone (`Prime Minister`) names nobody.
  let titleOnly = true;
  for (let k = s; k < e; k++) if (isNameTok(toks[k]) && !isTitleWord(toks[k])) titleOnly = false;
  if (s < e && !titleOnly) out.push(make(text, toks, s, e, extra));
}

/** Cuts `[a, b)` at break words and known names (the last resort of {@link cutRun}). */
function splitPlain(text: string, toks: readonly Tok[], a: number, b: number, out: Candidate[], extra: Partial<Candidate>): void {
  let i = a;
  let chunk = -1;
  while (i < b) {
    const t = toks[i];
    const hit = isNameTok(t) ? gazetteerAt(text, toks, i, b) : null;
    // `Harrison Ford`, `Ashby Ford`, `Jack London`: a known one-word name right after unknown
    // name words ends their name rather than starting its own.
    if (hit && hit[0] === i + 1 && chunk >= 0 && isNameTok(toks[i - 1]) && !isTitleWord(toks[i - 1])) {
      i++;
      continue;
    }
    if (hit) {
      flushChunk(text, toks, chunk, i, out, extra);
      chunk = -1;
      out.push(make(text, toks, i, hit[0], { ...extra, gazetteer: hit[1] }));
      i = hit[0];
      continue;
    }
    if (isNameTok(t) && i + 1 < b && DEMONYM_PAIR.has(`${t.lower} ${toks[i + 1].lower}`)) {
      flushChunk(text, toks, chunk, i, out, extra);
      chunk = -1;
      i += 2;
      continue;
    }
    const calendarInName = chunk >= 0 && CALENDAR.has(t.lower) && (FIRST_NAME.has(toks[i - 1].lower) || WEEKDAY.has(t.lower));
    if (isNameTok(t) && isBreakWord(t) && !calendarInName) {
      flushChunk(text, toks, chunk, i, out, extra);
      chunk = -1;
      i++;
      continue;
    }
    if (chunk < 0) chunk = i;
    i++;
  }
  flushChunk(text, toks, chunk, b, out, extra);
}

/** True when a word opens organisation or place names with `of` / `for` (`Department`, `Club`, `Gulf`). */
function opensOrgName(t: Tok): boolean {
  const w = bare(t);
  return ORG_HEAD.has(w) || ORG_SUFFIX.has(w) || PLACE_HEAD.has(w);
}

/** True when `[a, b)` reads as an organisation or place by its first or last word. */
function hasPattern(toks: readonly Tok[], a: number, b: number): boolean {
  if (b - a < 2) return false;
  const last = bare(toks[b - 1]);
  const first = bare(toks[a]);
  if (ORG_SUFFIX.has(last) || PLACE_SUFFIX.has(last)) return true;
  const link = toks[a + 1].lower;
  const ofNext = link === 'of';
  if ((ORG_HEAD.has(first) || ORG_SUFFIX.has(first)) && (ofNext || link === 'for' || link === 'on')) return true;
  return PLACE_HEAD.has(first);
}

/** Cuts one capitalised run `[a, b)` into candidates. */
function cutRun(text: string, toks: readonly Tok[], a: number, b: number, out: Candidate[], lowercaseSeen: ReadonlySet<string>): void {
  // Leading common words (`However`, `Yesterday`) never open a name, unless a known name does.
  while (a < b && (COMMON.has(bare(toks[a])) || CALENDAR.has(bare(toks[a]))) && !gazetteerAt(text, toks, a, b)) a++;
  while (a < b && !isNameTok(toks[a])) a++;
  while (b > a && !isNameTok(toks[b - 1])) b--;
  if (a >= b) return;
  // A sentence-initial word before `of` (`Shares of Acme Corp`) or used in lowercase elsewhere
  // (`Police Chief ...`) is an ordinary word, unless it opens a known kind of name.
  if (b - a >= 2 && toks[a].initial && !gazetteerAt(text, toks, a, b)) {
    const w = bare(toks[a]);
    const opensName = FIRST_NAME.has(w) || ORG_HEAD.has(w) || PLACE_HEAD.has(w) || TITLE_HEAD.has(w) || toks[a].allCaps;
    if (!opensName && (toks[a + 1].lower === 'of' || lowercaseSeen.has(w) || wordShaped(w))) {
      a++;
      while (a < b && !isNameTok(toks[a])) a++;
      if (a >= b) return;
    }
  }
  for (let k = a + 1; k < b - 1; k++) {
    if (!WEAK_CONNECTOR.has(toks[k].lower) && !(toks[k].lower === 'the' && toks[k - 1].lower === 'of')) continue;
    if (lookupGazetteer(joinText(text, toks, a, b)) || opensOrgName(toks[a])) break;
    // `Trump and Clinton`: two names.
    cutRun(text, toks, a, k, out, lowercaseSeen);
    cutRun(text, toks, k + 1, b, out, lowercaseSeen);
    return;
  }
  const prev = a > 0 ? toks[a - 1] : null;
  const name = joinText(text, toks, a, b);
  const withThe = prev && prev.lower === 'the' && toks[a].joined ? lookupGazetteer(`the ${name}`) : undefined;
  const whole = withThe ?? lookupGazetteer(name);
  if (whole) {
    out.push(make(text, toks, a, b, { gazetteer: whole }));
    return;
  }
  // `Bernie Sanders of Vermont`, `Jane Roe of Acme Corp`: a name, then where it is from.
  for (let k = a + 1; k < b - 1; k++) {
    if (toks[k].lower !== 'of' || opensOrgName(toks[a]) || isTitleWord(toks[k - 1])) continue;
    let r = k + 1;
    if (toks[r].lower === 'the') r++;
    const hit = r < b ? gazetteerAt(text, toks, r, b) : null;
    if ((hit && hit[0] === b) || hasPattern(toks, r, b)) {
      cutRun(text, toks, a, k, out, lowercaseSeen);
      cutRun(text, toks, r, b, out, lowercaseSeen);
      return;
    }
  }
  // A title before a name: `US President Donald Trump`, `Secretary of State Marco Rubio`.
  let head = -1;
  for (let k = b - 2; k >= a; k--) {
    if (isTitleHead(toks[k])) {
      head = k;
      break;
    }
  }
  if (head < 0 && b - a >= 3 && ROLE_NOUN.has(bare(toks[a])) && FIRST_NAME.has(bare(toks[a + 1]))) head = a;
  if (head >= 0) {
    let tail = head + 1;
    while (tail < b && (toks[tail].lower === 'of' || toks[tail].lower === 'the' || (TITLE_MODIFIER.has(bare(toks[tail])) && tail + 1 < b))) tail++;
    // `CEO of Tesla`, `President of Ukraine`: what follows `of` is the title's organisation or place.
    const ofWhat = toks[head + 1]?.lower === 'of' && tail === head + 2;
    // `Mayor Frank Jackson of Cleveland`: the name ends at `of`.
    let end = tail;
    while (end < b && toks[end].lower !== 'of' && !WEAK_CONNECTOR.has(toks[end].lower)) end++;
    let nameLike = tail < end && isNameTok(toks[tail]) && !ofWhat && !gazetteerAt(text, toks, tail, end);
    for (let k = tail; k < end && nameLike; k++) if (isSuffixWord(toks[k]) || isTitleHead(toks[k]) || isBreakWord(toks[k])) nameLike = false;
    if (nameLike) {
      if (head > a) splitPlain(text, toks, a, head, out, { beforeTitle: true });
      out.push(make(text, toks, tail, end, { titled: true }));
      if (end < b) cutRun(text, toks, end + 1, b, out, lowercaseSeen);
      return;
    }
    if (ofWhat || (tail < b && gazetteerAt(text, toks, tail, b))) {
      if (head > a) splitPlain(text, toks, a, head, out, { beforeTitle: true });
      splitPlain(text, toks, tail, b, out, {});
      return;
    }
  }
  if (hasPattern(toks, a, b)) {
    // `Russian Foreign Ministry`, `Bank of England`: one name, common words trimmed.
    out.push(make(text, toks, a, b, {}));
    return;
  }
  // `Chad Day`, `Jordan Peterson`: a given name first makes a person, even if it is also a place.
  if (b - a >= 2 && b - a <= 3 && FIRST_NAME.has(bare(toks[a])) && !toks[a].allCaps) {
    let plainName = true;
    for (let k = a + 1; k < b; k++) if (!isNameTok(toks[k]) || isBreakWord(toks[k]) || gazetteerAt(text, toks, k, b)) plainName = false;
    if (plainName) {
      out.push(make(text, toks, a, b, {}));
      return;
    }
  }
  splitPlain(text, toks, a, b, out, {});
}

/**
 * Cuts a run of a title-case line, where every word is capitalised: known names and names of
 * the body are matched longest first, every other word stands alone (and is kept only if it
 * turns out to be a known name).
 */
function cutHeadlineRun(text: string, toks: readonly Tok[], a: number, b: number, known: ReadonlySet<string>, out: Candidate[]): void {
  let i = a;
  while (i < b) {
    if (!isNameTok(toks[i])) {
      i++;
      continue;
    }
    const hit = gazetteerAt(text, toks, i, b);
    if (hit) {
      out.push(make(text, toks, i, hit[0], { gazetteer: hit[1] }));
      i = hit[0];
      continue;
    }
    let e = Math.min(b, i + 4);
    while (e > i + 1 && !known.has(nameKey(joinText(text, toks, i, e)))) e--;
    if (e === i + 1 && isBreakWord(toks[i])) {
      i++;
      continue;
    }
    out.push(make(text, toks, i, e, {}));
    i = e;
  }
}

/** A number that may end a numbered name: digits, perhaps one letter (`5`, `230`, `9A`), not a year. */
const NAME_NUMBER = /^\d{1,4}[A-Za-z]?$/;
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * `Article 5`, `Section 230`: a lone word of {@link NUMBERED_HEAD} right before a number takes
 * the number into its name (alone it would be an entity `Article`). Years stay apart
 * (`Phase 2030` is rare, `Stage 2025` a date).
 */
function withNumber(text: string, toks: readonly Tok[], c: Candidate): void {
  const next = toks[c.b];
  if (!next || !next.joined || next.range !== toks[c.a].range || !NUMBERED_HEAD.has(bare(toks[c.a]))) return;
  if (!NAME_NUMBER.test(next.text) || YEAR.test(next.text)) return;
  c.b++;
  c.end = next.end;
  c.text = text.slice(c.start, c.end);
}

/**
 * Finds the name candidates among `toks` (from {@link tokenizeRanges} over `text`), in text
 * order. Headline-style lines are flagged so that only known names are taken from them.
 */
export function findCandidates(text: string, toks: readonly Tok[], lowercaseSeen: ReadonlySet<string>): Candidate[] {
  const flags = headlineFlags(text, toks);
  const out: Candidate[] = [];
  const headlineRuns: Array<[number, number]> = [];
  for (const [a, b] of runs(toks)) {
    if (flags[a]) headlineRuns.push([a, b]);
    else cutRun(text, toks, a, b, out, lowercaseSeen);
  }
  if (headlineRuns.length > 0) {
    const known = new Set(out.filter((c) => c.b - c.a > 1).map((c) => nameKey(c.text)));
    for (const [a, b] of headlineRuns) cutHeadlineRun(text, toks, a, b, known, out);
    out.sort((x, y) => x.start - y.start);
  }
  for (const c of out) {
    if (flags[c.a]) c.headline = true;
    if (c.b - c.a === 1 && !c.gazetteer) withNumber(text, toks, c);
    // `The Guardian`: a capitalised `The` belongs to the names that carry it.
    if (c.the && c.gazetteer && /^the /i.test(c.gazetteer.name) && toks[c.a - 1].cap) {
      c.start = toks[c.a - 1].start;
      c.text = text.slice(c.start, c.end);
    }
  }
  return out;
}
