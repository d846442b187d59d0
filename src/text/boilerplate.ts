/**
 * Boilerplate marks: the parts of a news text that are not ordinary body prose. Nothing is
 * removed; each part becomes a {@link Mark} with a kind and the id of the rule that made it.
 *
 * Two passes: {@link markLineBoilerplate} judges each line on its own (photo captions and
 * credits, promo lines, copyright and reporting credits); {@link markStructure} then judges lines
 * by their place in the body (a dateline at the start, a section label in the middle, related
 * headlines at the end).
 */
import type { Mark, Span } from '../types.js';
import { normaliseDate } from './dates.js';
import { Coverage, endsWithTerminal, isBlank, isHeadlineLike, lineCoverage, type Line } from './lines.js';

interface LineRule {
  id: string;
  kind: Mark['kind'];
  test: (text: string) => boolean;
}

const CREDIT_WORD = '(?:photo|photos|photograph|image|images|picture|pictures|pictured|illustration|video|credit|фото)';
const AGENCY_CREDIT =
  /(?:Getty Images|Shutterstock|iStock(?:photo)?|AP Photo(?:\/[\p{L} .'-]+)?|EPA(?:-EFE)?|Anadolu(?: Agency)?|Alamy|Pool Photo)(?:\s+(?:via|for)\s+[\p{L} .'-]{2,30})?\)?$/u;

const CREDIT_PARENTHESIS = new RegExp(`\\([^()]{0,80}\\b${CREDIT_WORD}\\b[^()]{0,80}\\)$`, 'iu');
const TRAILING_CREDIT = new RegExp(`(?:^|[\\s|,;])${CREDIT_WORD}s?(?:\\s+credit)?\\s*:\\s*[^.:!?]{2,60}$`, 'iu');

/**
 * The first two letters a line needs for some rules' patterns anchored at its start (those of
 * their alternatives' first words), so that the many prose lines that start otherwise skip
 * those patterns. Case-insensitive like the patterns, with `ſ` for `s` where a pattern has the
 * `u` flag (its case folding matches the long s to `s`).
 */
const READ_MORE_START = /^(?:re|al|[sſ]e|mo|wa|li|tr|[sſ]c|co)/i;
const CALL_TO_ACTION_START = /^(?:[sſ][uih]|fo|cl|ta|do|jo|ge|li)/i;
const ADVERTISEMENT_START = /^(?:ad|sp|st|co)/i;

/** Per-line rules, in order. */
const LINE_RULES: LineRule[] = [
  {
    id: 'media-placeholder',
    kind: 'caption',
    test: (t) => /^(?:photo|photos|video|videos|image|images|gallery|audio|graphic|infographic|youtube|embed|play video|watch video)$/i.test(t),
  },
  {
    id: 'caption-file-photo',
    kind: 'caption',
    test: (t) => /^FILE\s*[-–—]\s/.test(t) || /^In this (?:[\p{L}\p{N} ,.'’-]{0,60} )?(?:file )?(?:photo|image|picture)\b/iu.test(t),
  },
  {
    id: 'date-stamp',
    kind: 'metadata',
    test: (t) =>
      t.length < 80 &&
      /\d/.test(t) &&
      (normaliseDate(t) !== null ||
        /^(?:(?:originally |first )?(?:published|posted)|updated|last updated)\b\s*(?:on\s*)?:?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/i.test(t)),
  },
  {
    id: 'time-stamp',
    kind: 'metadata',
    test: (t) => /^\d{1,2}:\s?\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?$/i.test(t),
  },
  {
    id: 'social-embed',
    kind: 'other',
    test: (t) =>
      t.startsWith('<tweet') ||
      t.includes('pic.twitter.com/') || (t.includes('(@') && /[—–-]\s*[^—–]{1,60}\(@\w+\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u.test(t)),
  },
  {
    id: 'caption-credit-parenthesis',
    kind: 'caption',
    test: (t) => t.endsWith(')') && CREDIT_PARENTHESIS.test(t),
  },
  {
    id: 'caption-label',
    kind: 'caption',
    test: (t) =>
      /^(?:photo|photos|image|picture|photograph|caption|photo credit|image source|illustration)\s*[:|]/i.test(t) ||
      /^(?:image|media|video) (?:caption|copyright)\b/i.test(t) ||
      /^media playback is (?:unsupported|not supported)\b/i.test(t),
  },
  {
    id: 'caption-trailing-credit',
    kind: 'caption',
    test: (t) => t.includes(':') && !endsWithTerminal(t) && TRAILING_CREDIT.test(t),
  },
  {
    id: 'caption-agency-credit',
    kind: 'caption',
    test: (t) => !endsWithTerminal(t) && AGENCY_CREDIT.test(t),
  },
  {
    id: 'caption-embedded-credit',
    kind: 'caption',
    test: (t) =>
      !endsWithTerminal(t) &&
      (/^[^©]{3,}©/.test(t) || /\((?:AFP|AP|EPA|Reuters|REUTERS|Getty|Xinhua|dpa|ANP|Anadolu|TASS|AAP|PA|UPI)\)$/.test(t)),
  },
  {
    id: 'caption-slash-credit',
    kind: 'caption',
    test: (t) => t.includes('/') && !endsWithTerminal(t) && /\s\/\s*[\p{Lu}][\p{L}\p{N}&.'-]*(?:\s+[\p{Lu}][\p{L}\p{N}&.'-]*){0,3}\)?$/u.test(t),
  },
  {
    id: 'promo-read-more',
    kind: 'promo',
    test: (t) =>
      READ_MORE_START.test(t) &&
      (/^(?:read more|read also|also read|see also|related(?: \p{L}+)?|recommended|more|more on this(?: story)?|more from [\p{L} ]{1,30}|watch|listen|watch video|read next|trending)\s*[:|–—-]/iu.test(t) ||
      /^(?:more|more stories|more news) from\b/i.test(t) ||
      /^more$/i.test(t) ||
      /^(?:read more|read also|also read|see also|scroll down for|continue reading)\b/i.test(t) ||
      /^read or share this (?:story|article)\b/i.test(t)),
  },
  {
    id: 'promo-read-the-article',
    kind: 'promo',
    test: (t) =>
      t.length < 400 &&
      // (The literal test first: it rules most lines out at a fraction of the cost.)
      /read /i.test(t) &&
      /(?:^|[,:;—–-]\s*|\bto\s+)read (?:the |our |this )?(?:full |original |whole |entire |complete )?(?:article|story|report|material|piece|interview|analysis)\b/i.test(t) &&
      t.split(/\s+/).length <= 40,
  },
  {
    id: 'promo-originally-published',
    kind: 'promo',
    test: (t) =>
      /^(?:this (?:article|story|piece|report) (?:was |is )?(?:originally |first )?(?:published|appeared|posted)|originally (?:published|appeared)|first (?:published|appeared))\b/i.test(t),
  },
  {
    id: 'promo-call-to-action',
    kind: 'promo',
    test: (t) =>
      (CALL_TO_ACTION_START.test(t) && /^(?:subscribe\b|sign up\b|follow us\b|follow [\p{L} ]{1,30} on (?:twitter|x|facebook|instagram|telegram|tiktok|youtube)\b|click here\b|tap here\b|download (?:our|the)\b|join (?:us|our)\b|get (?:our|the) (?:newsletter|app)\b|like us on\b|share this\b|share on\b|don't miss\b)/iu.test(t)) ||
      /\b(?:subscribe|sign up) (?:to|for) our\b/i.test(t) ||
      (CALL_TO_ACTION_START.test(t) && /^(?:get (?:digital |full |unlimited )?access\b|like [\p{L} ]{1,40} on (?:facebook|twitter|instagram)\b)/iu.test(t)) ||
      /\bshare (?:it|this (?:story|article)) with (?:a|your) friends?\b/i.test(t),
  },
  {
    id: 'advertisement',
    kind: 'other',
    test: (t) =>
      ADVERTISEMENT_START.test(t) &&
      (/^(?:advertisement|advertising|sponsored(?: content)?|ad|story continues below(?: advertisement)?)$/i.test(t) ||
      /^(?:advertisement\s+)?continue reading the main story$/i.test(t)),
  },
  {
    id: 'contact',
    kind: 'other',
    test: (t) =>
      t.includes('@') &&
      /[\w.+-]+@[\w-]+\.[\w.]+/.test(t) &&
      (/^(?:e-?mail|contact|write to|reach|follow)\b/i.test(t) || t.split(/\s+/).length <= 25 && /\b(?:email|e-mail|contact|tips?)\b/i.test(t)),
  },
  {
    id: 'copyright',
    kind: 'other',
    test: (t) => /^(?:©|\(c\)\s|copyright\b)/i.test(t) || /\ball rights reserved\b/i.test(t),
  },
  { id: 'story-highlights', kind: 'other', test: (t) => /^story highlights\b/i.test(t) },
  {
    id: 'source-credit',
    kind: 'other',
    test: (t) =>
      !endsWithTerminal(t) &&
      t.split(/\s+/).length <= 8 &&
      /^(?:sources?\s*:|via\s|h\/t\b|hat tip\b|contributing\s*:|with (?:news )?wire services$|with reporting by\b)/i.test(t),
  },
  {
    id: 'reporting-credits',
    kind: 'other',
    test: (t) =>
      /^\(?(?:(?:additional )?reporting (?:by|from)|(?:writing|editing|compiled|edited) by)\b/i.test(t) ||
      (/\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?\)?$/i.test(t) && t.split(/\s+/).length <= 25),
  },
];

/**
 * Marks whole lines that are captions, credits, promo lines or other boilerplate, judging each
 * line on its own. Lines already covered by `taken` spans are skipped.
 */
export function markLineBoilerplate(lines: Line[], taken: Span[] = []): Mark[] {
  const marks: Mark[] = [];
  const coverage = lineCoverage(lines, taken);
  for (const line of lines) {
    if (isBlank(line) || coverage[line.index] === Coverage.All) continue;
    for (const rule of LINE_RULES) {
      if (rule.test(line.text)) {
        marks.push({ start: line.contentStart, end: line.contentEnd, kind: rule.kind, rule: rule.id });
        break;
      }
    }
  }
  return marks;
}

const DATE_PART = '(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?(?:\\s+\\d{4})?)';
const CAPS_PLACE = "[\\p{Lu}][\\p{Lu}'’.-]+(?:[ -][\\p{Lu}][\\p{Lu}'’.-]*){0,3}";
const TITLE_PLACE = "[\\p{Lu}][\\p{Ll}'’.-]+(?:[ -][\\p{Lu}][\\p{Ll}'’.-]+){0,2}";
const REGION = `(?:${DATE_PART}|[\\p{Lu}][\\p{Ll}.'’-]+(?:\\s+[\\p{Lu}][\\p{Ll}.'’-]+){0,2}|(?:\\p{Lu}\\.){1,3}|\\p{Lu}{2,5}\\.)`;
const AGENCY = '\\(([\\p{L}][\\p{L}\\p{N} .&/-]{0,30})\\)';
const DASH = '(?:--|—|–|-|_)';

/** `BEIJING --`, `NAIROBI, Kenya (AP) _`, `WASHINGTON (Reuters) -`, `KYIV, Nov 21 —`. */
const DATELINE_CAPS = new RegExp(`^${CAPS_PLACE}(?:,\\s*${REGION}){0,2}\\s*(?:${AGENCY}\\s*)?${DASH}(?=\\s|$)`, 'u');
/** `WASHINGTON (Reuters)` followed by the sentence, or a line of its own. */
const DATELINE_CAPS_AGENCY = new RegExp(`^${CAPS_PLACE}(?:,\\s*${REGION}){0,2}\\s*${AGENCY}(?=\\s+[\\p{Lu}"“]|\\s*$)`, 'u');
/** `Kyiv, Nov 21 —`, `Washington (Reuters) -`. */
const DATELINE_TITLE = new RegExp(`^${TITLE_PLACE}(?:,\\s*${DATE_PART}\\s*(?:${AGENCY}\\s*)?|\\s*${AGENCY}\\s*)${DASH}(?=\\s|$)`, 'u');

/** Editorial labels that look like datelines (`UPDATE:`, `EXCLUSIVE -`). */
const EDITORIAL =
  /^(?:UPDATE|UPDATED|PREVIOUSLY|BREAKING(?: NEWS)?|EXCLUSIVE|WATCH|LISTEN|CORRECTION|CLARIFICATION|ANALYSIS|OPINION|LIVE|VIDEO|PHOTOS?|EDITOR'?S NOTE|FILE|NOTE|SPOILERS?|WARNING|RELATED|UPDATES)\b/;

/** A dateline at the start of a line: its length in the line and the agency it names, if any. */
export interface DatelineMatch {
  length: number;
  agency: string | null;
  /** Offset of the agency within the match. */
  agencyOffset: number;
}

/** Matches a dateline at the start of `text` (a line's content), or returns null. */
export function matchDateline(text: string): DatelineMatch | null {
  for (const re of [DATELINE_CAPS, DATELINE_CAPS_AGENCY, DATELINE_TITLE]) {
    const m = re.exec(text);
    if (!m) continue;
    // An all-caps first word of two letters is an acronym (`UN -`), not a place.
    const firstWord = /^[^\s,(]+/.exec(m[0])?.[0] ?? '';
    if (firstWord.replace(/[.'’-]/g, '').length < 3 && !m[1]) continue;
    if (EDITORIAL.test(m[0])) continue;
    const agency = m[1]?.trim() ?? null;
    const agencyOffset = agency ? m[0].indexOf(m[1]) : -1;
    return { length: m[0].length, agency, agencyOffset };
  }
  return null;
}

/** How many leading body lines may carry a dateline. */
const DATELINE_LINES = 2;
/** Most trailing headline lines marked as related headlines. */
const MAX_RELATED = 5;

/**
 * Marks datelines, mid-body section labels and trailing related headlines. `taken` are spans
 * already accounted for (metadata, title, line boilerplate): lines fully inside them are not body.
 */
export function markStructure(lines: Line[], taken: Span[]): Mark[] {
  const marks: Mark[] = [];
  const coverage = lineCoverage(lines, taken);
  const nonBlank = lines.filter((l) => !isBlank(l));
  // Each non-blank line's place among the non-blank lines, by its index among all lines (-1: blank).
  const position = new Int32Array(lines.length).fill(-1);
  for (let k = 0; k < nonBlank.length; k++) position[nonBlank[k].index] = k;
  const isBody = (l: Line): boolean => coverage[l.index] !== Coverage.All;
  const overlapsTaken = (l: Line): boolean => coverage[l.index] !== Coverage.None;
  const previousNonBlank = (l: Line): Line | null => {
    const k = position[l.index];
    return k > 0 ? nonBlank[k - 1] : null;
  };
  const nextNonBlank = (l: Line): Line | null => {
    const k = position[l.index];
    return k >= 0 && k + 1 < nonBlank.length ? nonBlank[k + 1] : null;
  };
  const body = nonBlank.filter(isBody);
  if (body.length === 0) return marks;

  // Datelines: only at the start of the first body lines, only the dateline part.
  for (const line of body.slice(0, DATELINE_LINES)) {
    if (overlapsTaken(line)) continue;
    const m = matchDateline(line.text);
    if (m) marks.push({ start: line.contentStart, end: line.contentStart + m.length, kind: 'dateline', rule: 'dateline' });
  }
  // (Most texts have no dateline: then every body line is prose, with no key built per line.)
  const datelineWhole = new Set(marks.map((m) => `${m.start}:${m.end}`));
  const prose = marks.length === 0 ? body : body.filter((l) => !datelineWhole.has(`${l.contentStart}:${l.contentEnd}`));

  // Related headlines: a trailing run of headline-like lines after body prose.
  const related = new Set<Line>();
  let i = prose.length - 1;
  while (
    i > 0 &&
    prose.length - 1 - i < MAX_RELATED &&
    isHeadlineLike(prose[i].text, { minWords: 3, maxWords: 25, allowQuestion: false }) &&
    !overlapsTaken(prose[i])
  )
    i--;
  const runStart = i + 1;
  if (runStart < prose.length && runStart > 0) {
    const before = previousNonBlank(prose[runStart]);
    const beforeOk = before !== null && (endsWithTerminal(before.text) || !isBody(before));
    const hasProse = prose.slice(0, runStart).some((l) => endsWithTerminal(l.text));
    if (beforeOk && hasProse) {
      for (const line of prose.slice(runStart)) {
        related.add(line);
        marks.push({ start: line.contentStart, end: line.contentEnd, kind: 'related-headline', rule: 'related-headline-trailing' });
      }
    }
  }

  // Labels: short heading lines between body paragraphs.
  for (let k = 1; k < prose.length - 1; k++) {
    const line = prose[k];
    if (related.has(line) || overlapsTaken(line)) continue;
    if (!isHeadlineLike(line.text, { minWords: 1, maxWords: 8, allowQuestion: false }) || line.text.length > 70) continue;
    const before = previousNonBlank(line);
    const after = nextNonBlank(line);
    if (!before || !after) continue;
    const beforeOk = endsWithTerminal(before.text) || !isBody(before);
    const afterOk = /^[\p{Lu}\p{N}"“‘'«(`]/u.test(after.text);
    if (beforeOk && afterOk) marks.push({ start: line.contentStart, end: line.contentEnd, kind: 'label', rule: 'label-heading' });
  }
  return marks.sort((a, b) => a.start - b.start);
}
