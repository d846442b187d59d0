import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../util/random.js';
import { DocRecords } from './records.js';
import { estimateJaccard } from './minhash.js';
import { intersectionSize } from './shingles.js';

const SIG = 8;

function sketch(r: () => number, n: number): { sig: Uint16Array; fps: Uint32Array } {
  const sig = Uint16Array.from({ length: SIG }, () => Math.floor(r() * 4));
  const fps = new Uint32Array([...new Set(Array.from({ length: n }, () => Math.floor(r() * 5000)))].sort((a, b) => a - b));
  return { sig, fps };
}

describe('DocRecords', () => {
  it('keeps every live slot intact through slot reuse, arena compaction and growth', () => {
    const r = mulberry32(11);
    const recs = new DocRecords(SIG, 40);
    const live = new Map<number, { id: string; seq: number; sig: Uint16Array; fps: Uint32Array | null }>();
    for (let seq = 0; seq < 3000; seq++) {
      // Mostly the oldest leaves (a window), sometimes a random one (a replaced text).
      if (live.size >= 39 || (live.size > 0 && r() < 0.1)) {
        const slots = [...live.keys()];
        const s = r() < 0.7 ? slots[0] : slots[Math.floor(r() * slots.length)];
        recs.release(s);
        live.delete(s);
      }
      const id = `d${seq}`;
      const s = recs.alloc(id, seq, seq % 5 === 0 ? null : `h${seq}`);
      expect(live.has(s)).toBe(false);
      const sk = sketch(r, seq % 13 === 0 ? 0 : 5 + Math.floor(r() * (seq % 7 === 0 ? 400 : 60)));
      recs.setShingles(s, sk.fps.length + 3);
      if (seq % 11 !== 0) recs.setSketch(s, sk.sig, sk.fps);
      live.set(s, { id, seq, sig: sk.sig, fps: seq % 11 !== 0 ? sk.fps : null });
      expect(recs.size).toBe(live.size);
      if (seq % 199 !== 0) continue;
      for (const [slot, want] of live) {
        expect(recs.id(slot)).toBe(want.id);
        expect(recs.seq(slot)).toBe(want.seq);
        expect(recs.hash(slot)).toBe(want.seq % 5 === 0 ? null : `h${want.seq}`);
        expect(recs.sketched(slot)).toBe(want.fps !== null);
        if (want.fps) {
          expect([...recs.fingerprints(slot)]).toEqual([...want.fps]);
          expect([...recs.sig(slot)]).toEqual([...want.sig]);
        }
      }
      const both = [...live].filter(([, w]) => w.fps);
      for (let i = 1; i < both.length; i++) {
        const [a, wa] = both[i - 1];
        const [b, wb] = both[i];
        expect(recs.jaccard(a, b)).toBe(estimateJaccard(wa.sig, wb.sig));
        expect(recs.sharedFingerprints(a, b)).toBe(intersectionSize(wa.fps as Uint32Array, wb.fps as Uint32Array));
      }
    }
  });

  it('refuses a signature of another length', () => {
    const recs = new DocRecords(SIG, Number.POSITIVE_INFINITY);
    const s = recs.alloc('a', 0, null);
    expect(() => recs.setSketch(s, new Uint16Array(SIG + 1), new Uint32Array(3))).toThrow(RangeError);
  });
});
