/**
 * Ages of people read from the words ("Reid, 33,", "the 33-year-old actress", "aged 77",
 * "Smith, a 34-year-old driver"), each tied to whom it describes: the person named right before
 * or after it, else the noun it qualifies. Outlets giving the same person different ages
 * disagree. Pure.
 */
import { isStopword } from '../nlp/stopwords.js';
import type { ClaimEntity } from './types.js';

/** An age a text states (offsets relative to the text) and whom it describes. */
export interface StatedAge {
  start: number;
  end: number;
  text: string;
  age: number;
  /** The entity id of the person it describes, else `noun:<word>` ("noun:man"). */
  who: string;
}

/** "33-year-old" (and "33-years-old", "33 year old"). */
const YEAR_OLD = /\b(\d{1,3})[\s-]+years?[\s-]+old\b/gi;
/** "Name, 33," / "Name, 33." : an apposition of two digits right after a name. */
const APPOSED = /,\s+(\d{1,3})\s*(?=[,.;)]|\s+and\b)/g;
/** "aged 33", "age 33". */
const AGED = /\baged?\s+(\d{1,3})\b(?!\s*(?:\.\s?\d|%|percent|per cent|years? ago))/gi;

/** Ages people reach: a number outside this is no age. */
const MAX_AGE = 120;

/**
 * The ages a text states. `entities` are the text's named entities, with offsets relative to
 * the text: an age is tied to the person named right before it ("Reid, 33", "Reid, aged 33",
 * "Reid, a 33-year-old") or right after it ("the 33-year-old Reid"), else to the noun after
 * "N-year-old" ("a 34-year-old man"); an age tied to no one is left out.
 */
export function statedAges(text: string, entities: readonly Pick<ClaimEntity, 'start' | 'end' | 'entity' | 'type'>[]): StatedAge[] {
  if (!/\d/.test(text)) return [];
  // People, and names of no known kind (a name a gazetteer misses is most often a person's).
  const people = entities.filter((e) => e.type === 'PERSON' || e.type === 'OTHER');
  const namedBefore = (at: number): string | null => {
    const e = people.filter((p) => p.end <= at && /^[\s,]*(?:(?:a|an|the)\s+)?$/i.test(text.slice(p.end, at))).pop();
    return e ? e.entity : null;
  };
  const namedAfter = (at: number): string | null => {
    const e = people.find((p) => p.start >= at && /^\s*(?:[a-z]+\s+)?$/.test(text.slice(at, p.start)));
    return e ? e.entity : null;
  };
  const out: StatedAge[] = [];
  const add = (m: RegExpMatchArray, who: string | null): void => {
    const age = Number(m[1]);
    const start = m.index ?? 0;
    if (who && age > 0 && age <= MAX_AGE && !out.some((o) => o.start === start)) out.push({ start, end: start + m[0].length, text: m[0].replace(/^,\s*/, ''), age, who });
  };
  for (const m of text.matchAll(YEAR_OLD)) {
    const end = (m.index ?? 0) + m[0].length;
    const word = /^\s+([a-z]+)/.exec(text.slice(end))?.[1];
    const noun = word && !isStopword(word) && !/ly$|^just$/.test(word) ? `noun:${word}` : null;
    add(m, namedBefore(m.index ?? 0) ?? namedAfter(end) ?? noun);
  }
  for (const m of text.matchAll(APPOSED)) add(m, namedBefore(m.index ?? 0));
  for (const m of text.matchAll(AGED)) add(m, namedBefore(m.index ?? 0));
  return out.sort((a, b) => a.start - b.start);
}
