/**
 * `npm run eval -- attribution ARTICLES.jsonl GOLD.jsonl [--half a|b] [--limit N] [--errors N]`
 *
 * Scores {@link extractAttributions} against gold relations `{id, attributions: [{source?, cue,
 * content}]}` with `[start, end]` spans in Unicode code points. Prints relation P/R/F1 (cues
 * overlap, contents overlap with character Jaccard >= 0.5, sources overlap where gold has one)
 * and character-overlap P/R/F1 for source, cue and content, plus the extraction time.
 */
import { readFileSync } from 'node:fs';
import { extractAttributions } from '../extract/attribution/index.js';
import type { Attribution, Span } from '../types.js';

/** A gold relation with spans already in string indices. */
export interface GoldRelation {
  source: Span | null;
  cue: Span;
  content: Span;
}

/** Precision / recall / F1 of counts. */
export interface Prf {
  p: number;
  r: number;
  f1: number;
}

/** Builds a code point -> string index map for `text` (identity when all BMP). */
export function codePointIndex(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    map.push(i);
    i += ch.length;
  }
  map.push(i);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

function prf(tp: number, predicted: number, gold: number): Prf {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function jaccard(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = a.end - a.start + (b.end - b.start) - inter;
  return union ? inter / union : 0;
}

/** True when a predicted relation matches a gold one (the metric of EVALUATION.md). */
export function relationMatches(p: Attribution, g: GoldRelation): boolean {
  if (!overlaps(p.cue, g.cue)) return false;
  if (jaccard(p.content, g.content) < 0.5) return false;
  if (g.source && !(p.source && overlaps(p.source, g.source))) return false;
  return true;
}

/** One-to-one matching, best content Jaccard first; returns matched index pairs. */
export function matchRelations(pred: Attribution[], gold: GoldRelation[]): [number, number][] {
  const cands: [number, number, number][] = [];
  pred.forEach((p, i) =>
    gold.forEach((g, j) => {
      if (relationMatches(p, g)) cands.push([jaccard(p.content, g.content), i, j]);
    }),
  );
  cands.sort((x, y) => y[0] - x[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of cands) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

/** Characters covered by a set of spans. */
function coverage(spans: Span[]): Set<number> {
  const s = new Set<number>();
  for (const sp of spans) for (let k = sp.start; k < sp.end; k++) s.add(k);
  return s;
}

/** Counts for character overlap: [intersection, predicted, gold]. */
function charCounts(pred: Span[], gold: Span[]): [number, number, number] {
  const p = coverage(pred);
  const g = coverage(gold);
  let inter = 0;
  for (const k of p) if (g.has(k)) inter++;
  return [inter, p.size, g.size];
}

interface Args {
  articles: string;
  gold: string;
  half: 'a' | 'b' | null;
  limit: number;
  errors: number;
}

function parseArgs(args: string[]): Args | string {
  const pos: string[] = [];
  let half: 'a' | 'b' | null = null;
  let limit = Infinity;
  let errors = 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--half') {
      const v = args[++i];
      if (v !== 'a' && v !== 'b') return '--half takes a or b';
      half = v;
    } else if (a === '--limit') limit = Number(args[++i]);
    else if (a === '--errors') errors = Number(args[++i]);
    else pos.push(a);
  }
  if (pos.length !== 2) return 'usage: attribution ARTICLES.jsonl GOLD.jsonl [--half a|b] [--limit N] [--errors N]';
  if (!Number.isFinite(errors) || Number.isNaN(limit)) return 'bad number';
  return { articles: pos[0], gold: pos[1], half, limit, errors };
}

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function show(text: string, s: Span | null): string {
  return s ? JSON.stringify(text.slice(s.start, s.end).slice(0, 160)) : '-';
}

function fmt(name: string, m: Prf): string {
  return `${name.padEnd(10)} P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f1.toFixed(3)}`;
}

/** Entry point of `npm run eval -- attribution ...`. */
export async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    process.exitCode = 2;
    return;
  }
  const articles = readJsonl(args.articles);
  const goldById = new Map<string, { source?: number[]; cue: number[]; content: number[] }[]>();
  for (const g of readJsonl(args.gold)) {
    goldById.set(String(g.id), (g.attributions as { source?: number[]; cue: number[]; content: number[] }[]) ?? []);
  }
  let selected = articles.filter((_, i) => args.half === null || (i % 2 === 0) === (args.half === 'a'));
  selected = selected.slice(0, args.limit);
  let tp = 0;
  let nPred = 0;
  let nGold = 0;
  const chars = { source: [0, 0, 0], cue: [0, 0, 0], content: [0, 0, 0] } as Record<string, number[]>;
  let ms = 0;
  let shown = 0;
  const errOut: string[] = [];
  for (const art of selected) {
    const text = String(art.text ?? '');
    const gRaw = goldById.get(String(art.id));
    if (!gRaw) continue;
    const cp = codePointIndex(text);
    const sp = (x: number[]): Span => ({ start: cp(x[0]), end: cp(x[1]) });
    const gold: GoldRelation[] = gRaw.map((g) => ({
      source: g.source ? sp(g.source) : null,
      cue: sp(g.cue),
      content: sp(g.content),
    }));
    const c0 = process.cpuUsage();
    const pred = extractAttributions(text);
    ms += process.cpuUsage(c0).user / 1000;
    const matched = matchRelations(pred, gold);
    tp += matched.length;
    nPred += pred.length;
    nGold += gold.length;
    for (const key of ['source', 'cue', 'content'] as const) {
      const ps = pred.map((p) => p[key]).filter((x): x is NonNullable<typeof x> => x !== null);
      const gs = gold.map((g) => g[key]).filter((x): x is Span => x !== null);
      const c = charCounts(ps, gs);
      for (let k = 0; k < 3; k++) chars[key][k] += c[k];
    }
    if (shown < args.errors) {
      const mp = new Set(matched.map((m) => m[0]));
      const mg = new Set(matched.map((m) => m[1]));
      pred.forEach((p, i) => {
        if (mp.has(i) || shown >= args.errors) return;
        shown++;
        const g = gold.find((x) => overlaps(x.cue, p.cue));
        errOut.push(
          `FP ${art.id}\n  pred S ${show(text, p.source)} C ${show(text, p.cue)} T ${show(text, p.content)}` +
            (g ? `\n  gold S ${show(text, g.source)} C ${show(text, g.cue)} T ${show(text, g.content)}` : ''),
        );
      });
      gold.forEach((g, j) => {
        if (mg.has(j) || shown >= args.errors) return;
        if (pred.some((p) => overlaps(p.cue, g.cue))) return; // already shown as FP
        shown++;
        errOut.push(`FN ${art.id}\n  gold S ${show(text, g.source)} C ${show(text, g.cue)} T ${show(text, g.content)}`);
      });
    }
  }
  if (errOut.length) process.stdout.write(`${errOut.join('\n')}\n\n`);
  const lines = [
    `articles ${selected.length}  gold relations ${nGold}  predicted ${nPred}  matched ${tp}`,
    fmt('relation', prf(tp, nPred, nGold)),
    ...(['source', 'cue', 'content'] as const).map((k) =>
      fmt(`${k} chars`, prf(chars[k][0], chars[k][1], chars[k][2])),
    ),
    `time       ${(ms / Math.max(1, selected.length)).toFixed(3)} ms/article (CPU, extraction only)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
