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
/** What the third age pattern needs: a one- or two-digit number between commas. */
const AGE_COMMAS = /, \d{1,2},/;

/** A place right after `in` / `at`: one or two capitalised words. */
const PLACE = /\b(?:in|at) ((?:[A-Z][a-z]{2,})(?: [A-Z][a-z]{2,})?)\b/g;
/** Capitalised words after `in` / `at` that are not places. */
const NOT_PLACE = new Set(['the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'an', 'least', 'first', 'last', 'all', 'one', 'two', 'some']);

/**
 * Runs a slot's patterns over `text` (those whose `may` entry is false cannot match and are
 * skipped), adding the numbers they capture.
 */
function collect(text: string, res: readonly RegExp[], slot: DetailSlot, out: Detail[], may: readonly boolean[]): void {
  for (let r = 0; r < res.length; r++) {
    if (!may[r]) continue;
    const re = res[r];
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
  // Cheap tests first: words a pattern needs, looked for in one lowercased copy of the text. A
  // text without them cannot match it and is not scanned with it. (The patterns' letters are
  // ASCII and case-insensitive without the \`u\` flag, so each match is the needed word in some
  // case, which lowercases to the word. A case-insensitive regex test would scan the whole text
  // much more slowly than a substring search.)
  const lower = text.toLowerCase();
  const has = (w: string): boolean => lower.includes(w);
  collect(text, AGE, 'age', out, [has('year') && has('old'), has('aged '), AGE_COMMAS.test(text)]);
  const magnitude = has('magnitude');
  collect(text, MAGNITUDE, 'magnitude', out, [magnitude, magnitude, has('richter')]);
  const kill = has('kill');
  collect(text, DEAD, 'dead', out, [kill || has('dead') || has('died'), kill || has('death toll')]);
  const injure = has('injur') || has('wound');
  collect(text, INJURED, 'injured', out, [injure || has('hurt'), injure]);
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
