/** Date values of the report made readable for a person. */

/**
 * A date value made readable: an ISO week gives its days (`2025-W48` gives `2025-11-24 ..
 * 2025-11-30 (week 48)`); other values are kept as they are.
 */
export function dateValueLabel(value: string): string {
  const w = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!w) return value;
  // ISO week 1 holds January 4th; weeks start on Monday.
  const jan4 = Date.UTC(Number(w[1]), 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (Number(w[2]) - 1) * 7 * 86_400_000;
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  return `${day(monday)} .. ${day(monday + 6 * 86_400_000)} (week ${Number(w[2])})`;
}
