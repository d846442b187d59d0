/**
 * English stopwords: function words that carry no topic (articles, pronouns, auxiliaries,
 * prepositions, conjunctions, common adverbs). Lowercase, apostrophes as `'`.
 */
const WORDS = `a about above after again against all almost also although am among an and another
any anyone anything are aren't around as at be became because become been before being below
besides between both but by can can't cannot could couldn't did didn't do does doesn't doing
don't done down during each either else enough etc even ever every few for from further get gets
got had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
himself his how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just
least less let let's like many may me might more most much must mustn't my myself neither never
no nor not now of off often on once one's only onto or other others otherwise ought our ours
ourselves out over own per perhaps quite rather same shall shan't she she'd she'll she's should
shouldn't since so some someone something such than that that's the their theirs them themselves
then there there's therefore these they they'd they'll they're they've this those though through
thus to too toward towards under until up upon us very via was wasn't we we'd we'll we're we've
were weren't what what's whatever when when's where where's whether which while who who's whoever
whom whose why why's will with within without won't would wouldn't yet you you'd you'll you're
you've your yours yourself yourselves`;

/** The stopword set (lowercase). */
export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** True when `word` (any case; `’` and `'` alike) is a stopword. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase().replace(/’/g, "'"));
}
