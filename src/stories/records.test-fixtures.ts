/** Member records for the split tests: only what the split check reads besides the pair scores. */
import { DETAIL_SLOTS } from './features.js';
import type { MemberRecord } from './story.js';

const slot = (name: string): number => DETAIL_SLOTS.indexOf(name as (typeof DETAIL_SLOTS)[number]);

/** A member record with arrival number `seq`, the years it states and its (slot, value key) details. */
export function record(seq: number, years: number[], details: Array<[string, number]> = []): MemberRecord {
  return {
    id: `r${seq}`, seq, years, day: null, title: null, fixed: false,
    details: { slots: details.map(([s]) => slot(s)), keys: details.map(([, k]) => k) },
  } as unknown as MemberRecord;
}
