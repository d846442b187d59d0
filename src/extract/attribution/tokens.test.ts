import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeByExpression } from './tokens.js';

/** Every range `[from, to)` of `text` gives the same tokens both ways. */
function sameEverywhere(text: string): void {
  for (let from = 0; from <= text.length; from++) {
    for (let to = from; to <= text.length; to++) expect(tokenize(text, from, to)).toEqual(tokenizeByExpression(text, from, to));
  }
}

describe('tokenize', () => {
  it('keeps abbreviations, initials and acronyms whole, and splits sentence dots off', () => {
    const toks = tokenize('Mr. J. Doe of the U.S. Senate said so. Then he left.');
    expect(toks.map((t) => t.text)).toEqual(['Mr.', 'J.', 'Doe', 'of', 'the', 'U.S.', 'Senate', 'said', 'so', '.', 'Then', 'he', 'left', '.']);
    expect(toks[0]).toEqual({ start: 0, end: 3, text: 'Mr.', lower: 'mr.', kind: 'word', cap: true });
  });

  it('reads numbers, quotation marks and inner apostrophes as the expression does', () => {
    const text = "Turnout rose 3.5% to 1,204,000, at 12:30. ``Fine,'' he said; it's Trump’s “plan” — anti-graft & co.";
    expect(tokenize(text)).toEqual(tokenizeByExpression(text));
    expect(tokenize(text).map((t) => t.text)).toContain('Trump’s');
    expect(tokenize(text).find((t) => t.text === 'Trump’s')?.lower).toBe("trump's");
  });

  it('gives the same tokens as the expression on every range of mixed text', () => {
    sameEverywhere('Café owners—“We’re done.” 4,. x.- 2² a&b ’em');
    sameEverywhere('Ünal said: 12%. naïve e\u0301t\u00e9 😀 ok.\u00a0Yes');
    sameEverywhere("a.b. 9:,% ''x`` `y' 3.4.5.. St.” Élan");
  });
});
