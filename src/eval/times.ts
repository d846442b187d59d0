/**
 * `npm run eval -- times ARTICLES.jsonl GOLD.jsonl [--half a|b] [--errors N] [--kinds missed,spurious,value]
 * [--classes N] [--predictions FILE]`
 *
 * Scores {@link extractTimes} against TIMEX3 gold, TempEval-3 style:
 * - strict span P/R/F1: predicted and gold spans identical;
 * - relaxed span P/R/F1: spans overlap (one-to-one, pairs taken greedily by largest overlap);
 * - value F1: over the relaxed matches, a match counts when the normalised values are equal
 *   (string equality); P = correct / predicted, R = correct / gold, F1 their harmonic mean
 *   (TempEval-3's attribute F1, i.e. relaxed F1 times value accuracy);
 * - type accuracy: share of relaxed matches with the gold TIMEX3 type;
 * - CPU ms per article of the extraction alone, measured on a second pass (start-up costs
 *   excluded) with `process.cpuUsage()`, so that other load on the machine does not count.
 * `--classes N` prints the N most frequent value-error classes: the predicted phrase (numbers and
 * names folded) and value shape, how often that class is right, and the gold value shapes where
 * it is wrong; a class that is right as often as wrong points at inconsistent gold, not at a rule.
 * `--predictions FILE` writes the predictions as JSON lines (`{"id","times"}`), to diff runs.
 * Gold offsets count Unicode code points and are converted to string indices. `--half a` keeps
 * the articles at even lines, `--half b` the odd ones (to check that rules generalise).
 */
import { codePointToIndex, prf } from './common.js';
import { readFileSync, writeFileSync } from 'node:fs';
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

/** A value shape: digits as `D` (`1998-W07` -> `DDDD-WDD`). */
function valueShape(v: string | null): string {
  return v === null ? 'null' : v.replace(/\d/g, 'D');
}

/** A phrase with numbers, weekdays and months folded (`Friday night` -> `WD night`). */
export function phraseClass(text: string): string {
  return text
    .toLowerCase()
    .replace(/\d+/g, 'N')
    .replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/g, 'WD')
    .replace(/\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?/g, 'MON');
}

/** Per class of prediction (folded phrase and value shape): right and wrong values, and the gold shapes when wrong. */
export interface ValueClass {
  right: number;
  wrong: number;
  gold: Map<string, number>;
}

/** Adds the relaxed matches of one document to the value classes. */
export function addValueClasses(classes: Map<string, ValueClass>, pred: TimeExpression[], gold: GoldTime[]): void {
  for (const [i, j] of align(pred, gold)) {
    const p = pred[i]!;
    const g = gold[j]!;
    const key = `${phraseClass(p.text)} -> ${p.type} ${valueShape(p.value)}`;
    const c = classes.get(key) ?? { right: 0, wrong: 0, gold: new Map<string, number>() };
    if (p.value === g.value) c.right++;
    else {
      c.wrong++;
      const shape = `${g.type} ${valueShape(g.value)}`;
      c.gold.set(shape, (c.gold.get(shape) ?? 0) + 1);
    }
    classes.set(key, c);
  }
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
    process.stderr.write('usage: npm run eval -- times ARTICLES.jsonl GOLD.jsonl [--half a|b] [--errors N] [--kinds missed,spurious,value,span] [--classes N] [--predictions FILE]\n');
    process.exitCode = 2;
    return;
  }
  const half = option(args, '--half');
  const errorCount = Number(option(args, '--errors') ?? 0);
  const kinds = new Set((option(args, '--kinds') ?? 'missed,spurious,value').split(','));
  const classCount = Number(option(args, '--classes') ?? 0);
  const predictionsPath = option(args, '--predictions');
  const classes = new Map<string, ValueClass>();
  const predictions: string[] = [];
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
    if (classCount > 0) addValueClasses(classes, pred, goldTimes);
    if (predictionsPath) predictions.push(JSON.stringify({ id: a.id, times: pred.map(({ start, end, text, type, value }) => ({ start, end, text, type, value })) }));
    for (const k of Object.keys(total) as Array<keyof TimeScores>) total[k] += scores[k];
    for (const e of errs) {
      if (!kinds.has(e.kind)) continue;
      const ctx = a.text.slice(Math.max(0, e.start - 50), e.start + 60).replace(/\s+/g, ' ');
      errors.push(`${e.kind.padEnd(8)} ${a.id} ${a.published ?? ''}: ${e.line}\n           …${ctx}…`);
    }
  });
  // speed: a second pass over the same articles, so that start-up costs are not counted
  const c0 = process.cpuUsage();
  for (const a of timed) extractTimes(a.text, { reference: a.published ?? null, language: a.language ?? 'en' });
  const used = process.cpuUsage(c0);
  const ms = (used.user + used.system) / 1000;
  const fmt = (x: { p: number; r: number; f1: number }): string => `P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f1.toFixed(3)}`;
  const out = [
    `times: ${n} articles, ${total.gold} gold, ${total.predicted} predicted${half ? ` (half ${half})` : ''}`,
    `strict span   ${fmt(prf(total.strict, total.predicted, total.gold))}`,
    `relaxed span  ${fmt(prf(total.relaxed, total.predicted, total.gold))}`,
    `value         ${fmt(prf(total.value, total.predicted, total.gold))}   (value accuracy on matches ${(total.relaxed ? total.value / total.relaxed : 0).toFixed(3)})`,
    `type accuracy ${(total.relaxed ? total.type / total.relaxed : 0).toFixed(3)}`,
    `speed         ${(n ? ms / n : 0).toFixed(2)} ms/article (CPU)`,
  ];
  process.stdout.write(out.join('\n') + '\n');
  if (predictionsPath) writeFileSync(predictionsPath, predictions.join('\n') + '\n');
  if (classCount > 0) {
    const top = [...classes].filter(([, c]) => c.wrong > 0).sort((a, b) => b[1].wrong - a[1].wrong || (a[0] < b[0] ? -1 : 1)).slice(0, classCount);
    process.stdout.write(`\nvalue-error classes (right / wrong | gold shapes when wrong):\n`);
    for (const [key, c] of top) {
      const shapes = [...c.gold].sort((a, b) => b[1] - a[1]).map(([g, k]) => `${g} x${k}`).join(', ');
      process.stdout.write(`${String(c.right).padStart(4)} / ${String(c.wrong).padEnd(3)} ${key} | ${shapes}\n`);
    }
  }
  if (errorCount > 0) {
    // a deterministic spread of errors over the whole set
    const step = Math.max(1, Math.floor(errors.length / errorCount));
    const picked = errors.filter((_, i) => i % step === 0).slice(0, errorCount);
    process.stdout.write(`\n${picked.length} of ${errors.length} errors:\n${picked.join('\n')}\n`);
  }
}
