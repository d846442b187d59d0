/**
 * The timeline of a story: its dated claim groups in date order, one entry per date value
 * (relative dates were already resolved by extraction; estimated ones stay marked). Pure.
 */
import type { Claim, ClaimGroupOutput, TimelineEntry } from './types.js';

/** A date value that names a calendar date, week or month (not a vague or undated one). */
const CALENDAR = /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?/;

/** Builds the timeline from the groups (with their claims, same order). */
export function buildTimeline(groups: readonly { out: ClaimGroupOutput; claims: readonly Claim[] }[]): TimelineEntry[] {
  const byValue = new Map<string, { entry: TimelineEntry; sort: string; allEstimated: boolean }>();
  for (const { out, claims } of groups) {
    for (const c of claims) {
      for (const d of c.dates) {
        if (d.type !== 'DATE' || !CALENDAR.test(d.value)) continue;
        let slot = byValue.get(d.value);
        if (!slot) {
          slot = { entry: { value: d.value, text: out.text, claims: [], estimated: true, mentions: [] }, sort: d.range?.from ?? d.value, allEstimated: true };
          byValue.set(d.value, slot);
        }
        if (!slot.entry.claims.includes(out.id)) slot.entry.claims.push(out.id);
        if (!d.estimated) slot.allEstimated = false;
        if (!slot.entry.mentions.some((m) => m.article === c.article && m.start === c.span.start)) {
          slot.entry.mentions.push({ article: c.article, start: c.span.start, end: c.span.end, outlet: c.outlet });
        }
      }
    }
  }
  return [...byValue.values()]
    .map((s) => ({ ...s.entry, estimated: s.allEstimated }))
    .sort((x, y) => (byValue.get(x.value)!.sort < byValue.get(y.value)!.sort ? -1 : byValue.get(x.value)!.sort > byValue.get(y.value)!.sort ? 1 : x.value.localeCompare(y.value)));
}
