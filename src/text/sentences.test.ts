import { describe, expect, it } from 'vitest';
import { looksHardWrapped, splitSentences } from './sentences.js';

const texts = (text: string, from?: number, to?: number): string[] =>
  splitSentences(text, from, to).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps abbreviations, titles and initials inside sentences', () => {
    const t =
      'Gen. Ana Ruiz met Sen. Paul Ortega and Gov. Lee in St. Paul on Nov. 3. Mr. and Mrs. Okafor of Acme Corp. were there too. J. K. Rowling did not attend.';
    expect(texts(t)).toEqual([
      'Gen. Ana Ruiz met Sen. Paul Ortega and Gov. Lee in St. Paul on Nov. 3.',
      'Mr. and Mrs. Okafor of Acme Corp. were there too.',
      'J. K. Rowling did not attend.',
    ]);
  });

  it('ends a sentence after an initialism or company suffix only before a common opener', () => {
    const t = 'Exports to the U.S. fell sharply. The U.K. Treasury disagreed. Shares of Brightline Inc. The company declined to comment.';
    expect(texts(t)).toEqual([
      'Exports to the U.S. fell sharply.',
      'The U.K. Treasury disagreed.',
      'Shares of Brightline Inc.',
      'The company declined to comment.',
    ]);
  });

  it('does not split numbers, money, e.g./i.e., vs. and a.m./p.m. before non-openers', () => {
    const t =
      'Prices rose 3.5 percent to $4.50, or 1.2 million units, e.g. in Ohio. The vote was 7 vs. 2 at 9 a.m. Friday. It ended at 5 p.m. The hall emptied.';
    expect(texts(t)).toEqual([
      'Prices rose 3.5 percent to $4.50, or 1.2 million units, e.g. in Ohio.',
      'The vote was 7 vs. 2 at 9 a.m. Friday.',
      'It ended at 5 p.m.',
      'The hall emptied.',
    ]);
  });

  it('handles No. before numbers and ellipses', () => {
    const t = 'He lives at No. 10 Harbour Road. He paused... and then left. We waited... Nothing happened.';
    expect(texts(t)).toEqual(['He lives at No. 10 Harbour Road.', 'He paused... and then left.', 'We waited...', 'Nothing happened.']);
  });

  it('ends a quoted sentence after the closing quote, but keeps a speech tag with it', () => {
    const t =
      'She said: "We will appeal." The court adjourned. "We will appeal," she said. “Who pays?” asked a resident. “Nobody,” the mayor replied. \'It is over.\' Then silence.';
    expect(texts(t)).toEqual([
      'She said: "We will appeal."',
      'The court adjourned.',
      '"We will appeal," she said.',
      '“Who pays?” asked a resident.',
      '“Nobody,” the mayor replied.',
      "'It is over.'",
      'Then silence.',
    ]);
  });

  it('keeps a short speech tag with a quoted question even when it starts upper case', () => {
    const t = '"Why now?" Mayor Delgado asked. The answer came later.';
    expect(texts(t)).toEqual(['"Why now?" Mayor Delgado asked.', 'The answer came later.']);
  });

  it('treats parentheses and LaTeX-style quotes', () => {
    const t = "Turnout was low (about 30 percent.) Officials blamed rain. ``It was a washout,'' an aide said. ``Nobody came.'' Then it rained more.";
    expect(texts(t)).toEqual([
      'Turnout was low (about 30 percent.)',
      'Officials blamed rain.',
      "``It was a washout,'' an aide said.",
      "``Nobody came.''",
      'Then it rained more.',
    ]);
  });

  it('copes with tokenised text: split decimals, a lost currency sign, a spaced closing quote', () => {
    const t =
      'Shares fell 4. 5 percent to $1. 29 after the bank agreed a? 40 billion loan. "This is theft! " Finance Minister Ana Vidal said in parliament on Friday. Trading resumed.';
    expect(texts(t)).toEqual([
      'Shares fell 4. 5 percent to $1. 29 after the bank agreed a? 40 billion loan.',
      '"This is theft! " Finance Minister Ana Vidal said in parliament on Friday.',
      'Trading resumed.',
    ]);
  });

  it('splits at blank lines and at single line breaks of one-paragraph-per-line text', () => {
    const t = 'Storm hits coast\nWinds reached 120 km/h on Sunday.\nPower was cut to 4,000 homes\n\nRepairs began at dawn.';
    expect(texts(t)).toEqual(['Storm hits coast', 'Winds reached 120 km/h on Sunday.', 'Power was cut to 4,000 homes', 'Repairs began at dawn.']);
  });

  it('joins a line that continues in lower case or after a comma', () => {
    const t = 'The minister, who arrived late,\nSaid little. The talks\ncontinued until midnight.';
    expect(texts(t)).toEqual(['The minister, who arrived late,\nSaid little.', 'The talks\ncontinued until midnight.']);
  });

  it('joins hard-wrapped lines', () => {
    const t =
      'The council voted on Monday to close the old library for two\nyears, a decision that angered readers. Councillor Ann Whitlow\nSaid the building failed fire checks and that repairs could not\nwait any longer. Opponents asked for a temporary reading room\nInstead of a full closure.\n\nA decision is due in March.';
    expect(looksHardWrapped(t)).toBe(true);
    expect(texts(t)).toEqual([
      'The council voted on Monday to close the old library for two\nyears, a decision that angered readers.',
      'Councillor Ann Whitlow\nSaid the building failed fire checks and that repairs could not\nwait any longer.',
      'Opponents asked for a temporary reading room\nInstead of a full closure.',
      'A decision is due in March.',
    ]);
  });

  it('does not treat a list of headings as hard-wrapped', () => {
    const t = 'Election results\nTurnout by region\nWhat the new mayor promised\nWho lost their seat\nThe council met.';
    expect(looksHardWrapped(t)).toBe(false);
    expect(texts(t)).toHaveLength(5);
  });

  it('respects from/to, trims whitespace and drops spans without words', () => {
    const t = 'IGNORED.   First one.  Second one!  \n --- \n';
    const spans = splitSentences(t, 8);
    expect(spans.map((s) => t.slice(s.start, s.end))).toEqual(['First one.', 'Second one!']);
    for (const s of spans) expect(s.start).toBeGreaterThanOrEqual(8);
  });

  it('returns nothing for empty or blank ranges', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n\n  ')).toEqual([]);
  });

  it('splits a long article into all of its sentences', () => {
    const para = 'Officials said on Tuesday that the U.S. Navy would send two ships, Reuters reported. "We are ready," Adm. Cole said.\n';
    expect(splitSentences(para.repeat(40))).toHaveLength(80);
  });
});
