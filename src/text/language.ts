/**
 * Language of an article: the declared language when there is one, else detected with `eld`
 * (n-gram detector, the preloaded `small` database) on a sample of the body. Too-short or
 * uncertain text is `und`.
 */
import { eld } from 'eld/small';
import type { Message } from '../types.js';

/** Fewest letters a sample needs before detection is trusted. */
const MIN_LETTERS = 40;
/** Characters of body text the detector reads (enough for a stable result, and fast). */
const SAMPLE_CHARS = 500;

const NAMES: Record<string, string> = {
  english: 'en', french: 'fr', german: 'de', spanish: 'es', italian: 'it', portuguese: 'pt', russian: 'ru',
  ukrainian: 'uk', polish: 'pl', dutch: 'nl', arabic: 'ar', chinese: 'zh', japanese: 'ja', turkish: 'tr',
  swedish: 'sv', norwegian: 'no', danish: 'da', finnish: 'fi', czech: 'cs', greek: 'el', hebrew: 'he',
  hindi: 'hi', korean: 'ko', romanian: 'ro', hungarian: 'hu', bulgarian: 'bg', croatian: 'hr', serbian: 'sr',
  indonesian: 'id', vietnamese: 'vi', thai: 'th', persian: 'fa',
};

/**
 * Normalises a declared language (`en`, `en-US`, `EN_gb`, `English`) to ISO 639-1, or null when
 * it cannot be read.
 */
export function normaliseLanguage(value: string | null | undefined): string | null {
  const v = value?.trim().toLowerCase();
  if (!v) return null;
  const code = /^([a-z]{2})(?:[-_][a-z0-9]+)*$/.exec(v);
  if (code) return code[1];
  return NAMES[v] ?? null;
}

/** English function words that other Latin-script languages do not share as whole words. */
const ENGLISH_WORDS = new Set(
  (
    'the and of to that for with said from have has were which this by be are is it his their would been will not ' +
    'she they who had its after also but more than when about into could there what'
  ).split(' '),
);

/**
 * Cheap fast path: running English prose is about a quarter English function words; no other
 * language comes close. Returns true only when the evidence is overwhelming.
 */
function clearlyEnglish(s: string): boolean {
  // Words are the runs of [a-z'] of the lowercased text; only short ones can be function words.
  const lower = s.toLowerCase();
  let words = 0;
  let hits = 0;
  let i = 0;
  while (i < lower.length) {
    if (!isEnglishWordUnit(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < lower.length && isEnglishWordUnit(lower.charCodeAt(i))) i++;
    words++;
    if (i - start <= LONGEST_ENGLISH_WORD && ENGLISH_WORDS.has(lower.slice(start, i))) hits++;
  }
  if (words < 25) return false;
  return hits >= 8 && hits / words >= 0.12;
}

/** True for `a`-`z` and `'`. */
const isEnglishWordUnit = (c: number): boolean => (c >= 97 && c <= 122) || c === 39;
const LONGEST_ENGLISH_WORD = Math.max(...[...ENGLISH_WORDS].map((w) => w.length));

const LETTER = /\p{L}/u;

/** True when `s` has at least `min` letters (code points), counting no further than needed. */
function hasLetters(s: string, min: number): boolean {
  let n = 0;
  for (let i = 0; i < s.length && n < min; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
      continue;
    }
    const cp = s.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    if (LETTER.test(String.fromCodePoint(cp))) n++;
  }
  return n >= min;
}

/** Detects the language of a text sample: ISO 639-1, or `und` when too short or uncertain. */
export function detectLanguage(sample: string): string {
  const s = sample.length > SAMPLE_CHARS ? sample.slice(0, SAMPLE_CHARS) : sample;
  if (!hasLetters(s, MIN_LETTERS)) return 'und';
  if (clearlyEnglish(s)) return 'en';
  const result = eld.detect(s);
  if (!result.language || !result.isReliable()) return 'und';
  return result.language;
}

/** The informational message attached to articles whose deeper analysis is not available. */
export function englishOnlyMessage(language: string, file?: string): Message {
  return {
    reason: `article language is "${language}": deeper analysis (claims, attribution, entities) is English-only for now; ingest-level results only`,
    ruleId: 'analysis-english-only',
    source: 'text:language',
    ...(file ? { file } : {}),
  };
}
