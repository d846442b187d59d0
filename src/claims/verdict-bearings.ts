/**
 * Where a thing is placed from a named place: "150 nautical miles west of Aden", "about 24km
 * north of Detroit", "35 miles south-west of the port of Bandar Abbas". Outlets placing the same
 * thing from the same place in directions that are not the same or next on the compass ("west
 * of Aden" / "east of Aden") or at distances that cannot be one ("15 miles north of Detroit" /
 * "50 miles north of Detroit") disagree on where it was; distances in other units are compared
 * in kilometres ("24km" / "15 miles" agree), and a rounded or approximate figure is given room.
 * Pure.
 */

/** One placement a text states; offsets relative to the text. */
export interface StatedBearing {
  /** The place measured from, lowercase ("aden", "bandar abbas"). */
  place: string;
  /** Compass bearing in degrees (north 0, east 90). */
  bearing: number;
  /** Kilometres the wording allows, when it gives a distance. */
  km?: [number, number];
  start: number;
  end: number;
  text: string;
}

const BEARINGS: Record<string, number> = { north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315 };

/** Kilometres in one unit. */
const UNIT_KM: { re: RegExp; km: number }[] = [
  { re: /^nautical\s+miles?$|^nm$/i, km: 1.852 },
  { re: /^(?:km|kms|kilomet(?:re|er)s?)$/i, km: 1 },
  { re: /^(?:miles?|mi)$/i, km: 1.609344 },
  { re: /^(?:m|metres?|meters?)$/i, km: 0.001 },
  { re: /^(?:ft|feet|foot)$/i, km: 0.0003048 },
  { re: /^yards?$/i, km: 0.0009144 },
];

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};

const NUMBER = String.raw`(\d{1,3}(?:,\s?\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)`;
const UNIT = String.raw`(nautical\s+miles?|nm|km|kms|kilomet(?:re|er)s?|miles?|mi|metres?|meters?|m|feet|ft|foot|yards?)`;
const DIRECTION = String.raw`(north|south|east|west)(?:\s*-?\s*(east|west))?`;
const PLACE = String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})`;
/** A distance (optional, with a converted figure in brackets allowed after it), a direction, `of` and a capitalised place. */
const PLACEMENT = new RegExp(
  String.raw`(?:(?:\b(about|around|some|approximately|roughly|nearly|almost|more than|over|at least|less than|under|up to)\s+)?\b${NUMBER}\s*-?\s*${UNIT}\s+(?:\([^)]{0,30}\)\s*)?)?(?:\b(?:due|just|directly)\s+)?\b${DIRECTION}\s+of\s+(?:the\s+)?(?:(?:city|town|port|village|capital|island|coast)\s+of\s+)?${PLACE}`,
  'giu',
);

/** The kilometres a distance allows, its qualifier read: an exact figure is given room for rounding. */
function kmRange(qualifier: string | undefined, value: number, perKm: number): [number, number] {
  const km = value * perKm;
  const q = (qualifier ?? '').toLowerCase();
  if (/^(?:more than|over|at least)$/.test(q)) return [km, Infinity];
  if (/^(?:less than|under|up to)$/.test(q)) return [0, km];
  if (/^(?:nearly|almost)$/.test(q)) return [km * 0.85, km];
  if (q) return [km * 0.85, km * 1.15];
  return [km * 0.93, km * 1.07];
}

function numberOf(s: string): number {
  const w = s.toLowerCase();
  if (w === 'a hundred') return 100;
  if (w in WORD_NUMBERS) return WORD_NUMBERS[w];
  return Number(s.replace(/[,\s]/g, ''));
}

/**
 * What every placement contains ("west of", "south-east of"): a cheap test that spares most
 * texts the full pattern, which tries its optional distance at every position.
 */
const DIRECTION_OF = /(?:north|south|east|west)\s+of\s/i;

/** The placements a text states, in text order. */
export function statedBearings(text: string): StatedBearing[] {
  const out: StatedBearing[] = [];
  if (!DIRECTION_OF.test(text)) return out;
  PLACEMENT.lastIndex = 0;
  for (let m = PLACEMENT.exec(text); m; m = PLACEMENT.exec(text)) {
    const [whole, qualifier, num, unit, main, second, place] = m;
    // "south-east": only north or south take a second part.
    if (second && !/^(?:north|south)$/i.test(main)) continue;
    const bearing = BEARINGS[`${main}${second ?? ''}`.toLowerCase()];
    if (bearing === undefined) continue;
    const perKm = unit ? UNIT_KM.find((u) => u.re.test(unit.trim()))?.km : undefined;
    const value = num ? numberOf(num) : NaN;
    // The case-blind pattern lets lowercase words into the place: it ends before the first one.
    const words = place.split(/\s+/);
    const cut = words.findIndex((w) => !/^\p{Lu}/u.test(w));
    if (cut === 0) continue;
    const name = (cut < 0 ? words : words.slice(0, cut)).join(' ');
    const end = m.index + whole.length - (place.length - place.indexOf(name) - name.length);
    const start = m.index;
    out.push({
      place: name.toLowerCase(),
      bearing,
      ...(perKm !== undefined && Number.isFinite(value) ? { km: kmRange(qualifier, value, perKm) } : {}),
      start,
      end,
      text: text.slice(start, end),
    });
  }
  return out;
}

/** True when two placements from the same place can be one: bearings at most 45 degrees apart, distances (when both give one) that meet. */
export function bearingsMeet(x: StatedBearing, y: StatedBearing): boolean {
  const turn = Math.abs(x.bearing - y.bearing) % 360;
  if (Math.min(turn, 360 - turn) > 45) return false;
  return !x.km || !y.km || (x.km[0] <= y.km[1] && y.km[0] <= x.km[1]);
}
