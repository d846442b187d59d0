import { describe, expect, it } from 'vitest';
import { deserialize, serialize } from 'node:v8';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { loadHasher } from '../dedup/hash.js';
import { createDeduper } from '../dedup/index.js';
import { extractFeatures } from '../stories/features.js';
import { packResult, runTask, unpackResult, type PrepareResult, type TaskSettings } from './prepare-task.js';
import { clusterInput } from './stories.js';

const LINES = [
  {
    id: 'ferry-1',
    title: 'Harbour Authority Halts Night Ferries After Engine Fire',
    published: '2024-03-05T08:00:00Z',
    text:
      'Harbour Authority Halts Night Ferries After Engine Fire\n\n' +
      'The Harbour Authority of Port Elsin suspended all night ferry crossings on Tuesday after an ' +
      'engine fire forced 212 passengers off the Marisol Star, a spokeswoman, Dana Voss, said. ' +
      'Crews put out the fire within 40 minutes and nobody was hurt, according to the authority.\n\n' +
      'The crossings will resume on March 9 once inspectors from the Maritime Safety Board have ' +
      'checked the fleet, Voss said. The Marisol Star, built in 1998, carries up to 350 people.',
  },
  {
    id: 'quake-1',
    text:
      'A magnitude 5.8 earthquake struck near the town of Velmora early on Sunday, cracking walls ' +
      'and cutting power to about 14,000 homes, the regional civil protection office said. Two ' +
      'people were injured by falling masonry. Schools in Velmora and nearby Ostrin stay closed ' +
      'on Monday while engineers inspect the buildings.',
  },
];

async function settingsAndHasher(): Promise<{ settings: TaskSettings; hasher: Awaited<ReturnType<typeof loadHasher>> }> {
  const deduper = await createDeduper();
  return { settings: { maxBytes: 1 << 20, stories: true, sketchParams: deduper.sketchParams }, hasher: await loadHasher() };
}

function task(): { kind: 'lines'; input: string; firstLine: number; bytes: Uint8Array } {
  return { kind: 'lines', input: 'news.jsonl', firstLine: 1, bytes: new TextEncoder().encode(LINES.map((l) => `${JSON.stringify(l)}\n`).join('')) };
}

describe('the crossing of a prepared result between threads', () => {
  it('restores the same articles, sentences and feature vectors (entries in the same order), without labels', async () => {
    const { settings, hasher } = await settingsAndHasher();
    const here = runTask(task(), settings, hasher);
    const crossed = unpackResult(deserialize(serialize(packResult(runTask(task(), settings, hasher)))) as PrepareResult);
    expect(crossed.docs).toHaveLength(2);
    for (let i = 0; i < here.docs.length; i++) {
      const a = here.docs[i];
      const b = crossed.docs[i];
      expect(b.packed).toBeUndefined();
      expect(JSON.stringify(b.article)).toBe(JSON.stringify(a.article));
      expect(b.article.sentences.length).toBeGreaterThan(1);
      const fa = a.features!;
      const fb = b.features!;
      for (const ch of ['terms', 'lead', 'names', 'focus', 'numbers', 'dates'] as const) {
        expect([...fb[ch]], ch).toEqual([...fa[ch]]);
      }
      expect(fa.terms.size).toBeGreaterThan(10);
      expect(fb.details).toEqual(fa.details);
      expect([...fb.years]).toEqual([...fa.years]);
      // The task makes unlabelled features (labels never cross), with the labelled ones' vectors.
      expect(fb.labels.size).toBe(0);
      expect(fa.labels.size).toBe(0);
      const labelled = extractFeatures(clusterInput(a.article));
      expect(labelled.labels.size).toBeGreaterThan(0);
      for (const ch of ['terms', 'lead', 'names', 'focus', 'numbers', 'dates'] as const) {
        expect([...fa[ch]], ch).toEqual([...labelled[ch]]);
      }
      expect(fa.details).toEqual(labelled.details);
      expect(b.sketch).toEqual(a.sketch);
    }
  });

  it('carries an article without sentences and a result without features', async () => {
    const { hasher } = await settingsAndHasher();
    const bare = runTask(task(), { maxBytes: 1 << 20, stories: false }, hasher);
    bare.docs[1].article.sentences = [];
    const crossed = unpackResult(deserialize(serialize(packResult(bare))) as PrepareResult);
    expect(crossed.docs).toHaveLength(2);
    expect(crossed.docs[0].article.sentences.length).toBeGreaterThan(1);
    expect(crossed.docs[1].article.sentences).toEqual([]);
    expect(crossed.docs[0].features).toBeUndefined();
  });

  it('crosses a port with its one buffer transferred, the sketches as views into it', async () => {
    const { settings, hasher } = await settingsAndHasher();
    const here = runTask(task(), settings, hasher);
    const packed = packResult(runTask(task(), settings, hasher));
    const shared = packed.shared as ArrayBuffer;
    expect(packed.docs.every((d) => d.sketch?.fps.buffer === shared && d.packed?.sentences.buffer === shared)).toBe(true);
    const { port1, port2 } = new MessageChannel();
    try {
      port1.postMessage(packed, [shared]);
      expect(shared.byteLength).toBe(0);
      const crossed = unpackResult(receiveMessageOnPort(port2)?.message as PrepareResult);
      expect(crossed.shared).toBeUndefined();
      expect(crossed.docs.map((d) => JSON.stringify(d.article))).toEqual(here.docs.map((d) => JSON.stringify(d.article)));
      expect(crossed.docs.map((d) => [[...d.sketch!.sig], [...d.sketch!.fps]])).toEqual(here.docs.map((d) => [[...d.sketch!.sig], [...d.sketch!.fps]]));
      expect(crossed.docs.map((d) => [...d.features!.terms])).toEqual(here.docs.map((d) => [...d.features!.terms]));
    } finally {
      port1.close();
    }
  });
});
