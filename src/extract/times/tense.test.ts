import { describe, expect, it } from 'vitest';
import { extractTimes } from './index.js';
import { clauseTense, tenseCues } from './tense.js';

/** Reference date of the fixtures: Saturday 22 November 2025. */
const REF = '2025-11-22';

/** The value of the first expression whose text is `text` in `sentence`. */
function valueOf(sentence: string, text: string, reference = REF): string | null {
  const t = extractTimes(sentence, { reference }).find((x) => x.text === text);
  if (!t) throw new Error(`"${text}" not found in: ${JSON.stringify(extractTimes(sentence, { reference }))}`);
  return t.value;
}

/** The tense of the clause around the first occurrence of `needle`. */
function tenseAt(sentence: string, needle: string): string {
  const i = sentence.indexOf(needle);
  return clauseTense({ text: sentence }, i, i + needle.length);
}

describe('tense: verb groups', () => {
  it('reads a participle under a modal as part of a future group', () => {
    expect(tenseAt('Colonel Ana Ruiz will be named commander of the relief mission in October.', 'October')).toBe('future');
    expect(valueOf('Colonel Ana Ruiz will be named commander of the relief mission in October.', 'October')).toBe('2026-10');
    expect(valueOf('A ceremony would still be held at the summit on April 24.', 'April 24')).toBe('2026-04-24');
  });
  it('reads a present perfect as past', () => {
    expect(valueOf('Fuel prices have come down from their peak in December.', 'December')).toBe('2024-12');
  });
  it('reads a plan with an object, a modal and an infinitive of a news verb as future', () => {
    expect(valueOf('Protesters planned a march through the old town on Sunday.', 'Sunday')).toBe('2025-11-23');
    expect(valueOf('The bank announced an agreement to acquire the insurer in January.', 'January')).toBe('2026-01');
    expect(valueOf('With the treaty ratified, they can take part in planning for the summit in April.', 'April')).toBe('2026-04');
  });
  it('does not take an adjective after a determiner for a past verb', () => {
    expect(valueOf('The dividend would be paid on a still unspecified date in January.', 'January')).toBe('2026-01');
    expect(tenseCues('on a still unspecified date').length).toBe(0);
  });
  it('reads a present progressive as an arrangement ahead', () => {
    expect(valueOf('The president is travelling to Ohio on Friday.', 'Friday')).toBe('2025-11-28');
    expect(valueOf('The president was travelling to Ohio on Friday.', 'Friday')).toBe('2025-11-21');
  });
  it('reads a plan seen from the past perfect as past', () => {
    expect(valueOf('The offer had been due to expire Friday evening.', 'Friday evening')).toBe('2025-11-21TEV');
  });
});

describe('tense: reporting verbs', () => {
  it('lets a reporting verb date the expression right after it', () => {
    expect(valueOf('The mayor told a news conference on Tuesday that the bridge might reopen.', 'Tuesday')).toBe('2025-11-18');
  });
  it('does not let a distant reporting verb decide the tense of what it reports', () => {
    // "told" dates the telling; the cut in deliveries is not in the past on that account
    expect(valueOf('Officials told European buyers of a cut in gas deliveries in December.', 'December')).toBe('2025-12');
  });
});

describe('tense: deadlines, "effective" and "through"', () => {
  it('points a deadline forward, except in a past clause for a weekday', () => {
    expect(valueOf('The agency has given the families until Tuesday to sign the papers.', 'Tuesday')).toBe('2025-11-25');
    expect(valueOf('Thirty states had filed their reports by Wednesday.', 'Wednesday')).toBe('2025-11-19');
    expect(valueOf('Regulators gave the buyer until mid-December to answer.', 'mid-December')).toBe('2025-12');
  });
  it('takes the nearest date after "effective"', () => {
    expect(valueOf('The bank also created a new risk office, effective Feb. 1.', 'Feb. 1')).toBe('2026-02-01');
  });
  it('reads "through" a month in a past clause as past', () => {
    expect(valueOf('Sales rose this year through August.', 'August')).toBe('2025-08');
  });
});
