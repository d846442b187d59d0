/**
 * The default configuration: as in chrono-node, simply an ordered list of parsers and refiners.
 * Parsers propose candidates independently; refiners run in order over the whole list.
 */
import { agoParser } from './parsers/ago.js';
import { anaphoricParser } from './parsers/anaphoric.js';
import { ageParser } from './parsers/age.js';
import { calendarParser } from './parsers/calendar.js';
import { chronoParser } from './parsers/chrono.js';
import { dayRelativeParser } from './parsers/day-relative.js';
import { holidayParser } from './parsers/holiday.js';
import { durationParser } from './parsers/duration.js';
import { presentRefParser } from './parsers/present-ref.js';
import { relativeUnitParser } from './parsers/relative-unit.js';
import { seasonQuarterParser } from './parsers/season-quarter.js';
import { setParser } from './parsers/set.js';
import { weekParser } from './parsers/week.js';
import { weekdayParser } from './parsers/weekday.js';
import { clockAnchorRefiner } from './refiners/clock-anchor.js';
import { dayOffsetRefiner } from './refiners/day-offset.js';
import { finalizeRefiner } from './refiners/finalize.js';
import { focusRefiner } from './refiners/focus.js';
import { granularityRefiner } from './refiners/granularity.js';
import { modifiersRefiner } from './refiners/modifiers.js';
import { overlapRefiner } from './refiners/overlap.js';
import { quarterContextRefiner } from './refiners/quarter-context.js';
import { spanTrimRefiner } from './refiners/span-trim.js';
import { tenseWeekdayRefiner } from './refiners/tense-weekday.js';
import { weekOfRefiner } from './refiners/week-of.js';
import type { TimeConfiguration } from './types.js';

/** Switches of the default configuration. */
export interface ConfigurationOptions {
  /** Tag ages (`33-year-old` -> `P33Y`); off by default, as the TimeML corpora leave them out. */
  ages?: boolean;
}

/** Builds the default configuration (a fresh object each call, so callers may edit it). */
export function defaultConfiguration(options: ConfigurationOptions = {}): TimeConfiguration {
  return {
    parsers: [
      ...(options.ages ? [ageParser] : []),
      chronoParser,
      calendarParser,
      weekdayParser,
      dayRelativeParser,
      weekParser,
      relativeUnitParser,
      seasonQuarterParser,
      agoParser,
      durationParser,
      setParser,
      holidayParser,
      presentRefParser,
      anaphoricParser,
    ],
    refiners: [
      spanTrimRefiner,
      modifiersRefiner,
      overlapRefiner,
      tenseWeekdayRefiner,
      granularityRefiner,
      clockAnchorRefiner,
      weekOfRefiner,
      dayOffsetRefiner,
      quarterContextRefiner,
      focusRefiner,
      finalizeRefiner,
    ],
  };
}
