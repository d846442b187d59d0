/**
 * Type evidence for a name candidate from its words and its context: titles and role nouns,
 * known first names, speech verbs, organisation and place name patterns, prepositions,
 * `the X`, acronyms and dateline position. Each clue adds a weight to PERSON, ORG or PLACE;
 * the merge stage sums the weights of all mentions of one entity.
 */
import type { Candidate } from './candidates.js';
import {
  FIRST_NAME,
  ORG_HEAD,
  ORG_POSSESSION,
  ORG_SUFFIX,
  PLACE_HEAD,
  PLACE_OF,
  PLACE_PREPOSITION,
  PLACE_SUFFIX,
  ROLE_MODIFIER,
  ROLE_NOUN,
  SPEECH_VERB,
  WEAK_PLACE_PREPOSITION,
} from './gazetteer.js';
import { plain } from './normalize.js';
import type { Tok } from './tokens.js';

/** Weights for each entity type; 0 means no clue. */
export interface Evidence {
  person: number;
  org: number;
  place: number;
}

/** Words that may stand between a name and its speech verb (`Trump has also said`). */
const VERB_AUX = new Set([
  'also', 'has', 'had', 'have', 'then', 'later', 'reportedly', 'previously', 'publicly', 'repeatedly',
  'further', 'earlier', 'again', 'recently', 'once', 'himself', 'herself', 'itself', 'separately', 'told',
]);

/** Verbs that may stand before a name at the end of a quote (`..., said Peskov.`). */
const INVERTED_VERB = new Set(['said', 'says', 'added', 'wrote', 'writes', 'noted', 'stated', 'explained', 'continued', 'asked']);

const DETERMINER = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);

const DATELINE_AFTER = /^(?:,\s*[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)?\s*(?:\([^()\n]{1,30}\)\s*)?[—–-]{1,2}\s/u;

function joinedBefore(toks: readonly Tok[], i: number): Tok | null {
  if (i <= 0 || !toks[i].joined) return null;
  return toks[i - 1];
}

/**
 * The lowercase word right before a candidate. Not across `the`: `in the World Series` names
 * an event or a body more often than a place (known places with `the` are in the gazetteer).
 */
function wordBefore(toks: readonly Tok[], c: Candidate): Tok | null {
  const p = joinedBefore(toks, c.a);
  return p && !p.cap && p.lower !== 'the' ? p : null;
}

/** True when a speech verb follows the candidate (`Peskov said`, `Trump has also said`). */
function speechAfter(toks: readonly Tok[], c: Candidate): boolean {
  if (toks[c.b - 1].possessive) return false;
  let i = c.b;
  for (let hops = 0; hops < 3 && i < toks.length && toks[i].joined && toks[i].range === toks[c.b - 1].range; hops++) {
    const w = toks[i].lower;
    if (SPEECH_VERB.has(w)) return true;
    if (!VERB_AUX.has(w)) return false;
    i++;
  }
  return false;
}

/** True when a role noun stands right before the name (`spokesman Dmitry Peskov`). */
function roleBefore(toks: readonly Tok[], c: Candidate): boolean {
  const p = joinedBefore(toks, c.a);
  return p !== null && !p.cap && ROLE_NOUN.has(p.lower);
}

/** True when an appositive role follows the name (`Valentina Matviyenko, head of ...`). */
function roleAfter(text: string, c: Candidate): boolean {
  const after = text.slice(c.end, c.end + 60);
  if (!/^,\s/.test(after)) return false;
  for (const raw of after.slice(1).trim().split(/\s+/).slice(0, 4)) {
    const w = raw.replace(/[,.;:]+$/, '');
    if (!/^[\p{Ll}-]+$/u.test(w)) return false;
    if (DETERMINER.has(w) || ROLE_MODIFIER.has(w)) continue;
    return ROLE_NOUN.has(w);
  }
  return false;
}

/**
 * The type evidence of one candidate. `firstInBody` says the candidate opens the article body
 * (dateline position).
 */
export function classify(text: string, toks: readonly Tok[], c: Candidate, firstInBody: boolean): Evidence {
  const ev: Evidence = { person: 0, org: 0, place: 0 };
  const first = toks[c.a];
  const last = toks[c.b - 1];
  const words = c.b - c.a;
  const firstWord = first.lower.endsWith('.') ? first.lower.slice(0, -1) : first.lower;
  const lastWord = last.lower.endsWith('.') ? last.lower.slice(0, -1) : last.lower;
  if (c.titled) ev.person += 5;
  if (words >= 2 && !first.allCaps && (FIRST_NAME.has(first.lower) || FIRST_NAME.has(plain(first.text)))) ev.person += 4;
  if (words >= 2 && ORG_SUFFIX.has(lastWord)) ev.org += 5;
  // `Procter & Gamble`, `Halvard Water & Power`: names joined by `&` are firms and bodies.
  for (let k = c.a + 1; k < c.b - 1; k++) if (toks[k].lower === '&') ev.org += 6;
  const link = words >= 3 ? toks[c.a + 1].lower : '';
  if ((ORG_HEAD.has(firstWord) && link === 'of') || ((ORG_HEAD.has(firstWord) || ORG_SUFFIX.has(firstWord)) && (link === 'for' || link === 'on'))) ev.org += 5;
  // A lone known first name (`Hillary`, `Bernie`) is a person.
  if (words === 1 && !first.allCaps && FIRST_NAME.has(first.lower)) ev.person += 2;
  if (words >= 2 && (PLACE_SUFFIX.has(lastWord) || PLACE_HEAD.has(firstWord))) ev.place += 5;
  if (c.beforeTitle) ev.org += 2;
  if (c.the === 'cap') ev.org += 2;
  // `the Cubs`, `the Houthis`: a plural name after `the` is a team or a group.
  else if (c.the === 'lower' && words === 1 && /[^s]s$/.test(first.text) && !first.allCaps) ev.org += 1;
  const letters = c.text.replace(/[^\p{L}]/gu, '');
  const acronym = words === 1 && first.allCaps && letters.length >= 2 && letters.length <= 6;
  if (acronym) ev.org += 1;
  if (roleBefore(toks, c)) ev.person += 4;
  if (roleAfter(text, c)) ev.person += 3;
  if (speechAfter(toks, c)) {
    if (acronym || c.the) ev.org += 2;
    else ev.person += 2;
  }
  const before = joinedBefore(toks, c.a);
  if (before && INVERTED_VERB.has(before.lower) && /^\s*[.,;!?]/.test(text.slice(c.end, c.end + 3)) && !acronym) ev.person += 2;
  if (last.possessive && c.b < toks.length && ORG_POSSESSION.has(toks[c.b].lower)) ev.org += 2;
  if (!last.possessive) {
    const w = wordBefore(toks, c);
    if (w && w.lower === 'of' && c.a >= 2 && toks[c.a - 1].joined && !toks[c.a - 2].cap && PLACE_OF.has(toks[c.a - 2].lower)) ev.place += 4;
    else if (w && PLACE_PREPOSITION.has(w.lower)) ev.place += 2;
    else if (w && WEAK_PLACE_PREPOSITION.has(w.lower)) ev.place += 1;
  }
  if (firstInBody && c.initial && DATELINE_AFTER.test(text.slice(c.end, c.end + 40))) ev.place += 4;
  return ev;
}
