/** English words for numbers, units, months, weekdays, seasons and parts of day, with regex sources. */

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, couple: 2,
};

/** Regex source matching a cardinal: digits, `two`, `twenty-four`, `twenty four`, `a`, `a couple of`. */
export const NUMBER =
  "(?:\\d+(?:[.,]\\d+)?(?: \\d/\\d)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|one hundred|a dozen|a couple of|a couple|a|an)";

/** Regex source matching a vague quantity (`several`, `a few`, `many`, `some`). */
export const VAGUE = '(?:several|a few|few|many|some|numerous|countless|a number of|the)';

/** Value of a number phrase matched by {@link NUMBER}, or null when it is not a number. */
export function numberValue(s: string): number | null {
  const t = s.toLowerCase().trim().replace(/^a couple(?: of)?$/, 'couple');
  const frac = /^(\d+) (\d)\/(\d)$/.exec(t);
  if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  if (/^\d{1,3}(?:,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
  if (t === 'a hundred' || t === 'one hundred') return 100;
  if (t === 'a dozen') return 12;
  const parts = t.split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    const v = SMALL[p];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

/** Time units and their TIMEX3 duration letters. `time` units go after `T`. */
export const UNITS: Record<string, { letter: string; time: boolean; years?: number }> = {
  second: { letter: 'S', time: true },
  minute: { letter: 'M', time: true },
  hour: { letter: 'H', time: true },
  day: { letter: 'D', time: false },
  night: { letter: 'D', time: false },
  week: { letter: 'W', time: false },
  weekend: { letter: 'WE', time: false },
  month: { letter: 'M', time: false },
  quarter: { letter: 'Q', time: false },
  season: { letter: 'M', time: false },
  year: { letter: 'Y', time: false },
  decade: { letter: 'Y', time: false, years: 10 },
  century: { letter: 'Y', time: false, years: 100 },
  millennium: { letter: 'Y', time: false, years: 1000 },
};

/** Regex source of a unit word, singular or plural (`day`, `days`, `centuries`). */
export const UNIT =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|centur(?:y|ies)|millenni(?:um|a))';

/** Singular unit name of a unit word (`centuries` -> `century`). */
export function unitName(s: string): string {
  const t = s.toLowerCase();
  if (t.startsWith('centur')) return 'century';
  if (t.startsWith('millenni')) return 'millennium';
  return t.replace(/s$/, '');
}

/**
 * TIMEX3 duration value for `n` units (`P3D`, `PT5H`, `P20Y`); `n` null gives the vague form
 * (`PXD`). Fractions become the next smaller unit when they divide evenly (`2 1/2 years` -> `P2Y6M`).
 */
export function durationValue(n: number | null, unit: string): string {
  const u = UNITS[unit];
  if (!u) return 'PXX';
  if (unit === 'weekend') return n === null ? 'PXWE' : `P${n * 2}D`;
  const t = u.time ? 'T' : '';
  if (n === null) return u.years ? 'PXY' : `P${t}X${u.letter}`;
  const mult = u.years ?? 1;
  const whole = Math.floor(n);
  const frac = n - whole;
  if (frac > 0) {
    if (unit === 'year' && Number.isInteger(frac * 12)) return `P${whole ? `${whole}Y` : ''}${frac * 12}M`;
    if (unit === 'hour' && Number.isInteger(frac * 60)) return `PT${whole ? `${whole}H` : ''}${frac * 60}M`;
    if (unit === 'minute' && Number.isInteger(frac * 60)) return `PT${whole ? `${whole}M` : ''}${frac * 60}S`;
    if (unit === 'day' && Number.isInteger(frac * 24)) return `P${whole ? `${whole}D` : ''}T${frac * 24}H`;
  }
  return `P${t}${Math.round(n * mult * 100) / 100}${u.letter}`;
}

/** Month names and abbreviations -> 1-12. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Regex source of a month name (full, or an abbreviation followed by a dot). */
export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.)';

/** Month number of a month word, or null. */
export function monthValue(s: string): number | null {
  return MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** Weekday names -> 0 (Sunday) .. 6. */
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Regex source of a weekday name. */
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Weekday number of a weekday word (`Friday's`, `Fridays` too), or null. */
export function weekdayValue(s: string): number | null {
  return WEEKDAYS[s.toLowerCase().replace(/(?:'s|s)$/, '')] ?? null;
}

/** Seasons -> TIMEX3 season codes. */
export const SEASONS: Record<string, string> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

/**
 * Parts of day -> what follows the `T` of a TIMEX3 value. `midday` is noon, as TimeBank
 * annotates it and as chrono reads a bare "midday" (`T12:00`, not the part code `MI`).
 */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', midday: '12:00',
};

/** Ordinals (`first` .. `fourth`, `1st` ..) -> number. */
export function ordinalValue(s: string): number | null {
  const t = s.toLowerCase();
  const words: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4, final: 4 };
  if (t in words) return words[t] ?? null;
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  return m ? Number(m[1]) : null;
}
