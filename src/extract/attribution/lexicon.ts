/**
 * The cue lexicon: reporting, cognition, evidence and stance verbs in every inflection, the
 * particles some of them take (`called for`, `pointed out`), the words that may stand before a
 * verb cue and belong to it (`has also said`), and the closed-class word lists the span rules
 * use. General English, not tuned to any one document.
 */

/** How a verb cue relates to its content. */
export type CueClass =
  /** Speech, writing and reporting verbs: `said`, `wrote`, `reported`. */
  | 'speech'
  /** Verbs whose first object is the addressee: `told reporters that ...`. */
  | 'tell'
  /** Cognition / attitude verbs: `believes`, `thinks`, `wants`. */
  | 'mind'
  /** Evidence verbs, sources are documents and studies: `shows`, `found`. */
  | 'evidence'
  /** Stance towards an object: `criticized`, `praised`, `endorsed`, `called for`. */
  | 'stance'
  /** Raising verbs with no source: `X is expected to`, `X seems to`. */
  | 'raising'
  /** A learned cue outside the lexicon ("voted against", "slammed"): its content is its object. */
  | 'object';

/** Grammatical form of a verb token. */
export type VerbForm = 'base' | 's' | 'past' | 'ing' | 'pp';

/** A verb cue entry for one inflected form. */
export interface VerbEntry {
  lemma: string;
  cls: CueClass;
  form: VerbForm;
}

// lemma[:past[:participle]] per class. Regular forms are generated.
const SPEECH = `decline refuse echo express shout chant email quote request learn continue:continued post question answer say:said tell:told add write:wrote:written note report announce explain state declare
claim argue insist acknowledge admit deny confirm emphasise emphasize stress warn suggest tweet
reply respond recall predict vow pledge promise assert contend maintain reiterate conclude
observe remark comment complain concede allege testify boast joke quip muse lament caution
mention reveal disclose estimate speculate explain predict retort counter
recount describe acknowledge hint signal imply concur disagree agree proclaim affirm
guarantee swear:swore:sworn repeat declare ask urge demand propose recommend admit
underscore highlight stipulate specify clarify opine inform assure remind wonder`;
const TELL = 'tell:told inform assure remind notify advise warn';
const MIND = `know:knew:known see:saw:seen view think:thought believe feel:felt hope fear worry expect doubt suspect
realize realise want wish imagine assume
recognize recognise acknowledge`;
const EVIDENCE = `show:showed:shown find:found indicate reveal suggest demonstrate estimate project
conclude`;
const STANCE = `order prefer offer back attack charge criticize criticise praise blast slam attack dismiss reject cite endorse support
oppose defend condemn denounce blame mock accuse call welcome applaud decry lambaste tout
seek:sought discuss refer point talk speak:spoke:spoken tout commend hail thank pan ridicule
deride excoriate chastise rebuke scold castigate berate fault credit`;
const RAISING = 'seem appear';

/**
 * Lemmas that are cues only in some forms: their other forms are mostly nouns or ordinary
 * verbs in news prose ("the attack", "back home", "the post", "he continues to").
 */
export const ONLY_FORMS: Readonly<Record<string, readonly VerbForm[]>> = {
  attack: ['past', 'pp'],
  continue: ['past', 'pp'],
  question: ['past', 'pp', 'ing'],
  post: ['past', 'pp'],
  back: ['past', 'pp', 'ing'],
  comment: ['past', 'pp', 'ing'],
  find: ['past', 'pp', 's'],
  report: ['past', 'pp', 's', 'ing'],
  know: ['s'],
  view: ['past'],
  answer: ['past'],
  charge: ['past'],
  see: ['s'],
  state: ['past', 'pp'],
  remark: ['past', 'pp', 'ing'],
  think: ['base', 's'],
  want: ['s'],
  feel: ['base', 's'],
  believe: ['base', 's'],
  offer: ['past', 'pp'],
  order: ['past', 'pp'],
  quote: ['past', 'pp'],
  email: ['past', 'pp'],
  request: ['past', 'pp'],
};

/** Verbs whose final consonant doubles before -ed / -ing. */
const DOUBLE = new Set(['admit', 'refer', 'regret', 'commit', 'target', 'concur', 'plan', 'quip']);
const NO_DOUBLE = new Set(['target']);

function inflect(lemma: string, past?: string, pp?: string): Record<VerbForm, string> {
  const s = /(s|sh|ch|x|z|o)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  let stem = lemma;
  if (DOUBLE.has(lemma) && !NO_DOUBLE.has(lemma)) stem = lemma + lemma.slice(-1);
  let ed: string;
  let ing: string;
  if (lemma.endsWith('e') && !lemma.endsWith('ee')) {
    ed = `${lemma}d`;
    ing = `${lemma.slice(0, -1)}ing`;
  } else if (/[^aeiou]y$/.test(lemma)) {
    ed = `${lemma.slice(0, -1)}ied`;
    ing = `${lemma}ing`;
  } else {
    ed = `${stem}ed`;
    ing = `${stem}ing`;
  }
  return { base: lemma, s, past: past ?? ed, pp: pp ?? past ?? ed, ing };
}

function build(): Map<string, VerbEntry[]> {
  const map = new Map<string, VerbEntry[]>();
  const add = (list: string, cls: CueClass): void => {
    for (const item of list.split(/\s+/).filter(Boolean)) {
      const [lemma, past, pp] = item.split(':');
      const forms = inflect(lemma, past, pp);
      const only = ONLY_FORMS[lemma];
      for (const form of Object.keys(forms) as VerbForm[]) {
        if (only && !only.includes(form)) continue;
        const w = forms[form];
        const entries = map.get(w) ?? [];
        if (!entries.some((e) => e.lemma === lemma && e.cls === cls && e.form === form)) {
          entries.push({ lemma, cls, form });
        }
        map.set(w, entries);
      }
    }
  };
  add(TELL, 'tell');
  add(SPEECH, 'speech');
  add(MIND, 'mind');
  add(EVIDENCE, 'evidence');
  add(STANCE, 'stance');
  add(RAISING, 'raising');
  return map;
}

/** Every inflected verb form of the lexicon, lowercase, to its entries (first = preferred). */
export const VERB_CUES: ReadonlyMap<string, VerbEntry[]> = build();

/**
 * -s forms that are far more often plural nouns ("news reports", "his claims"): cues only after
 * a name, a subject pronoun or a relative pronoun.
 */
export const NOUNY_S = new Set([
  'reports', 'claims', 'calls', 'remarks', 'notes', 'points', 'hopes', 'fears', 'demands',
  'promises', 'supports', 'attacks', 'thanks', 'charges', 'comments', 'questions', 'answers',
  'pledges', 'vows', 'posts', 'tweets', 'estimates', 'statements', 'doubts', 'worries', 'wishes',
  'offers', 'orders', 'requests', 'quotes', 'credits', 'warnings', 'findings',
]);

/** Particles a verb cue takes into its span, by lemma: `called for`, `pointed out`. */
export const PARTICLES: Readonly<Record<string, readonly string[]>> = {
  call: ['for', 'on'],
  point: ['out', 'to'],
  refer: ['to'],
  talk: ['about'],
  speak: ['about', 'of'],
  complain: ['about', 'of'],
  warn: ['of', 'against', 'about'],
  ask: ['about'],
  agree: ['with'],
  disagree: ['with'],
  respond: ['to'],
  reply: ['to'],
  comment: ['on'],
  worry: ['about'],
  boast: ['of', 'about'],
  hint: ['at'],
  joke: ['about'],
  believe: ['in'],
};

/** Lemmas that need their particle to count as a cue (`point` alone is not reporting). */
export const NEEDS_PARTICLE = new Set(['point', 'refer', 'talk', 'speak']);

/** Words that join a verb cue from the left: auxiliaries and frequency / manner adverbs. */
export const CUE_PREFIX = new Set([
  'has', 'have', 'had', "'s", 'also', 'previously', 'repeatedly', 'publicly', 'privately',
  'reportedly', 'already', 'often', 'long', 'will', 'would', 'could', 'might', 'may', 'is', 'are',
  'was', 'were', 'be', 'been', 'being', 'first', 'frequently', 'openly', 'flatly', 'explicitly',
  'strongly', 'widely', 'initially', 'originally', 'did', 'does', 'do', 'ultimately', 'not',
  'never', "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "hasn't",
  "haven't", "hadn't", "isn't", "wasn't", "aren't", "weren't",
]);

/** Words in -ly that are not manner adverbs. */
export const NOT_ADVERBS = new Set(['only', 'family', 'early', 'july', 'italy', 'likely', 'ally', 'rally', 'daily', 'holy', 'sally', 'kelly', 'billy', 'reilly', "o'reilly", 'lily', 'molly', 'supply', 'reply', 'apply', 'fly', 'belly', 'bully', 'jelly', 'hillary']);

/** Auxiliary forms of `be` (marks a passive or a raising construction before a participle). */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/** Phrasal cues matched on lowercase token sequences; `source` says where the source stands. */
export interface PhraseCue {
  words: readonly string[];
  source: 'after' | 'before' | 'none';
}

/** Fixed multi-word cues. */
export const PHRASE_CUES: readonly PhraseCue[] = [
  { words: ['according', 'to'], source: 'after' },
  { words: ['in', 'the', 'words', 'of'], source: 'after' },
  { words: ['as', 'reported', 'by'], source: 'after' },
];

/** Nouns that report content through `that`: `the claim that ...`. */
export const NOMINAL_CUES = new Set([
  'claim', 'claims', 'assertion', 'allegation', 'allegations', 'argument', 'suggestion',
  'warning', 'belief', 'insistence', 'accusation', 'accusations', 'statement', 'promise',
  'pledge', 'view', 'announcement', 'admission', 'assurance', 'prediction', 'contention',
]);

/** Personal pronouns that can be a source. */
export const PRONOUNS = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'that', 'which', 'this', 'these',
  'those', 'one',
]);

/** Object pronouns (addressees of `told`). */
export const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'it']);

/** Determiners and quantifiers that may open a noun phrase. */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those',
  'that', 'some', 'many', 'most', 'several', 'both', 'all', 'other', 'another', 'each', 'every',
  'few', 'no', 'two', 'three', 'four', 'five', 'one', 'more', 'top', 'senior', 'former',
]);

/**
 * Words that cannot be inside a source noun phrase: they end a backward walk. Prepositions that
 * commonly occur inside names and titles (`of`, `for`, `to`, `at`, `on` in "spokesman for",
 * "adviser to") are allowed and not listed.
 */
export const NP_BARRIERS = new Set([
  'and', 'or', 'but', 'nor', 'so', 'yet', 'because', 'while', 'when', 'whereas', 'although',
  'though', 'if', 'unless', 'since', 'after', 'before', 'as', 'than', 'that', 'which', 'who',
  'whom', 'whose', 'where', 'what', 'why', 'how', 'whether', 'is', 'are', 'was', 'were', 'be',
  'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should',
  'may', 'might', 'must', 'not', "n't", 'in', 'into', 'with', 'by', 'from', 'about', 'over',
  'under', 'during', 'without', 'against', 'through', 'until', 'then', 'also', 'there', 'here',
  'even', 'just', 'only', 'still', 'now', 'however', 'meanwhile', 'instead', 'indeed',
  'later', 'earlier', 'too', 'very', 'already', 'once', 'again', 'ever', 'never', 'all',
  'after', 'upon', 'among', 'between', 'like', 'unlike', 'despite', 'within', 'toward',
  'towards', 'across', 'behind', 'beyond', 'around', 'whom', 'whether', 'to',
]);

/** Sentence-initial connectives stripped from the front of a source or a content span. */
export const CONNECTIVES = new Set([
  'and', 'but', 'or', 'so', 'yet', 'still', 'also', 'now', 'then', 'meanwhile', 'however',
  'instead', 'indeed', 'moreover', 'besides', 'plus', 'because', 'while', 'although', 'though',
  'when', 'as', 'since', 'if', 'where', 'whereas', 'thus', 'hence', 'nonetheless', 'still',
  'nevertheless', 'furthermore', 'later', 'earlier', 'today', 'yesterday',
]);

/** Time words that may stand between a source and its cue or after the cue (`said Tuesday`). */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year',
  'last', 'this', 'earlier', 'later', 'recently', 'previously', 'on', 'late', 'early', 'next',
  'weekend', 'day', 'days', 'weeks', 'months', 'years', 'ago',
]);
