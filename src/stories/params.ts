/**
 * Fitted story-clustering parameters.
 *
 * Produced by `node --import tsx scripts/fit-stories.ts --write` on 2026-11-22: logistic
 * regression on teacher-forced decisions and a plain prior as two starts, then threshold scan and
 * coordinate search of the clustering itself, on
 * both dev sets jointly (g5w1h + ecbplus-dev), maximising the mean BCubed F1 (full fit
 * 0.931). Leave-half-topics-out check (seeded split): half A fit 0.952 -> half B 0.941; half B fit 0.945 -> half A 0.910.
 * That fit read the raw JSON-lines records; since session 4 the fit and the eval read what the
 * product clusters (text stage, dates from date lines, the product's order), and a refit there
 * was not adopted (it broke the sample corpus test; see src/stories/README.md), so these are the
 * raw-record weights until a product-path fit beats them.
 * Set by hand since (session 6): `splitGapSize` 8 (the split gap scaled down for checks of more
 * than 8 records; see src/stories/README.md, "A split gap scaled by the size of the check") and
 * `mergeAgreeAbove` 0.15 (split pieces that agree merge back; "Split pieces merging back").
 * Set by hand in session 12: `splitHome` 4 (a group split off a story joins an existing story it
 * passes the merge test with, instead of starting one) and `orphanJoin` 0.08 (a one-article story
 * joins a growing story whose recent articles it scores at least that with on average); see
 * src/stories/README.md, "Homes for split-off groups and orphans".
 * Set by hand in session 12 as well: `splitRatio` 0.6 (a check of more than 8 records also splits when the
 * groups score at most 0.6 of their cohesion across; see src/stories/README.md, "Splits relative
 * to the groups' cohesion").
 */
import type { StoryParams } from './score.js';

/** The parameters the clusterer uses by default. */
export const FITTED_PARAMS: StoryParams = {
  content: 1,
  member: 0.3,
  lead: 0.3,
  names: 0.6,
  focus: 0,
  numbers: 0.4,
  dates: 0.2,
  nameBaseline: 0.2,
  focusBaseline: 0,
  numberBaseline: 0.1,
  dateBaseline: 0.1,
  yearConflict: 0.3,
  detailConflict: 0.1,
  ageConflict: 0.15,
  weekdayConflict: 0,
  placeConflict: 0,
  time: 0.2,
  timeScaleDays: 30,
  timeGraceDays: 1,
  linkage: 0,
  size: 0,
  threshold: 0.06,
  splitBelow: 0.25,
  splitGap: 0.12,
  splitGapSize: 8,
  mergeAbove: 0.3,
  mergeSlack: 0,
  moveMargin: 0.1,
  mergeRatio: 0,
  memberSupport: 0.62,
  mergeAgreeAbove: 0.15,
  splitHome: 4,
  orphanJoin: 0.08,
  splitRatio: 0.6,
};
