import { describe, expect, it } from 'vitest';
import { DuplicateGroups } from './groups.js';
import { fmix32 } from './hash.js';
import { bandCatchProbability, bandKeys, estimateJaccard, minHashFamily, minHashSignature } from './minhash.js';
import { U32MultiMap } from './multimap.js';
import { bodyText, hashToken, normalizeText, tokenHashes, tokenize } from './normalize.js';
import { intersectionSize, shingleHashes, uniqueSorted } from './shingles.js';
import { winnow } from './winnow.js';

/** Deterministic pseudo-random 32-bit values. */
function randoms(n: number, seed: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = fmix32(seed * 0x9e3779b1 + i);
  return out;
}

describe('normalizeText / tokenize', () => {
  it('folds width, case, quotes, dashes and spacing', () => {
    const a = normalizeText('\u201CWe\u2019re ready,\u201D said the  MINISTER \u2014 twice.\n\nＦｉｎｅ.');
    expect(a).toBe('"we\'re ready," said the minister - twice. fine.');
  });

  it('keeps numbers and abbreviations as single tokens and drops punctuation', () => {
    expect(tokenize(normalizeText('The U.S.-led plan costs $1,200.50 (about 3.5%).'))).toEqual([
      'the', 'u.s', 'led', 'plan', 'costs', '1,200.50', 'about', '3.5',
    ]);
  });

  it('hashes tokens of any script like tokenize, astral letters and stray surrogates included', () => {
    const pieces = ['Αθήνα', 'Москва', '東京都', '𝐀𝐁𝐂', '😀', 'e\u0301', "l'été", '3,5', 'U.S.', '\ud800', 'x\udc00y', '٣٤', '—', ' ', '.', ',', "'", 'über', 'ǅ'];
    let seed = 7;
    const rnd = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let t = 0; t < 200; t++) {
      let raw = '';
      for (let k = 0; k < 12; k++) raw += pieces[Math.floor(rnd() * pieces.length)];
      const norm = normalizeText(raw);
      expect([...tokenHashes(norm)], raw).toEqual(tokenize(norm).map(hashToken));
    }
  });

  it('hashes tokens without building them, with the same result as tokenize', () => {
    for (const raw of ['The U.S.-led plan costs $1,200.50 (about 3.5%) -- it\'s done. End,', 'Zürich\u2019s mayor, Ana Müller, said: \u00AB4,5 Mio.\u00BB', '']) {
      const norm = normalizeText(raw);
      expect([...tokenHashes(norm)]).toEqual(tokenize(norm).map(hashToken));
    }
  });

  it('joins body spans and clips out-of-range ones', () => {
    expect(bodyText('Header. Body one. Footer. Body two.', [{ start: 8, end: 17 }, { start: 26, end: 99 }])).toBe(
      'Body one.\nBody two.',
    );
    expect(bodyText('whole', [])).toBe('whole');
  });
});

describe('MinHash', () => {
  it('estimates Jaccard within a few standard errors', () => {
    const fam = minHashFamily(128);
    for (const [size, keep] of [[1000, 900], [1000, 600], [1000, 300], [60, 54], [60, 30]]) {
      const base = randoms(size, size);
      const a = uniqueSorted(base);
      const b = uniqueSorted(Uint32Array.from([...base.slice(0, keep), ...randoms(size - keep, 2)]));
      const inter = intersectionSize(a, b);
      const j = inter / (a.length + b.length - inter);
      const est = estimateJaccard(minHashSignature(a, fam), minHashSignature(b, fam));
      expect(Math.abs(est - j)).toBeLessThan(4 * Math.sqrt((j * (1 - j)) / 128) + 0.01);
    }
  });

  it('is deterministic per seed and all-empty for an empty set', () => {
    const h = randoms(200, 4);
    expect([...minHashSignature(h, minHashFamily(64, 1))]).toEqual([...minHashSignature(h, minHashFamily(64, 1))]);
    expect([...minHashSignature(h, minHashFamily(64, 1))]).not.toEqual([...minHashSignature(h, minHashFamily(64, 2))]);
    expect(new Set(minHashSignature(new Uint32Array(0), minHashFamily(16)))).toEqual(new Set([0xffffffff]));
  });

  it('gives equal band keys for equal signatures only', () => {
    const fam = minHashFamily(128);
    const s1 = minHashSignature(randoms(300, 3), fam);
    const s2 = Uint32Array.from(s1);
    s2[0] ^= 1;
    const k1 = bandKeys(s1, 20, 6);
    const k2 = bandKeys(s2, 20, 6);
    expect(k1[0]).not.toBe(k2[0]);
    expect([...k1.slice(1)]).toEqual([...k2.slice(1)]);
    expect(new Set(k1).size).toBe(20);
  });

  it('default banding catches Jaccard 0.8 and rarely 0.3', () => {
    expect(bandCatchProbability(0.8, 20, 6)).toBeGreaterThan(0.99);
    expect(bandCatchProbability(0.3, 20, 6)).toBeLessThan(0.02);
  });
});

describe('winnow', () => {
  it('keeps every fingerprint of a sequence copied inside a longer one', () => {
    const inner = randoms(200, 5);
    const outer = Uint32Array.from([...randoms(150, 6), ...inner, ...randoms(150, 7)]);
    const fi = winnow(inner, 12);
    const fo = winnow(outer, 12);
    expect(fi.length).toBeGreaterThan(20);
    expect(intersectionSize(fi, fo)).toBe(fi.length);
    expect(fo.length).toBeGreaterThan(fi.length * 2);
  });

  it('handles sequences shorter than the window', () => {
    expect([...winnow(Uint32Array.of(9, 4, 7), 12)]).toEqual([4]);
  });

  it('picks, from every window, its rightmost minimum (as a full scan of each window does)', () => {
    // Few distinct values, so windows hold ties; some runs rise for longer than a window.
    const reference = (h: Uint32Array, w: number): number[] => {
      const picked = new Set<number>();
      for (let s = 0; s + w <= h.length; s++) {
        let m = s;
        for (let i = s + 1; i < s + w; i++) if (h[i] <= h[m]) m = i;
        picked.add(h[m]);
      }
      return [...picked].sort((a, b) => a - b);
    };
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let round = 0; round < 50; round++) {
      const n = 20 + (next() % 200);
      const h = new Uint32Array(n);
      for (let i = 0; i < n; i++) h[i] = round % 2 ? next() % 6 : i + (next() % 4);
      const w = 2 + (next() % 12);
      expect([...winnow(h, w)], `round ${round}`).toEqual(reference(h, w));
    }
    expect(winnow(new Uint32Array(0), 12).length).toBe(0);
  });
});

describe('shingles', () => {
  const th = (s: string) => Uint32Array.from(s.split(' '), hashToken);
  it('hash word 5-grams in order and depend on word order', () => {
    const a = shingleHashes(th('one two three four five six'), 5);
    const b = shingleHashes(th('zero two three four five six'), 5);
    const c = shingleHashes(th('two one three four five six'), 5);
    expect(a.length).toBe(2);
    expect(a[0]).not.toBe(b[0]);
    expect(a[0]).not.toBe(c[0]);
    expect(a[1]).toBe(b[1]);
    expect(shingleHashes(th('too short'), 5).length).toBe(0);
  });
});

describe('U32MultiMap', () => {
  it('behaves like a Map of lists under random adds and removes', () => {
    const m = new U32MultiMap(4);
    const ref = new Map<number, number[]>();
    const keys = randoms(300, 9);
    let r = 12345;
    const next = () => (r = fmix32(r + 1));
    for (let step = 0; step < 20000; step++) {
      const key = keys[next() % keys.length];
      const list = ref.get(key) ?? [];
      if (next() % 3 === 0 && list.length > 0) {
        const v = list[next() % list.length];
        expect(m.remove(key, v)).toBe(true);
        list.splice(list.indexOf(v), 1);
      } else {
        const v = next() % 1000;
        m.add(key, v);
        list.push(v);
      }
      if (list.length) ref.set(key, list);
      else ref.delete(key);
    }
    expect(m.size).toBe(ref.size);
    for (const [key, list] of ref) {
      const got: number[] = [];
      m.forEach(key, (v) => got.push(v));
      expect(got.sort((a, b) => a - b)).toEqual([...list].sort((a, b) => a - b));
      expect(m.count(key)).toBe(list.length);
    }
    expect(m.remove(0xdeadbeef, 1)).toBe(false);
    const [someKey, someList] = [...ref][0];
    expect(m.deleteKey(someKey)).toBe(someList.length);
    expect(m.count(someKey)).toBe(0);
    expect(m.size).toBe(ref.size - 1);
    m.add(someKey, 5);
    expect(m.count(someKey)).toBe(1);
  });

  it('keeps single values (kept in the slot) and their growth into lists exact', () => {
    const m = new U32MultiMap(4);
    for (let k = 0; k < 500; k++) m.add(k * 7919, k);
    expect(m.size).toBe(500);
    expect(m.pairCount).toBe(500);
    const got: number[] = [];
    m.forEach(7919 * 3, (v) => got.push(v));
    expect(got).toEqual([3]);
    expect(m.remove(7919 * 3, 4)).toBe(false);
    expect(m.remove(7919 * 3, 3)).toBe(true);
    expect(m.count(7919 * 3)).toBe(0);
    expect(m.deleteKey(7919 * 4)).toBe(1);
    m.add(0, 0);
    m.add(0, 9);
    m.add(0, 12);
    const list: number[] = [];
    m.forEach(0, (v) => list.push(v));
    // Most recently added first, the first (inline) value last.
    expect(list).toEqual([12, 9, 0, 0]);
    expect(m.count(0)).toBe(4);
    expect(m.size).toBe(498);
    expect(m.pairCount).toBe(501);
  });
});

describe('DuplicateGroups', () => {
  it('keeps the earliest member as representative across merges', () => {
    const g = new DuplicateGroups();
    for (const id of ['a', 'b', 'c', 'd', 'e']) g.add(id);
    g.union('d', 'e');
    g.union('c', 'e');
    expect(g.group('e')).toEqual({ id: 'c', members: ['c', 'd', 'e'] });
    g.union('e', 'b');
    expect(g.group('d')).toEqual({ id: 'b', members: ['b', 'c', 'd', 'e'] });
    expect(g.group('a')).toEqual({ id: 'a', members: ['a'] });
    expect(g.forgetIfSingleton('a')).toBe(true);
    expect(g.forgetIfSingleton('c')).toBe(false);
  });
});
