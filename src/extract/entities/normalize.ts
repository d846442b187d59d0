/**
 * Entity ids and transliteration folding.
 *
 * Two keys are derived from a name:
 * - the id ({@link entityId}): readable, stable, `vladimir-putin`; diacritics stripped, anything
 *   that is not a letter or digit becomes one hyphen;
 * - the fold key ({@link foldName}): a lossy key under which spelling and transliteration
 *   variants of one name meet (`Zelensky` / `Zelenskyy` / `Zelenskiy`, `Dmitry` / `Dmitriy`,
 *   `Matviyenko` / `Matvienko`, `Hassan` / `Hasan`, `Müller` / `Muller`, `Alexei` / `Aleksei`).
 */

const MARKS = /\p{M}+/gu;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/** Lowercases and strips diacritics (`Zelenskyy’s` keeps its apostrophe; see {@link foldWord}). */
export function plain(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The readable id of a name: `Vladimir Putin` gives `vladimir-putin`. */
export function entityId(name: string): string {
  const id = plain(name).replace(/['’]/g, '').replace(NON_ALNUM, '-').replace(/^-+|-+$/g, '');
  return id || 'x';
}

/**
 * Folds one word for variant matching: lowercase, no diacritics, no apostrophes or hyphens,
 * `x` as `ks`, `y` as `i`, doubled letters single (`zelenskyy` and `zelenskiy` give `zelenski`).
 */
export function foldWord(word: string): string {
  let w = FOLDED.get(word);
  if (w !== undefined) return w;
  w = plain(word).replace(/['’\-.]/g, '');
  w = w.replace(/x/g, 'ks').replace(/y/g, 'i').replace(/j(?=$|[^aeiou])/g, 'i');
  w = w.replace(/(.)\1+/g, '$1');
  // Names repeat across the articles of a run: fold each word once (the memo is bounded).
  if (FOLDED.size >= FOLD_MEMO_SIZE) FOLDED.clear();
  FOLDED.set(word, w);
  return w;
}

/** Words folded so far ({@link foldWord} is pure: a memo of it changes no result). */
const FOLDED = new Map<string, string>();
const FOLD_MEMO_SIZE = 50_000;

/** Arabic-style name particles that do not distinguish a surname (`al-Assad` = `Assad`). */
const PARTICLES = /^(?:al|el|ad|ar|as|ash|at|az|an|ul)[-‐\s]/i;

/** Folds a word the way a surname index needs it: particles dropped, then {@link foldWord}. */
export function foldSurname(word: string): string {
  return foldWord(word.replace(PARTICLES, ''));
}

/** Folds a whole name, word by word, joined with one space. */
export function foldName(name: string): string {
  // Initials (`Donald J. Trump`) do not tell names apart.
  const words = name.split(/[\s\-‐]+/).filter((w) => w && !/^\p{L}\.?$/u.test(w));
  return words.map(foldWord).join(' ');
}
