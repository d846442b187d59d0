/**
 * Vague references to the present, past and future: `now`, `currently`, `these days`
 * (PRESENT_REF), `recently`, `the past`, `previously` (PAST_REF), `the future`, `soon`,
 * `the near term` (FUTURE_REF). They never get a calendar date, and need no reference date.
 */
import type { CueName } from '../cues.js';
import { candidate, scanContext } from '../scan.js';
import type { Candidate, TimeContext, TimeParser } from '../types.js';

/** [pattern, value, cue]: every match of the pattern contains its cue. */
const RULES: Array<[string, string, CueName]> = [
  ['(?:right |just |until |up to |by )?now|currently|presently|at present|at the moment|nowadays|these days|the present(?! (?:value|case|system|situation|study|form|tense))|this (?:crucial |critical |historic )?moment', 'PRESENT_REF', 'present'],
  ['current(?= (?:fiscal |calendar )?(?:year|quarter|month|week|period|season|session|term)\\b)', '' /* handled by calendar parsers */, 'current'],
  ['then[- ]current', 'PAST_REF', 'current'],
  ['current', 'PRESENT_REF', 'current'],
  ['(?:more |until |only |very |as |most )?recently|lately|in the past|the past(?! (?:\\S+ )?(?:years?|months?|weeks?|days?|decades?|quarters?|hours?|centur\\w+|seasons?|summers?|winters?)\\b)|(?:in )?recent (?:times|history)|once upon a time', 'PAST_REF', 'past'],
  ['future (?:years|months|weeks|quarters|decades|generations)|(?:the |in the )(?:near |distant |foreseeable |immediate )?future(?=\\s*(?:[.,;:!?)\"\'”’]|$| (?:is|was|are|were|will|would|of|and|or|to|in|for|with|as|at|on|that|than|but|remains|looks|holds|lies|may|might|could|can|too|again|if|when|unless|because|while|where|so|after|before|without|through)\\b))|(?:the |in the )near term|as soon as possible|a later date', 'FUTURE_REF', 'future'],
];

/** Parser of PRESENT_REF / PAST_REF / FUTURE_REF expressions. */
export const presentRefParser: TimeParser = {
  id: 'present-ref',
  languages: ['en'],
  parse(ctx: TimeContext): Candidate[] {
    const out: Candidate[] = [];
    const taken: Array<[number, number]> = [];
    for (const [source, value, cue] of RULES) {
      for (const sm of scanContext(ctx, source, false, cue)) {
        if (taken.some(([s, e]) => sm.start < e && s < sm.end)) continue;
        taken.push([sm.start, sm.end]);
        if (!value) continue;
        const span = trimPreposition(ctx.text, sm);
        out.push(candidate('present-ref', span, 'DATE', value, false));
      }
    }
    return out;
  },
};

/** TimeML leaves prepositions (`until now`, `in the past`) out of the span but keeps `right now`. */
function trimPreposition(text: string, sm: { start: number; end: number }): { start: number; end: number } {
  const m = /^(?:until|up to|by|in|at) (?!present\b|the moment\b|some point\b)/i.exec(text.slice(sm.start, sm.end));
  return m ? { start: sm.start + m[0].length, end: sm.end } : sm;
}
