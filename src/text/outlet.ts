/**
 * The outlet an article names in its own text, for inputs that declare none: a trailing
 * self-attribution in the first paragraph (`..., reports UNN.`, `— Ukrinform reports.`), a promo
 * line (`read the article by RBC-Ukraine`, `Originally published by X`), a copyright line
 * (`© 2024 X`) or a dateline agency (`(AP)`). The result is always marked as inferred.
 */
import type { Mark, Span } from '../types.js';
import { matchDateline } from './boilerplate.js';

/** An outlet found in the text, with the words it was read from. */
export interface InferredOutlet {
  name: string;
  span: Span;
  rule: string;
}

/** A name: capitalised words (letters, digits, `&`, `-`, `.`), optionally after `the`. */
const NAME = "((?:[Tt]he\\s+)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’.-]*(?:[ -](?:of\\s+|de\\s+|and\\s+|&\\s+)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’.-]*){0,4})";

/** `..., reports UNN.`, `..., reports UNN with reference to ...` at a sentence end. */
const TRAILING_VERB_FIRST = new RegExp(
  `[,—–-]\\s*(?:reports|informs|writes)\\s+${NAME}(?:\\s+(?:with reference to|citing|referring to|quoting)\\b[^.]*)?\\s*\\.?["”]?$`,
  'u',
);
/** `— Ukrinform reports.`, `, Interfax-Ukraine informs.` at a sentence end. */
const TRAILING_NAME_FIRST = new RegExp(`[,—–-]\\s*${NAME}\\s+(?:reports|informs)\\.?$`, 'u');

const PROMO_PATTERNS = [
  new RegExp(`\\bread (?:the |our |this )?(?:full |original |whole |entire |complete )?(?:article|story|report|material|piece|interview|analysis)\\s+(?:by|on|from|at|in)\\s+${NAME}`, 'u'),
  new RegExp(`\\bread more (?:at|on|from|in)\\s+${NAME}`, 'iu'),
  new RegExp(`\\b(?:originally|first) (?:published|appeared|posted) (?:by|on|in|at)\\s+${NAME}`, 'iu'),
];
const COPYRIGHT = new RegExp(`^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?${NAME}`, 'iu');

/** Removes a trailing period and the span it covers (`UNN.` -> `UNN`, but `U.S.` kept whole). */
function clean(start: number, raw: string): InferredOutlet['span'] & { name: string } {
  // A name ends at a sentence break (`The Associated Press. All rights reserved`).
  let name = raw.replace(/(?<=\p{L}{2})\.\s.*$/su, '');
  if (/\.$/.test(name) && !/(?:^|[\s.])\p{Lu}\.$/u.test(name)) name = name.replace(/\.+$/, '');
  name = name.replace(/[\s'’-]+$/, '');
  return { name, start, end: start + name.length };
}

function fromMatch(base: number, m: RegExpExecArray, rule: string): InferredOutlet | null {
  const raw = m[1];
  if (!raw) return null;
  const start = base + m.index + m[0].indexOf(raw);
  const c = clean(start, raw);
  if (!c.name || !/\p{L}/u.test(c.name) || /^(?:the|it|he|she|they|this)$/i.test(c.name)) return null;
  return { name: c.name, span: { start: c.start, end: c.end }, rule };
}

/** Counts whole-word occurrences of `name` in `text`. */
function occurrences(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
}

/**
 * Infers the outlet from the text. `sentences` are the body sentences (the first paragraph is
 * read from them); `marks` the boilerplate marks (promo, copyright and dateline marks are read).
 */
export function inferOutlet(text: string, sentences: Span[], marks: Mark[]): InferredOutlet | null {
  // 1. A self-attribution at the end of one of the first sentences; a name cited again
  //    elsewhere in the text is a source the article quotes, not its outlet.
  const firstPara = firstParagraph(text, sentences);
  for (const s of firstPara) {
    const sentence = text.slice(s.start, s.end);
    for (const re of [TRAILING_VERB_FIRST, TRAILING_NAME_FIRST]) {
      const m = re.exec(sentence);
      if (!m) continue;
      const found = fromMatch(s.start, m, 'outlet-trailing-attribution');
      if (found && occurrences(text, found.name) === 1) return found;
    }
  }
  // 2. A promo line naming the outlet.
  for (const mark of marks) {
    if (mark.kind !== 'promo') continue;
    const line = text.slice(mark.start, mark.end);
    for (const re of PROMO_PATTERNS) {
      const m = re.exec(line);
      if (m) {
        const found = fromMatch(mark.start, m, 'outlet-promo-line');
        if (found) return found;
      }
    }
  }
  // 3. A copyright line.
  for (const mark of marks) {
    if (mark.rule !== 'copyright') continue;
    const m = COPYRIGHT.exec(text.slice(mark.start, mark.end));
    if (m) {
      const found = fromMatch(mark.start, m, 'outlet-copyright');
      if (found && !/^all rights/i.test(found.name)) return found;
    }
  }
  // 4. The agency of a dateline.
  for (const mark of marks) {
    if (mark.kind !== 'dateline') continue;
    const d = matchDateline(text.slice(mark.start, mark.end));
    if (d?.agency) {
      const start = mark.start + d.agencyOffset;
      return { name: d.agency, span: { start, end: start + d.agency.length }, rule: 'outlet-dateline-agency' };
    }
  }
  return null;
}

/** The sentences of the first paragraph (up to the first blank line; at most three). */
function firstParagraph(text: string, sentences: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    if (out.length > 0 && /\n\s*\n|\n/.test(text.slice(out[out.length - 1].end, s.start))) break;
    out.push(s);
    if (out.length === 3) break;
  }
  return out;
}
