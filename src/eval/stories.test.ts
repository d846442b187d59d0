import { describe, expect, it } from 'vitest';
import { bcubedScores, pairwiseScores } from './stories.js';

const gold = new Map([['a', 'G1'], ['b', 'G1'], ['c', 'G1'], ['d', 'G2'], ['e', 'G2']]);
const pred = new Map([['a', 'P1'], ['b', 'P1'], ['c', 'P2'], ['d', 'P2'], ['e', 'P2']]);

describe('pairwiseScores', () => {
  it('counts same-story pairs', () => {
    // Predicted pairs ab, cd, ce, de (2 right); gold pairs ab, ac, bc, de.
    const s = pairwiseScores(pred, gold);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(0.5);
  });

  it('is perfect for the gold partition under other names, and ignores items missing from one side', () => {
    const renamed = new Map([...gold].map(([k, v]) => [k, v + 'x']));
    renamed.set('zzz', 'G1x');
    expect(pairwiseScores(renamed, gold)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('gives all singletons full precision and no recall', () => {
    const single = new Map([...gold.keys()].map((k) => [k, k]));
    const s = pairwiseScores(single, gold);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0);
  });
});

describe('bcubedScores', () => {
  it('averages per-item precision and recall', () => {
    const s = bcubedScores(pred, gold);
    expect(s.precision).toBeCloseTo((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5);
    expect(s.recall).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5);
  });

  it('gives one big cluster full recall and low precision', () => {
    const one = new Map([...gold.keys()].map((k) => [k, 'all']));
    const s = bcubedScores(one, gold);
    expect(s.recall).toBe(1);
    expect(s.precision).toBeCloseTo((3 * 3 / 5 + 2 * 2 / 5) / 5);
  });
});

describe('productInputs', () => {
  it('reads a file as the product does: date lines give the date, undated reports keep their ingest place', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { productInputs } = await import('./stories.js');
    const dir = mkdtempSync(join(tmpdir(), 'eval-stories-'));
    const path = join(dir, 'articles.jsonl');
    const lines = [
      { id: 'late', text: 'Wildfire forces evacuation of hill villages\nTuesday, 6 August 2024 14:05 GMT\nFirefighters battled the blaze overnight near Orvane.' },
      { id: 'undated', text: 'Residents of Orvane returned home after the wildfire was contained, officials said.' },
      { id: 'early', published: '2024-08-05', text: 'Dry winds raised the wildfire risk across the Orvane hills, forecasters warned.' },
      { id: 'late', text: 'A repeated id is read once.' },
    ];
    writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const inputs = await productInputs(path);
    expect(inputs.map((x) => x.id)).toEqual(['early', 'late', 'undated']);
    const late = inputs.find((x) => x.id === 'late')!;
    expect(late.published?.slice(0, 10)).toBe('2024-08-06');
    expect(late.title).toBe('Wildfire forces evacuation of hill villages');
    expect(late.marks?.length).toBeGreaterThan(0);
    expect(inputs.find((x) => x.id === 'undated')!.published ?? null).toBeNull();
  });
});
