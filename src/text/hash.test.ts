import { describe, expect, it } from 'vitest';
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
});
