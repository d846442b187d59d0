/**
 * Number mentions with their values: digits (`1,200`, `7.1`), digits with a scale
 * (`1.2 million`, `$5bn`, `30k`) and number words (`twelve`, `twenty-five`, `two hundred`,
 * `a dozen`).
 */
import type { Token } from './tokenize.js';

/** A number mentioned in the text, with its normalised value. */
export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
  /** True for a plain four-digit integer 1800-2100 (probably a year, not a quantity). */
  yearLike: boolean;
}

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, dozen: 12,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
/** Scale suffixes written right after digits (`5bn`, `30k`, `1.2m`). */
const SUFFIX_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };

const SCALE_MAP = new Map(Object.entries(SCALES));
const SUFFIX_MAP = new Map(Object.entries(SUFFIX_SCALES));

/** Parses a digit string: `1,200` → 1200, `7.1` → 7.1, `1.200.000` → 1200000. NaN if odd. */
export function parseDigits(s: string): number {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(s)) return Number(s.replace(/\./g, ''));
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (/^\d+,\d{1,2}$/.test(s)) return Number(s.replace(',', '.'));
  return Number.NaN;
}

/** True when only spaces or one hyphen separate two offsets. */
function joined(text: string, end: number, start: number): boolean {
  const gap = text.slice(end, start);
  return /^\s*-?\s*$/.test(gap) && gap.length <= 3;
}

const WORD_VALUES = new Map<string, number>([...Object.entries(UNITS), ...Object.entries(TENS)]);

function wordValue(norm: string): number | undefined {
  return WORD_VALUES.get(norm);
}

/**
 * Finds the number mentions among `tokens` (from {@link tokenize} over `text`). A scale word
 * after digits or number words multiplies them; number words that follow each other combine
 * (`twenty-five`, `two hundred and ten`).
 */
export function findNumbers(text: string, tokens: readonly Token[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'number') {
      let value = parseDigits(t.text);
      if (Number.isNaN(value)) continue;
      let end = t.end;
      const next = tokens[i + 1];
      let scaled = false;
      if (next && next.kind === 'word') {
        if (next.start === t.end && SUFFIX_MAP.has(next.norm)) {
          value *= SUFFIX_MAP.get(next.norm) as number;
          end = next.end;
          scaled = true;
          i++;
        } else if (joined(text, t.end, next.start) && (SCALE_MAP.has(next.norm) || next.norm === 'hundred')) {
          value *= SCALE_MAP.get(next.norm) ?? 100;
          end = next.end;
          scaled = true;
          i++;
        }
      }
      const yearLike = !scaled && /^\d{4}$/.test(t.text) && value >= 1800 && value <= 2100;
      out.push({ start: t.start, end, text: text.slice(t.start, end), value, yearLike });
      continue;
    }
    if (t.kind !== 'word') continue;
    const first = wordValue(t.norm);
    const isA = t.norm === 'a' && tokens[i + 1]?.norm === 'dozen';
    if (first === undefined && !isA) continue;
    // Accumulate a run of number words.
    let total = 0;
    let current = 0;
    let j = i;
    let end = t.end;
    if (isA) j = i + 1;
    for (; j < tokens.length; j++) {
      const w = tokens[j];
      if (j > i && !joined(text, tokens[j - 1].end, w.start)) {
        // allow "and" inside "two hundred and ten"
        if (!(w.norm === 'and' || tokens[j - 1].norm === 'and')) break;
      }
      const u = wordValue(w.norm);
      if (u !== undefined) {
        current += u;
      } else if (w.norm === 'hundred') {
        current = (current || 1) * 100;
      } else if (SCALE_MAP.has(w.norm)) {
        total += (current || 1) * (SCALE_MAP.get(w.norm) as number);
        current = 0;
      } else if (w.norm === 'and' && j > i && tokens[j + 1] && wordValue(tokens[j + 1].norm) !== undefined
        && (tokens[j - 1].norm === 'hundred' || SCALE_MAP.has(tokens[j - 1].norm))) {
        continue;
      } else {
        break;
      }
      end = w.end;
    }
    out.push({ start: t.start, end, text: text.slice(t.start, end), value: total + current, yearLike: false });
    i = j - 1;
  }
  return out;
}
