import { describe, expect, it } from 'vitest';
import { mayEndWithModifier } from './modifiers.js';

/** The modifier pattern of `modifiers.ts`: the pre-check may let more through, never less. */
const BEFORE =
  /(?:(?<!-)\b(?:the (?:very )?(?:end|beginning|start|middle|close|first half|second half|last half|rest|remainder|balance) of(?: the)?|(?:the )?(?:very )?(?:early|late|earlier|later|mid|middle|sometime|some time|around|roughly|approximately|nearly|just over|just under|more than|less than|fewer than|no more than|no less than|at least|at most|up to|over|under|some|another|a good part of|much of|most of|all of)|(?:the )?(?:year|quarter)-(?:earlier|ago))[\s-])+$/i;

describe('mayEndWithModifier', () => {
  const cases = [
    'The plant closed at the end of ', 'Sales rose in the first half of the ', 'The vote is set for early ', 'Talks resume in mid-',
    'It happened sometime ', 'It happened some time ', 'Prices fell more than ', 'He was held for at least ', 'Output rose year-earlier ',
    'The quarter-ago ', 'Results came AROUND ', 'The deal was signed on ', 'The talks began in ', 'It ended last ', 'amid ',
    'He waited nearly\u00a0', 'Fighting resumed late-', 'The season opener ', 'up to ', 'the rest of the ', '', ' ', 'x',
  ];

  it('lets through every text the modifier pattern matches', () => {
    for (const before of cases) if (BEFORE.test(before)) expect(mayEndWithModifier(before), before).toBe(true);
  });

  it('rules out texts ending with a preposition', () => {
    expect(mayEndWithModifier('The deal was signed on ')).toBe(false);
    expect(mayEndWithModifier('The talks began in ')).toBe(false);
    expect(mayEndWithModifier('amid ')).toBe(false);
  });
});
