import { describe, expect, it } from 'vitest';
import { extractAttributions, prepareText } from './index.js';
import { cueSpans } from './detect.js';
import { FEATURE_VERSION, hashString, stackFeatures, topTwo } from './features.js';
import { bundledModel, compactModel, expandModel, type CueModel } from './model.js';
import { fitCueWeights, fitLogistic, TokenSetBuilder } from './train.js';

/** [source, cue, content] of every relation. */
function rel(text: string): [string | null, string, string][] {
  return extractAttributions(text).map((a) => [a.source?.text ?? null, a.cue.text, a.content.text]);
}

function cues(text: string): string[] {
  return extractAttributions(text).map((a) => a.cue.text);
}

describe('learned cue detector (bundled model)', () => {
  it('is bundled and loads', () => {
    expect(bundledModel()).not.toBeNull();
  });

  it('finds stance verbs outside the old lexicon as cues, with their object as content', () => {
    expect(rel('The governor vowed to veto the transit bill.')).toEqual([
      ['The governor', 'vowed', 'to veto the transit bill'],
    ]);
    expect(rel('Senator Lena Marsh slammed the pension proposal as reckless.')).toEqual([
      ['Senator Lena Marsh', 'slammed', 'the pension proposal as reckless'],
    ]);
    expect(rel('Union leaders pushed for a higher minimum wage.')).toEqual([
      ['Union leaders', 'pushed for', 'a higher minimum wage'],
    ]);
    expect(cues('The city council voted against the new parking rules on Tuesday.')).toEqual(['voted against']);
  });

  it('does not take verbs of motion or change for cues', () => {
    expect(rel('The delegation arrived in Denver on Monday.')).toEqual([]);
    expect(rel('Oil prices fell sharply last week.')).toEqual([]);
    expect(rel('The storm knocked out power to thousands of homes near the coast.')).toEqual([]);
  });

  it('keeps the rule vetoes: an adjectival participle and an order in the passive', () => {
    expect(rel('The said property was sold in 1998 to a developer.')).toEqual([]);
    expect(rel('He was told to leave the building at once.')).toEqual([]);
  });

  it('falls back to the rule-based cues with model: null', () => {
    const text = 'The ferry operator said the crossings would resume on Friday.';
    expect(extractAttributions(text, { model: null }).map((a) => a.cue.text)).toEqual(['said']);
    // the rules do not know "slammed": only the learned detector finds it
    expect(extractAttributions('Parents slammed the school board over the closures.', { model: null })).toEqual([]);
  });

  it('gives a higher threshold fewer or equal cue spans', () => {
    const model = bundledModel() as CueModel;
    const p = prepareText('Critics blasted the plan, and the mayor said she would defend it while aides hoped for calm.');
    const count = (t: number): number => p.ranges.reduce((n, r) => n + cueSpans(model, p.features, r, t).length, 0);
    expect(count(0.9)).toBeLessThanOrEqual(count(0.3));
    expect(count(0.3)).toBeGreaterThan(0);
  });
});

describe('cue model storage and training', () => {
  it('hashes strings deterministically', () => {
    expect(hashString('said')).toBe(hashString('said'));
    expect(hashString('said')).not.toBe(hashString('says'));
  });

  it('round-trips sparse weights and refuses another feature version', () => {
    const w = new Float32Array(1 << 4);
    w[3] = 0.5;
    w[9] = -1.25;
    w[10] = 0.001; // below minAbs: dropped
    const file = compactModel(w, 4, { threshold: 0.4, newThreshold: 0.6 }, 0.01);
    expect(file.idx).toEqual([3, 6]);
    const m = expandModel(file);
    expect(m?.weights[9]).toBeCloseTo(-1.25);
    expect(m?.weights[10]).toBe(0);
    expect(m?.newThreshold).toBe(0.6);
    expect(expandModel({ ...file, featureVersion: FEATURE_VERSION + 1 })).toBeNull();
  });

  it('learns a cue word from a few labelled sentences and finds it in new text', () => {
    const texts = [
      'Mara Quill grumbled that the buses were late again.',
      'The dockworkers grumbled that their shifts had been cut.',
      'A spokesman grumbled that nobody had read the report.',
      'The trains were late again on Monday morning.',
      'Their shifts had been cut twice this year.',
    ];
    const bits = 16;
    const builder = new TokenSetBuilder((1 << bits) - 1);
    for (const t of texts) {
      const at = t.indexOf('grumbled');
      builder.addArticle(prepareText(t), at >= 0 ? [{ start: at, end: at + 'grumbled'.length }] : []);
    }
    const weights = fitLogistic(builder.build(), { bits, epochs: 20, alpha: 0.5, beta: 1, l1: 0, l2: 0.1, seed: 7 });
    const model = expandModel(compactModel(weights, bits, { threshold: 0.5, newThreshold: 0.5 }, 0))!;
    const text = 'Farmers grumbled that the rain came too late.';
    const out = extractAttributions(text, { model });
    expect(out.map((a) => a.cue.text)).toEqual(['grumbled']);
    expect(out[0].source?.text).toBe('Farmers');
    expect(extractAttributions('The rain came too late for the farmers.', { model })).toEqual([]);
  });

  it('finds the two best first-pass scores of a sentence', () => {
    expect(topTwo(Float64Array.from([0.5, -Infinity, 3, 1]))).toEqual([2, 3]);
    expect(topTwo(Float64Array.from([2]))).toEqual([0, -1]);
    expect(topTwo(new Float64Array(0))).toEqual([-1, -1]);
  });

  it('gives second-pass features that depend on the neighbours\' first-pass scores', () => {
    const p = prepareText('Officials took aim at the budget on Monday.');
    const sent = p.ranges[0];
    const k = sent.a + 3; // "at"
    const buf = (z: Float64Array): number[] => {
      const out = new Uint32Array(64);
      const n = stackFeatures(p.features, k, sent, z, topTwo(z), (1 << 16) - 1, out);
      return [...out.subarray(0, n)];
    };
    const low = new Float64Array(sent.b - sent.a).fill(-3);
    const high = Float64Array.from(low);
    high[1] = 3; // "took" is a sure cue
    expect(buf(low)).toEqual(buf(Float64Array.from(low)));
    expect(buf(high)).not.toEqual(buf(low));
  });

  it('fits a two-pass model that keeps both passes through storage and finds a multiword cue', () => {
    const texts = [
      'The mayor took aim at the new parking rules.',
      'Several unions took aim at the pension plan.',
      'A senior senator took aim at the tariff proposal.',
      'Local farmers took aim at the water board.',
      'The governor took aim at the teachers on Friday.',
      'The archers took the bus to the festival.',
      'The water board met at the old town hall.',
      'The pension plan was approved in the spring.',
    ];
    const bits = 16;
    const items = texts.map((t) => {
      const at = t.indexOf('took aim at');
      return { prepared: prepareText(t), cues: at >= 0 ? [{ start: at, end: at + 'took aim at'.length }] : [] };
    });
    const cw = fitCueWeights(items, { bits, epochs: 20, alpha: 0.5, beta: 1, l1: 0, l2: 0.1, seed: 7 });
    expect(cw.stack).not.toBeNull();
    const file = compactModel(cw.weights, bits, { threshold: 0.5, newThreshold: 0.5 }, 0, undefined, cw.stack);
    expect(file.stack?.idx.length).toBeGreaterThan(0);
    const model = expandModel(file)!;
    expect(model.stack).not.toBeNull();
    const out = extractAttributions('The bakers took aim at the flour tax.', { model });
    expect(out.map((a) => [a.source?.text, a.cue.text])).toEqual([['The bakers', 'took aim at']]);
  });
});
