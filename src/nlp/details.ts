/**
 * Specific details a news report states about its event, by slot: a person's age
 * (`33-year-old`, `aged 24`), an earthquake's magnitude, how many died or were hurt, and the
 * places it happened `in` / `at`. Two reports of one event agree on them; two events of the
 * same kind (two arrests of one player, two earthquakes) usually differ. Pure regexes, English.
 */
import { monthNumber, weekdayNumber } from './dates.js';

/** Detail slots. */
export type DetailSlot = 'age' | 'magnitude' | 'dead' | 'injured' | 'place';

/** One stated detail. */
export interface Detail {
  slot: DetailSlot;
  /** Normalised value: a number as text, or a lower-cased place. */
  value: string;
}

// Hyphens may come with spaces around them in re-joined tokenised text ("33 - year - old").
const H = '\\s?[-–]\\s?';
const AGE = [
  new RegExp(`\\b(\\d{1,3})${H}years?${H}old\\b`, 'gi'),
  /\baged (\d{1,3})\b/gi,
  // "Jane Doe, 24, was ..."
  /\b[A-Z][a-z]+ [A-Z][a-z]+, (\d{1,2}),/g,
];
const MAGNITUDE = [
  new RegExp(`\\bmagnitude(?:${H}|\\s+of\\s+|\\s+)(\\d(?:\\s?\\.\\s?\\d)?)\\b`, 'gi'),
  new RegExp(`\\b(\\d(?:\\s?\\.\\s?\\d)?)${H}magnitude\\b`, 'gi'),
  /\b(\d(?:\s?\.\s?\d)?) on the Richter scale/gi,
];
const COUNT = '(\\d{1,5})';
const DEAD = [
  new RegExp(`\\b${COUNT} (?:people |persons |men |women |children |others )?(?:were |have been |had been )?(?:killed|dead|died)\\b`, 'gi'),
  new RegExp(`\\b(?:killed|killing|death toll (?:rose |climbed )?(?:to |of )?)\\s*(?:at least )?${COUNT}\\b`, 'gi'),
];
const INJURED = [
  new RegExp(`\\b${COUNT} (?:people |persons |others )?(?:were |have been )?(?:injured|hurt|wounded)\\b`, 'gi'),
  new RegExp(`\\b(?:injured|injuring|wounding) (?:at least )?${COUNT}\\b`, 'gi'),
];
/** A place right after `in` / `at`: one or two capitalised words. */
const PLACE = /\b(?:in|at) ((?:[A-Z][a-z]{2,})(?: [A-Z][a-z]{2,})?)\b/g;
/** Capitalised words after `in` / `at` that are not places. */
const NOT_PLACE = new Set(['the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'an', 'least', 'first', 'last', 'all', 'one', 'two', 'some']);

/**
 * Cheap tests that a text may hold a detail of a slot: words every pattern of the slot needs
 * (with the same flags, so they match the same characters). A text that fails one cannot match
 * the slot's patterns, and is not scanned with them.
 */
const MAY_HOLD_AGE = [/old/i, /aged /i, /, \d{1,2},/];
const MAY_HOLD_MAGNITUDE = /magnitude|richter/i;
const MAY_HOLD_DEAD = /kill|dead|died|death toll/i;
const MAY_HOLD_INJURED = /injur|hurt|wound/i;

function collect(text: string, res: readonly RegExp[], slot: DetailSlot, out: Detail[], may?: RegExp | readonly RegExp[]): void {
  if (may instanceof RegExp && !may.test(text)) return;
  for (let r = 0; r < res.length; r++) {
    const re = res[r];
    if (Array.isArray(may) && !(may[r] as RegExp).test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const v = Number(m[1].replace(/\s/g, ''));
      if (Number.isFinite(v)) out.push({ slot, value: String(v) });
    }
  }
}

/** The details stated in `text` (duplicates removed, in slot then first-mention order). */
export function findDetails(text: string): Detail[] {
  const out: Detail[] = [];
  collect(text, AGE, 'age', out, MAY_HOLD_AGE);
  collect(text, MAGNITUDE, 'magnitude', out, MAY_HOLD_MAGNITUDE);
  collect(text, DEAD, 'dead', out, MAY_HOLD_DEAD);
  collect(text, INJURED, 'injured', out, MAY_HOLD_INJURED);
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(text); m !== null; m = PLACE.exec(text)) {
    const first = m[1].split(' ')[0].toLowerCase();
    if (NOT_PLACE.has(first) || monthNumber(first) !== undefined || weekdayNumber(first) !== undefined) continue;
    out.push({ slot: 'place', value: m[1].toLowerCase() });
  }
  const seen = new Set<string>();
  return out.filter((d) => {
    const k = `${d.slot}:${d.value}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
