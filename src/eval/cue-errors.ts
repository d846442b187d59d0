/**
 * Examples of cue errors for `npm run eval -- attribution ... --cue-examples N`: each gold cue
 * no predicted cue overlaps (missed whole) or covers only in part (cut short), and each
 * predicted cue that overlaps no gold cue (spurious) or runs past the gold cues it overlaps
 * (over-extended), shown in its context with the cue between `[[` and `]]`, and counted in
 * characters as the cue character score counts them.
 */
import type { Attribution, Span } from '../types.js';
import { coverage } from './common.js';

/** The four kinds of cue error, in report order. */
export const CUE_ERROR_KINDS = ['missed whole', 'cut short', 'spurious', 'over-extended'] as const;
/** One kind of cue error. */
export type CueErrorKind = (typeof CUE_ERROR_KINDS)[number];

/** The cue `s` of `text` with 50 characters of context each side, white space collapsed. */
export function inContext(text: string, s: Span): string {
  const before = text.slice(Math.max(0, s.start - 50), s.start);
  const after = text.slice(s.end, s.end + 30);
  return `${before}[[${text.slice(s.start, s.end)}]]${after}`.replace(/\s+/g, ' ');
}

/** How one distinct gold cue fared: the characters of it some predicted cue covers. */
export interface GoldCueOutcome {
  cue: Span;
  /** Characters of the cue covered by predicted cues (0: missed whole). */
  hit: number;
}

/** How one distinct predicted cue fared. */
export interface PredictedCueOutcome {
  cue: Span;
  /** The distinct gold cues it overlaps (none: spurious). */
  over: Span[];
  /** Its characters no gold cue covers. */
  extra: number;
}

/**
 * The one comparison of an article's cues that both cue error reports read ({@link CueErrors},
 * and `CueLoss` in `attribution.ts`): each distinct gold cue with the characters predicted cues
 * cover, each distinct predicted cue with the gold cues it overlaps and its characters outside
 * every gold cue. A cue repeated by several relations (one cue, two contents) counts once, as in
 * the cue character score.
 */
export function cueOutcomes(pred: readonly { cue: Span }[], gold: readonly { cue: Span }[]): { gold: GoldCueOutcome[]; pred: PredictedCueOutcome[] } {
  const p = coverage(pred.map((x) => x.cue));
  const g = coverage(gold.map((x) => x.cue));
  const golds: GoldCueOutcome[] = [];
  const seen = new Set<string>();
  for (const { cue } of gold) {
    const key = `${cue.start}:${cue.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let hit = 0;
    for (let k = cue.start; k < cue.end; k++) if (p.has(k)) hit++;
    golds.push({ cue, hit });
  }
  seen.clear();
  const preds: PredictedCueOutcome[] = [];
  for (const { cue } of pred) {
    const key = `${cue.start}:${cue.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let extra = 0;
    for (let k = cue.start; k < cue.end; k++) if (!g.has(k)) extra++;
    const over = golds.filter((x) => x.cue.start < cue.end && cue.start < x.cue.end).map((x) => x.cue);
    preds.push({ cue, over, extra });
  }
  return { gold: golds, pred: preds };
}

/** Collects cue errors over articles; {@link lines} prints counts and examples. */
export class CueErrors {
  private readonly items = new Map<CueErrorKind, string[]>(CUE_ERROR_KINDS.map((k) => [k, []]));
  private readonly chars = new Map<CueErrorKind, number>(CUE_ERROR_KINDS.map((k) => [k, 0]));

  private push(kind: CueErrorKind, chars: number, line: string): void {
    this.items.get(kind)?.push(line);
    this.chars.set(kind, (this.chars.get(kind) ?? 0) + chars);
  }

  /** Adds one article's predicted and gold cues. */
  add(text: string, pred: Attribution[], gold: { cue: Span }[]): void {
    const outcomes = cueOutcomes(pred, gold);
    for (const { cue, hit } of outcomes.gold) {
      const len = cue.end - cue.start;
      if (hit === 0) this.push('missed whole', len, inContext(text, cue));
      else if (hit < len) {
        const found = pred.filter((x) => x.cue.start < cue.end && cue.start < x.cue.end).map((x) => JSON.stringify(x.cue.text));
        this.push('cut short', len - hit, `${inContext(text, cue)}   predicted ${found.join(' ')}`);
      }
    }
    for (const { cue, over, extra } of outcomes.pred) {
      if (!over.length) this.push('spurious', extra, inContext(text, cue));
      else if (extra) this.push('over-extended', extra, `${inContext(text, cue)}   gold ${over.map((x) => JSON.stringify(text.slice(x.start, x.end))).join(' ')}`);
    }
  }

  /** Per kind: how many cues and characters, then up to `n` examples spread over the articles. */
  lines(n: number): string[] {
    const out: string[] = [];
    for (const kind of CUE_ERROR_KINDS) {
      const list = this.items.get(kind) ?? [];
      out.push(`${kind}: ${list.length} cues, ${this.chars.get(kind)} characters`);
      const step = Math.max(1, Math.floor(list.length / Math.max(1, n)));
      for (let i = 0, shown = 0; i < list.length && shown < n; i += step, shown++) out.push(`  ${list[i]}`);
    }
    return out;
  }
}
