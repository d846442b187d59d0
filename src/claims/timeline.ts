/**
 * The timeline of a story: its dated claim groups in date order (relative dates were already
 * resolved by extraction; estimated ones stay marked). One entry per event: a date value and the
 * groups that state it, joined when they quote the same sentence or share enough of their words
 * (one crash told by two groups); two events on one day (a statement and an address to the
 * nation) are two entries. Each entry reads as the sentence it
 * came from and links back to every mention that dates it. Pure.
 */
import type { Claim, ClaimGroupOutput, TimelineEntry } from './types.js';
import { jaccard } from '../util/sets.js';

/** A date value that names a calendar date, week or month (not a vague or undated one). */
const CALENDAR = /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?/;

/** Longest sentence (characters) an entry reads as; a longer one gives way to the group's label. */
const ENTRY_MAX = 260;

interface Slot {
  entry: TimelineEntry;
  sort: string;
  order: number;
  allEstimated: boolean;
  /** `article@sentence start` of every mention, to join groups quoting one sentence. */
  sentences: Set<string>;
  /** Content terms of its mentions' clauses, to join groups telling one event in other words. */
  terms: Set<string>;
  /** The ids of `entry.claims`, for a constant-time membership test. */
  claimIds: Set<string>;
  /** `article@start` of every mention in `entry.mentions` (a mention is one per claim start). */
  mentionKeys: Set<string>;
}

/** Least Jaccard overlap of content terms at which two groups dated alike tell one event. */
const SAME_EVENT = 0.3;


/**
 * Builds the timeline from the groups (with their claims, same order). `texts` (article id ->
 * text) lets an entry read as the sentence it came from ("Trump said on Friday that ..."); without
 * it an entry reads as its first group's label.
 */
export function buildTimeline(groups: readonly { out: ClaimGroupOutput; claims: readonly Claim[] }[], texts?: ReadonlyMap<string, string>): TimelineEntry[] {
  const slots: Slot[] = [];
  const byValue = new Map<string, Slot[]>();
  const sentenceText = (c: Claim): string | null => {
    const text = texts?.get(c.article);
    if (!text) return null;
    const s = text.slice(c.sentence.start, c.sentence.end).replace(/\s+/g, ' ').trim();
    return s.length > 0 && s.length <= ENTRY_MAX ? s : null;
  };
  for (const { out, claims } of groups) {
    // The dated mentions of this group, by value.
    const dated = new Map<string, { c: Claim; estimated: boolean; sort: string }[]>();
    for (const c of claims) {
      for (const d of c.dates) {
        if (d.type !== 'DATE' || !CALENDAR.test(d.value)) continue;
        const list = dated.get(d.value) ?? [];
        list.push({ c, estimated: d.estimated, sort: d.range?.from ?? d.value });
        dated.set(d.value, list);
      }
    }
    for (const [value, list] of dated) {
      const keys = list.map(({ c }) => `${c.article}@${c.sentence.start}`);
      const same = byValue.get(value) ?? [];
      const terms = new Set(list.flatMap(({ c }) => c.terms));
      let slot = same.find((s) => keys.some((k) => s.sentences.has(k))) ?? same.find((s) => jaccard(s.terms, terms) >= SAME_EVENT);
      if (!slot) {
        const first = list[0].c;
        slot = {
          entry: { value, text: sentenceText(first) ?? out.text, claims: [], estimated: true, mentions: [] },
          sort: list[0].sort,
          order: slots.length,
          allEstimated: true,
          sentences: new Set(),
          terms: new Set(),
          claimIds: new Set(),
          mentionKeys: new Set(),
        };
        slots.push(slot);
        byValue.set(value, [...same, slot]);
      }
      if (!slot.claimIds.has(out.id)) {
        slot.claimIds.add(out.id);
        slot.entry.claims.push(out.id);
      }
      for (const t of terms) slot.terms.add(t);
      for (const [i, { c, estimated }] of list.entries()) {
        slot.sentences.add(keys[i]);
        if (!estimated) slot.allEstimated = false;
        const mention = `${c.article}@${c.span.start}`;
        if (!slot.mentionKeys.has(mention)) {
          slot.mentionKeys.add(mention);
          slot.entry.mentions.push({ article: c.article, start: c.span.start, end: c.span.end, outlet: c.outlet });
        }
      }
    }
  }
  return slots
    .sort((x, y) => (x.sort < y.sort ? -1 : x.sort > y.sort ? 1 : x.entry.value.localeCompare(y.entry.value) || x.order - y.order))
    .map((s) => ({ ...s.entry, estimated: s.allEstimated }));
}
