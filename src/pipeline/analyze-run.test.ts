import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { jsonChunks } from '../report/json-stream.js';
import { SqliteStore } from '../store/sqlite.js';
import { ingest } from './ingest.js';
import { AnalysisStore } from './analyze-store.js';
import { prepareArticle } from '../text/index.js';
import { AnalyzeScheduler } from './analyze-scheduler.js';
import { omitTexts, restoreTexts, type StoryDelta } from './analyze-task.js';
import { createEngines } from './stories.js';

/** Two events, several outlets each, one undated report, one syndicated copy, one bad line, one repeated id. */
const FERRY = [
  'Ferry crews at the port of Kessel walked out on Monday, cancelling all crossings to the three islands. ' +
    'The union said the strike would last 48 hours unless the operator reopened talks on pay. ' +
    '"We have waited eleven months for an offer," said union secretary Marta Lind. ' +
    'About 4,000 passengers were affected, according to the harbour authority.',
  'All ferry crossings from Kessel to the islands were cancelled on Monday as crews began a 48-hour strike. ' +
    'Union secretary Marta Lind told reporters the crews had waited eleven months for a pay offer. ' +
    'The operator, Nordlink, said it regretted the disruption and was ready to meet the union on Wednesday. ' +
    'The harbour authority put the number of stranded passengers at about 4,000.',
  'Islanders faced a second day without ferries on Tuesday after crews at Kessel stopped work. ' +
    'Nordlink said talks with the union would resume on Wednesday. ' +
    'Shops on the largest island reported running short of fresh milk, local officials said.',
];
const LIBRARY = [
  'The city of Arnholt opened its new public library in the former railway station on Saturday. ' +
    'Mayor Jonas Berg said the building had cost 12 million euros and taken three years to restore. ' +
    'The library holds 80,000 books and a music room, the council said.',
  'Arnholt\u2019s restored railway station reopened on Saturday as a public library, Mayor Jonas Berg announced. ' +
    'The restoration took three years and cost 12 million euros, according to the council. ' +
    'Visitors queued for an hour before the doors opened, witnesses said.',
];

function lines(): string {
  const rec = (o: Record<string, unknown>) => JSON.stringify(o);
  return [
    rec({ id: 'f1', text: FERRY[0], title: 'Ferry crews strike at Kessel', published: '2025-03-10T08:00:00Z', outlet: 'Harbour Post' }),
    rec({ id: 'l1', text: LIBRARY[0], title: 'Arnholt library opens in old station', published: '2025-03-08T10:00:00Z', outlet: 'Arnholt Courier' }),
    rec({ id: 'f2', text: FERRY[1], title: 'Island ferries cancelled by strike', published: '2025-03-10T11:30:00Z', outlet: 'Coast Radio' }),
    '{"id": "broken", "text": ',
    rec({ id: 'f3', text: FERRY[2], title: 'Second day without ferries', outlet: 'Island Voice' }),
    rec({ id: 'l2', text: LIBRARY[1], published: '2025-03-08', outlet: 'Regional Daily' }),
    rec({ id: 'f1-wire', text: FERRY[0], title: 'Ferry crews strike at Kessel', published: '2025-03-10T09:00:00Z', outlet: 'Wire Digest' }),
    rec({ id: 'f2', text: 'A repeated id: this line is skipped.', published: '2025-03-11' }),
  ].join('\n') + '\n';
}

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'analyze-run-'));
  file = join(dir, 'stream.jsonl');
  writeFileSync(file, lines());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('analyze in worker threads', () => {
  it('gives the same document and the same ingest summary as the one-thread run', async () => {
    const one = await analyze([file], { workers: 0 });
    const pooled = await analyze([file], { workers: 2 });
    // Byte for byte, as `analyze --format json` writes it.
    expect([...jsonChunks(pooled.document)].join('')).toBe([...jsonChunks(one.document)].join(''));
    expect(pooled.summary).toEqual(one.summary);
    // The document itself: stories by event, the copy linked, the undated report dated by its story.
    const { articles, stories } = one.document;
    expect(articles.map((a) => a.id)).toEqual(['f1', 'l1', 'f2', 'f3', 'l2', 'f1-wire']);
    const storyOf = (id: string) => stories.find((s) => s.articles.includes(id))!.id;
    expect(storyOf('f2')).toBe(storyOf('f1'));
    expect(storyOf('l2')).toBe(storyOf('l1'));
    expect(storyOf('l1')).not.toBe(storyOf('f1'));
    expect(articles.find((a) => a.id === 'f1-wire')!.duplicates).toEqual([{ of: 'f1', kind: 'exact', similarity: 1 }]);
    const undated = articles.find((a) => a.id === 'f3')!;
    expect(undated.published).toBeNull();
    expect(undated.estimatedPublished).toBe('2025-03-10');
    const tuesday = undated.times.find((t) => t.text === 'Tuesday');
    expect(tuesday).toMatchObject({ estimated: true });
    expect(undated.entities.some((e) => e.text === 'Nordlink')).toBe(true);
    for (const a of articles) for (const e of a.entities) expect(a.text.slice(e.start, e.end)).toBe(e.text);
  }, 120_000);

  it('reports the same results and problems as ingest into a fresh SQLite store', async () => {
    const { summary } = await analyze([file], { workers: 0 });
    const sqlite = new SqliteStore(':memory:');
    try {
      const reference = await ingest(sqlite, [file], { stories: false, workers: 0 });
      expect(summary.results).toEqual(reference.results);
      expect(summary.messages).toEqual(reference.messages);
      expect({ ...summary, articles: [] }).toEqual({ ...reference, articles: [] });
    } finally {
      await sqlite.close();
    }
    expect(summary.failed).toBe(1);
    expect(summary.skipped).toBe(0);
    expect(summary.results.find((r) => r.id === 'f1-wire')!.exactDuplicateOf).toEqual(['f1']);
  }, 60_000);
});

describe('AnalysisStore', () => {
  const article = (id: string, text: string, published: string | null = '2025-03-10') =>
    prepareArticle({ id, text, published, source: { kind: 'jsonl', input: 'x.jsonl' }, messages: [] });

  it('numbers versions like every store and hands each stored batch on', async () => {
    const seen: string[][] = [];
    const store = new AnalysisStore((batch) => seen.push(batch.map((a) => a.id)));
    const first = await store.putArticles([article('a', 'The bridge reopened on Monday.'), article('b', 'The bridge reopened on Monday.')]);
    expect(first.map((r) => [r.status, r.version, r.exactDuplicateOf])).toEqual([['added', 1, ['b']], ['added', 1, ['a']]]);
    const second = await store.putArticles([
      article('a', 'The bridge reopened on Monday.'),
      article('a', 'The bridge reopened on Monday.', '2025-03-11'),
      article('b', 'The bridge stays closed until May.'),
    ]);
    expect(second.map((r) => [r.status, r.version])).toEqual([['unchanged', 1], ['updated', 1], ['new-version', 2]]);
    expect(second[2].exactDuplicateOf).toEqual([]);
    expect(await store.getVersions('b')).toEqual([1, 2]);
    expect(seen).toEqual([['a', 'b'], ['a', 'a', 'b']]);
    const bad = { ...article('c', 'Text.'), contentHash: '' };
    await expect(store.putArticles([bad])).rejects.toThrow(TypeError);
    await expect(store.getArticles(['a'])).rejects.toThrow(/does not support/);
  });
});

describe('AnalyzeScheduler', () => {
  const article = (id: string, text: string, published: string | null) =>
    prepareArticle({ id, text, published, source: { kind: 'jsonl', input: 'x' }, messages: [] });
  const batch = () => [
    article('p', 'The council approved the new bus lanes on Tuesday evening, Mayor Ana Ruiz said.', '2025-03-11'),
    article('q', 'Mayor Ana Ruiz said on Wednesday that the bus lanes would open in May.', null),
  ];

  it('waits until it knows where, and gives the same results in a worker as in this thread', async () => {
    const { sketchParams } = (await createEngines()).deduper;
    const results = [];
    for (const mode of [{ kind: 'inline' } as const, { kind: 'pool', size: 2 } as const]) {
      const scheduler = new AnalyzeScheduler({ sketchParams });
      try {
        const members = batch();
        const work = scheduler.articles(members);
        let settled = false;
        void work.prepared.then(() => (settled = true));
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(settled).toBe(false);
        scheduler.decide(mode);
        const prepared = await work.prepared;
        const partial = await work.extracted;
        // The undated article's times wait for its story's date.
        expect(partial.map((p) => p.times === null)).toEqual([false, true]);
        members[1].estimatedPublished = '2025-03-12';
        const story = await scheduler.story({ members, partial, duplicates: [] });
        results.push({ features: prepared.map((p) => ({ ...p.features, labels: [...p.features.labels] })), sketches: prepared.map((p) => p.sketch), story });
        expect(Object.keys(scheduler.timings)).toEqual(expect.arrayContaining(['story features', 'times', 'entities', 'claims']));
      } finally {
        await scheduler.close();
      }
    }
    expect(results[1]).toEqual(results[0]);
    const wednesday = results[0].story.extraction[1].times.find((t) => t.text === 'Wednesday');
    expect(wednesday).toMatchObject({ estimated: true });
    expect(results[0].story.extraction[0].entities.find((e) => e.text === 'Ana Ruiz')?.entity)
      .toBe(results[0].story.extraction[1].entities.find((e) => e.text === 'Ana Ruiz')?.entity);
  }, 60_000);

  it('refuses work after close', async () => {
    const scheduler = new AnalyzeScheduler({ sketchParams: (await createEngines()).deduper.sketchParams });
    scheduler.decide({ kind: 'inline' });
    await scheduler.close();
    const work = scheduler.articles(batch());
    work.extracted.catch(() => undefined);
    await expect(work.prepared).rejects.toThrow(/closed/);
  });
});

describe('omitTexts / restoreTexts', () => {
  it('leaves out only texts that are slices of their article and puts them back exactly', () => {
    const text = 'The mayor said the bridge would reopen in May. Engineers disagreed.';
    const a = prepareArticle({ id: 'm', text, published: '2025-03-10', source: { kind: 'jsonl', input: 'x' }, messages: [] });
    const mention = (start: number, end: number, own = text.slice(start, end)) => ({
      article: 'm', start, end, outlet: 'x', hedged: false, value: null, text: own, from: 'body' as const, source: null, origin: 'x',
    });
    const group = (id: string, groupText: string, mentions: ReturnType<typeof mention>[]) => ({
      id, text: groupText, status: 'single' as const, outlets: ['x'], origins: ['x'], originCount: 1, originsLabel: '1 outlet',
      hedged: false, hedgedMentions: 0, kind: null, dates: [], score: 1, mentions,
    });
    const delta: StoryDelta = {
      times: [null],
      entities: [[]],
      claims: {
        claims: [
          group('c1', 'the bridge would reopen in May', [mention(text.indexOf('the bridge'), text.indexOf('May') + 3)]),
          // A text that is not the slice of its span stays as it is.
          group('c2', 'a representative wording', [mention(text.indexOf('Engineers'), text.length, 'Engineers disagreed (edited)')]),
        ],
        timeline: [],
        origins: { nodes: [], edges: [] },
      },
      summary: [{
        text: text.slice(0, 46), article: 'm', start: 0, end: 46, outlet: 'x', claims: ['c1'], outlets: ['x'], contradictedBy: [],
        contested: false, hedged: false,
        citations: [{ article: 'm', start: 0, end: 46, outlet: 'x', text: text.slice(0, 46), role: 'source', claim: null, value: null, hedged: false }],
      }],
    };
    const before = structuredClone(delta);
    const omitted = omitTexts(structuredClone(delta), [a]);
    expect(omitted.claims.claims[0].mentions[0].text).toBe('');
    expect(omitted.claims.claims[0].text).toBe('');
    expect(omitted.claims.claims[1].mentions[0].text).toBe('Engineers disagreed (edited)');
    expect(omitted.claims.claims[1].text).toBe('a representative wording');
    expect(omitted.summary[0].citations[0].text).toBe('');
    expect(restoreTexts(structuredClone(omitted), [a])).toEqual(before);
  });
});
