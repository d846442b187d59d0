/**
 * The reference pair in `../shared/seeds` (read at test time, never copied): the entity list of
 * its EXPECTED.md. Skips with a visible warning when the folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityMention, Mark } from '../../types.js';
import { extractEntities, mergeEntities } from './index.js';

const SEEDS = resolve(process.cwd(), '../shared/seeds');
const files = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
if (files.length === 0) console.warn(`[entities seeds.test] skipped: no seed articles in ${SEEDS}`);

/** Simple line rules standing in for the text stage: photo captions, promo lines, a metadata prefix. */
function marksOf(text: string): Mark[] {
  const marks: Mark[] = [];
  const meta = /^\s*date \d{4}-\d{2}-\d{2}/.exec(text);
  if (meta) marks.push({ start: 0, end: meta[0].length, kind: 'metadata' });
  let pos = 0;
  for (const line of text.split('\n')) {
    if (/\((?:photo|image|pictured)\b[^()]*\)\s*$/i.test(line)) marks.push({ start: pos, end: pos + line.length, kind: 'caption' });
    else if (/^(?:for more (?:details|information)|read (?:more|the (?:full )?article))\b/i.test(line)) {
      marks.push({ start: pos, end: pos + line.length, kind: 'promo' });
    }
    pos += line.length + 1;
  }
  return marks;
}

describe.skipIf(files.length === 0)('entities on the seed pair', () => {
  const texts = files.map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  const perArticle = texts.map((t) => extractEntities(t, { marks: marksOf(t) }));
  const merged = mergeEntities(perArticle);
  const all = merged.flat();
  const matching = (re: RegExp): EntityMention[] => all.filter((m) => re.test(m.text));

  it.each([
    ['Trump', /Trump/],
    ['Putin', /Putin/],
    ['Zelenskyy', /Zelensk/],
    ['Peskov', /Peskov/],
    ['Matviyenko', /Matviyenko/],
    ['Witkoff', /Witkoff/],
    ['Dmitriev', /Dmitriev/],
  ])('%s resolves to one PERSON id across mentions and articles', (_name, re) => {
    const ms = matching(re);
    expect(ms.length).toBeGreaterThan(0);
    expect(new Set(ms.map((m) => m.entity)).size).toBe(1);
    expect(new Set(ms.map((m) => m.type))).toEqual(new Set(['PERSON']));
  });

  it('finds Trump and Putin in both articles under the same id', () => {
    for (const re of [/Trump/, /Putin/, /Zelensk/, /Peskov/]) {
      const ids = merged.map((ms) => ms.find((m) => re.test(m.text))?.entity);
      expect(ids[0]).toBeDefined();
      expect(ids[0]).toBe(ids[1]);
    }
  });

  it.each(['NATO', 'EU', 'Kremlin', 'The Guardian', 'Axios', 'Sky News'])('%s is an ORG', (name) => {
    const ms = all.filter((m) => m.text === name);
    expect(ms.length).toBeGreaterThan(0);
    expect(new Set(ms.map((m) => m.type))).toEqual(new Set(['ORG']));
  });

  it.each(['Moscow', 'Ukraine', 'Russia', 'Donbas', 'Alaska', 'Austria'])('%s is a PLACE', (name) => {
    const ms = all.filter((m) => m.text === name);
    expect(ms.length).toBeGreaterThan(0);
    expect(new Set(ms.map((m) => m.type))).toEqual(new Set(['PLACE']));
  });

  it('gives the United States one PLACE id in all its forms', () => {
    const ms = all.filter((m) => ['US', 'United States', 'United States of America'].includes(m.text));
    expect(new Set(ms.map((m) => m.text)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(ms.map((m) => m.entity)).size).toBe(1);
    expect(new Set(ms.map((m) => m.type))).toEqual(new Set(['PLACE']));
  });

  it('takes nothing from the marked caption, no demonym, no calendar or label word', () => {
    const texts = new Set(all.map((m) => m.text));
    for (const bad of ['Getty Images', 'Getty', 'Russian', 'Ukrainian', 'American', 'Recall', 'Recently', 'Yesterday', 'November', 'Thursday']) {
      expect(texts.has(bad), bad).toBe(false);
    }
    for (const m of all) expect(m.text).not.toMatch(/^(?:US |Russian |Kremlin |Ukrainian )?(?:President|leader|spokesman|envoy)\b/);
  });
});
