/**
 * Stories through the CLI on the clustering fixtures (`fixtures/stories/events.jsonl`: four
 * events, two pairs of same-kind-different-event): listing, showing, explaining, corrections
 * that persist across later ingests, and a deterministic recluster.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/output.js';

const fixtures = fileURLToPath(new URL('../fixtures/stories/', import.meta.url));
const gold = JSON.parse(readFileSync(`${fixtures}events.gold.json`, 'utf8')) as { events: Record<string, string> | unknown };

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false, env: {} };
  return { code: await main(args, io), out, err };
}

interface StoryRow { id: string; articleCount: number; title: string }

let dir: string;
let db: string;
const cli = (...args: string[]) => run(['--db', db, ...args]);
const stories = async () => JSON.parse((await cli('stories', '--format', 'json')).out) as StoryRow[];
const membersOf = async (id: string) =>
  (JSON.parse((await cli('story', id, '--format', 'json')).out) as { articles: { id: string }[] }).articles.map((a) => a.id).sort();
const partition = async () => Object.fromEntries(await Promise.all((await stories()).map(async (s) => [s.id, await membersOf(s.id)] as const)));

/** Article id -> event, from the gold file (whatever its exact layout). */
function eventOf(): Map<string, string> {
  const raw = readFileSync(`${fixtures}events.gold.json`, 'utf8');
  const parsed = JSON.parse(raw) as Record<string, unknown>;
  const map = new Map<string, string>();
  const articles = (parsed.articles ?? parsed.events ?? parsed) as Record<string, unknown>;
  for (const [id, v] of Object.entries(articles)) {
    if (typeof v === 'string') map.set(id, v);
    else if (v && typeof v === 'object' && 'event' in v) map.set(id, String((v as { event: unknown }).event));
  }
  return map;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'triangulate-stories-'));
  db = join(dir, 'stories.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stories through the CLI', () => {
  it('groups each event into one story and keeps same-kind events apart', async () => {
    expect(gold).toBeTruthy();
    const res = await cli('ingest', `${fixtures}events.jsonl`);
    expect(res.code).toBe(0);
    const events = eventOf();
    expect(events.size).toBeGreaterThan(10);
    const groups = await partition();
    for (const members of Object.values(groups)) {
      expect(new Set(members.map((m) => events.get(m))).size, `story ${members.join(', ')}`).toBe(1);
    }
    expect(Object.keys(groups)).toHaveLength(new Set(events.values()).size);
    const text = await cli('stories');
    expect(text.out).toMatch(/STORY\s+ARTICLES\s+OUTLETS/);
  });

  it('explains a pair with its score parts and the threshold', async () => {
    const [first] = await stories();
    const [a, b] = await membersOf(first.id);
    const why = await cli('why', a, b, '--format', 'json');
    const data = JSON.parse(why.out);
    expect(data.story.sameStory).toBe(true);
    expect(data.story.score).toBeGreaterThanOrEqual(data.story.threshold);
    const sum = Object.values(data.story.parts as Record<string, number>).reduce((x, y) => x + y, 0);
    expect(sum).toBeCloseTo(data.story.score, 6);
    expect((await cli('why', a, 'nope')).code).toBe(1);
  });

  it('keeps merge, split and pin corrections across later ingests and reclusters', async () => {
    const before = await stories();
    const [s1, s2] = before;
    const merged = await cli('merge', s1.id, s2.id);
    expect(merged.code).toBe(0);
    let now = await partition();
    expect(now[s1.id]).toHaveLength(s1.articleCount + s2.articleCount);
    expect(now[s2.id]).toBeUndefined();

    const moved = now[s1.id][0];
    const split = await cli('split', s1.id, moved, '--as', 'custom-split');
    expect(split.code).toBe(0);
    now = await partition();
    expect(now['custom-split']).toEqual([moved]);

    const s3 = before[2];
    const pinned = await cli('pin', moved, s3.id);
    expect(pinned.code).toBe(0);
    now = await partition();
    expect(now[s3.id]).toContain(moved);

    // A later ingest and a recluster keep every correction.
    const extra = join(dir, 'extra.jsonl');
    writeFileSync(extra, `${JSON.stringify({ id: 'late-unrelated', published: '2026-09-01', outlet: 'Harbour Ledger', text: 'The regional orchestra announced its autumn season on Monday, opening with three concerts of music by local composers in the restored corn exchange.' })}\n`);
    expect((await cli('ingest', extra)).code).toBe(0);
    expect((await cli('recluster')).code).toBe(0);
    const after = await partition();
    expect(after[s1.id].length).toBe(s1.articleCount + s2.articleCount - 1);
    expect(after[s3.id]).toContain(moved);
    expect(after[s2.id]).toBeUndefined();
    // Deterministic: a second recluster changes nothing.
    expect((await cli('recluster')).code).toBe(0);
    expect(await partition()).toEqual(after);
  });

  it('rejects corrections that name unknown stories or articles', async () => {
    expect((await cli('merge', 'no-such-story', 'other')).code).toBe(1);
    expect((await cli('pin', 'no-such-article', (await stories())[0].id)).code).toBe(1);
    expect((await cli('merge', 'x', 'x')).code).toBe(2);
  });
});

describe('check --pairs through the CLI', () => {
  it('writes one verdict line per pair and reports a bad line', async () => {
    const pairs = join(dir, 'pairs.jsonl');
    writeFileSync(pairs, [
      JSON.stringify({ id: 'q1', claim: 'Harbour crane collapse injures two workers', text: 'Two dock workers were hurt on Tuesday when a crane collapsed onto the main pier at Port Selden, the harbour authority said. Both were treated in hospital for minor injuries.' }),
      'not json',
      JSON.stringify({ id: 'q2', claim: 'Harbour crane collapse injures two workers', text: 'The city library extended its weekend opening hours after a survey of readers, the council said on Friday.' }),
    ].join('\n'));
    const res = await run(['check', '--pairs', pairs, '--format', 'jsonl']);
    expect(res.code).toBe(1);
    expect(res.err).toContain(`${pairs}:2`);
    const lines = res.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['q1', 'q2']);
    expect(lines[0].verdict).not.toBe('unrelated');
    expect(lines[1].verdict).toBe('unrelated');
  });
});
