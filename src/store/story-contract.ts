/**
 * The story part of the store contract tests (schema migration 2), run by `store.test.ts`
 * against every backend. Not used at run time.
 */
import { expect, it } from 'vitest';
import type { Article } from '../types.js';
import type { Store, StoryMember } from './contract.js';
import { FIXTURE_TEXTS, makeArticle, makeBulkArticles } from './test-fixtures.js';

/** What the story tests need from a backend harness. */
export interface StoryHarness {
  /** A fresh, empty store. */
  fresh(): Promise<Store>;
  /**
   * A fresh database with only the first `migrations` schema steps applied, and a function
   * that closes it and opens it again with every step; absent when the backend cannot reopen.
   */
  openOlder?(migrations: number): Promise<{ store: Store; upgrade(store: Store): Promise<Store> }>;
  /** The schema version reported by the backend. */
  schemaVersion(store: Store): Promise<number>;
}

/** An invented clusterer-style evidence record. */
function evidence(reason: string, score: number): unknown {
  return {
    reason,
    parts: score === 0 ? null : { terms: score * 0.6, names: score * 0.3, dates: score * 0.1 },
    threshold: 0.42,
    candidates: 3,
    bestRejected: { story: 'harbour-shifts', score: 0.1234567890123 },
  };
}

function member(article: string, story: string, score: number, created = score === 0): StoryMember {
  return { article, story, score, created, evidence: evidence(created ? 'new' : 'score', score) };
}

/** Articles of three invented stories; one without outlet (URL host), one without outlet or URL. */
function storyArticles(): Article[] {
  const ceasefire = FIXTURE_TEXTS.ceasefire;
  return [
    makeArticle('wire/ceasefire', ceasefire, { published: '2025-03-13T09:00:00Z' }),
    makeArticle('courier/ceasefire', ceasefire.replace('Thursday', 'Thursday evening'), {
      outlet: 'Harbour Courier',
      published: '2025-03-13T11:30:00Z',
    }),
    makeArticle('blog/ceasefire', ceasefire.replace('met again', 'sat down again'), {
      outlet: null,
      url: 'https://www.Valmora-Watch.example/posts/talks-resume',
      published: '2025-03-14',
    }),
    makeArticle('wire/harbour', FIXTURE_TEXTS.harbour, { published: '2025-03-12' }),
    makeArticle('notes/drought', FIXTURE_TEXTS.drought, { outlet: null, url: null, published: null, title: null, titleSpan: null }),
  ];
}

const STORY_MEMBERS: StoryMember[] = [
  member('wire/ceasefire', 'ceasefire-talks', 0),
  member('courier/ceasefire', 'ceasefire-talks', 0.71),
  member('blog/ceasefire', 'ceasefire-talks', 0.64),
  member('wire/harbour', 'harbour-shifts', 0),
  member('notes/drought', 's-drought', 0),
];

async function storedStories(store: Store): Promise<Store> {
  await store.putArticles(storyArticles());
  await store.putStoryMembers(STORY_MEMBERS, { 'ceasefire-talks': 'Valmora ceasefire talks' });
  return store;
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

/** Registers the story contract tests (call inside a `describe`). */
export function storyContractTests(harness: StoryHarness): void {
  it('round-trips story members, titles and story rows', async () => {
    const store = await storedStories(await harness.fresh());
    const ceasefire = await store.getStory('ceasefire-talks');
    expect(ceasefire).toEqual({
      id: 'ceasefire-talks',
      title: 'Valmora ceasefire talks',
      articleCount: 3,
      outlets: ['Harbour Courier', 'Meridian Wire', 'valmora-watch.example'],
      firstPublished: '2025-03-13T09:00:00Z',
      lastPublished: '2025-03-14',
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/),
    });
    // Without a given title: the first member's article title, else its id.
    expect((await store.getStory('harbour-shifts'))?.title).toBe('Port authority approves night shifts at Coldwater harbour');
    expect(await store.getStory('s-drought')).toMatchObject({
      title: 'notes/drought',
      outlets: ['notes/drought'],
      firstPublished: null,
      lastPublished: null,
    });
    expect(await store.getStory('no-such-story')).toBeNull();

    const all = await store.getStoryMembers();
    expect(all.map((m) => m.article)).toEqual([
      'blog/ceasefire',
      'courier/ceasefire',
      'notes/drought',
      'wire/ceasefire',
      'wire/harbour',
    ]);
    expect(all.find((m) => m.article === 'courier/ceasefire')).toEqual(STORY_MEMBERS[1]);
    expect(await store.getStoryMembers(['wire/harbour', 'missing', 'blog/ceasefire'])).toEqual([
      STORY_MEMBERS[3],
      STORY_MEMBERS[2],
    ]);
    expect(await store.getStoryMembers([])).toEqual([]);

    const articles = await store.getStoryArticles('ceasefire-talks');
    expect(articles.map((a) => [a.id, a.score])).toEqual([
      ['wire/ceasefire', 0],
      ['courier/ceasefire', 0.71],
      ['blog/ceasefire', 0.64],
    ]);
    expect(articles[1]).toMatchObject({ outlet: 'Harbour Courier', version: 1, title: 'Talks on river ceasefire resume in Valmora' });
    expect(await store.getStoryArticles('no-such-story')).toEqual([]);
  });

  it('moves a re-assigned article, deletes emptied stories and keeps titles', async () => {
    const store = await storedStories(await harness.fresh());
    const before = (await store.getStory('ceasefire-talks'))?.updatedAt as string;
    await tick();
    // harbour-shifts loses its only article: it is deleted.
    await store.putStoryMembers([member('wire/harbour', 'ceasefire-talks', 0.45)]);
    expect(await store.getStory('harbour-shifts')).toBeNull();
    const grown = await store.getStory('ceasefire-talks');
    expect(grown).toMatchObject({ title: 'Valmora ceasefire talks', articleCount: 4, firstPublished: '2025-03-12' });
    expect((grown?.updatedAt ?? '') > before).toBe(true);
    expect((await store.getStoryMembers(['wire/harbour']))[0]).toMatchObject({ story: 'ceasefire-talks', score: 0.45, created: false });

    // Splitting one off: a new story named after its article; the old one shrinks, is touched, keeps its title.
    const touched = (await store.getStory('ceasefire-talks'))?.updatedAt as string;
    await tick();
    await store.putStoryMembers([member('wire/harbour', 'harbour-split', 0)]);
    expect(await store.getStory('harbour-split')).toMatchObject({ title: 'Port authority approves night shifts at Coldwater harbour', articleCount: 1 });
    const shrunk = await store.getStory('ceasefire-talks');
    expect(shrunk?.articleCount).toBe(3);
    expect((shrunk?.updatedAt ?? '') > touched).toBe(true);

    // An article repeated within a batch: the last decision wins.
    await store.putStoryMembers([member('notes/drought', 'ceasefire-talks', 0.5), member('notes/drought', 'harbour-split', 0.5)]);
    expect((await store.getStoryMembers(['notes/drought']))[0].story).toBe('harbour-split');
    expect(await store.getStory('s-drought')).toBeNull();

    // Retitling without members; a title for an unknown story creates nothing.
    await store.putStoryMembers([], { 'harbour-split': 'Coldwater night shifts', ghost: 'Never stored' });
    expect((await store.getStory('harbour-split'))?.title).toBe('Coldwater night shifts');
    expect(await store.getStory('ghost')).toBeNull();
    expect((await store.listStories()).map((s) => s.id)).toEqual(['ceasefire-talks', 'harbour-split']);

    // A deleted story's id used again is a new story: named after its new first article.
    await store.putStoryMembers([member('courier/ceasefire', 'harbour-shifts', 0)]);
    expect((await store.getStory('harbour-shifts'))?.title).toBe('Talks on river ceasefire resume in Valmora');
  });

  it('labels articles without outlet by URL host, else by id, and filters on those labels', async () => {
    const store = await storedStories(await harness.fresh());
    await store.putArticles([
      makeArticle('radio/harbour', FIXTURE_TEXTS.harbourLater, { outlet: '  ', url: 'http://RADIO.Coldwater.example:8080/news?id=7', published: '2025-03-12T18:00:00Z' }),
      makeArticle('scan/harbour', FIXTURE_TEXTS.harbourLater.replace('Tuesday', 'Wednesday'), { outlet: null, url: 'not a url', published: '2025-03-12' }),
      makeArticle('second/wire', FIXTURE_TEXTS.harbourLater.replace('cargo', 'container'), { outlet: 'Meridian Wire', published: '2025-03-12' }),
    ]);
    await store.putStoryMembers([
      member('radio/harbour', 'harbour-shifts', 0.55),
      member('scan/harbour', 'harbour-shifts', 0.5),
      member('second/wire', 'harbour-shifts', 0.8),
    ]);
    expect((await store.getStory('harbour-shifts'))?.outlets).toEqual(['Meridian Wire', 'radio.coldwater.example', 'scan/harbour']);
    const ids = async (outlet: string, page: { limit?: number; offset?: number } = {}): Promise<string[]> =>
      (await store.listStories({ outlet, ...page })).map((s) => s.id);
    expect(await ids('meridian WIRE')).toEqual(['ceasefire-talks', 'harbour-shifts']);
    expect(await ids('meridian wire', { limit: 1, offset: 1 })).toEqual(['harbour-shifts']);
    expect(await ids('meridian wire', { offset: 2 })).toEqual([]);
    expect(await ids('Valmora-Watch.example')).toEqual(['ceasefire-talks']);
    expect(await ids('radio.coldwater.example')).toEqual(['harbour-shifts']);
    expect(await ids('notes/drought')).toEqual(['s-drought']);
    expect(await ids('Estrel Daily')).toEqual([]);
  });

  it('lists newest stories first, undated last, ties by id, with date filters and pages', async () => {
    const store = await storedStories(await harness.fresh());
    await store.putArticles([makeArticle('wire/election', FIXTURE_TEXTS.election, { published: '2025-03-12T07:00:00Z' })]);
    await store.putStoryMembers([member('wire/election', 'a-election', 0)]);
    const ids = async (filter: Parameters<Store['listStories']>[0]): Promise<string[]> =>
      (await store.listStories(filter)).map((s) => s.id);
    // '2025-03-12T07:00:00Z' sorts after '2025-03-12' as text, so the election story is newer.
    expect(await ids({})).toEqual(['ceasefire-talks', 'a-election', 'harbour-shifts', 's-drought']);
    await store.putArticles([makeArticle('wire/election', FIXTURE_TEXTS.election, { published: '2025-03-12' })]);
    expect(await ids({})).toEqual(['ceasefire-talks', 'a-election', 'harbour-shifts', 's-drought']);
    await store.putArticles([makeArticle('wire/election', FIXTURE_TEXTS.election, { published: '2025-03-11' })]);
    expect(await ids({})).toEqual(['ceasefire-talks', 'harbour-shifts', 'a-election', 's-drought']);

    expect(await ids({ from: '2025-03-13' })).toEqual(['ceasefire-talks']);
    expect(await ids({ to: '2025-03-12' })).toEqual(['harbour-shifts', 'a-election']);
    expect(await ids({ from: '2025-03-12', to: '2025-03-13' })).toEqual(['ceasefire-talks', 'harbour-shifts']);
    expect(await ids({ from: '2025-03-14', to: '2025-03-14' })).toEqual(['ceasefire-talks']);
    expect(await ids({ from: '2025-03', to: '2025-03' })).toEqual(['ceasefire-talks', 'harbour-shifts', 'a-election']);
    expect(await ids({ limit: 2 })).toEqual(['ceasefire-talks', 'harbour-shifts']);
    expect(await ids({ limit: 2, offset: 1 })).toEqual(['harbour-shifts', 'a-election']);
    expect(await ids({ offset: 3 })).toEqual(['s-drought']);
    await expect(store.listStories({ limit: -1 })).rejects.toThrow(RangeError);
  });

  it('lists unassigned articles in publication order, then ingest order', async () => {
    const store = await harness.fresh();
    await store.putArticles([
      makeArticle('z-undated', FIXTURE_TEXTS.drought, { published: null }),
      makeArticle('b-dated', FIXTURE_TEXTS.harbour, { published: '2025-03-13' }),
      makeArticle('a-undated', FIXTURE_TEXTS.election, { published: null }),
      makeArticle('c-dated', FIXTURE_TEXTS.ceasefire, { published: '2025-03-12' }),
    ]);
    await store.putArticles([makeArticle('0-undated', FIXTURE_TEXTS.harbourLater, { published: null })]);
    expect(await store.unassignedArticleIds()).toEqual(['c-dated', 'b-dated', 'z-undated', 'a-undated', '0-undated']);
    await store.putStoryMembers([member('b-dated', 'harbour', 0), member('a-undated', 'election', 0)]);
    expect(await store.unassignedArticleIds()).toEqual(['c-dated', 'z-undated', '0-undated']);
  });

  it('clears memberships and stories but keeps corrections and engine state', async () => {
    const store = await storedStories(await harness.fresh());
    const pin = { kind: 'pin', article: 'wire/harbour', story: 'ceasefire-talks' };
    const merge = { kind: 'merge', stories: ['harbour-shifts', 's-drought'], into: 'harbour-shifts' };
    const first = await store.addCorrection(pin);
    const second = await store.addCorrection(merge);
    expect(second).toBeGreaterThan(first);
    await store.putState('clusterer', '{"version":1,"seq":5}');
    await store.clearStoryMembers();
    expect(await store.listStories()).toEqual([]);
    expect(await store.getStoryMembers()).toEqual([]);
    expect(await store.getStory('ceasefire-talks')).toBeNull();
    expect(await store.unassignedArticleIds()).toHaveLength(5);
    const corrections = await store.listCorrections();
    expect(corrections.map((c) => [c.seq, c.correction])).toEqual([
      [first, pin],
      [second, merge],
    ]);
    expect(corrections[0].at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await store.getState('clusterer')).toBe('{"version":1,"seq":5}');
    // Stories can be rebuilt after a clear.
    await store.putStoryMembers(STORY_MEMBERS.slice(3));
    expect((await store.listStories()).map((s) => s.id)).toEqual(['harbour-shifts', 's-drought']);
  });

  it('keeps corrections in order and refuses a value JSON cannot hold', async () => {
    const store = await harness.fresh();
    const split = { kind: 'split', story: 's1', articles: ['a', 'b'], newStory: 's1-b' };
    const seqs = [await store.addCorrection(split), await store.addCorrection('free text note'), await store.addCorrection(42.5)];
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(3);
    expect((await store.listCorrections()).map((c) => c.correction)).toEqual([split, 'free text note', 42.5]);
    await expect(store.addCorrection(undefined)).rejects.toThrow(TypeError);
    expect(await store.listCorrections()).toHaveLength(3);
  });

  it('stores and replaces engine state by key', async () => {
    const store = await harness.fresh();
    expect(await store.getState('clusterer')).toBeNull();
    const big = JSON.stringify({ df: Array.from({ length: 50_000 }, (_, i) => [i, (i * 7) % 13]) });
    await store.putState('clusterer', big);
    await store.putState('deduper', 'minhash:v1');
    expect(await store.getState('clusterer')).toBe(big);
    await store.putState('clusterer', '{"version":1}');
    expect(await store.getState('clusterer')).toBe('{"version":1}');
    expect(await store.getState('deduper')).toBe('minhash:v1');
  });

  it('reads articles by id in batches, in the order asked, without missing ids', async () => {
    const store = await harness.fresh();
    const bulk = makeBulkArticles(1_050, 120);
    await store.putArticles(bulk);
    const wanted = [...bulk.map((a) => a.id)].reverse();
    const got = await store.getArticles(['missing-1', ...wanted, 'missing-2', wanted[3]]);
    expect(got.map((a) => a.id)).toEqual(wanted);
    expect(got[wanted.length - 1]).toEqual(await store.getArticle('bulk-0'));
    expect(await store.getArticles([])).toEqual([]);
  });

  it('stores nothing of a story batch that names an unknown article or is malformed', async () => {
    const store = await storedStories(await harness.fresh());
    const before = await store.getStory('harbour-shifts');
    await tick();
    await expect(
      store.putStoryMembers(
        [member('notes/drought', 'harbour-shifts', 0.5), member('wire/ceasefire', 'fresh-story', 0), member('never-ingested', 'fresh-story', 0.6)],
        { 'harbour-shifts': 'Renamed in a failed batch' },
      ),
    ).rejects.toThrow();
    expect(await store.getStory('harbour-shifts')).toEqual(before);
    expect(await store.getStory('fresh-story')).toBeNull();
    expect(await store.getStory('s-drought')).not.toBeNull();
    expect((await store.getStoryMembers(['notes/drought', 'wire/ceasefire'])).map((m) => m.story)).toEqual(['s-drought', 'ceasefire-talks']);

    const bad = [
      { ...member('notes/drought', 'harbour-shifts', 0.5), score: Number.NaN },
      { ...member('notes/drought', '', 0.5) },
      { ...member('notes/drought', 'harbour-shifts', 0.5), created: 'yes' as unknown as boolean },
    ];
    for (const m of bad) await expect(store.putStoryMembers([member('wire/harbour', 'x', 0), m])).rejects.toThrow(TypeError);
    expect(await store.getStory('x')).toBeNull();
    // The store still works after the failures.
    await store.putStoryMembers([member('notes/drought', 'harbour-shifts', 0.5)]);
    expect((await store.getStory('harbour-shifts'))?.articleCount).toBe(2);
  });

  it('upgrades a database created with only migration 1', async (context) => {
    if (!harness.openOlder) {
      context.skip();
      return;
    }
    const { store: old, upgrade } = await harness.openOlder(1);
    expect(await harness.schemaVersion(old)).toBe(1);
    await old.putArticles([
      makeArticle('z-first', FIXTURE_TEXTS.harbour, { published: null }),
      makeArticle('a-second', FIXTURE_TEXTS.drought, { published: null }),
    ]);
    const store = await upgrade(old);
    expect(await harness.schemaVersion(store)).toBe(2);
    expect((await store.getArticle('z-first'))?.text).toBe(FIXTURE_TEXTS.harbour);
    await store.putArticles([makeArticle('0-third', FIXTURE_TEXTS.election, { published: null })]);
    expect(await store.unassignedArticleIds()).toEqual(['z-first', 'a-second', '0-third']);
    await store.putStoryMembers([member('z-first', 'harbour', 0), member('0-third', 'harbour', 0.3)]);
    expect(await store.getStory('harbour')).toMatchObject({ articleCount: 2, title: 'Port authority approves night shifts at Coldwater harbour' });
    expect(await store.unassignedArticleIds()).toEqual(['a-second']);
  });
}
