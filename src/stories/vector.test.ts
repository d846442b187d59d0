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
