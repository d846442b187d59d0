import { describe, expect, it } from 'vitest';
import { createDeduper, loadHasher, sketchDocument, type DedupLink } from './index.js';
import {
  BRIEF_A, BRIEF_B, LOCAL_ANALYSIS, LOCAL_INTRO, OTHER_STRIKE_REPORT, WILDFIRE, WILDFIRE_EDITED, WIRE_STRIKE, typographicCopy,
} from './texts.test-fixtures.js';
import { bodyText, bodyTokenHashes, normalizeText, tokenHashes } from './normalize.js';
import { countDistinct, uniqueSorted } from './shingles.js';
import { sketchNormalized } from './sketch.js';
import { mulberry32 as rng } from '../util/random.js';

const DOCS = [
  { id: 'wire', text: WIRE_STRIKE },
  { id: 'fire', text: WILDFIRE },
  { id: 'other', text: OTHER_STRIKE_REPORT },
  { id: 'local', text: `${LOCAL_INTRO}\n\n${WIRE_STRIKE}\n\n${LOCAL_ANALYSIS}` },
  { id: 'fire-edit', text: WILDFIRE_EDITED },
  { id: 'fire-copy', text: typographicCopy(WILDFIRE) },
  { id: 'brief-a', text: BRIEF_A },
  { id: 'brief-b', text: BRIEF_B },
];

describe('sketchDocument + addSketch', () => {
  it('gives the same links and groups as add, sketched apart from the deduper', async () => {
    const direct = await createDeduper();
    const split = await createDeduper();
    const hasher = await loadHasher();
    const params = split.sketchParams;
    const a: DedupLink[][] = DOCS.map((d) => direct.add(d));
    // Sketches made first (as a worker would), added afterwards in the same order.
    const sketches = DOCS.map((d) => sketchDocument(d, params, hasher));
    const b = sketches.map((s) => split.addSketch(s));
    expect(b).toEqual(a);
    expect(a.flat().map((l) => l.kind).sort()).toEqual(['contains', 'exact', 'near']);
    for (const d of DOCS) expect(split.group(d.id)).toEqual(direct.group(d.id));
  });

  it('survives a structured clone (what crosses to and from a worker)', async () => {
    const d = await createDeduper();
    const s = structuredClone(d.sketch({ id: 'fire', text: WILDFIRE }));
    expect(s.sig).toBeInstanceOf(Uint16Array);
    expect(s.sig).toHaveLength(128);
    expect(s.shingles).toBeGreaterThan(40);
    d.addSketch(s);
    expect(d.addSketch(structuredClone(d.sketch({ id: 'edit', text: WILDFIRE_EDITED })))[0]).toMatchObject({ of: 'fire', kind: 'near' });
  });

  it('refuses a sketch made with other parameters', async () => {
    const d = await createDeduper();
    const other = await createDeduper({ shingleSize: 4 });
    expect(() => d.addSketch(other.sketch({ id: 'x', text: WILDFIRE }))).toThrow(TypeError);
  });
});

describe('bodyTokenHashes and countDistinct (the fast path of sketchDocument)', () => {
  const slow = (text: string, spans?: Array<{ start: number; end: number }>): number[] => [...tokenHashes(normalizeText(bodyText(text, spans)))];

  it('gives the token hashes of the normalised body, or null', () => {
    const texts = [
      WIRE_STRIKE, WILDFIRE, typographicCopy(WILDFIRE), 'The U.S.-led plan costs $1,200.50 (about 3.5%). `Quoted` it’s “done” — twice.',
      'Fullwidth ＦＩＮＥ．Ｏｋ and no\u00a0break, Ελλάδα ΣΟΦΙΑ Straße İzmir', 'café vs cafe\u0301, soft\u00adhyphen, astral 𝐀𝐁, 😀 end',
      'a.b, c,,d e.\nf 1.\n2 x\u2019y \u2018z\u2019',
    ];
    for (const text of texts) {
      const spanSets = [undefined, [], [{ start: 0, end: 20 }, { start: 15, end: 60 }, { start: 70, end: 9999 }], [{ start: 5, end: 5 }]];
      for (const spans of spanSets) {
        const fast = bodyTokenHashes(text, spans);
        if (fast !== null) expect([...fast], text).toEqual(slow(text, spans));
      }
    }
    expect(bodyTokenHashes(WIRE_STRIKE)).not.toBeNull();
    expect(bodyTokenHashes(typographicCopy(WILDFIRE))).not.toBeNull();
    expect(bodyTokenHashes('cafe\u0301')).toBeNull();
  });

  it('agrees with the normalised text on random strings of tricky characters', () => {
    const alphabet = [
      'a', 'Z', 'é', 'É', 'ß', 'İ', 'Σ', 'σ', 'ж', '東', '0', '9', '.', ',', "'", '`', '’', '‘', '“', '—', '-', ' ', '\n', '\t',
      '\u00a0', '\u2003', 'Ａ', '．', '\u0301', '½', 'ﬁ', '\u00ad', '𝐀', '\ud800', '%',
    ];
    const next = rng(7);
    let fastOnes = 0;
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const len = 1 + Math.floor(next() * 30);
      for (let k = 0; k < len; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      const spans = next() < 0.5 ? undefined : [{ start: Math.floor(next() * len), end: Math.floor(next() * (len + 2)) }, { start: 2, end: 9 }];
      const fast = bodyTokenHashes(text, spans);
      if (fast === null) continue;
      fastOnes++;
      expect([...fast], JSON.stringify(text)).toEqual(slow(text, spans));
    }
    expect(fastOnes).toBeGreaterThan(300);
  });

  it('counts distinct values as the sorted set does', () => {
    const next = rng(3);
    for (const n of [0, 1, 5, 700, 5000]) {
      const values = Uint32Array.from({ length: n }, () => Math.floor(next() * 4294967296) % (n + 3) * 2654435761 >>> 0);
      expect(countDistinct(values)).toBe(uniqueSorted(values).length);
    }
  });

  it('makes the same sketch as the normalised text does', async () => {
    const d = await createDeduper();
    for (const text of [WIRE_STRIKE, typographicCopy(WILDFIRE), LOCAL_ANALYSIS]) {
      const spans = [{ start: 0, end: 200 }, { start: 250, end: text.length }];
      const fast = d.sketch({ id: 'x', text, spans, contentHash: 'h' });
      const norm = normalizeText(bodyText(text, spans));
      const slowSketch = sketchNormalized(norm, d.sketchParams);
      expect(fast.shingles).toBe(slowSketch.uniq.length);
      expect([...fast.sig]).toEqual([...slowSketch.sig]);
      expect([...fast.fps]).toEqual([...slowSketch.fps]);
    }
  });
});
