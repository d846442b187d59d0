/**
 * `npm run eval -- stance PAIRS.jsonl GOLD.jsonl [--all]`
 *
 * Runs {@link checkClaim} on every `{id, claim, text}` pair and scores the verdicts against
 * FNC-1 style gold (`{id, stance}` with agree / disagree / discuss / unrelated, or the verdict
 * names): macro F1 of the four verdicts (the figure that counts), per-class P/R/F1, the
 * confusion matrix, and the FNC-1 weighted score (0.25 for related-vs-unrelated right, 0.75
 * more for the right related label; shown as a share of the maximum).
 *
 * Pairs whose claim the model was trained on (hashes in `model.json`) are scored separately:
 * the headline figures are on unseen claims only; `--all` also prints them over every pair.
 */
import { readFileSync } from 'node:fs';
import { checkClaim, claimHash, defaultModel, VERDICTS, type Verdict } from '../check/index.js';

/** FNC-1 labels and verdict names, mapped to verdicts. */
const LABELS: Record<string, Verdict> = {
  agree: 'supports', disagree: 'contradicts', discuss: 'discusses', unrelated: 'unrelated',
  supports: 'supports', contradicts: 'contradicts', discusses: 'discusses',
};

/** `matrix[gold][predicted]` counts over {@link VERDICTS} order. */
export type Confusion = number[][];

/** Confusion matrix of predicted against gold verdicts. */
export function confusion(gold: readonly Verdict[], pred: readonly Verdict[]): Confusion {
  const m = VERDICTS.map(() => VERDICTS.map(() => 0));
  gold.forEach((g, i) => m[VERDICTS.indexOf(g)][VERDICTS.indexOf(pred[i])]++);
  return m;
}

/** Precision, recall and F1 of each verdict. */
export function perClass(m: Confusion): Array<{ verdict: Verdict; p: number; r: number; f1: number; support: number }> {
  return VERDICTS.map((v, k) => {
    const tp = m[k][k];
    const predicted = m.reduce((a, row) => a + row[k], 0);
    const support = m[k].reduce((a, b) => a + b, 0);
    const p = predicted ? tp / predicted : 0;
    const r = support ? tp / support : 0;
    return { verdict: v, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, support };
  });
}

/** Macro F1: the unweighted mean of the four per-verdict F1. */
export function macroF1(m: Confusion): number {
  return perClass(m).reduce((a, c) => a + c.f1, 0) / VERDICTS.length;
}

/** FNC-1 weighted score and its maximum. */
export function fncScore(m: Confusion): { score: number; max: number } {
  const U = VERDICTS.indexOf('unrelated');
  let score = 0;
  let max = 0;
  m.forEach((row, g) =>
    row.forEach((n, p) => {
      max += n * (g === U ? 0.25 : 1);
      if ((g === U) === (p === U)) score += 0.25 * n;
      if (g !== U && g === p) score += 0.75 * n;
    }),
  );
  return { score, max };
}

/** Writes the full report of a confusion matrix. */
export function printReport(m: Confusion, out: (s: string) => void): void {
  const pad = (s: string | number, n: number): string => String(s).padStart(n);
  out(`macro F1 ${macroF1(m).toFixed(4)}\n`);
  const { score, max } = fncScore(m);
  out(`FNC-1 score ${score.toFixed(2)} / ${max.toFixed(2)} = ${((100 * score) / (max || 1)).toFixed(2)}%\n`);
  out(`${'verdict'.padEnd(12)}${pad('P', 8)}${pad('R', 8)}${pad('F1', 8)}${pad('n', 7)}\n`);
  for (const c of perClass(m)) out(`${c.verdict.padEnd(12)}${pad(c.p.toFixed(3), 8)}${pad(c.r.toFixed(3), 8)}${pad(c.f1.toFixed(3), 8)}${pad(c.support, 7)}\n`);
  out(`confusion (rows gold, columns predicted):\n${''.padEnd(12)}${VERDICTS.map((v) => pad(v.slice(0, 8), 10)).join('')}\n`);
  m.forEach((row, g) => out(`${VERDICTS[g].padEnd(12)}${row.map((n) => pad(n, 10)).join('')}\n`));
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

/** Entry point of `npm run eval -- stance`. */
export async function main(args: string[]): Promise<void> {
  const all = args.includes('--all');
  const [pairsPath, goldPath] = args.filter((a) => !a.startsWith('--'));
  if (!pairsPath || !goldPath) {
    process.stderr.write('usage: npm run eval -- stance PAIRS.jsonl GOLD.jsonl [--all]\n');
    process.exitCode = 2;
    return;
  }
  const gold = new Map<string, Verdict>();
  for (const g of readJsonl<{ id: string; stance?: string; verdict?: string }>(goldPath)) {
    const v = LABELS[g.stance ?? g.verdict ?? ''];
    if (v) gold.set(g.id, v);
  }
  const model = defaultModel();
  const trained = new Set(model.trainedClaims);
  const seen = { gold: [] as Verdict[], pred: [] as Verdict[] };
  const unseen = { gold: [] as Verdict[], pred: [] as Verdict[] };
  const unseenClaims = new Set<string>();
  const t0 = performance.now();
  let n = 0;
  for (const p of readJsonl<{ id: string; claim: string; text: string }>(pairsPath)) {
    const g = gold.get(p.id);
    if (!g) continue;
    const verdict = checkClaim(p.claim, p.text, { model }).verdict;
    n++;
    const isSeen = trained.has(claimHash(p.claim));
    if (!isSeen) unseenClaims.add(p.claim);
    const bucket = isSeen ? seen : unseen;
    bucket.gold.push(g);
    bucket.pred.push(verdict);
  }
  const ms = (performance.now() - t0) / (n || 1);
  const out = (s: string): void => void process.stdout.write(s);
  out(`model fitted ${model.fitted} (${model.command})\n`);
  out(`${n} pairs scored, ${ms.toFixed(2)} ms per pair; ${unseen.gold.length} pairs on ${unseenClaims.size} claims unseen in training, ${seen.gold.length} pairs on trained claims\n`);
  if (unseen.gold.length) {
    out(`\n== claims unseen in training (the figures that count) ==\n`);
    printReport(confusion(unseen.gold, unseen.pred), out);
  } else {
    out('\nevery pair has a claim the model was trained on: no unseen-claim figures\n');
  }
  if (all || !unseen.gold.length) {
    out(`\n== all pairs (includes ${seen.gold.length} pairs on claims seen in training: optimistic) ==\n`);
    printReport(confusion([...unseen.gold, ...seen.gold], [...unseen.pred, ...seen.pred]), out);
  }
}
