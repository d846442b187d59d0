import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { contentHash, normaliseForHash } from './hash.js';

describe('contentHash', () => {
  const base = 'The mayor said: "We will rebuild the bridge" - and the crowd cheered.';

  it('is a sha256 hex string', () => {
    expect(contentHash(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is equal for trivially re-encoded copies', () => {
    const curly = '  The Mayor said: “We will rebuild the bridge” — and the crowd cheered.\n';
    const spaced = 'The mayor   said:\n"We will rebuild the bridge" – and the crowd cheered.';
    const fullwidth = 'The mayor said: "We will rebuild the bridge" - and the crowd cheered．';
    expect(contentHash(curly)).toBe(contentHash(base));
    expect(contentHash(spaced)).toBe(contentHash(base));
    expect(contentHash(fullwidth)).toBe(contentHash(base));
  });

  it('differs when the words differ', () => {
    expect(contentHash(base.replace('bridge', 'tunnel'))).not.toBe(contentHash(base));
  });

  it('normalises apostrophes and invisible characters', () => {
    expect(normaliseForHash('It’s\u200b over')).toBe("it's over");
  });

  it('folds a backtick in ASCII text as in any other text', () => {
    expect(normaliseForHash('The `Harbour` Ledger')).toBe("the 'harbour' ledger");
    expect(normaliseForHash('The `Harbour` Ledger’s')).toBe("the 'harbour' ledger's");
  });
});

describe('normaliseForHash whitespace', () => {
  it('collapses every whitespace run to one space, as /\\s+/g does', () => {
    const ws = [' ', '  ', '\t', '\n', '\r\n', ' \n ', '\u00a0', '\u2003', '\u3000 ', '\u2028', '\v\f'];
    for (const a of ws) {
      for (const b of ws) {
        const text = `${a}One${b}two${a}${b}three four${b}`;
        expect(normaliseForHash(text)).toBe(text.toLowerCase().replace(/\s+/g, ' ').trim());
      }
    }
  });
});

describe('contentHash digest', () => {
  it('is the SHA-256 of the UTF-8 of the normalised text, lone surrogates included', () => {
    for (const text of ['Plain ASCII text.', 'Café “quoted” — naïve 東京 😀', 'broken \ud800 pair \udc00 here']) {
      const expected = createHash('sha256').update(normaliseForHash(text), 'utf8').digest('hex');
      expect(contentHash(text)).toBe(expected);
    }
  });
});
