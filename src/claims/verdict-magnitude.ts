/**
 * Earthquake magnitudes read from the words ("a magnitude 6.1 quake", "a 5.9-magnitude
 * earthquake", "measuring 5.6 on the Richter scale", "put the magnitude at 6. 1"): outlets giving
 * the same quake different magnitudes disagree, whatever noun their numbers stand before. Pure.
 */

/** A magnitude a text states (offsets relative to the text). */
export interface StatedMagnitude {
  start: number;
  end: number;
  /** The value as written ("6. 1" is 6.1). */
  text: string;
  low: number;
  high: number;
}

/** A magnitude value: digits, a decimal point and maybe a space after it ("6. 1", as some feeds space them). */
const VALUE = String.raw`(\d{1,2}(?:\.\s?\d)?)(?!\d|\s?%|,\d)`;
/** The magnitude stands after the word ("magnitude 6.1", "magnitude of 5.9", "the magnitude at 6.1") or before it ("6.1-magnitude", "5.6 on the Richter scale"). */
const AFTER_WORD = new RegExp(String.raw`\bmagnitude(?:\s+(?:of|at|was|is))?[\s-]+(?:about\s+|around\s+)?${VALUE}`, 'gi');
const BEFORE_WORD = new RegExp(String.raw`${VALUE}(?:[\s-]+magnitude\b|\s+(?:degrees\s+)?on\s+the\s+Richter\b)`, 'gi');
/** The end of a span of values ("from 2.8 to 3.8 on the Richter scale"): a range of quakes, not one. */
const RANGE_END = /(?:\b(?:to|and)|\d\s*-)\s*$/i;
/** An approximate magnitude ("about 6.0"). */
const ABOUT = /\b(?:about|around|approximately|roughly|some|nearly)\s+$/i;
/** How far a stated magnitude may be from the true one: half its last digit (rounding). */
const SLACK = 0.05;
const WHOLE_SLACK = 0.5;
const ABOUT_SLACK = 0.3;

/**
 * The magnitudes a text states, in text order, as ranges: rounding either side (a whole number,
 * "magnitude 6", half a unit), wider for an approximate one ("about 6.0").
 */
export function statedMagnitudes(text: string): StatedMagnitude[] {
  const out: StatedMagnitude[] = [];
  if (!/magnitude|richter/i.test(text)) return out;
  for (const re of [AFTER_WORD, BEFORE_WORD]) {
    for (const m of text.matchAll(re)) {
      const start = (m.index ?? 0) + m[0].indexOf(m[1]);
      const end = start + m[1].length;
      const before = text.slice(Math.max(0, start - 12), start);
      if (RANGE_END.test(before) || out.some((o) => o.start === start)) continue;
      const value = Number(m[1].replace(/\s/g, ''));
      const slack = Math.max(ABOUT.test(before) || ABOUT.test(m[0]) ? ABOUT_SLACK : 0, m[1].includes('.') ? SLACK : WHOLE_SLACK);
      out.push({ start, end, text: m[1], low: value - slack, high: value + slack });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
