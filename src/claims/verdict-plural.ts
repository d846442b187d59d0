/**
 * How many things a noun phrase names, read from its grammar when no numeral counts them: "the
 * larger pirate boat" is one, "the pirate boats" two or more, "two of the boats" two. Outlets
 * that name the object of the same act in the same word but in different numbers ("boarded the
 * boat" / "boarded the boats") disagree on how many there were. Pure.
 */

/** Plural nouns that do not end in -s. */
const IRREGULAR_PLURAL = /^(?:men|women|children|people|police|feet|teeth|mice|geese|personnel|troops|crew)$/i;
/**
 * Nouns ending in -s that are singular, or that name a mass, a plural-only thing or an abstract
 * act or quality ("its actions", "the measures"): their number counts nothing.
 */
const NO_COUNT = /(?:ion|ment|ance|ence|ness|ity|ism|ure|ings?)s?$|^(?:change|plan|move|step|effort|attempt|deal|rule|policy|idea|view|role|goal|aim|way|need|concern|issue|problem|risk|right|thing)s?$|(?:ss|us|is|ics|news|arms|series|species|means|headquarters|clothes|goods|remains|thanks|premises|outskirts|surroundings|police|people|personnel|crew|staff|equipment|ammunition|aid|fire|damage|information|traffic)$/i;
/**
 * Definite determiners: only a definite phrase names particular things ("boarded the boat" /
 * "boarded the boats"); an indefinite or bare one is often generic ("threw a petrol bomb",
 * "smashed windows", "scored a touchdown") and is not read.
 */
const DEFINITE = /(?:^|\s)(?:the|this|that|these|those|its|his|her|their|one|single)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** Words before a plural that already count it (a number word, or a vague quantifier). */
const COUNTED = /(?:^|\s)(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|many|some|few|both|dozens|hundreds|thousands|all|no|any)\s+(?:of\s+(?:the\s+)?)?(?:[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * How many things a noun phrase names, as a range, from the written form of its head (`head`,
 * the phrase's last word as written) and the words before it (`before`, the phrase's own
 * modifiers included): one for a definite singular, two or more for a definite plural no
 * number counts, else null (no reading: a mass or abstract noun, an indefinite or bare phrase,
 * a counted plural left to the number rules).
 */
export function grammaticalCount(head: string, before: string): [number, number] | null {
  const word = head.replace(/['’]s?$/, '');
  if (!/^\p{L}+$/u.test(word) || /^\p{Lu}/u.test(word)) return null; // a name or a token with digits
  if (NO_COUNT.test(word) && !IRREGULAR_PLURAL.test(word)) return null;
  const plural = IRREGULAR_PLURAL.test(word) || /[^s]s$/i.test(word);
  if (!DEFINITE.test(before) || COUNTED.test(before)) return null;
  return plural ? [2, Infinity] : [1, 1];
}
