/**
 * Verdicts of a claim group: `contested` when outlets give different values for the same slot
 * (another date or time, another number for the same thing counted, a negation, or another
 * action on the same date), else `corroborated` (2+ outlets) or `single`. Each mention of a
 * contested group gets the value it states. Pure.
 */
import type { Span } from '../types.js';
import type { Claim, ClaimNumber, ClaimStatus, ConflictKind } from './types.js';

/** The verdict of one group and the value each mention states (by claim id). */
export interface Verdict {
  status: ClaimStatus;
  kind: ConflictKind | null;
  values: Map<string, string | null>;
  /** Where each mention states its value (by claim id): its dates, numbers, predicate or whole span. */
  valueSpans: Map<string, Span[]>;
}

/** True when two TIMEX3 values can name the same time (one refines the other). */
export function compatibleTimes(x: string, y: string): boolean {
  return x.startsWith(y) || y.startsWith(x);
}

/** Only values precise to the day (or finer) are compared: weeks and months are too vague. */
const DAY = /^\d{4}-\d{2}-\d{2}/;

function byOutlet<T>(claims: readonly Claim[], pick: (c: Claim) => T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const c of claims) {
    const vals = pick(c);
    if (vals.length === 0) continue;
    m.set(c.outlet, [...(m.get(c.outlet) ?? []), ...vals]);
  }
  return m;
}

/** True when two outlets' value lists have no compatible pair. */
function disagree<T>(m: Map<string, T[]>, same: (x: T, y: T) => boolean): boolean {
  const lists = [...m.values()];
  for (let i = 0; i < lists.length; i++) {
    for (let j = i + 1; j < lists.length; j++) {
      if (!lists[i].some((x) => lists[j].some((y) => same(x, y)))) return true;
    }
  }
  return false;
}

/** The day-precise dates a claim states as part of its fact (not those of its attribution frame). */
function slotDays(c: Claim): Claim['dates'] {
  return c.dates.filter((d) => !d.frame && DAY.test(d.value));
}

function dateConflict(claims: readonly Claim[]): boolean {
  const m = byOutlet(claims, (c) => slotDays(c).map((d) => d.value));
  return m.size >= 2 && disagree(m, compatibleTimes);
}

/** The words a number may be counting: its unit and the stems of its counted phrase. */
function countedWords(n: ClaimNumber): string[] {
  const out = n.phrase ? [...n.phrase] : [];
  if (n.unit && !out.includes(n.unit)) out.push(n.unit);
  return out;
}

/**
 * The thing outlets count differently, or null: first by unit ("23 pirates" / "21 pirates"),
 * then by any word of the counted phrase ("three other automatic rifles" / "two other rifles",
 * "82% of voice traffic" / "65 per cent of traffic").
 */
function numberConflict(claims: readonly Claim[]): { unit: string; numbers: (c: Claim) => ClaimNumber[] } | null {
  const units = new Set(claims.flatMap((c) => c.numbers.map((n) => n.unit).filter((u): u is string => Boolean(u))));
  for (const unit of [...units].sort()) {
    const numbers = (c: Claim): ClaimNumber[] => c.numbers.filter((n) => n.unit === unit);
    const m = byOutlet(claims, (c) => numbers(c).map((n) => n.value));
    if (m.size >= 2 && disagree(m, (x, y) => x === y)) return { unit, numbers };
  }
  const words = new Set(claims.flatMap((c) => c.numbers.flatMap(countedWords)));
  for (const word of [...words].sort()) {
    const numbers = (c: Claim): ClaimNumber[] => c.numbers.filter((n) => countedWords(n).includes(word));
    const m = byOutlet(claims, (c) => numbers(c).map((n) => n.value));
    if (m.size >= 2 && disagree(m, (x, y) => x === y)) return { unit: word, numbers };
  }
  return null;
}

function negationConflict(claims: readonly Claim[]): boolean {
  const outlets = new Map<string, Set<boolean>>();
  for (const c of claims) outlets.set(c.outlet, (outlets.get(c.outlet) ?? new Set()).add(c.negated));
  const flags = [...outlets.values()].map((s) => (s.size === 1 ? [...s][0] : null));
  return flags.includes(true) && flags.includes(false);
}

/**
 * Different required or planned actions on the same day ("must submit ... by April 2" vs "must
 * publish ... by April 2"): outlets share a date but no predicate. Past events told with
 * different verbs ("collided" / "struck") are paraphrases, not conflicts.
 */
function actionConflict(claims: readonly Claim[]): boolean {
  const outlets = new Set(claims.map((c) => c.outlet));
  if (outlets.size < 2 || claims.some((c) => !c.predicate || !c.irrealis)) return false;
  const dated = byOutlet(claims, (c) => slotDays(c).map((d) => d.value));
  if (dated.size < 2 || disagree(dated, (x, y) => x === y)) return false;
  const preds = byOutlet(claims, (c) => [c.predicate as string]);
  return disagree(preds, (x, y) => x === y);
}

function words(text: string, from: number, n: number): string {
  return text.slice(from).split(/\s+/).filter(Boolean).slice(0, n).join(' ').replace(/[.,;:]+$/, '');
}

/** Alignment score below which a negation difference is more likely two facts than one denied. */
export const NEGATION_MIN_SCORE = 0.5;

/**
 * The verdict of one aligned group of claims; `score` is the group's mean alignment score (a
 * negation conflict needs a well-aligned group).
 */
export function verdictOf(claims: readonly Claim[], score = 1): Verdict {
  const outlets = new Set(claims.map((c) => c.outlet));
  const values = new Map<string, string | null>(claims.map((c) => [c.id, null]));
  const valueSpans = new Map<string, Span[]>();
  const done = (status: ClaimStatus, kind: ConflictKind | null): Verdict => ({ status, kind, values, valueSpans });
  if (outlets.size < 2) return done('single', null);
  if (dateConflict(claims)) {
    for (const c of claims) {
      values.set(c.id, slotDays(c).map((d) => `${d.value} ("${d.text}")`).join(', ') || null);
      valueSpans.set(c.id, slotDays(c).map((d) => ({ start: d.start, end: d.end })));
    }
    return done('contested', 'date');
  }
  const counted = numberConflict(claims);
  if (counted) {
    for (const c of claims) {
      values.set(c.id, counted.numbers(c).map((n) => n.text).join(', ') || null);
      valueSpans.set(c.id, counted.numbers(c).map((n) => ({ start: n.start, end: n.end })));
    }
    return done('contested', 'number');
  }
  if (score >= NEGATION_MIN_SCORE && negationConflict(claims)) {
    for (const c of claims) {
      values.set(c.id, c.negated ? 'denied' : 'affirmed');
      valueSpans.set(c.id, [c.span]);
    }
    return done('contested', 'negation');
  }
  if (actionConflict(claims)) {
    for (const c of claims) {
      const at = c.predicateText ? c.text.indexOf(c.predicateText) : -1;
      values.set(c.id, at >= 0 ? words(c.text, at, 4) : c.predicateText);
      const pred = c.marks.find((m) => m.key.startsWith('p:'));
      if (pred) valueSpans.set(c.id, [{ start: pred.start, end: pred.end }]);
    }
    return done('contested', 'action');
  }
  return done('corroborated', null);
}
