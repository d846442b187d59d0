/**
 * Cue lexicons for stance: words and phrases that refute, hedge / report, or confirm a claim.
 * Entries are lowercase word sequences matched on token boundaries (after the tokeniser's
 * normalisation: apostrophes as `'`, possessive `'s` dropped). General English news usage,
 * not tied to any topic.
 */

/** Denial, debunking and falsity cues. */
export const REFUTE = `fake fakes faked false falsely hoax hoaxes debunk debunked debunks debunking
deny denies denied denying denial denials refute refutes refuted refuting fabricated
fabrication fictional satire satirical parody bogus myth untrue unfounded baseless hoaxer
prank pranked doctored photoshopped misleading incorrect inaccurate erroneous erroneously
retract retracted retraction not true no evidence no truth not real isn't true wasn't true
never happened did not happen didn't happen made up nonsense spoof fraudulent discredited
not the case no proof no sign`;

/** Uncertainty cues: the article reports the claim without vouching for it. */
export const HEDGE = `reportedly allege alleges alleged allegedly allegation allegations purported
purportedly apparently seemingly supposedly unconfirmed unverified rumor rumors rumour rumours
rumored rumoured claim claims claimed claiming could might may possibly perhaps unclear
uncertain speculation speculate speculated speculating if true whether yet to be not yet
appears seems circulating circulated viral went viral suggest suggests suggested believed`;

/** Attribution cues: reporting verbs and source phrases. */
export const REPORT = `said says told tells according to report reports reported reporting sources
source statement spokesman spokeswoman spokesperson interview tweeted wrote posted`;

/** Confirmation cues: the article vouches for the claim. */
export const SUPPORT = `confirm confirms confirmed confirming confirmation official officially
announced announces announcement proof proved proven authentic genuine verified acknowledged
admitted admits indeed`;

/** Contrast and doubt cues that often come with a correction. */
export const DOUBT = `however but despite although actually in fact turns out turned out truth
skeptical sceptical doubt doubts doubtful questionable suspicious contrary contradict
contradicts contradicted dispute disputes disputed dismissed rejected insisted clarified
correction`;

/** Splits a lexicon string into phrases: lines of space-separated single words, except the
 * listed multi-word phrases, which are kept whole. */
export function lexiconPhrases(lexicon: string, multi: readonly string[]): string[][] {
  let rest = ` ${lexicon.replace(/\s+/g, ' ')} `;
  const out: string[][] = [];
  for (const m of multi) {
    const needle = ` ${m} `;
    if (rest.includes(needle)) {
      out.push(m.split(' '));
      rest = rest.split(needle).join(' ');
    }
  }
  for (const w of rest.trim().split(' ')) if (w) out.push([w]);
  return out;
}

/** Multi-word phrases of the lexicons above. */
export const MULTI_WORD = [
  'not true', 'no evidence', 'no truth', 'not real', "isn't true", "wasn't true", 'never happened',
  'did not happen', "didn't happen", 'made up', 'according to', 'went viral', 'social media',
  'yet to be', 'if true', 'turns out', 'turned out', 'not yet', 'in fact', 'not the case',
  'no proof', 'no sign',
] as const;

/** A compiled lexicon: phrases grouped by first word for a fast scan. */
export interface Lexicon {
  byFirst: Map<string, string[][]>;
}

/** Compiles a lexicon string. */
export function compileLexicon(lexicon: string): Lexicon {
  const byFirst = new Map<string, string[][]>();
  for (const p of lexiconPhrases(lexicon, MULTI_WORD)) {
    const list = byFirst.get(p[0]) ?? [];
    list.push(p);
    byFirst.set(p[0], list);
  }
  return { byFirst };
}

/** Positions (word indices) in `words` where a phrase of `lex` starts. */
export function matchLexicon(lex: Lexicon, words: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const cands = lex.byFirst.get(words[i]);
    if (!cands) continue;
    if (cands.some((p) => p.every((w, k) => words[i + k] === w))) out.push(i);
  }
  return out;
}

/** The compiled lexicons. */
export const LEXICONS = {
  refute: compileLexicon(REFUTE),
  hedge: compileLexicon(HEDGE),
  support: compileLexicon(SUPPORT),
  report: compileLexicon(REPORT),
  doubt: compileLexicon(DOUBT),
} as const;
