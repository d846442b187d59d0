/**
 * `triangulate story <id> --format md|html|json` against a temp store: the full report of an
 * invented three-outlet story (one outlet copies another, two disagree on a date).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/output.js';
import { FLOOD } from '../src/summary/test-fixtures.js';
import type { StoryReport } from '../src/report/story.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false, env: {} };
  return { code: await main(args, io), out, err };
}

let dir: string;
let db: string;
let story: string;
const cli = (...args: string[]) => run(['--db', db, ...args]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'triangulate-story-report-'));
  db = join(dir, 'report.db');
  const input = join(dir, 'flood.jsonl');
  writeFileSync(input, FLOOD.map((f) => JSON.stringify(f)).join('\n') + '\n');
  expect((await cli('ingest', input)).code).toBe(0);
  const stories = JSON.parse((await cli('stories', '--format', 'json')).out) as { id: string; articleCount: number }[];
  expect(stories).toHaveLength(1);
  story = stories[0].id;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('story report through the CLI', () => {
  it('keeps the text listing', async () => {
    const res = await cli('story', story);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/ARTICLE\s+PUBLISHED\s+OUTLET/);
  });

  it('prints the listing fields plus the full report as JSON', async () => {
    const res = await cli('story', story, '--format', 'json');
    expect(res.code).toBe(0);
    const data = JSON.parse(res.out) as { id: string; articles: { id: string }[]; report: StoryReport };
    expect(data.articles.map((a) => a.id).sort()).toEqual(['cardell-post', 'river-echo', 'valley-wire']);
    expect(data.report.id).toBe(story);
    expect(data.report.summary.length).toBeGreaterThan(0);
    const text = new Map(data.report.articles.map((a) => [a.id, a.text]));
    for (const s of data.report.summary) for (const c of s.citations) expect(text.get(c.article)!.slice(c.start, c.end)).toBe(c.text);
    expect(data.report.matrix.rows.some((r) => r.status === 'contested')).toBe(true);
    expect(data.report.duplicates[0]?.copies.map((c) => c.article)).toEqual(['valley-wire']);
  });

  it('prints Markdown and a self-contained HTML page', async () => {
    const md = await cli('story', story, '--format', 'md');
    expect(md.code).toBe(0);
    expect(md.out).toMatch(/^# Burst water main floods Cardell city centre/);
    expect(md.out).toContain('## Claim matrix');
    const html = await cli('story', story, '--format', 'html');
    expect(html.code).toBe(0);
    expect(html.out).toMatch(/^<!doctype html>/);
    expect(html.out).toContain('&lt;script&gt;');
    expect(html.out).not.toContain("<script>alert('flood')");
  });

  it('rejects an unknown format and an unknown story', async () => {
    expect((await cli('story', story, '--format', 'pdf')).code).toBe(2);
    expect((await cli('story', 'no-such-story', '--format', 'md')).code).toBe(1);
  });
});
