/**
 * What a claim's numbers state, as ranges of values for a counted thing: "more than 20 ships"
 * is 21 or more, "as many as 20,000 people" at most 20,000, "dozens of warships" a dozen or more,
 * "12 Somali and 11 Yemeni pirates" 23 pirates in all. Two outlets disagree on a count only when
 * their ranges for the same thing do not meet. Pure.
 */
import { stem } from '../nlp/stem.js';
import { canonical } from './lexicon.js';
import { statedMagnitudes } from './verdict-magnitude.js';
import { oncePerClause } from './once.js';
import { pairSizes, pluralScaleLeast, vagueSizes } from './verdict-sizes.js';
import type { Claim, ClaimNumber } from './types.js';
import { statedBearings } from './verdict-bearings.js';

/** One count a claim states: the thing counted, the values it allows and the number(s) it rests on. */
export interface StatedCount {
  /** The counted thing (the head stem of the counted phrase, else the unit; shares fold to `percent`). */
  thing: string;
  /** Lowest and highest value the wording allows (inclusive). */
  low: number;
  high: number;
  /** The numbers the count is read from (two for a sum of coordinated parts). */
  numbers: ClaimNumber[];
  /**
   * The named other side of what is counted, when the words right after the count give one
   * ("three fights with Holyfield", "two matches against Arsenal"): see {@link partyAfter}.
   */
  party?: string;
}

/**
 * The named other side of a counted thing: a capitalised name after "with", "against" or
 * "versus" within the few words after a count ("three fights with Holyfield" gives `holyfield`),
 * else undefined. Counts of one noun with different named sides count different things: "three
 * fights with Holyfield" and "both fights with Golota" do not disagree.
 */
export function partyAfter(after: string): string | undefined {
  const m = /^[\p{L}\p{N}-]*(?:\s+[\p{Ll}-]+){0,3}\s+(?:with|against|versus|vs\.?)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*)/u.exec(after);
  return m ? m[1].toLowerCase() : undefined;
}

/** Ways of writing "per cent" that count the same thing. */
const SHARE = /^(?:cent|percent|pct|%)$/;

/**
 * Nouns that count a crowd of people by what they are doing or where they belong ("20,000
 * people" / "tens of thousands of protesters" count one crowd); nationalities
 * are left out (parts of a whole: "12 Somali and 11 Yemeni pirates"), and so are men, women
 * and children ("three people, two women") and police and soldiers, often counted apart.
 */
const CROWD: ReadonlySet<string> = new Set(
  `people protesters demonstrators marchers workers employees residents civilians students
  members supporters fans passengers tourists citizens voters pilgrims migrants refugees strikers
  unionists spectators worshippers mourners`.split(/\s+/).filter(Boolean).map((w) => canonical(stem(w))),
);

/** The thing a counted noun's stem stands for: a crowd of people, a share, or itself. */
function thingOf(head: string): string {
  if (SHARE.test(head)) return 'percent';
  return CROWD.has(head) ? 'people' : head;
}

/**
 * What a number counts: the head (last word) of its counted phrase ("three other automatic
 * rifles" gives `rifl`), else its unit; "per cent", "percent" and "%" are one unit, and the
 * nouns of a crowd ("people", "protesters", "workers") one thing.
 */
export function countedThing(n: ClaimNumber, phrase: readonly string[] | null | undefined = n.phrase): string | null {
  const head = phrase && phrase.length > 0 ? phrase[phrase.length - 1] : n.unit;
  return head === null ? null : thingOf(head);
}

/** A unit of length right after a number. */
const LENGTH_UNIT = /^\s*-?\s*(?:nautical|nm\b|km|kilomet|miles?\b|mi\b|metres?\b|meters?\b|m\b|feet\b|ft\b|foot\b|yards?\b)/i;

/** What may follow a participle that opens a clause on the counted noun: a name, an article, a number or a preposition. */
const AFTER_PARTICIPLE = /^(?:\p{Lu}|\d|(?:the|a|an|its|their|his|her|this|these|those|across|through|to|from|in|into|on|onto|between|along|over|under|off|near|around|towards?|with)$)/u;

/**
 * The counted phrase of `n` cut before a participle that opens a clause on its noun ("three
 * cables linking Italy and Egypt", "four cables running across the sea": `cabl`, not `itali` or
 * `across`); an `-ing` word followed by another noun modifies it ("two drilling platforms") and
 * stays. `after` is the text right after the number.
 */
export function phraseBeforeParticiple(phrase: readonly string[], after: string): readonly string[] {
  const words = after.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  let k = 0;
  for (let i = 0; i < words.length && k < phrase.length; i++) {
    const w = words[i].toLowerCase();
    if (k > 0 && /[a-z]ing$/.test(w) && words[i + 1] !== undefined && AFTER_PARTICIPLE.test(words[i + 1])) return phrase.slice(0, k);
    if (canonical(stem(w)) === phrase[k]) k++;
  }
  return phrase;
}

/** Words before a number that make it a bound or an estimate, with the range they allow. */
const QUALIFIERS: { re: RegExp; range: (v: number) => [number, number] }[] = [
  { re: /\b(?:more than|above|upwards of|in excess of|exceeding)\s*$/i, range: (v) => [Math.floor(v) + 1, Infinity] },
  // "over" is "more than" ("over 20 warships") or a span of time ("over three seasons"): both allowed.
  { re: /\b(?:at least|no fewer than|no less than|a minimum of|over)\s*$/i, range: (v) => [v, Infinity] },
  { re: /\b(?:up to|as many as|as much as|at most|no more than|a maximum of)\s*$/i, range: (v) => [0, v] },
  { re: /\b(?:fewer than|less than|under|below)\s*$/i, range: (v) => [0, Math.ceil(v) - 1] },
  { re: /\b(?:nearly|almost|close to|just under)\s*$/i, range: (v) => [v * 0.85, v] },
  { re: /\b(?:about|around|roughly|some|approximately|an estimated|estimated|circa|or so)\s*$/i, range: (v) => [v * 0.85, v * 1.15] },
];

/** A bare scale word used as a vague plural ("dozens of", "Dozen of", "hundreds of", "thousands of"). */
const VAGUE = /^(?:dozens?|scores?|hundreds|thousands|millions)$/i;

/**
 * The range of values a number's wording allows. `context` is the text around the number and
 * `at` the number's index in it: the qualifier is read from the words right before it.
 */
export function numberRange(n: ClaimNumber, context: string, at: number): [number, number] {
  const before = at >= 0 ? context.slice(Math.max(0, at - 24), at) : '';
  const after = at >= 0 ? context.slice(at + n.text.length, at + n.text.length + 6) : '';
  // "dozens of warships", "tens of thousands of people": at least that many, no precise figure.
  if (VAGUE.test(n.text.trim()) && /^\s*of\b/i.test(after) && !/\b(?:a|one)\s*$/i.test(before)) return [pluralScaleLeast(n.text.trim()) ?? n.value, Infinity];
  if (/\btens of\s*$/i.test(before)) return [n.value * 20, n.value * 100 - 1];
  for (const q of QUALIFIERS) if (q.re.test(before)) return q.range(n.value);
  return [n.value, n.value];
}

/** The text a number stands in, and its index there: the whole clause when the number lies in it. */
function placeOf(n: ClaimNumber, claim: Claim, clause: Claim): { text: string; at: number } {
  for (const c of [clause, claim]) {
    const at = n.start - c.span.start;
    if (at >= 0 && c.text.slice(at, at + n.text.length) === n.text) return { text: c.text, at };
  }
  return { text: n.text, at: 0 };
}

/**
 * The counts a claim states. Numbers joined by `and` with only a word or two between them, the
 * last of which names the thing ("12 Somali and 11 Yemeni pirates"), are parts of one whole:
 * their sum is stated too. `clause` is the claim's whole clause (the claim itself when it is
 * one): qualifiers before a number are read there.
 */
export function statedCounts(claim: Claim, clause: Claim = claim): StatedCount[] {
  const out: StatedCount[] = [];
  const nums = [...claim.numbers].sort((a, b) => a.start - b.start);
  nums.forEach((n, i) => {
    const place = placeOf(n, claim, clause);
    const thing = countedThing(n, n.phrase && n.phrase.length > 1 ? phraseBeforeParticiple(n.phrase, place.text.slice(place.at + n.text.length, place.at + n.text.length + 80)) : n.phrase);
    if (!thing) return;
    // A number its sentence breaks off from ("a mother of 12, in Oct.") counts nothing the
    // word after the break names.
    const after = place.text.slice(place.at + n.text.length, place.at + n.text.length + 8);
    if (n.phrase && n.phrase.length === 0 && /^\s*[,;:()]/.test(after)) return;
    // A clock time ("3: 10 p. m.", "at 7 a.m.") or a decimal split by a space ("6. 8") counts nothing.
    const before = place.at >= 0 ? place.text.slice(Math.max(0, place.at - 3), place.at) : '';
    if (/\d[:.]\s?$/.test(before) || /^\s?[:.]\s?\d|^\s*[ap]\.?\s?m\b/i.test(after)) return;
    // The distance of a placement ("80 nautical miles west of Port Sarel") is read, in
    // kilometres, by the bearing reader: as a count it would meet "150km north-west" unconverted.
    if (LENGTH_UNIT.test(place.text.slice(place.at + n.text.length, place.at + n.text.length + 16)) && statedBearings(place.text).some((b) => b.km && b.start <= place.at && place.at < b.end)) return;
    const [low, high] = numberRange(n, place.text, place.at);
    const party = partyAfter(place.text.slice(place.at + n.text.length, place.at + n.text.length + 60));
    out.push({ thing, low, high, numbers: [n], ...(party ? { party } : {}) });
    // The parts before it: "12 Somali and 11 Yemeni pirates", "two women and one man".
    const prev = nums[i - 1];
    if (!prev || place.at < 0) return;
    const gapFrom = prev.start - (n.start - place.at);
    const gap = gapFrom >= 0 ? place.text.slice(gapFrom + prev.text.length, place.at) : '';
    if (/^\s+(?:[\p{L}-]+\s+){0,2}and\s+$/u.test(gap)) out.push({ thing, low: prev.value + low, high: prev.value + high, numbers: [prev, n] });
  });
  // Vague sizes ("tens of thousands of protesters") and magnitudes ("a 6.1-magnitude quake"), read from the words.
  return [...out, ...nearbyCounts(claim, clause, vagueOf, null), ...nearbyCounts(claim, clause, magnitudesOf, 'magnitude')];
}

/** Values read from a claim's words: offsets relative to its text, the range, and the counted noun when it names one. */
type Reader = (host: Claim) => { start: number; end: number; text: string; low: number; high: number; noun?: string }[];

/** Vague sizes ("tens of thousands of protesters") and sizes of two ("both cables", "a couple of boats") a claim or clause states. */
const vagueOf: Reader = oncePerClause((c) => [...vagueSizes(c.text), ...pairSizes(c.text)]);
/** Magnitudes ("a 6.1-magnitude quake") a claim or clause states. */
const magnitudesOf: Reader = oncePerClause((c) => statedMagnitudes(c.text));

/** How far outside a claim's words a value read from its clause may stand and still be one it states. */
const NEAR = 20;

/**
 * The values read from the words of a claim's clause (`read` gives them with offsets relative to
 * the text) that lie in or right next to the claim's words and that no number of the claim
 * already reads, as counts of `thing` (null: of the noun the reader gives).
 */
function nearbyCounts(claim: Claim, clause: Claim, read: Reader, thing: string | null): StatedCount[] {
  const host = clause.span.start <= claim.span.start && claim.span.end <= clause.span.end ? clause : claim;
  return read(host).flatMap((v) => {
    const start = host.span.start + v.start;
    const end = host.span.start + v.end;
    if (end < claim.span.start - NEAR || start > claim.span.end + NEAR) return [];
    if (thing === null && claim.numbers.some((n) => n.start < end && start < n.end)) return [];
    const unit = thing ?? canonical(stem((v.noun ?? '').toLowerCase()));
    const n: ClaimNumber = { start, end, text: v.text, value: v.low, unit };
    const party = partyAfter(host.text.slice(v.end, v.end + 60));
    return [{ thing: thing ?? thingOf(unit), low: v.low, high: v.high, numbers: [n], ...(party ? { party } : {}) }];
  });
}

/**
 * True when two counts can be the same figure: their ranges meet, or they count different
 * things (other named sides, {@link partyAfter}). Two ranges (neither an exact
 * figure) must overlap by more than their ends: "tens of thousands" (20,000 or more) and "as
 * many as 20,000" give different estimates.
 */
export function countsAgree(x: StatedCount, y: StatedCount): boolean {
  // Counts with different named sides count different things (see `partyAfter`): no conflict.
  if (x.party && y.party && x.party !== y.party) return true;
  if (x.low === x.high || y.low === y.high) return x.low <= y.high && y.low <= x.high;
  return x.low < y.high && y.low < x.high;
}
