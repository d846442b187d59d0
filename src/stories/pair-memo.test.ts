import { describe, expect, it } from 'vitest';
import { extractFeatures } from './features.js';
import { memberRecord } from './story.js';
import { PairScorer, recordScore, weighRecord } from './refine.js';
import { emptySimilarities, pairSimilarities } from './score.js';
import { FITTED_PARAMS } from './params.js';
import { StoryClusterer } from './cluster.js';

// Fixture reports written for these tests: one flood told three ways.
const texts = [
  `Flood waters close the Marrow Bridge in Tallin Vale
The Marrow Bridge in Tallin Vale was closed on Monday after the river rose 3 metres overnight.
Council engineer Ruth Abara said the bridge would stay shut until divers had checked its piers.`,
  `Tallin Vale bridge shut as river rises
Engineers closed the Marrow Bridge on Monday when the Tallin river rose by 3 metres.
Ruth Abara, the council's engineer, said divers would inspect the piers before it reopens.`,
  `Divers to inspect flooded Marrow Bridge
Council divers will check the piers of the Marrow Bridge in Tallin Vale, closed since Monday's flood.
Residents face a 12-mile detour, the council said.`,
];
const records = texts.map((text, i) => memberRecord(extractFeatures({ id: `f${i}`, text, published: '2026-03-02', language: 'en' }), i + 1));

/** An IDF that weighs a different share of the keys up by `mode`, so scores change with it. */
function switchableIdf(): { idf: (k: number) => number; set(mode: number): void } {
  let mode = 0;
  return { idf: (k) => (k % 3 === mode ? 4 : 1), set: (m) => { mode = m; } };
}

describe('pair-score memo', () => {
  it('keeps a pair scored with the IDF of its first scoring, either way round, until the memo is full', () => {
    const { idf, set } = switchableIdf();
    const scorer = new PairScorer(idf, FITTED_PARAMS, 2);
    const first = scorer.score(records[0], records[1]);
    set(1);
    const now = recordScore(weighRecord(records[0], idf), weighRecord(records[1], idf), FITTED_PARAMS);
    expect(now).not.toBe(first);
    expect(scorer.score(records[1], records[0])).toBe(first);
    scorer.score(records[0], records[2]);
    // The memo holds 2 pairs: the next new pair clears it, and the first pair is scored again.
    scorer.score(records[1], records[2]);
    expect(scorer.score(records[0], records[1])).toBe(now);
  });

  it('fills a reused similarities record exactly as a new one', () => {
    const idf = switchableIdf().idf;
    const [a, b] = [weighRecord(records[0], idf), weighRecord(records[2], idf)];
    const out = emptySimilarities();
    pairSimilarities(a, b, out);
    expect(out).toEqual(pairSimilarities(a, b));
  });

  it('keeps the memo out of snapshots', () => {
    const c = new StoryClusterer();
    for (let i = 0; i < 6; i++) c.add({ id: `g${i}`, text: texts[i % 3], published: '2026-03-02', language: 'en' });
    const json = JSON.stringify(c.snapshot());
    expect(json).toContain('"recent"');
    expect(json).not.toContain('pairScores');
  });
});
