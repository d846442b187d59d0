/**
 * `npm run eval -- attribution ARTICLES.jsonl GOLD.jsonl [--half a|b] [--limit N] [--errors N] [--model FILE|rules] [--breakdown] [--cue-examples N] [--agreement]`
 *
 * Scores {@link extractAttributions} against gold relations `{id, attributions: [{source?, cue,
 * content}]}` with `[start, end]` spans in Unicode code points. Prints relation P/R/F1 (cues
 * overlap, contents overlap with character Jaccard >= 0.5, sources overlap where gold has one)
 * and character-overlap P/R/F1 for source, cue and content, plus the extraction time. `--model`
 * scores another cue model file (e.g. the half-a model the fit script leaves in `.tmp/`) or,
 * with `rules`, the rule-based cues alone. `--breakdown` adds where cue characters are lost
 * ({@link CueLoss}): gold cues missed whole or in part, by kind, and spurious characters.
 * `--cue-examples N` prints N examples of each kind of cue error ({@link CueErrors}).
 * `--agreement` scores instead the first annotation of each article annotated twice against the
 * second ({@link agreementPairs}): how far two annotators agree with the same metric.
 */
import { codePointToIndex as codePointIndex, coverage, prf } from './common.js';
import { CueErrors, cueOutcomes } from './cue-errors.js';
import { agreementPairs, mapOnto } from './agreement.js';
import { readFileSync } from 'node:fs';
import { extractAttributions } from '../extract/attribution/index.js';
import { expandModel, type CueModel, type CueModelFile } from '../extract/attribution/model.js';
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
/** Counts for character overlap: [intersection, predicted, gold]. */
function charCounts(pred: Span[], gold: Span[]): [number, number, number] {
  const p = coverage(pred);
  const g = coverage(gold);
  let inter = 0;
  for (const k of p) if (g.has(k)) inter++;
  return [inter, p.size, g.size];
}

/** Kinds of gold cue, for {@link CueLoss}. */
const CUE_KINDS = ['single word', 'multiword', 'aux + verb', 'negated', 'according to', 'colon / dash'] as const;
type CueKind = (typeof CUE_KINDS)[number];

const AUX_START = /^(?:has|have|had|is|are|was|were|will|would|could|can|did|does|do|be|been|may|might|should|must)\b/;

/** The kind of a gold cue from its words ("did not say" is negated, "has said" aux + verb). */
export function cueKind(cue: string): CueKind {
  const w = cue.toLowerCase().trim();
  if (/^[:—―–-]$/.test(w)) return 'colon / dash';
  if (w.includes('according')) return 'according to';
  if (/\b(?:not|never)\b|n[’']t\b/.test(w)) return 'negated';
  const words = w.split(/\s+/).length;
  if (words === 1) return 'single word';
  return AUX_START.test(w) ? 'aux + verb' : 'multiword';
}

/**
 * Where cue characters are lost, counted like the cue character score (characters covered by
 * any predicted / gold cue of an article): per kind of gold cue, the cues and characters, those
 * found, those missed with the whole cue (no predicted cue overlaps it) or at a boundary; and
 * the spurious characters, of predicted cues overlapping no gold cue or beyond a gold cue's ends.
 */
export class CueLoss {
  private readonly kinds = new Map<CueKind, { cues: number; chars: number; found: number; wholeCues: number; wholeChars: number; partCues: number }>();
  private spuriousWhole = 0;
  private spuriousWholeCues = 0;
  private spuriousEdge = 0;

  /** Adds one article. */
  add(text: string, pred: Attribution[], gold: GoldRelation[]): void {
    const outcomes = cueOutcomes(pred, gold);
    for (const { cue, hit } of outcomes.gold) {
      const kind = cueKind(text.slice(cue.start, cue.end));
      const r = this.kinds.get(kind) ?? { cues: 0, chars: 0, found: 0, wholeCues: 0, wholeChars: 0, partCues: 0 };
      this.kinds.set(kind, r);
      r.cues++;
      r.chars += cue.end - cue.start;
      r.found += hit;
      if (hit === 0) {
        r.wholeCues++;
        r.wholeChars += cue.end - cue.start;
      } else if (hit < cue.end - cue.start) r.partCues++;
    }
    for (const { cue, over, extra } of outcomes.pred) {
      if (!over.length) {
        this.spuriousWholeCues++;
        this.spuriousWhole += cue.end - cue.start;
      } else this.spuriousEdge += extra;
    }
  }

  /** The report lines. */
  lines(): string[] {
    const out = ['gold cues by kind: cues, chars, found chars, missed whole (cues / chars), missed at a boundary (cues / chars)'];
    for (const kind of CUE_KINDS) {
      const r = this.kinds.get(kind);
      if (!r) continue;
      const edge = r.chars - r.found - r.wholeChars;
      out.push(`  ${kind.padEnd(13)} ${String(r.cues).padStart(6)} ${String(r.chars).padStart(7)} ${String(r.found).padStart(7)} (R ${(r.found / r.chars).toFixed(3)})  whole ${r.wholeCues} / ${r.wholeChars}  boundary ${r.partCues} / ${edge}`);
    }
    out.push(`spurious cue chars: ${this.spuriousWhole} in ${this.spuriousWholeCues} cues overlapping no gold cue, ${this.spuriousEdge} beyond a gold cue's ends`);
    return out;
  }
}

interface Args {
  articles: string;
  gold: string;
  half: 'a' | 'b' | null;
  limit: number;
  errors: number;
  /** A cue model file to use instead of the bundled one (`rules` for the rule-based cues). */
  model: string | null;
  breakdown: boolean;
  /** Examples of each kind of cue error to print (0: none). */
  cueExamples: number;
  /** Score the data set's twice-annotated articles against each other instead. */
  agreement: boolean;
}

function parseArgs(args: string[]): Args | string {
  const pos: string[] = [];
  let half: 'a' | 'b' | null = null;
  let limit = Infinity;
  let errors = 0;
  let model: string | null = null;
  let cueExamples = 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--half') {
      const v = args[++i];
      if (v !== 'a' && v !== 'b') return '--half takes a or b';
      half = v;
    } else if (a === '--limit') limit = Number(args[++i]);
    else if (a === '--errors') errors = Number(args[++i]);
    else if (a === '--model') model = args[++i] ?? null;
    else if (a === '--cue-examples') cueExamples = Number(args[++i]);
    else if (a !== '--breakdown' && a !== '--agreement') pos.push(a);
  }
  if (pos.length !== 2 || (args.includes('--model') && !model)) {
    return 'usage: attribution ARTICLES.jsonl GOLD.jsonl [--half a|b] [--limit N] [--errors N] [--model FILE|rules] [--breakdown] [--cue-examples N] [--agreement]';
  }
  if (!Number.isFinite(errors) || Number.isNaN(limit) || !Number.isFinite(cueExamples)) return 'bad number';
  return { articles: pos[0], gold: pos[1], half, limit, errors, model, breakdown: args.includes('--breakdown'), cueExamples, agreement: args.includes('--agreement') };
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

/** An article with its gold relations (spans in string indices). */
export interface GoldArticle {
  id: string;
  text: string;
  gold: GoldRelation[];
  /** The article's title, when the articles file has one. */
  title?: string;
}

/**
 * Reads an articles file and its gold file (spans in code points, converted to string
 * indices); `half` keeps the even (`a`) or odd (`b`) lines of the articles file.
 */
export function loadGoldArticles(articlesPath: string, goldPath: string, half: 'a' | 'b' | null = null): GoldArticle[] {
  const articles = readJsonl(articlesPath);
  const goldById = new Map<string, { source?: number[]; cue: number[]; content: number[] }[]>();
  for (const g of readJsonl(goldPath)) {
    goldById.set(String(g.id), (g.attributions as { source?: number[]; cue: number[]; content: number[] }[]) ?? []);
  }
  const out: GoldArticle[] = [];
  articles.forEach((art, i) => {
    if (half !== null && (i % 2 === 0) !== (half === 'a')) return;
    const text = String(art.text ?? '');
    const gRaw = goldById.get(String(art.id));
    if (!gRaw) return;
    const cp = codePointIndex(text);
    const sp = (x: number[]): Span => ({ start: cp(x[0]), end: cp(x[1]) });
    const gold = gRaw.map((g) => ({ source: g.source ? sp(g.source) : null, cue: sp(g.cue), content: sp(g.content) }));
    out.push({ id: String(art.id), text, gold, ...(typeof art.title === 'string' ? { title: art.title } : {}) });
  });
  return out;
}

/** The figures of EVALUATION.md for a set of articles. */
export interface AttributionScores {
  articles: number;
  gold: number;
  predicted: number;
  matched: number;
  relation: Prf;
  source: Prf;
  cue: Prf;
  content: Prf;
}

/** Accumulates the relation and character counts of articles, then gives {@link AttributionScores}. */
export class AttributionScorer {
  private tp = 0;
  private nPred = 0;
  private nGold = 0;
  private n = 0;
  private readonly chars: Record<'source' | 'cue' | 'content', number[]> = {
    source: [0, 0, 0],
    cue: [0, 0, 0],
    content: [0, 0, 0],
  };

  /** Adds one article's predictions; returns the matched (predicted, gold) index pairs. */
  add(pred: Attribution[], gold: GoldRelation[]): [number, number][] {
    const matched = matchRelations(pred, gold);
    this.n++;
    this.tp += matched.length;
    this.nPred += pred.length;
    this.nGold += gold.length;
    for (const key of ['source', 'cue', 'content'] as const) {
      const ps = pred.map((p) => p[key]).filter((x): x is NonNullable<typeof x> => x !== null);
      const gs = gold.map((g) => g[key]).filter((x): x is Span => x !== null);
      const c = charCounts(ps, gs);
      for (let k = 0; k < 3; k++) this.chars[key][k] += c[k];
    }
    return matched;
  }

  /** The figures so far. */
  scores(): AttributionScores {
    const c = this.chars;
    return {
      articles: this.n,
      gold: this.nGold,
      predicted: this.nPred,
      matched: this.tp,
      relation: prf(this.tp, this.nPred, this.nGold),
      source: prf(c.source[0], c.source[1], c.source[2]),
      cue: prf(c.cue[0], c.cue[1], c.cue[2]),
      content: prf(c.content[0], c.content[1], c.content[2]),
    };
  }
}

/** The report lines of {@link AttributionScores}. */
export function formatScores(s: AttributionScores): string[] {
  return [
    `articles ${s.articles}  gold relations ${s.gold}  predicted ${s.predicted}  matched ${s.matched}`,
    fmt('relation', s.relation),
    fmt('source chars', s.source),
    fmt('cue chars', s.cue),
    fmt('content chars', s.content),
  ];
}

/** Entry point of `npm run eval -- attribution ...`. */
export async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    process.exitCode = 2;
    return;
  }
  let model: CueModel | null | undefined;
  if (args.model === 'rules') model = null;
  else if (args.model) {
    model = expandModel(JSON.parse(readFileSync(args.model, 'utf8')) as CueModelFile);
    if (!model) {
      process.stderr.write(`${args.model}: fitted for other features than this code\n`);
      process.exitCode = 2;
      return;
    }
  }
  const selected = loadGoldArticles(args.articles, args.gold, args.half).slice(0, args.limit);
  if (args.agreement) {
    const pairs = agreementPairs(selected);
    const s = new AttributionScorer();
    for (const [a, b] of pairs) {
      const asPred = mapOnto(a, b).map((r) => ({
        source: r.source ? { ...r.source, text: b.text.slice(r.source.start, r.source.end) } : null,
        cue: { ...r.cue, text: b.text.slice(r.cue.start, r.cue.end) },
        content: { ...r.content, text: b.text.slice(r.content.start, r.content.end) },
      }));
      s.add(asPred, b.gold);
    }
    process.stdout.write(`annotator agreement: ${pairs.length} articles annotated twice (${pairs.map(([a, b]) => `${a.id} / ${b.id}`).join(', ')}), the first annotation scored against the second\n`);
    process.stdout.write(`${formatScores(s.scores()).join('\n')}\n`);
    return;
  }
  const scorer = new AttributionScorer();
  const loss = args.breakdown ? new CueLoss() : null;
  const cueErrors = args.cueExamples > 0 ? new CueErrors() : null;
  let ms = 0;
  let chars = 0;
  let shown = 0;
  const errOut: string[] = [];
  for (const { id, text, gold } of selected) {
    const c0 = process.cpuUsage();
    const pred = extractAttributions(text, model === undefined ? {} : { model });
    ms += process.cpuUsage(c0).user / 1000;
    chars += text.length;
    const matched = scorer.add(pred, gold);
    loss?.add(text, pred, gold);
    cueErrors?.add(text, pred, gold);
    if (shown < args.errors) {
      const mp = new Set(matched.map((m) => m[0]));
      const mg = new Set(matched.map((m) => m[1]));
      pred.forEach((p, i) => {
        if (mp.has(i) || shown >= args.errors) return;
        shown++;
        const g = gold.find((x) => overlaps(x.cue, p.cue));
        errOut.push(
          `FP ${id}\n  pred S ${show(text, p.source)} C ${show(text, p.cue)} T ${show(text, p.content)}` +
            (g ? `\n  gold S ${show(text, g.source)} C ${show(text, g.cue)} T ${show(text, g.content)}` : ''),
        );
      });
      gold.forEach((g, j) => {
        if (mg.has(j) || shown >= args.errors) return;
        if (pred.some((p) => overlaps(p.cue, g.cue))) return; // already shown as FP
        shown++;
        errOut.push(`FN ${id}\n  gold S ${show(text, g.source)} C ${show(text, g.cue)} T ${show(text, g.content)}`);
      });
    }
  }
  if (errOut.length) process.stdout.write(`${errOut.join('\n')}\n\n`);
  const n = Math.max(1, selected.length);
  const lines = [
    ...formatScores(scorer.scores()),
    `time       ${(ms / n).toFixed(3)} ms/article, ${((ms / Math.max(1, chars)) * 4096).toFixed(3)} ms per 4 kB (CPU, extraction only; the first article loads the model)`,
    ...(loss ? loss.lines() : []),
    ...(cueErrors ? cueErrors.lines(args.cueExamples) : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
