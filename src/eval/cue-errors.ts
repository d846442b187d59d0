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
    const p = coverage(pred.map((x) => x.cue));
    const g = coverage(gold.map((x) => x.cue));
    const seen = new Set<string>();
    for (const { cue } of gold) {
      const key = `g${cue.start}:${cue.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let hit = 0;
      for (let k = cue.start; k < cue.end; k++) if (p.has(k)) hit++;
      const len = cue.end - cue.start;
      if (hit === 0) this.push('missed whole', len, inContext(text, cue));
      else if (hit < len) {
        const found = pred.filter((x) => x.cue.start < cue.end && cue.start < x.cue.end).map((x) => JSON.stringify(x.cue.text));
        this.push('cut short', len - hit, `${inContext(text, cue)}   predicted ${found.join(' ')}`);
      }
    }
    for (const { cue } of pred) {
      const key = `p${cue.start}:${cue.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const over = gold.filter((x) => x.cue.start < cue.end && cue.start < x.cue.end);
      let extra = 0;
      for (let k = cue.start; k < cue.end; k++) if (!g.has(k)) extra++;
      if (!over.length) this.push('spurious', extra, inContext(text, cue));
      else if (extra) this.push('over-extended', extra, `${inContext(text, cue)}   gold ${over.map((x) => JSON.stringify(text.slice(x.cue.start, x.cue.end))).join(' ')}`);
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
