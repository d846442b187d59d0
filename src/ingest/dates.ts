/** Normalising declared dates (ISO 8601, RFC 822 as in RSS, others) to ISO 8601, keeping offsets. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, string> = {
  UT: '+00:00', UTC: '+00:00', GMT: '+00:00', Z: '+00:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

const pad = (n: number | string, w = 2): string => String(n).padStart(w, '0');

function offsetOf(zone: string | undefined): string | null {
  if (!zone) return null;
  if (/^[+-]\d{4}$/.test(zone)) return `${zone.slice(0, 3)}:${zone.slice(3)}`;
  if (/^[+-]\d{2}:\d{2}$/.test(zone)) return zone;
  return ZONES[zone.toUpperCase()] ?? null;
}

function validDate(y: number, mo: number, d: number): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * Turns a declared date into ISO 8601: a date (`2025-11-22`) stays a date; a date-time keeps its
 * UTC offset (`Sat, 22 Nov 2025 10:15:00 +0200` becomes `2025-11-22T10:15:00+02:00`). Returns null
 * for an empty or unparseable value.
 */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, frac, zone] = iso;
    if (!validDate(+y, +mo, +d)) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const z = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : offsetOf(zone.replace(':', ''))) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${frac ?? ''}${z ?? ''}`;
  }
  const rfc = /^(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[+-]\d{2}:\d{2}|[A-Za-z]{1,4})?)?$/.exec(s);
  if (rfc) {
    const [, d, monName, yRaw, h, mi, sec, zone] = rfc;
    const mo = MONTHS.indexOf(monName.toLowerCase()) + 1;
    let y = +yRaw;
    if (yRaw.length === 2) y += y < 50 ? 2000 : 1900;
    if (mo > 0 && validDate(y, mo, +d)) {
      const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
      if (h === undefined) return date;
      const off = offsetOf(zone);
      return `${date}T${pad(h)}:${mi}:${sec ?? '00'}${off === '+00:00' ? 'Z' : off ?? ''}`;
    }
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
