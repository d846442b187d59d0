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
  const words = s.toLowerCase().match(/[a-z']+/g);
  if (!words || words.length < 25) return false;
  let hits = 0;
  for (const w of words) if (ENGLISH_WORDS.has(w)) hits++;
  return hits >= 8 && hits / words.length >= 0.12;
}

/** Detects the language of a text sample: ISO 639-1, or `und` when too short or uncertain. */
export function detectLanguage(sample: string): string {
  const s = sample.length > SAMPLE_CHARS ? sample.slice(0, SAMPLE_CHARS) : sample;
  const letters = s.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return 'und';
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
