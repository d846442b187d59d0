import { describe, expect, it } from 'vitest';
import { jsonChunks } from './json-stream.js';

const same = (value: unknown) => expect([...jsonChunks(value)].join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);

describe('jsonChunks', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes', () => {
    same({
      articles: [
        { id: 'a1', text: 'Line one\nline "two"', times: [], marks: [{ start: 0, end: 4, kind: 'caption' }], missing: undefined },
        { id: 'a2', nested: { deep: [1, 2, { x: null }] } },
      ],
      stories: [],
      note: 'plain',
      count: 3,
      empty: {},
      gone: undefined,
    });
    same({});
    same([1, 2]);
    same('text');
    same({ only: [[], {}, [null]] });
    same({ odd: [undefined, () => 1, Symbol('s'), 'multi\nline', { a: [{ b: [] }] }, [[1]], null, 0] });
  });

  it('yields one chunk per element of a top-level array', () => {
    const chunks = [...jsonChunks({ articles: [{ id: 1 }, { id: 2 }, { id: 3 }] })];
    expect(chunks.filter((c) => c.includes('"id"'))).toHaveLength(3);
  });
});
