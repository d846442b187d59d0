/**
 * The nationalities a count of people names ("23 Somali and Yemeni pirates", "12 British
 * tourists"): outlets counting the same group but naming different nationalities for it
 * ("23 Somali pirates" / "23 Somali and Yemeni pirates") disagree on who they were. Read from
 * the words right after the number, since the counted phrase of extraction stops at `and`. Pure.
 */
import { DEMONYM } from '../extract/entities/gazetteer.js';
import { stem } from '../nlp/stem.js';
import { isStopword } from '../nlp/stopwords.js';
import { canonical } from './lexicon.js';
import type { Claim, ClaimNumber } from './types.js';
import type { Span } from '../types.js';

/** Nationalities a number's phrase gives to what it counts. */
export interface StatedNationality {
  /** Canonical stem of the counted noun (the word after the nationalities). */
  thing: string;
  value: number;
  /** Nationalities, folded ("Somalian" / "Somali" / "Somalis" are one), sorted. */
  nations: string[];
  /** The phrase as written, from the number to the counted noun. */
  text: string;
  span: Span;
}

/** A nationality word folded to its gazetteer form (`somalian` and `somalis` give `somali`), or null. */
export function nationality(word: string): string | null {
  const w = word.toLowerCase();
  for (const form of [w, w.replace(/s$/, ''), w.replace(/n$/, ''), w.replace(/an$/, ''), w.replace(/ns$/, ''), w.replace(/ans$/, '')]) {
    if (form.length > 2 && DEMONYM.has(form) && !form.endsWith('s')) return form;
  }
  return DEMONYM.has(w) ? w : null;
}

/**
 * After a number: up to two lowercase modifiers ("heavily armed"), then one or more capitalised
 * nationality words joined by commas or `and`, then the counted noun: the first word after
 * them when it is a plural or what follows is a function word ("pirates who"), else the second
 * ("sea brigands").
 */
const PHRASE = /^\s+(?:[a-z-]+\s+){0,2}((?:\p{Lu}[\p{L}-]*)(?:\s*(?:,|and|,\s*and)\s+\p{Lu}[\p{L}-]*)*)\s+([a-z]+)(?:\s+([a-z]+))?/u;

/** The nationalities each of `claim`'s numbers gives what it counts; `clause` holds the words after it. */
export function statedNationalities(claim: Claim, clause: Claim = claim): StatedNationality[] {
  const out: StatedNationality[] = [];
  for (const n of claim.numbers) {
    const read = readAfter(n, clause) ?? readAfter(n, claim);
    if (read) out.push(read);
  }
  return out;
}

function readAfter(n: ClaimNumber, c: Claim): StatedNationality | null {
  const at = n.end - c.span.start;
  if (at < 0 || at > c.text.length) return null;
  const m = PHRASE.exec(c.text.slice(at, at + 80));
  if (!m) return null;
  const words = m[1].split(/\s*(?:,|\band\b)\s*/).filter(Boolean);
  const nations = words.map(nationality);
  if (nations.length === 0 || nations.some((x) => x === null)) return null;
  const second = m[3] !== undefined && !/s$/.test(m[2]) && !isStopword(m[3]);
  const len = second || m[3] === undefined ? m[0].length : m[0].slice(0, m[0].lastIndexOf(m[3])).trimEnd().length;
  const end = n.end + len;
  return {
    thing: canonical(stem(second ? m[3] : m[2])),
    value: n.value,
    nations: [...new Set(nations as string[])].sort(),
    text: c.text.slice(n.start - c.span.start, at + len),
    span: { start: n.start, end },
  };
}
