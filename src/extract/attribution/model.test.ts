import { describe, expect, it } from 'vitest';
import { prepareText } from './index.js';
import { scorable } from './detect.js';
import { FEATURE_VERSION } from './features.js';
import { bundledModel, expandModel, sentenceScores, type CueModel, type PackedWeights } from './model.js';

/** Whether every entry of the packed table is the dense table's float. */
function samePacked(p: PackedWeights, dense: Float32Array): boolean {
  for (let i = 0; i < dense.length; i++) if (p.values[p.q[i] + 32768] !== dense[i]) return false;
  return true;
}

describe('packed cue model weights', () => {
  it('hold the very floats of the dense tables', () => {
    const model = bundledModel();
    expect(model?.packed).toBeTruthy();
    if (!model?.packed || !model.stack) return;
    expect(samePacked(model.packed.weights, model.weights)).toBe(true);
    expect(model.packed.stack && samePacked(model.packed.stack, model.stack)).toBe(true);
  });

  it('give the same sentence scores as the dense tables', () => {
    const model = bundledModel() as CueModel;
    const dense: CueModel = { ...model, packed: null };
    const p = prepareText('The minister said on Tuesday that the plan, which critics slammed, would go ahead. "We will not back down," she told reporters.');
    for (const sent of p.ranges) {
      expect(Array.from(sentenceScores(model, p.features, sent, scorable))).toEqual(Array.from(sentenceScores(dense, p.features, sent, scorable)));
    }
  });

  it('are not packed when a weight does not fit in 16 bits', () => {
    const file = { featureVersion: FEATURE_VERSION, bits: 4, threshold: 0.5, newThreshold: 0.5, scale: 1000, idx: [1, 2], w: [250, 40000] };
    const m = expandModel(file);
    expect(m?.packed).toBeNull();
    expect(m?.weights[3]).toBeCloseTo(40);
    const small = expandModel({ ...file, w: [250, -1500] });
    expect(small?.packed && samePacked(small.packed.weights, small.weights)).toBe(true);
  });
});
