/**
 * Vague sizes written as plural scale words ("hundreds of police", "tens of thousands of
 * protesters", "dozens of boats"), which carry no digits, as ranges: a plural scale word is at
 * least two of its unit ("thousands" is 2,000 or more), and "tens of thousands" stays below a
 * hundred thousand ("dozens" is read from 20). So "tens of thousands" and "as many as 20,000"
 * can be told apart. Pure.
 */

/** A vague size read from a text: offsets relative to it, the counted noun as written, the range. */
export interface VagueSize {
  start: number;
  end: number;
  /** The size words ("tens of thousands"). */
  text: string;
  /** The counted noun as written ("protesters"), the first plural after `of`. */
  noun: string;
  low: number;
  high: number;
}

const SCALE: Record<string, number> = { dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6 };
/** The least a bare plural scale word allows: two of its unit ("dozens", often said of twenty-odd, from 20). */
const LEAST: Record<string, number> = { dozens: 20, scores: 40, hundreds: 200, thousands: 2e3, millions: 2e6 };

/** The least value a plural scale word ("dozens", "thousands") allows, or null for another word. */
export function pluralScaleLeast(word: string): number | null {
  return LEAST[word.toLowerCase()] ?? null;
}
/** Multiples of a scale word ("tens of thousands"): the range, in units of the scale, they allow. */
const OUTER: Record<string, [number, number]> = { tens: [20, 99], dozens: [24, 99], hundreds: [200, 999] };

/** "tens of thousands", "hundreds of thousands", "dozens of", "thousands of" ..., then up to three words of the counted phrase. */
const SIZE = /\b(?:(tens|hundreds|dozens)\s+of\s+)?(dozens|scores|hundreds|thousands|millions)\s+of\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/giu;

/** Plurals that do not end in -s. */
const IRREGULAR_PLURAL = /^(?:people|men|women|children|police|personnel|troops|crew|cattle)$/i;
/** Words that end the counted phrase before its noun ("thousands of them", "hundreds of the"). */
const NOT_NOUN = /^(?:the|their|his|her|its|our|them|us|those|these|who|which|that|and|or|in|on|at|to|from|were|was|are|is|have|had)$/i;

/** A quick test before the full pattern: most texts hold no plural scale word. */
const ANY_SCALE = /(?:dozens|scores|hundreds|thousands|millions)\s+of\b/i;

/** The vague sizes a text states, in text order. */
export function vagueSizes(text: string): VagueSize[] {
  const out: VagueSize[] = [];
  if (!ANY_SCALE.test(text)) return out;
  for (const m of text.matchAll(SIZE)) {
    const scale = SCALE[m[2].toLowerCase()];
    const words = m[3].split(/\s+/);
    let noun: string | null = null;
    for (const w of words) {
      if (NOT_NOUN.test(w)) break;
      if (IRREGULAR_PLURAL.test(w) || /[^s'’]s$/i.test(w)) {
        noun = w;
        break;
      }
    }
    if (!noun) continue;
    const at = m.index ?? 0;
    const sizeText = m[0].slice(0, m[0].length - m[3].length).replace(/\s+of\s+$/i, '');
    // "thousands": two thousand or more; "tens of thousands": two tens of thousands or more,
    // fewer than a hundred thousand.
    const outer = m[1] ? OUTER[m[1].toLowerCase()] : null;
    const [low, high] = outer ? [outer[0] * scale, (outer[1] + 1) * scale - 1] : [LEAST[m[2].toLowerCase()], Infinity];
    out.push({ start: at, end: at + sizeText.length, text: sizeText, noun, low, high });
  }
  return out;
}

/** "both" with the plural it counts: "both cables", "both the SMW4 and FLAG cables" (two things named, then their noun). */
const BOTH = /\bboth\s+(?:the\s+)?((?:[\p{L}\p{N}'’-]+\s+){0,7}[\p{L}\p{N}'’-]+)/giu;
/** "a couple of boats", "a pair of rifles": two, perhaps three. */
const COUPLE = /\ba\s+(couple|pair)\s+of\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/giu;

/** True when a word is a plural noun as {@link vagueSizes} reads them (ends in -s, or an irregular plural). */
function pluralNoun(w: string): boolean {
  return !NOT_NOUN.test(w) && (IRREGULAR_PLURAL.test(w) || /[^s'’u]s$/i.test(w));
}

/**
 * Sizes of two written in words: "both" before a plural it counts, right after it ("both
 * cables") or after two things joined by `and` ("both the SMW4 and FLAG cables"), is exactly
 * two; "a couple of" and "a pair of" two or three. So "both cables were cut" meets "two cables"
 * and not "five cables". "both ... and ..." joining two acts or names with no plural after them
 * ("both Egypt and India") counts nothing.
 */
export function pairSizes(text: string): VagueSize[] {
  const out: VagueSize[] = [];
  if (!/\b(?:both|couple|pair)\b/i.test(text)) return out;
  for (const m of text.matchAll(BOTH)) {
    const words = m[1].split(/\s+/);
    const k = words.findIndex((w) => pluralNoun(w) || /^(?:of|to|in|on|were|was|are|is|have|had)$/i.test(w));
    // The plural right after "both", or after "X and Y" (an `and` among the words before it).
    if (k < 0 || !pluralNoun(words[k]) || (k > 0 && !words.slice(1, k).includes('and'))) continue;
    const at = m.index ?? 0;
    out.push({ start: at, end: at + 4, text: m[0].slice(0, 4), noun: words[k], low: 2, high: 2 });
  }
  for (const m of text.matchAll(COUPLE)) {
    const noun = m[2].split(/\s+/).find(pluralNoun);
    if (!noun) continue;
    const at = m.index ?? 0;
    const sizeText = `a ${m[1]}`;
    out.push({ start: at, end: at + sizeText.length, text: sizeText, noun, low: 2, high: 3 });
  }
  return out.sort((x, y) => x.start - y.start);
}
