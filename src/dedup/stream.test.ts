import { describe, expect, it } from 'vitest';
import { generateStream, type StreamRecord } from '../../bench/generate.js';
import { createDeduper } from './index.js';

describe('synthetic stream (bench/generate.ts)', () => {
  const take = (seed: number): StreamRecord[] => [...generateStream({ n: 600, seed })];

  it('is deterministic per seed and shaped like news', () => {
    const a = take(7);
    expect(take(7)).toEqual(a);
    expect(take(8)[0].text).not.toBe(a[0].text);
    const originals = a.filter((r) => !r.copyOf);
    const words = originals.map((r) => r.text.split(/\s+/).length);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(290);
    expect(Math.max(...words)).toBeLessThanOrEqual(1000);
    expect(new Set(a.map((r) => r.id)).size).toBe(a.length);
    expect(new Set(a.map((r) => r.event)).size).toBeGreaterThan(10);
    const times = a.map((r) => Date.parse(r.published));
    expect(times.every((t, i) => i === 0 || t >= times[i - 1])).toBe(true);
    const kinds = new Set(a.map((r) => r.copyKind).filter(Boolean));
    expect(kinds).toEqual(new Set(['exact', 'near', 'contains']));
  });

  it('the deduper groups the copies with their sources and nothing else', async () => {
    const d = await createDeduper();
    const recs = take(11);
    const family = new Map<string, string>();
    let wrong = 0;
    for (const r of recs) {
      family.set(r.id, r.copyOf ?? r.id);
      for (const l of d.add({ id: r.id, text: r.text })) if (family.get(l.article) !== family.get(l.of)) wrong++;
    }
    expect(wrong).toBe(0);
    const copies = recs.filter((r) => r.copyOf);
    const grouped = copies.filter((r) => d.group(r.id).id === d.group(r.copyOf as string).id);
    expect(grouped.length).toBeGreaterThanOrEqual(Math.floor(copies.length * 0.97));
    // Different reports of one event stay apart.
    const originals = recs.filter((r) => !r.copyOf);
    const lone = originals.filter((r) => d.group(r.id).members.every((m) => family.get(m) === r.id));
    expect(lone.length).toBe(originals.length);
  });
});
