/**
 * A light tense guess for the clause around an expression, enough to choose between the last and
 * the next Friday. The text is read as a list of tense cues, each a small verb group:
 * - future: a modal, a going-to / planning / scheduling construction or a present progressive
 *   (an arrangement: `is travelling to Ohio on Friday`) together with the verb it governs
 *   (`will be named`, `would still be held`, `plans to`, `planned a rally`);
 * - past: a past-tense verb (`met`, `voted`), a present perfect (`have come down`), `ago`,
 *   `yesterday`;
 * - reporting verbs (`said`, `told`, `announced`) date the act of reporting, not what is
 *   reported, so they count only close before the expression (`said Friday`, `told a news
 *   conference on Monday`: at most five words, no `that`) or right after it (`Friday, police said`).
 * - a scheduled present (`the leaders meet Monday`, `parliament votes Friday`) is future, only
 *   close before the expression (at most four words, no comma);
 * - a passive infinitive (`to be published in March`), a present passive in a `when` / `if` /
 *   `until` clause (`when the case is heard in May`) and a planned event (`the slated visit`,
 *   `the proposed merger`) are future.
 * A past-looking word inside a future group (`held` in `would be held`) is part of that group.
 * The cue nearest to the expression on its left within the sentence wins (on its right when
 * there is none on the left; there a plan verb in the past, `On Friday, they planned to pay`,
 * dates the expression as past).
 */
import type { Tense, TimeContext } from './types.js';

/** Words that may stand between an auxiliary and its main verb. */
const GROUP_FILLER = '(?:\\s+(?:not|n\'t|also|still|then|now|probably|likely|soon|again|only|just|even|never|already|be|been|being|have|get|to))*';

/**
 * Verbs whose infinitive (`an agreement to acquire the bank in January`) puts the event ahead of
 * the clause it hangs on; common news verbs only, as a full part-of-speech tagger is too slow here.
 */
const INFINITIVE_VERBS =
  'meet|hold|vote|visit|begin|start|open|close|complete|decide|announce|travel|leave|return|resume|attend|sign|ratify|join|acquire|buy|sell|pay|launch|release|introduce|issue|raise|cut|reduce|increase|build|deliver|file|seek|name|appoint|elect|hear|review|consider|rule|take|receive|become|finish|end|expire|arrive|go|come|hand|submit|present|publish|report|testify|appear';

/** Future markers, each swallowing the verb it governs. */
const FUTURE = new RegExp(
  `\\b(?:will|won't|wo n't|'ll|shall|would|may|might|can|cannot|can't|must|should|going to|(?:is|are|was|were|be) (?:due|scheduled|set|expected|slated|planned|supposed|likely|poised|to)|(?:plans?|plann(?:ed|ing)|intends?|intended|aims?|hopes?|expects?|agreed|agrees?|decided|decides?|promised|promises?|pledged|pledges?|vowed|vows?|threatened|threatens?|prepared|preparing|ready|scheduled) to|plann(?:ed|ing) (?:a|an|the)|plans (?:a|an|the)|scheduled|upcoming|as soon as|(?:is|are|am|'re) (?:not |also |still |now )?(?!being\\b)[a-z]{2,}ing|to (?:be )?(?:${INFINITIVE_VERBS})|to be (?:[a-z]+(?:ed|en|wn)|held|made|paid|sold|built|sent|won|set|put|cut|shut|kept|heard|told|found|brought|bought|read|run|done|seen)|(?:when|once|until|unless|if|before|after) (?:[a-z]+ ){0,4}(?:is|are) (?:[a-z]+ly )?(?:[a-z]+(?:ed|en|wn)|held|made|paid|sold|built|sent|won|set|put|cut|shut|kept|heard|told|found|brought|bought|read|run|done|seen)|(?:the|a|an|its|their|his|her) (?:slated|planned|proposed|forthcoming|impending|pending|projected|anticipated))${GROUP_FILLER}(?:\\s+[a-z]+)?\\b`,
  'gi',
);

/** Past-tense verbs and past adverbs (reporting verbs are in {@link REPORT}). */
const PAST =
  /\b(?:was|were|had|did|has been|have been|began|came|went|took|gave|made|met|won|lost|fell|rose|held|left|saw|found|got|became|brought|sent|spent|struck|hit|killed|broke|spoke|wrote|ran|led|paid|sold|bought|built|kept|meant|felt|thought|heard|stood|sat|fought|caught|taught|sought|knew|grew|drew|threw|flew|shot|fled|chose|drove|arose|swore|tore|stole|hid|hung|swept|slept|dealt|lent|upheld|withdrew|undertook|oversaw|ago|last|earlier|yesterday)\b/gi;

/** Present perfect: `has/have` + (adverbs) + a participle-like word (not `have to`). */
const PERFECT = /\b(?:has|have|'ve)(?:n't| not)?(?:\s+(?:already|also|just|recently|since|now|never|long|all|both))*\s+(?!to\b|a\b|an\b|the\b|no\b)[a-z]+(?:ed|en|wn|ne|ght|un|ung|ome|ut|ld|id|ade|ood|ept|eft|ost|ot)\b/gi;

/**
 * Regular past forms (`voted`, `agreed`), lower case so that `United` does not count; not right
 * after a determiner, where they are adjectives (`a still unspecified date`, `the revised plan`).
 */
const PAST_ED =
  /\b(?=[a-z]{2,}ed\b)(?<!\b(?:a|an|the|its|their|his|her|our|this|that|these|those|no|some|any|each|every)\s+(?:(?:still|yet|not|newly|[a-z]+ly)\s+)?)(?!(?:indeed|hundred|need|speed|feed|seed|breed|greed|proceed|exceed|succeed|embed|shed|red|bed|led|wed|fled|bred|sled)\b)[a-z]{2,}ed\b/g;

/** Reporting verbs: past cues only close to the expression. */
const REPORT = /\b(?:said|says|told|reported|announced|added|stated|declared|noted|confirmed|disclosed|revealed)\b/gi;
/**
 * The present tense of a scheduled event (`the two leaders meet Monday`, `the court hears the case
 * Tuesday`, `parliament votes Friday`): future, but only close before the expression (see
 * {@link clauseCue}) and not after a determiner (`the vote Monday`, `its meetings`).
 */
const SCHEDULED =
  /\b(?<!\b(?:the|a|an|its|their|his|her|our|this|that|these|those|to|will|would|may|might|can|could|should|must|did|does|do)\s+)(?:meets?|holds?|votes?|visits?|begins?|starts?|opens?|closes?|resumes?|travels?|leaves?|returns?|arrives?|hears?|rules?|heads?|flies|fly|goes|hosts?|faces?|plays?|takes? office|kicks? off|expires?|ends?|launch(?:es)?)\b/gi;

/** A plan verb in the past tense opening a future group (`planned to`, `agreed to`). */
const PAST_PLAN = /^(?:planned|intended|agreed|decided|promised|pledged|vowed|threatened|prepared) to\b/i;

/** How far (in characters) a sentence is searched on each side: keeps the cost linear. */
const MAX_REACH = 400;

/** Start and end of the sentence that contains [start, end), at most {@link MAX_REACH} away. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  const minStart = Math.max(0, start - MAX_REACH);
  const maxEnd = Math.min(text.length, end + MAX_REACH);
  while (s > minStart) {
    const c = text[s - 1];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[s] ?? ' ') && !/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Gov|Sen|Rep|U\.S|a\.m|p\.m)\.$/.test(text.slice(Math.max(0, s - 6), s)))) break;
    s--;
  }
  let e = end;
  while (e < maxEnd) {
    const c = text[e];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[e + 1] ?? ' '))) break;
    e++;
  }
  return { start: s, end: e };
}

/** One tense cue found in a piece of text: offsets into that piece. */
export interface TenseCue {
  start: number;
  end: number;
  tense: 'past' | 'future';
  /** True for reporting verbs, which date only an expression close after them. */
  report?: boolean;
  /** True for a scheduled present (`meet Monday`), which dates only an expression close after it. */
  scheduled?: boolean;
  /** True for a present perfect (`has given`): past, but its consequences hold now. */
  perfect?: boolean;
}

/**
 * Every match of the global regex `re` in `s`, as `s.matchAll(re)` gives them, without the copy
 * of the regex `matchAll` makes on each call (costly for the long cue patterns).
 */
function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** True when offset `i` lies inside one of the future verb groups. */
function inFuture(future: readonly TenseCue[], i: number): boolean {
  for (const f of future) if (i >= f.start && i < f.end) return true;
  return false;
}

/** The past cues, in the order {@link tenseCues} reads them. */
const PAST_CUES: readonly RegExp[] = [PAST, PERFECT, PAST_ED];

/** Every tense cue in `s` (offsets into `s`); past words inside a future verb group are dropped. */
export function tenseCues(s: string): TenseCue[] {
  const future: TenseCue[] = [];
  for (const m of allMatches(FUTURE, s)) {
    // "had been due to expire": a plan seen from the past, that time has passed
    const pastPlan = /\bhad (?:been |already )?(?:\w+ )?$/i.test(s.slice(Math.max(0, m.index - 30), m.index));
    future.push({ start: m.index, end: m.index + m[0].length, tense: pastPlan ? 'past' : 'future' });
  }
  const cues: TenseCue[] = [...future];
  for (const re of PAST_CUES) {
    for (const m of allMatches(re, s)) {
      if (inFuture(future, m.index)) continue;
      const end = m.index + m[0].length;
      cues.push(re === PERFECT ? { start: m.index, end, tense: 'past', perfect: true } : { start: m.index, end, tense: 'past' });
    }
  }
  for (const m of allMatches(REPORT, s)) if (!inFuture(future, m.index)) cues.push({ start: m.index, end: m.index + m[0].length, tense: 'past', report: true });
  for (const m of allMatches(SCHEDULED, s)) if (!inFuture(future, m.index)) cues.push({ start: m.index, end: m.index + m[0].length, tense: 'future', scheduled: true });
  return cues;
}

/** True when a scheduled present still governs what follows: at most four words, no comma (`meet separately with Albright on`). */
function scheduleGoverns(gap: string): boolean {
  return !/[,;:]|\bthat\b/i.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 4;
}

/** True when a reporting verb ending a piece of text still governs what follows (`told reporters on`). */
function reportGoverns(gap: string): boolean {
  return !/\bthat\b|[;:]/i.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 5;
}

/**
 * The tense cue that governs [start, end): the cue nearest to the expression on its left within
 * the sentence (on its right when there is none on the left), or null when the sentence has none.
 * On equal distance a future group wins over a past word inside it.
 */
export function clauseCue(ctx: Pick<TimeContext, 'text'>, start: number, end: number): TenseCue | null {
  const sent = sentenceAround(ctx.text, start, end);
  const before = ctx.text.slice(sent.start, start);
  const after = ctx.text.slice(end, sent.end);
  // The governing verb usually precedes a time adverbial: look left first, then right.
  let best: TenseCue | null = null;
  let bestDist = Infinity;
  for (const c of tenseCues(before)) {
    if (c.report && !reportGoverns(before.slice(c.end))) continue;
    if (c.scheduled && !scheduleGoverns(before.slice(c.end))) continue;
    const d = before.length - c.end;
    if (d < bestDist || (d === bestDist && c.tense === 'future')) {
      best = c;
      bestDist = d;
    }
  }
  if (best) return best;
  for (const c of tenseCues(after)) {
    // "Friday, police said": the reporting verb right after the expression dates it
    if (c.report && !/^[\s,]*(?:\S+\s+){0,2}$/.test(after.slice(0, c.start))) continue;
    if (c.scheduled) continue;
    // "On Friday, the government planned to pay": a plan made then (a past verb) dates the
    // expression before it; the plan's object lies ahead only of what follows it
    const madePlan = c.tense === 'future' && PAST_PLAN.test(after.slice(c.start, c.end));
    const cue: TenseCue = madePlan ? { ...c, tense: 'past' } : c;
    if (cue.start < bestDist || (cue.start === bestDist && cue.tense === 'future')) {
      best = cue;
      bestDist = cue.start;
    }
  }
  return best;
}

/**
 * The tense of the clause around [start, end) (see {@link clauseCue}); `unknown` when the
 * sentence has no cue.
 */
export function clauseTense(ctx: Pick<TimeContext, 'text'>, start: number, end: number): Tense {
  return clauseCue(ctx, start, end)?.tense ?? 'unknown';
}
