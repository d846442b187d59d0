/**
 * Reproducible fit of the attribution cue detector `src/extract/attribution/model.json`:
 * `node --import tsx scripts/fit-attribution.ts [--write] [--no-eval] [--swap] [dataDir]`
 * (dataDir default `../shared/data/attribution`, read only here, never shipped).
 *
 * Protocol (PolNeAR dev, `polnear-dev.jsonl`; half a = even lines, half b = odd lines, as
 * `npm run eval -- attribution ... --half a|b`):
 * 1. 3-fold cross-validation inside half a picks the two probability thresholds (relation F1
 *    plus cue character F1, over the pooled out-of-fold predictions).
 * 2. A model fitted on all of half a with that threshold is scored on half b (never seen) and
 *    left in `.tmp/attribution-model-a.json`. `--swap` exchanges the halves' roles (fit on b,
 *    score on a, `.tmp/attribution-model-b.json`): the other honest figure. The cue model has
 *    two passes, the second fitted on out-of-fold first-pass scores (`fitCueWeights`).
 * 3. `--write`: the shipped model is fitted on all of dev with the same threshold and written
 *    with the date and this command.
 * Fixed seed ({@link DEFAULT_FIT}): the same data give the same model.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractAttributions, prepareText, type PreparedText } from '../src/extract/attribution/index.js';
import { compactModel, expandModel, type CueModel } from '../src/extract/attribution/model.js';
import { DEFAULT_FIT, fitCueWeights, type CueWeights, type FitOptions } from '../src/extract/attribution/train.js';
import { AttributionScorer, formatScores, loadGoldArticles, type AttributionScores, type GoldArticle } from '../src/eval/attribution.js';

/** Grid of (threshold, newThreshold) pairs tried by cross-validation. */
const GRID: Thresholds[] = [];
for (const threshold of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]) {
  for (const newThreshold of [0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7]) {
    if (newThreshold >= threshold) GRID.push({ threshold, newThreshold });
  }
}

interface Thresholds {
  threshold: number;
  newThreshold: number;
}
/** Weights smaller than this are dropped from the shipped file (both passes: about 1 MB). */
const MIN_ABS = 0.05;

interface Item extends GoldArticle {
  prepared: PreparedText;
}

/** Both passes of the cue model (the second on out-of-fold first-pass scores, see fitCueWeights). */
function fit(items: Item[], opts: FitOptions): CueWeights {
  return fitCueWeights(items.map((it) => ({ prepared: it.prepared, cues: it.gold.map((g) => g.cue) })), opts);
}

function asModel(cw: CueWeights, opts: FitOptions, t: Thresholds): CueModel {
  const m = expandModel(compactModel(cw.weights, opts.bits, t, MIN_ABS, undefined, cw.stack));
  if (!m) throw new Error('model does not expand');
  return m;
}

function score(items: Item[], model: CueModel, grid: Thresholds[], scorers: Map<string, AttributionScorer>): void {
  for (const t of grid) {
    const key = JSON.stringify(t);
    const s = scorers.get(key) ?? new AttributionScorer();
    scorers.set(key, s);
    for (const it of items) s.add(extractAttributions(it.text, { model, ...t }), it.gold);
  }
}

/** Relation F1 plus cue character F1: both are targets, neither is bought with the other. */
function objective(s: AttributionScores): number {
  return s.relation.f1 + s.cue.f1;
}

function main(argv: string[]): void {
  const write = argv.includes('--write');
  const noEval = argv.includes('--no-eval');
  const dir = argv.find((a) => !a.startsWith('--')) ?? '../shared/data/attribution';
  const articles = join(dir, 'polnear-dev.jsonl');
  const goldPath = join(dir, 'polnear-dev.gold.jsonl');
  const prep = (list: GoldArticle[]): Item[] => list.map((g) => ({ ...g, prepared: prepareText(g.text) }));
  // --swap: the same protocol with the halves' roles exchanged (fit on b, score on a)
  const swap = argv.includes('--swap');
  const [fitName, testName] = swap ? (['b', 'a'] as const) : (['a', 'b'] as const);
  const fitHalf = prep(loadGoldArticles(articles, goldPath, fitName));
  const testHalf = prep(loadGoldArticles(articles, goldPath, testName));
  const opts = DEFAULT_FIT;
  // used as is with --no-eval (the last cross-validated choice)
  let chosen: Thresholds = { threshold: 0.4, newThreshold: 0.45 };
  if (!noEval) {
    const folds = 3;
    const scorers = new Map<string, AttributionScorer>();
    for (let f = 0; f < folds; f++) {
      const train = fitHalf.filter((_, i) => i % folds !== f);
      const test = fitHalf.filter((_, i) => i % folds === f);
      score(test, asModel(fit(train, opts), opts, chosen), GRID, scorers);
    }
    let best = -1;
    process.stdout.write(`cross-validation on half ${fitName} (threshold newThreshold: relation F1, cue char F1)\n`);
    for (const [key, s] of scorers) {
      const sc = s.scores();
      const t = JSON.parse(key) as Thresholds;
      process.stdout.write(`  ${t.threshold.toFixed(2)} ${t.newThreshold.toFixed(2)}: ${sc.relation.f1.toFixed(3)} ${sc.cue.f1.toFixed(3)}\n`);
      if (objective(sc) > best) {
        best = objective(sc);
        chosen = t;
      }
    }
    process.stdout.write(`chosen ${JSON.stringify(chosen)}\n`);
    const fitWeights = fit(fitHalf, opts);
    const fitModel = asModel(fitWeights, opts, chosen);
    const onTest = new Map<string, AttributionScorer>();
    score(testHalf, fitModel, [chosen], onTest);
    process.stdout.write(`\nfitted on half ${fitName}, scored on half ${testName}:\n${formatScores([...onTest.values()][0].scores()).join('\n')}\n`);
    // kept for `npm run eval -- attribution ... --half b --model .tmp/attribution-model-a.json`
    mkdirSync(new URL('../.tmp/', import.meta.url), { recursive: true });
    writeFileSync(new URL(`../.tmp/attribution-model-${fitName}.json`, import.meta.url), JSON.stringify(compactModel(fitWeights.weights, opts.bits, chosen, MIN_ABS, undefined, fitWeights.stack)));
  }
  if (write && !swap) {
    const all = [...fitHalf, ...testHalf];
    const weights = fit(all, opts);
    const file = compactModel(weights.weights, opts.bits, chosen, MIN_ABS, {
      date: new Date().toISOString().slice(0, 10),
      command: 'node --import tsx scripts/fit-attribution.ts --write',
      articles: all.length,
      note: 'PolNeAR dev (train + dev splits), all lines; threshold from 3-fold CV on half a',
    }, weights.stack);
    const out = new URL('../src/extract/attribution/model.json', import.meta.url);
    const json = JSON.stringify(file);
    writeFileSync(out, `${json}\n`);
    process.stdout.write(`\nwrote ${out.pathname} (${file.idx.length} weights, ${(json.length / 1024).toFixed(0)} kB)\n`);
  }
}

main(process.argv.slice(2));
