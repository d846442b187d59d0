/**
 * Mention spans narrowed to the fact a group shares, groups that state the same thing joined,
 * and numbers read for verdicts: the counted phrase ("three other rifles"), digits of a model
 * name, and numbers that pre-tokenised text split at their separator ("20, 000").
 */
import { describe, expect, it } from 'vitest';
import { analyzeStoryClaims, DEFAULT_ALIGN, extractClaims } from './index.js';
import { joinSpacedNumbers } from './extract.js';
import { verdictOf } from './verdict.js';
import { storyInput, type FixtureArticle } from './test-fixtures.js';
import type { Claim } from './types.js';

const DAM: FixtureArticle[] = [
  {
    id: 'herald',
    outlet: 'Kessel Herald',
    published: '2026-06-02',
    text: `Dam operator fined after spill
Regulators fined the Kessel dam operator 4 million euros on Monday after a spill that flooded 120 homes in the valley below.
The operator said it would appeal the fine.`,
  },
  {
    id: 'observer',
    outlet: 'Valley Observer',
    published: '2026-06-02',
    text: `Kessel dam operator hit with fine
The Kessel dam operator was fined 4 million euros by regulators on Monday, weeks after the reservoir spill.
Water from the spill flooded 120 homes, the fire service said.`,
  },
  {
    id: 'tribune',
    outlet: 'Northern Tribune',
    published: '2026-06-03',
    text: `Regulators punish dam operator
Regulators on Monday fined the operator of the Kessel dam 4 million euros, and the company has 30 days to pay.
The spill flooded 120 homes in March.`,
  },
];

describe('mentions narrowed to what the group shares', () => {
  const input = storyInput(DAM);
  const out = analyzeStoryClaims(input).claims;
  const fine = out.find((g) => g.mentions.filter((m) => /4 million/.test(m.text)).length >= 3);

  it('points each mention of the fine at the words of the fine, not the rest of its clause', () => {
    expect(fine).toBeDefined();
    expect(fine!.status).toBe('corroborated');
    for (const m of fine!.mentions) {
      const text = input.articles.find((a) => a.id === m.article)!.text;
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.text).toMatch(/4 million/);
      // The flooded homes are another fact of the same sentence.
      expect(m.text).not.toMatch(/120 homes|30 days/);
    }
  });

  it('keeps the clause spans when focusing is off', () => {
    const wide = analyzeStoryClaims(input, { align: { ...DEFAULT_ALIGN, focus: 0 } }).claims;
    const g = wide.find((x) => x.mentions.some((m) => m.article === 'herald' && /4 million/.test(m.text)))!;
    const herald = g.mentions.find((m) => m.article === 'herald')!;
    const narrow = fine!.mentions.find((m) => m.article === 'herald')!;
    expect(herald.end - herald.start).toBeGreaterThanOrEqual(narrow.end - narrow.start);
  });
});

describe('numbers read for verdicts', () => {
  const claimOf = (id: string, outlet: string, text: string): Claim => {
    const [a] = storyInput([{ id, outlet, published: '2026-01-10', text }]).articles;
    const ex = storyInput([{ id, outlet, published: '2026-01-10', text }]).extraction.get(id)!;
    return extractClaims(a, ex)[0];
  };

  it('reads the phrase a number counts, past glue words', () => {
    const c = claimOf('a', 'A', 'Police seized three other automatic rifles from the boat.');
    const n = c.numbers.find((x) => x.value === 3)!;
    expect(n.phrase).toContain('rifl');
  });

  it('finds a conflict when outlets count the same thing in different words', () => {
    const a = claimOf('a', 'Outlet A', 'Police seized seven pistols and three other automatic rifles.');
    const b = claimOf('b', 'Outlet B', 'Police seized seven pistols and two other rifles.');
    const v = verdictOf([a, b]);
    expect(v.status).toBe('contested');
    expect(v.kind).toBe('number');
    expect(v.values.get(a.id)).toMatch(/three/);
    expect(v.values.get(b.id)).toMatch(/two/);
    // The values are located, so a mention can be widened to show them.
    expect(v.valueSpans.get(b.id)?.length).toBe(1);
  });

  it('does not read the digits of a model name as a count', () => {
    const c = claimOf('a', 'A', 'Police seized seven AK-47 rifles.');
    expect(c.numbers.map((n) => n.value)).toEqual([7]);
  });

  it('joins numbers split by pre-tokenised text, and nothing else', () => {
    const text = 'About 20, 000 people marched and stocks fell 5. 4 per cent, while 3, 4 and 5 were listed.';
    const at = (s: string, value: number) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, value, yearLike: false });
    const found = [at('20', 20), at('000', 0), at('5', 5), at('4 per', 4), at('3,', 3), at('4 and', 4), at('5 were', 5)].map((n) => ({ ...n, end: n.start + n.text.replace(/\D.*$/, '').length, text: n.text.replace(/\D.*$/, '') }));
    const joined = joinSpacedNumbers(text, found);
    expect(joined.map((n) => n.value)).toEqual([20000, 5.4, 3, 4, 5]);
    expect(joined[0].text).toBe('20, 000');
  });
});
