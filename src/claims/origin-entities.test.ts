/**
 * Origins are counted by who the source is, not by how an outlet wrote it: "Mayor Helen Ostrova",
 * "Ostrova" and a "She" that refers back to her are one origin.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStoryClaims } from './index.js';
import { storyInput, type FixtureArticle } from './test-fixtures.js';

const DAM: FixtureArticle[] = [
  {
    id: 'gazette',
    outlet: 'Tarn Gazette',
    published: '2026-04-09',
    text: `Town hall briefing
Mayor Helen Ostrova said on Wednesday that repairs to the Tarn dam would start in May.
Ostrova said the town would pay for the work from its reserve fund.`,
  },
  {
    id: 'courier',
    outlet: 'Valley Courier',
    published: '2026-04-09',
    text: `Around the valley this week
Helen Ostrova told reporters that repairs to the Tarn dam would start in May.
She added that the town would pay for the work from its reserve fund.`,
  },
];

describe('origins by entity', () => {
  const { claims } = analyzeStoryClaims(storyInput(DAM));
  const told = (phrase: string) => claims.find((g) => g.outlets.length === 2 && g.mentions.some((m) => m.text.includes(phrase)));

  it('counts one origin when two outlets name one person differently', () => {
    const repairs = told('Tarn dam');
    expect(repairs).toBeDefined();
    expect(repairs!.originCount).toBe(1);
  });

  it('follows a pronoun back to the person named before it', () => {
    const fund = told('reserve fund');
    expect(fund).toBeDefined();
    expect(fund!.originCount).toBe(1);
    expect(fund!.origins).toHaveLength(1);
    expect(fund!.origins[0]).toMatch(/Ostrova/);
  });
});
