/**
 * Fact-level claims on an invented story: clause splitting inside real extraction, grouping
 * with at most one mention per article, a number conflict between outlets, and frames read
 * robustly from attribution spans.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStoryClaims, extractClaims } from './index.js';
import { reportingCue } from './extract.js';
import { storyInput, type FixtureArticle } from './test-fixtures.js';

const MILL: FixtureArticle[] = [
  {
    id: 'ledger',
    outlet: 'Riverside Ledger',
    published: '2026-05-04',
    text: `Fire at Orlin textile mill kills three workers
A fire at the Orlin textile mill in Darrow killed three workers on Sunday, and firefighters evacuated 200 residents from nearby streets.
The mill, which employed 450 people, had failed a safety inspection in March.
The owner said the plant would stay closed until the end of June.`,
  },
  {
    id: 'courier',
    outlet: 'Darrow Courier',
    published: '2026-05-04',
    text: `Five dead in Darrow mill blaze
Five workers were killed when fire swept through the Orlin textile mill in Darrow on Sunday.
Firefighters evacuated 200 residents from nearby streets while crews fought the flames for six hours.
The mill had failed a safety inspection in March, according to the county records office.`,
  },
  {
    id: 'post',
    outlet: 'Valley Post',
    published: '2026-05-05',
    text: `Darrow mill fire: owner promises inquiry
The fire at the Orlin textile mill in Darrow killed three workers on Sunday.
The owner promised a full inquiry into the cause of the fire.`,
  },
];

const input = storyInput(MILL);
const result = analyzeStoryClaims(input);
const text = (id: string): string => input.articles.find((a) => a.id === id)!.text;

/** The groups with a mention in `article` overlapping `phrase`. */
function groupsAt(article: string, phrase: string) {
  const at = text(article).indexOf(phrase);
  expect(at, phrase).toBeGreaterThanOrEqual(0);
  return result.claims.filter((g) => g.mentions.some((m) => m.article === article && m.start < at + phrase.length && at < m.end));
}

describe('fact-level claims', () => {
  it('splits a sentence stating two facts into two claims with exact offsets', () => {
    const a = input.articles.find((x) => x.id === 'ledger')!;
    const claims = extractClaims(a, input.extraction.get('ledger')!);
    const texts = claims.map((c) => c.text);
    expect(texts.some((t) => t.includes('killed three workers') && !t.includes('evacuated'))).toBe(true);
    expect(texts.some((t) => t.includes('evacuated 200 residents') && !t.includes('killed'))).toBe(true);
    // The relative clause is a claim of its own.
    expect(texts).toContain('which employed 450 people');
    for (const c of claims) expect(a.text.slice(c.span.start, c.span.end)).toBe(c.text);
  });

  it('groups the evacuation across outlets without pulling in the death toll', () => {
    const groups = groupsAt('courier', 'evacuated 200 residents');
    const g = groups.find((x) => x.mentions.some((m) => m.article === 'ledger'));
    expect(g).toBeDefined();
    const ledger = g!.mentions.find((m) => m.article === 'ledger')!;
    expect(text('ledger').slice(ledger.start, ledger.end)).toContain('evacuated');
    expect(text('ledger').slice(ledger.start, ledger.end)).not.toContain('killed');
  });

  it('keeps at most one mention per article in every group', () => {
    for (const g of result.claims) {
      const arts = g.mentions.map((m) => m.article);
      expect(new Set(arts).size).toBe(arts.length);
    }
  });

  it('flags the death toll as contested, each mention with its number', () => {
    const g = groupsAt('courier', 'Five workers were killed').find((x) => x.status === 'contested');
    expect(g).toBeDefined();
    expect(g!.kind).toBe('number');
    const values = new Map(g!.mentions.map((m) => [m.article, m.value]));
    expect(values.get('courier')).toMatch(/five/i);
    expect([values.get('ledger'), values.get('post')].filter(Boolean).some((v) => /three/i.test(v!))).toBe(true);
  });

  it('reads the source of an "according to X" cue and ignores cues without a reporting word', () => {
    const a = input.articles.find((x) => x.id === 'courier')!;
    const claims = extractClaims(a, input.extraction.get('courier')!);
    const inspection = claims.find((c) => c.text.includes('safety inspection'))!;
    expect(inspection.text).not.toMatch(/according/);
    expect(inspection.frame?.source?.text).toMatch(/county records office/);
    expect(reportingCue('said')).toBe(true);
    expect(reportingCue('according to')).toBe(true);
    expect(reportingCue('operator must publish')).toBe(false);
  });
});
