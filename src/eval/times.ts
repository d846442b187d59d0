/**
 * `npm run eval -- times ARTICLES.jsonl GOLD.jsonl [--half a|b] [--errors N] [--kinds missed,spurious,value]`
 *
 * Scores {@link extractTimes} against TIMEX3 gold, TempEval-3 style:
 * - strict span P/R/F1: predicted and gold spans identical;
 * - relaxed span P/R/F1: spans overlap (one-to-one, pairs taken greedily by largest overlap);
 * - value F1: over the relaxed matches, a match counts when the normalised values are equal
 *   (string equality); P = correct / predicted, R = correct / gold, F1 their harmonic mean
 *   (TempEval-3's attribute F1, i.e. relaxed F1 times value accuracy);
 * - type accuracy: share of relaxed matches with the gold TIMEX3 type;
 * - ms per article of the extraction alone, timed on a second pass (start-up costs excluded).
 * Gold offsets count Unicode code points and are converted to string indices. `--half a` keeps
 * the articles at even lines, `--half b` the odd ones (to check that rules generalise).
 */
import { codePointToIndex, prf } from './common.js';
import { readFileSync } from 'node:fs';
import { extractTimes } from '../extract/times/index.js';
import type { TimeExpression } from '../types.js';

/** One gold time expression, offsets already in string indices. */
export interface GoldTime {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string | null;
}

/** Counts accumulated over documents. */
export interface TimeScores {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

/** One-to-one relaxed alignment: pairs [predIndex, goldIndex] taken greedily by overlap size. */
export function align(pred: Array<{ start: number; end: number }>, gold: Array<{ start: number; end: number }>): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  pred.forEach((p, i) =>
    gold.forEach((g, j) => {
      const ov = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      if (ov > 0) pairs.push([i, j, ov]);
    }),
  );
  pairs.sort((a, b) => b[2] - a[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

/** Scores one document, returning counts and the error lines. */
export function scoreDocument(pred: TimeExpression[], gold: GoldTime[]): { scores: TimeScores; errors: Array<{ kind: string; line: string; start: number }> } {
  const s: TimeScores = { gold: gold.length, predicted: pred.length, strict: 0, relaxed: 0, value: 0, type: 0 };
  const errors: Array<{ kind: string; line: string; start: number }> = [];
  const pairs = align(pred, gold);
  const matchedP = new Set(pairs.map(([i]) => i));
  const matchedG = new Set(pairs.map(([, j]) => j));
  for (const [i, j] of pairs) {
    const p = pred[i]!;
    const g = gold[j]!;
    s.relaxed++;
    if (p.start === g.start && p.end === g.end) s.strict++;
    if (p.value === g.value) s.value++;
    else errors.push({ kind: 'value', start: g.start, line: `"${g.text}" gold ${g.type} ${g.value} | pred "${p.text}" ${p.type} ${p.value}` });
    if (p.type === g.type) s.type++;
    if (p.start !== g.start || p.end !== g.end) errors.push({ kind: 'span', start: g.start, line: `gold "${g.text}" | pred "${p.text}"` });
  }
  gold.forEach((g, j) => {
    if (!matchedG.has(j)) errors.push({ kind: 'missed', start: g.start, line: `"${g.text}" ${g.type} ${g.value}` });
  });
  pred.forEach((p, i) => {
    if (!matchedP.has(i)) errors.push({ kind: 'spurious', start: p.start, line: `"${p.text}" ${p.type} ${p.value}` });
  });
  return { scores: s, errors };
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Entry point of `npm run eval -- times`. */
export async function main(args: string[]): Promise<void> {
  const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]?.startsWith('--')));
  const [articlesPath, goldPath] = positional;
  if (!articlesPath || !goldPath) {
    process.stderr.write('usage: npm run eval -- times ARTICLES.jsonl GOLD.jsonl [--half a|b] [--errors N] [--kinds missed,spurious,value,span]\n');
    process.exitCode = 2;
    return;
  }
  const half = option(args, '--half');
  const errorCount = Number(option(args, '--errors') ?? 0);
  const kinds = new Set((option(args, '--kinds') ?? 'missed,spurious,value').split(','));
  type Article = { id: string; text: string; published?: string | null; language?: string };
  type Gold = { id: string; times: Array<{ start: number; end: number; text: string; type: string; value: string | null }> };
  const articles = readJsonl<Article>(articlesPath);
  const gold = new Map(readJsonl<Gold>(goldPath).map((g) => [g.id, g]));
  const total: TimeScores = { gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
  const errors: string[] = [];
  let n = 0;
  const timed: Article[] = [];
  articles.forEach((a, idx) => {
    if (half === 'a' && idx % 2 !== 0) return;
    if (half === 'b' && idx % 2 !== 1) return;
    const g = gold.get(a.id);
    if (!g) return;
    const toIndex = codePointToIndex(a.text);
    const goldTimes: GoldTime[] = g.times.map((t) => ({ ...t, start: toIndex(t.start), end: toIndex(t.end) }));
    const pred = extractTimes(a.text, { reference: a.published ?? null, language: a.language ?? 'en' });
    timed.push(a);
    n++;
    const { scores, errors: errs } = scoreDocument(pred, goldTimes);
    for (const k of Object.keys(total) as Array<keyof TimeScores>) total[k] += scores[k];
    for (const e of errs) {
      if (!kinds.has(e.kind)) continue;
      const ctx = a.text.slice(Math.max(0, e.start - 50), e.start + 60).replace(/\s+/g, ' ');
      errors.push(`${e.kind.padEnd(8)} ${a.id} ${a.published ?? ''}: ${e.line}\n           …${ctx}…`);
    }
  });
  // speed: a second pass over the same articles, so that start-up costs are not counted
  const t0 = performance.now();
  for (const a of timed) extractTimes(a.text, { reference: a.published ?? null, language: a.language ?? 'en' });
  const ms = performance.now() - t0;
  const fmt = (x: { p: number; r: number; f1: number }): string => `P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f1.toFixed(3)}`;
  const out = [
    `times: ${n} articles, ${total.gold} gold, ${total.predicted} predicted${half ? ` (half ${half})` : ''}`,
    `strict span   ${fmt(prf(total.strict, total.predicted, total.gold))}`,
    `relaxed span  ${fmt(prf(total.relaxed, total.predicted, total.gold))}`,
    `value         ${fmt(prf(total.value, total.predicted, total.gold))}   (value accuracy on matches ${(total.relaxed ? total.value / total.relaxed : 0).toFixed(3)})`,
    `type accuracy ${(total.relaxed ? total.type / total.relaxed : 0).toFixed(3)}`,
    `speed         ${(n ? ms / n : 0).toFixed(2)} ms/article`,
  ];
  process.stdout.write(out.join('\n') + '\n');
  if (errorCount > 0) {
    // a deterministic spread of errors over the whole set
    const step = Math.max(1, Math.floor(errors.length / errorCount));
    const picked = errors.filter((_, i) => i % step === 0).slice(0, errorCount);
    process.stdout.write(`\n${picked.length} of ${errors.length} errors:\n${picked.join('\n')}\n`);
  }
}
