/** Date values of the report made readable for a person. */
import { valueRange } from '../extract/times/range.js';

/**
 * A date value made readable: an ISO week gives its days (`2025-W48` gives `2025-11-24 ..
 * 2025-11-30 (week 48)`, from the time stage's {@link valueRange}); other values are kept as
 * they are.
 */
export function dateValueLabel(value: string): string {
  const w = /^\d{4}-W(\d{2})$/.exec(value);
  const range = w ? valueRange(value) : undefined;
  return range ? `${range.from} .. ${range.to} (week ${Number(w![1])})` : value;
}
