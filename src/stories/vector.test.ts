import { describe, expect, it } from 'vitest';
import { addVectors, kthSmallest, topEntries, type CompactVector } from './vector.js';

const vec = (pairs: Array<[number, number]>): CompactVector => ({
  keys: Uint32Array.from(pairs.map((p) => p[0])),
  vals: Float32Array.from(pairs.map((p) => p[1])),
});

describe('kthSmallest', () => {
  it('agrees with a sorted copy, duplicates included', () => {
    const xs = [0.5, 2, 0.25, 2, 1, 0.5, 3, 0.5, 1.5];
    const sorted = Float32Array.from(xs).sort();
    for (let k = 0; k < xs.length; k++) expect(kthSmallest(Float32Array.from(xs), k)).toBe(sorted[k]);
  });
});

describe('topEntries', () => {
  it('keeps the heaviest, ties to the lower keys, keys still ascending', () => {
    const v = vec([[3, 1], [7, 0.5], [9, 1], [12, 2], [20, 1]]);
    const t = topEntries(v, 3);
    expect([...t.keys]).toEqual([3, 9, 12]);
    expect([...t.vals]).toEqual([1, 1, 2]);
  });

  it('prunes a merged centroid past its slack', () => {
    const a = vec(Array.from({ length: 10 }, (_, i): [number, number] => [i * 2, 1 + i]));
    const b = vec(Array.from({ length: 10 }, (_, i): [number, number] => [i * 2 + 1, 0.5]));
    const sum = addVectors(a, b, 8);
    expect(sum.keys.length).toBe(8);
    expect([...sum.vals].every((x) => x >= 3)).toBe(true);
  });
});

describe('addVectors', () => {
  it('sums shared keys and keeps every other key, ascending, at the exact size', () => {
    const a = vec([[1, 0.5], [4, 1], [9, 2], [15, 0.25]]);
    const b = vec([[0, 1], [4, 0.5], [10, 3], [15, 0.75], [30, 1]]);
    const sum = addVectors(a, b, 100);
    expect([...sum.keys]).toEqual([0, 1, 4, 9, 10, 15, 30]);
    expect([...sum.vals]).toEqual([1, 0.5, 1.5, 2, 3, 1, 1]);
    // Keys and weights share one buffer of exactly their size.
    expect(sum.keys.buffer).toBe(sum.vals.buffer);
    expect(sum.keys.buffer.byteLength).toBe(7 * 4 + 7 * 4);
    expect([...addVectors(vec([]), b, 100).keys]).toEqual([...b.keys]);
  });
});
