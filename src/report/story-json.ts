/**
 * The story report as JSON: the {@link StoryReport} record as it is (every span with its article,
 * offsets and outlet; article texts included so each span can be checked against its words).
 */
import type { StoryReport } from './story.js';

/** Renders a story report as pretty-printed JSON (one trailing newline). */
export function renderStoryJson(report: StoryReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
