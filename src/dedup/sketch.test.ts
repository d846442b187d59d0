import { describe, expect, it } from 'vitest';
import { createDeduper, loadHasher, sketchDocument, type DedupLink } from './index.js';
import {
  BRIEF_A, BRIEF_B, LOCAL_ANALYSIS, LOCAL_INTRO, OTHER_STRIKE_REPORT, WILDFIRE, WILDFIRE_EDITED, WIRE_STRIKE, typographicCopy,
} from './texts.test-fixtures.js';

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
