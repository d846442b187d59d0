/**
 * Whether an act was done or still under way at the time told, read from the verb group of its
 * predicate: a past perfect ("had been seized", "had already left") tells a finished act, a past
 * progressive ("was being seized", "were boarding") one in progress. Outlets telling the same
 * act one way and the other disagree on what had happened ("a trawler that had been seized by
 * pirates" / "a trawler that was being seized by pirates"); the simple past ("was seized")
 * tells neither and agrees with both. Only forms of one voice are compared: "the pirates had
 * fired" and "they were being fired on" tell different sides of the act. Present forms are not
 * read: of a process that goes on, "is being rerouted" and "has been rerouted" say the same. Pure.
 */

/** Finished or in progress. */
export type Aspect = 'done' | 'ongoing';

/** The aspect a clause gives its predicate, with the words of its verb group (offsets in the text). */
export interface StatedAspect {
  aspect: Aspect;
  /** True for a passive ("had been seized", "was being seized"). */
  passive: boolean;
  text: string;
  start: number;
  end: number;
}

/** Adverbs that may stand inside a verb group ("had already been", "was still being"). */
const ADVERB = String.raw`(?:(?:already|still|just|now|reportedly|allegedly|apparently|also|since|even|previously|earlier)\s+)?`;
/** A past perfect before a participle: "had been", "had already been", "had" (active: "had left"). */
const PERFECT = new RegExp(String.raw`\bhad\s+${ADVERB}(?:been\s+${ADVERB})?$`, 'i');
/** A past passive progressive before a participle: "was being", "were still being". */
const PASSIVE_ONGOING = new RegExp(String.raw`\b(?:was|were)\s+${ADVERB}being\s+$`, 'i');
/** A past active progressive before an `-ing` form: "was", "were still". */
const ACTIVE_ONGOING = new RegExp(String.raw`\b(?:was|were)\s+${ADVERB}$`, 'i');
/** How far back the verb group is looked for (characters). */
const REACH = 40;

/**
 * The aspect `text` gives the predicate written at `[start, end)`, or null when its verb group
 * is neither a perfect nor a progressive ("was seized", "seized", "to seize").
 */
export function statedAspect(text: string, start: number, end: number): StatedAspect | null {
  const verb = text.slice(start, end);
  const before = text.slice(Math.max(0, start - REACH), start);
  const from = start - before.length;
  const ing = /ing$/i.test(verb);
  const hit = (re: RegExp, aspect: Aspect): StatedAspect | null => {
    const m = re.exec(before);
    return m ? { aspect, passive: /\bbe(?:en|ing)\s/i.test(m[0]), text: text.slice(from + m.index, end), start: from + m.index, end } : null;
  };
  if (ing) return hit(ACTIVE_ONGOING, 'ongoing');
  return hit(PASSIVE_ONGOING, 'ongoing') ?? hit(PERFECT, 'done');
}
