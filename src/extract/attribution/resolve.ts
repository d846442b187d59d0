/**
 * Within-article source resolution. The entity stage belongs to another module: this gives it
 * a hook ({@link SourceLinker}) and, without one, a simple rule set: a named source gets an id
 * from its name (a later bare surname reuses it), a singular pronoun gets the nearest preceding
 * named source, and a role noun ("the Kremlin spokesman") gets the nearest preceding named source
 * described with the same role noun, else the nearest named one.
 */
import type { Attribution, TextSpan } from '../../types.js';

/** Maps a source span (and the article text) to an entity id, or null when unknown. */
export type SourceLinker = (source: TextSpan, text: string) => string | null;

const PRONOUN = /^(?:he|she|him|her|his|i)$/i;
const ROLE_NOUNS = [
  'spokesman', 'spokeswoman', 'spokesperson', 'president', 'candidate', 'senator', 'governor',
  'mayor', 'official', 'minister', 'secretary', 'chairman', 'chairwoman', 'leader', 'nominee',
  'lawmaker', 'congressman', 'congresswoman', 'director', 'aide', 'adviser', 'advisor',
  'businessman', 'billionaire', 'chief', 'ambassador', 'judge', 'prosecutor', 'attorney',
  'executive', 'commissioner', 'founder', 'speaker', 'premier', 'chancellor', 'coach', 'sheriff',
];
const ROLE = new RegExp(
  `^(?:the|a|an|this|that)\\s+(?:[\\p{L}'’.-]+\\s+){0,3}(${ROLE_NOUNS.join('|')})$`,
  'iu',
);
const FUNCTION_WORDS = /^(?:The|A|An|This|That|These|Those|He|She|It|They|We|I|His|Her|Their|Its|Our|Some|Many|Most|Other|Others)$/;

/** Plural group nouns that are sources but not one entity. */
const GROUPS = new Set([
  'officials', 'experts', 'analysts', 'critics', 'residents', 'police', 'authorities', 'witnesses',
  'sources', 'researchers', 'investigators', 'prosecutors', 'lawmakers', 'voters', 'supporters',
  'opponents', 'aides', 'advisers', 'advisors', 'others', 'democrats', 'republicans', 'leaders',
  'economists', 'scientists', 'doctors', 'activists', 'protesters', 'observers', 'diplomats',
]);

/** The name part of a source: the text before an apposition, without a leading article. */
function namePart(s: string): string {
  return s.replace(/,.*$/s, '').trim();
}

/** True when the source names someone: a capitalised word other than a function word. */
function isNamed(name: string): boolean {
  return name.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !FUNCTION_WORDS.test(w));
}

/** A stable id for a name: lowercase words joined by `-` (`Dmitry Peskov` -> `dmitry-peskov`). */
export function nameSlug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

function lastWord(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return (words[words.length - 1] ?? '').toLowerCase();
}

/**
 * True when `word` stands as a whole word (`\b` bounds) in `text` once the first `name` in it
 * is taken out. Most words are nowhere in the text: then only a match across the cut can be,
 * and a window of the text around it is searched instead of a copy of the whole text.
 */
function writtenElsewhere(text: string, name: string, word: string): boolean {
  const re = new RegExp(`\\b${word}\\b`, 'u');
  if (text.indexOf(word) >= 0) return re.test(text.replace(name, ''));
  const at = text.indexOf(name);
  if (at < 0) return false;
  // a match across the cut lies within `word.length` characters of it; one more on each side
  // keeps its bounds read as in the whole text
  const before = text.slice(Math.max(0, at - word.length - 1), at);
  const after = text.slice(at + name.length, Math.min(text.length, at + name.length + word.length + 1));
  return re.test(before + after);
}

interface Known {
  id: string;
  text: string;
  last: string;
}

/**
 * Returns copies of `attributions` (in text order) with `sourceEntity` filled where a source
 * can be linked: by `link` when given and it knows the source, otherwise by the rules above;
 * null when the source is missing, plural or unresolvable.
 */
export function resolveSources(
  attributions: Attribution[],
  text: string,
  link?: SourceLinker,
): Attribution[] {
  const known: Known[] = [];
  const remember = (id: string, sourceText: string): void => {
    known.push({ id, text: sourceText.toLowerCase(), last: lastWord(namePart(sourceText)) });
  };
  return attributions.map((a) => {
    if (!a.source) return { ...a, sourceEntity: null };
    const linked = link ? link(a.source, text) : null;
    if (linked) {
      remember(linked, a.source.text);
      return { ...a, sourceEntity: linked };
    }
    const t = a.source.text.trim();
    if (PRONOUN.test(t)) {
      const prev = known[known.length - 1];
      return { ...a, sourceEntity: prev ? prev.id : null };
    }
    const role = ROLE.exec(t);
    if (role) {
      const noun = role[1].toLowerCase();
      for (let i = known.length - 1; i >= 0; i--) {
        if (known[i].text.includes(noun)) return { ...a, sourceEntity: known[i].id };
      }
      const prev = known[known.length - 1];
      return { ...a, sourceEntity: prev ? prev.id : null };
    }
    const name = namePart(t);
    const single = name.toLowerCase();
    // a lone capitalised word is a common noun when the text also writes it in lower case
    // (checked only for a named source: the test copies the text and builds a pattern)
    if (!isNamed(name)) return { ...a, sourceEntity: null };
    const common = !/\s/.test(name) && (GROUPS.has(single) || writtenElsewhere(text, name, single.replace(/[^\p{L}]/gu, '')));
    if (common) return { ...a, sourceEntity: null };
    const last = lastWord(name);
    const same = known.find((k) => k.last === last && last.length > 1);
    const id = same ? same.id : nameSlug(name.replace(/^(?:the|a|an)\s+/i, ''));
    remember(id, t);
    return { ...a, sourceEntity: id };
  });
}
