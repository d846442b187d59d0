/**
 * Ages: `a 33-year-old` -> DURATION `P33Y`, `8-month-old` -> `P8M`, `52 years old` -> `P52Y`,
 * as the TimeML guidelines read them. The TimeBank / AQUAINT annotators left nearly all ages
 * untagged (2 of 41 in the dev set), so this parser is not in the default configuration:
 * enable it with `defaultConfiguration({ ages: true })` where ages are wanted.
 */
import { NUMBER, durationValue, numberValue, unitName } from '../lexicon.js';
import { candidate, scanContext } from '../scan.js';
import type { Candidate, TimeContext, TimeParser } from '../types.js';

const AGE = `(${NUMBER})[- ](years?|months?|weeks?|days?)[- ]olds?`;

/** Parser of ages. */
export const ageParser: TimeParser = {
  id: 'age',
  languages: ['en'],
  parse(ctx: TimeContext): Candidate[] {
    const out: Candidate[] = [];
    for (const sm of scanContext(ctx, AGE)) {
      const n = numberValue(sm.m[1] ?? '');
      if (n === null) continue;
      out.push(candidate('age', sm, 'DURATION', durationValue(n, unitName(sm.m[2] ?? '')), false));
    }
    return out;
  },
};
