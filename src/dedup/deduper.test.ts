import { describe, expect, it } from 'vitest';
import { contentHash, createDeduper, type DedupLink } from './index.js';
import { HitCounter } from './deduper.js';
import {
  BRIEF_A,
  BRIEF_B,
  LOCAL_ANALYSIS,
  LOCAL_INTRO,
  OTHER_STRIKE_REPORT,
  WILDFIRE,
  WILDFIRE_EDITED,
  WIRE_STRIKE,
  typographicCopy,
} from './texts.test-fixtures.js';

const CONTAINER = `${LOCAL_INTRO}\n\n${WIRE_STRIKE}\n\n${LOCAL_ANALYSIS}`;

describe('exact duplicates', () => {
  it('links a copy that differs only in quotes, dashes and whitespace', async () => {
    const d = await createDeduper();
    const copy = typographicCopy(WILDFIRE);
    expect(copy).not.toBe(WILDFIRE);
    expect(d.add({ id: 'a', text: WILDFIRE })).toEqual([]);
    expect(d.add({ id: 'b', text: copy })).toEqual([{ article: 'b', of: 'a', kind: 'exact', similarity: 1 }]);
    expect(d.group('b')).toEqual({ id: 'a', members: ['a', 'b'] });
  });

  it('exposes the content hash it computes', async () => {
    const h = await contentHash(WILDFIRE);
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(await contentHash(typographicCopy(WILDFIRE))).toBe(h);
    expect(await contentHash(WILDFIRE_EDITED)).not.toBe(h);
    expect(await contentHash(' \n\t ')).toBeNull();
  });

  it('uses a given content hash instead of its own', async () => {
    const d = await createDeduper();
    d.add({ id: 'a', text: WILDFIRE, contentHash: 'h1' });
    const links = d.add({ id: 'b', text: BRIEF_A, contentHash: 'h1' });
    expect(links.map((l) => l.kind)).toEqual(['exact']);
  });

  it('compares only the body spans when given', async () => {
    const d = await createDeduper();
    const a = `Skip to main content | Subscribe\n${WILDFIRE}\nShare this article`;
    const b = `Menu Search Login\n${WILDFIRE}\nMost read today`;
    const spanOf = (t: string) => [{ start: t.indexOf(WILDFIRE), end: t.indexOf(WILDFIRE) + WILDFIRE.length }];
    d.add({ id: 'a', text: a, spans: spanOf(a) });
    expect(d.add({ id: 'b', text: b, spans: spanOf(b) })[0]?.kind).toBe('exact');
  });
});

describe('near duplicates', () => {
  it('groups an article with its lightly edited copy', async () => {
    const d = await createDeduper();
    d.add({ id: 'orig', text: WILDFIRE });
    const links = d.add({ id: 'edit', text: WILDFIRE_EDITED });
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ article: 'edit', of: 'orig', kind: 'near' });
    expect(links[0].similarity).toBeGreaterThanOrEqual(0.8);
    expect(links[0].similarity).toBeLessThan(1);
    expect(d.group('edit').id).toBe('orig');
  });

  it('estimates close to the exact Jaccard (explain)', async () => {
    const d = await createDeduper();
    const e = d.explain(WILDFIRE, WILDFIRE_EDITED);
    expect(e.kind).toBe('near');
    expect(Math.abs(e.estimatedJaccard - e.jaccard)).toBeLessThan(0.1);
    expect(e.jaccard).toBeGreaterThan(0.8);
  });

  it('does not link short texts that differ by one word', async () => {
    const d = await createDeduper();
    d.add({ id: 'a', text: BRIEF_A });
    expect(d.add({ id: 'b', text: BRIEF_B })).toEqual([]);
    expect(d.explain(BRIEF_A, BRIEF_B).kind).toBeNull();
  });

  it('does not link two reports of the same event in different words', async () => {
    const d = await createDeduper();
    d.add({ id: 'wire', text: WIRE_STRIKE });
    d.add({ id: 'local', text: CONTAINER });
    expect(d.add({ id: 'other', text: OTHER_STRIKE_REPORT })).toEqual([]);
    expect(d.group('other')).toEqual({ id: 'other', members: ['other'] });
    const e = d.explain(WIRE_STRIKE, OTHER_STRIKE_REPORT);
    expect(e.jaccard).toBeLessThan(0.2);
    expect(e.containment.bInA).toBeLessThan(0.3);
  });
});

describe('containment', () => {
  const expectContains = (links: DedupLink[], article: string, of: string) => {
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ article, of, kind: 'contains', container: 'local' });
    expect(links[0].similarity).toBeGreaterThanOrEqual(0.8);
  };

  it('finds a wire story inside a later, longer article', async () => {
    const d = await createDeduper();
    d.add({ id: 'wire', text: WIRE_STRIKE });
    expectContains(d.add({ id: 'local', text: CONTAINER }), 'local', 'wire');
    expect(d.group('local')).toEqual({ id: 'wire', members: ['wire', 'local'] });
  });

  it('finds a wire story that arrives after the article quoting it', async () => {
    const d = await createDeduper();
    d.add({ id: 'local', text: CONTAINER });
    expectContains(d.add({ id: 'wire', text: WIRE_STRIKE }), 'wire', 'local');
    expect(d.group('wire').id).toBe('local');
  });

  it('finds it through the fingerprint index alone, far below the Jaccard range', async () => {
    // One band of all 128 rows: LSH only meets identical signatures.
    const d = await createDeduper({ bands: 1, rows: 128 });
    const long = `${LOCAL_INTRO}\n\n${OTHER_STRIKE_REPORT}\n\n${WIRE_STRIKE}\n\n${LOCAL_ANALYSIS}`;
    d.add({ id: 'wire', text: WIRE_STRIKE });
    const links = d.add({ id: 'local', text: long });
    expect(links).toEqual([{ article: 'local', of: 'wire', kind: 'contains', similarity: 1, container: 'local' }]);
    expect(d.explain(long, WIRE_STRIKE).jaccard).toBeLessThan(0.4);
  });

  it('links a roundup to both stories it embeds without merging the two stories', async () => {
    for (const order of [['fire', 'strike', 'roundup'], ['roundup', 'strike', 'fire'], ['strike', 'roundup', 'fire']]) {
      const d = await createDeduper();
      const texts: Record<string, string> = {
        fire: WILDFIRE,
        strike: WIRE_STRIKE,
        roundup: `${LOCAL_INTRO}\n\n${WIRE_STRIKE}\n\nIn other news from the region:\n\n${WILDFIRE}\n\n${LOCAL_ANALYSIS}`,
      };
      const links = order.flatMap((id) => d.add({ id, text: texts[id] }));
      expect(links).toHaveLength(2);
      for (const l of links) expect(l).toMatchObject({ kind: 'contains', container: 'roundup' });
      expect(d.group('fire').id).not.toBe(d.group('strike').id);
    }
  });

  it('explains the asymmetry: the wire is inside, the container mostly is not', async () => {
    const d = await createDeduper();
    const e = d.explain(CONTAINER, WIRE_STRIKE);
    expect(e.containment.bInA).toBe(1);
    expect(e.containment.aInB).toBeLessThan(0.6);
    expect(e.jaccard).toBeLessThan(0.8);
    expect(e).toMatchObject({ kind: 'contains', container: 'a' });
  });
});

describe('stream behaviour', () => {
  it('returns one link per earlier group and is deterministic', async () => {
    const run = async () => {
      const d = await createDeduper();
      const out: DedupLink[][] = [];
      out.push(d.add({ id: 'w1', text: WILDFIRE }));
      out.push(d.add({ id: 'w2', text: typographicCopy(WILDFIRE) }));
      out.push(d.add({ id: 's1', text: WIRE_STRIKE }));
      out.push(d.add({ id: 'w3', text: WILDFIRE_EDITED }));
      out.push(d.add({ id: 's2', text: OTHER_STRIKE_REPORT }));
      out.push(d.add({ id: 'local', text: CONTAINER }));
      return { out, groups: ['w3', 's2', 'local'].map((id) => d.group(id)) };
    };
    const first = await run();
    expect(first.out[3].map((l) => l.of)).toEqual(['w1']);
    expect(first.groups[0].members).toEqual(['w1', 'w2', 'w3']);
    expect(first.groups[1].members).toEqual(['s2']);
    expect(first.groups[2].members).toEqual(['s1', 'local']);
    expect(await run()).toEqual(first);
  });

  it('forgets evicted documents but keeps their groups', async () => {
    const d = await createDeduper({ maxDocs: 2 });
    d.add({ id: 'orig', text: WILDFIRE });
    d.add({ id: 'copy', text: WILDFIRE_EDITED });
    d.add({ id: 'x', text: WIRE_STRIKE });
    d.add({ id: 'y', text: OTHER_STRIKE_REPORT });
    expect(d.stats().indexed).toBe(2);
    expect(d.add({ id: 'again', text: WILDFIRE })).toEqual([]);
    expect(d.group('copy')).toEqual({ id: 'orig', members: ['orig', 'copy'] });
  });

  it('finds copies and evicts the oldest after more documents than its first slot table holds', async () => {
    // 1,500 short notes (exact links only) push the sequence numbers past the initial 1,024 slots.
    const d = await createDeduper({ maxDocs: 1200 });
    for (let i = 0; i < 1500; i++) d.add({ id: `n${i}`, text: `Harbour note ${i}: crane ${i * 31} moved.` });
    expect(d.stats().indexed).toBe(1200);
    d.add({ id: 'orig', text: WILDFIRE });
    expect(d.add({ id: 'copy', text: WILDFIRE_EDITED }).map((l) => [l.of, l.kind])).toEqual([['orig', 'near']]);
    // n0 was evicted: its text no longer links; n1400 is still indexed.
    expect(d.add({ id: 'again0', text: 'Harbour note 0: crane 0 moved.' })).toEqual([]);
    expect(d.add({ id: 'again1400', text: `Harbour note 1400: crane ${1400 * 31} moved.` })[0]).toMatchObject({ of: 'n1400', kind: 'exact' });
  });

  it('still ranks the true copy first when hundreds of earlier documents share its index keys', async () => {
    // Each filler shares the wildfire's lead paragraph (so they hit its fingerprints) but not the
    // rest: hundreds of distinct documents are counted for one lookup, and the copy still wins.
    const d = await createDeduper({ maxPostings: 255, maxCandidates: 3 });
    const lead = WILDFIRE.split('\n\n')[0];
    for (let i = 0; i < 600; i++) {
      d.add({ id: `f${i}`, text: `${lead}\n\nFiller note ${i}: ${WIRE_STRIKE.split(' ').slice(0, 40 + (i % 7)).join(' ')} item ${i * 7919}.` });
    }
    d.add({ id: 'orig', text: WILDFIRE });
    const links = d.add({ id: 'copy', text: WILDFIRE_EDITED });
    expect(links.map((l) => l.of)).toContain('orig');
  });

  it('re-adding an id replaces its indexed text instead of linking to itself', async () => {
    const d = await createDeduper();
    d.add({ id: 'a', text: WILDFIRE });
    expect(d.add({ id: 'a', text: WILDFIRE })).toEqual([]);
    expect(d.stats().indexed).toBe(1);
    expect(d.add({ id: 'b', text: WILDFIRE })[0]).toMatchObject({ of: 'a', kind: 'exact' });
  });
});

describe('HitCounter', () => {
  it('counts band and fingerprint hits per document across table growth and resets', () => {
    const h = new HitCounter();
    for (let round = 0; round < 2; round++) {
      h.reset();
      // 3000 distinct documents (the table grows several times), seq k hit k % 3 + 1 times.
      for (let k = 0; k < 3000; k++) {
        for (let t = 0; t <= k % 3; t++) h.countFp(k * 977 + round);
        if (k % 5 === 0) h.countBand(k * 977 + round);
      }
      expect(h.size).toBe(3000);
      for (let e = 0; e < h.size; e++) {
        const k = (h.seqs[e] - round) / 977;
        expect(h.fp[e]).toBe((k % 3) + 1);
        expect(h.band[e]).toBe(k % 5 === 0 ? 1 : 0);
      }
    }
  });
});
