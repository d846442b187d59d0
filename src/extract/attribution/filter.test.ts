import { describe, expect, it } from 'vitest';
import { applyFilter, FILTER_BITS, filterFeatures, filterScores, MAX_FILTER_FEATURES, nestedFlags, type Candidate } from './filter.js';
import { candidateRelations, prepareText } from './index.js';
import { bundledModel, compactModel, expandModel } from './model.js';
import { fitFilterWeights } from './train.js';

const TEXT =
  'The mayor said on Monday that the harbour bridge would reopen next spring. ' +
  'Engineers told the council that the repairs were on schedule, the mayor added.';

/** Candidates of TEXT from the bundled cue model, the relation filter not applied. */
function candidates(): { ctx: ReturnType<typeof prepareText>['ctx']; cands: Candidate[] } {
  const model = bundledModel();
  const p = prepareText(TEXT);
  return { ctx: p.ctx, cands: candidateRelations(p, model ? { ...model, filter: null } : null, {}, true) };
}

describe('relation filter', () => {
  it('marks a cue inside another relation content as nested', () => {
    const { cands } = candidates();
    const cueTexts = cands.map((c) => c.relation.cue.text);
    expect(cueTexts).toContain('said');
    expect(cueTexts).toContain('told');
    const flags = nestedFlags(cands);
    // "told" lies inside the content of "added" ("Engineers told the council ..."), "said" does not
    expect(flags[cueTexts.indexOf('said')]).toBe(false);
    expect(flags[cueTexts.indexOf('told')]).toBe(true);
  });

  it('gives every candidate features inside the table', () => {
    const { ctx, cands } = candidates();
    const buf = new Uint32Array(MAX_FILTER_FEATURES);
    for (const c of cands) {
      const n = filterFeatures(ctx, c, false, buf);
      expect(n).toBeGreaterThan(10);
      for (let f = 0; f < n; f++) expect(buf[f]).toBeLessThan(1 << FILTER_BITS);
    }
  });

  it('reads a nested cue with other features than a top-level one', () => {
    const { ctx, cands } = candidates();
    const told = cands.find((c) => c.relation.cue.text === 'told');
    expect(told).toBeDefined();
    const a = new Uint32Array(MAX_FILTER_FEATURES);
    const b = new Uint32Array(MAX_FILTER_FEATURES);
    const n = filterFeatures(ctx, told!, false, a);
    expect(filterFeatures(ctx, told!, true, b)).toBe(n);
    let differ = 0;
    for (let f = 0; f < n; f++) if (a[f] !== b[f]) differ++;
    // the nested flag alone, with the source kind, the cue class and what opens the clause
    expect(differ).toBe(5);
  });

  it('keeps everything without a filter and drops what it scores below its threshold', () => {
    const { ctx, cands } = candidates();
    expect(applyFilter(null, ctx, cands)).toEqual(cands);
    const weights = new Float32Array(1 << FILTER_BITS);
    expect(applyFilter({ weights, threshold: 0.4 }, ctx, cands)).toHaveLength(cands.length);
    expect(applyFilter({ weights, threshold: 0.6 }, ctx, cands)).toHaveLength(0);
  });

  it('learns to drop the relations its examples label wrong', () => {
    const { ctx, cands } = candidates();
    const labels = cands.map((c) => (c.relation.cue.text === 'told' ? 0 : 1));
    const weights = fitFilterWeights(Array.from({ length: 30 }, () => ({ ctx, cands, labels })));
    const z = filterScores({ weights }, ctx, cands);
    const told = cands.findIndex((c) => c.relation.cue.text === 'told');
    const said = cands.findIndex((c) => c.relation.cue.text === 'said');
    expect(z[told]).toBeLessThan(0);
    expect(z[said]).toBeGreaterThan(0);
    expect(applyFilter({ weights, threshold: 0.5 }, ctx, cands).map((c) => c.relation.cue.text)).not.toContain('told');
  });

  it('survives the model file round trip', () => {
    const weights = new Float32Array(1 << FILTER_BITS);
    weights[7] = 0.25;
    weights[900] = -1.5;
    const file = compactModel(new Float32Array(1 << 10), 10, { threshold: 0.4, newThreshold: 0.4 }, 0.05, undefined, null, { weights, threshold: 0.3 });
    const model = expandModel(JSON.parse(JSON.stringify(file)));
    expect(model?.filter?.threshold).toBe(0.3);
    expect(model?.filter?.weights[7]).toBeCloseTo(0.25);
    expect(model?.filter?.weights[900]).toBeCloseTo(-1.5);
  });
});
