import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../util/random.js';
import { IdTable } from './id-table.js';

describe('IdTable', () => {
  it('maps ids to values exactly, as a Map does, through growth', () => {
    const table = new IdTable(4);
    const map = new Map<string, number>();
    const rand = mulberry32(7);
    const ids: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const kind = i % 4;
      const id = kind === 0 ? `a${String(i).padStart(6, '0')}`
        : kind === 1 ? `https://news.example.org/2026/03/${i}/harbour-dredging-plan`
          : kind === 2 ? `Київ-${i}-звіт` : `feed.xml#guid-${Math.floor(rand() * 1e9)}`;
      ids.push(id);
      const value = i * 2 ** 32 + (i % 977);
      table.set(id, value);
      map.set(id, value);
    }
    expect(table.size).toBe(map.size);
    for (const id of ids) expect(table.get(id)).toBe(map.get(id));
    expect(table.get('a000001x')).toBeUndefined();
    expect(table.has('')).toBe(false);
    expect(table.get(`${ids[1]}/`)).toBeUndefined();
  });

  it('updates an existing id and keeps prefixes and the empty id apart', () => {
    const table = new IdTable();
    table.set('ab', 1).set('a', 2).set('', 3).set('ab', 4);
    expect(table.size).toBe(3);
    expect(table.get('ab')).toBe(4);
    expect(table.get('a')).toBe(2);
    expect(table.get('')).toBe(3);
    expect(table.get('abc')).toBeUndefined();
  });

  it('tells apart ids whose hashes meet in one slot', () => {
    // A tiny table: every id probes through the others.
    const table = new IdTable(1);
    for (let i = 0; i < 100; i++) table.set(`x${i}`, i);
    for (let i = 0; i < 100; i++) expect(table.get(`x${i}`)).toBe(i);
    expect(table.get('x100')).toBeUndefined();
  });
});
