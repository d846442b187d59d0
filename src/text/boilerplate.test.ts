import { describe, expect, it } from 'vitest';
import { markLineBoilerplate, markStructure, matchDateline } from './boilerplate.js';
import { splitLines } from './lines.js';

const lineMarks = (text: string) =>
  markLineBoilerplate(splitLines(text)).map((m) => ({ kind: m.kind, rule: m.rule, text: text.slice(m.start, m.end) }));

describe('markLineBoilerplate', () => {
  it.each([
    ['Rescuers search the rubble in Antakya (photo: Getty Images)', 'caption'],
    ['Rescuers search the rubble in Antakya. Photo: Reuters', 'caption'],
    ['Image: Kyiv City Administration', 'caption'],
    ['Rescue workers at the scene on Tuesday Getty Images', 'caption'],
    ['Rescue workers at the scene. Jane Doe / AFP', 'caption'],
    ['Image caption The minister arrives in Brussels', 'caption'],
    ['FILE - In this March 3 photo, a tram passes the square.', 'caption'],
    ['Video', 'caption'],
    ['Read more: Ten things to know about the new budget', 'promo'],
    ['Read also Parliament backs tax bill', 'promo'],
    ['For more details on the budget, read the article by The Coastal Herald.', 'promo'],
    ['Subscribe to our newsletter for the morning briefing', 'promo'],
    ['Follow us on Telegram', 'promo'],
    ['Sign up for breaking news alerts', 'promo'],
    ['Click here to watch the full interview', 'promo'],
    ['This article was originally published by The Harbour Times.', 'promo'],
    ['© 2024 Northline Media. All rights reserved.', 'other'],
    ['(Reporting by Ana Lind; Editing by Tom Ruiz)', 'other'],
    ['Advertisement', 'other'],
    ['SPONSORED CONTENT', 'other'],
    ['Trending: Five ferries cancelled', 'promo'],
    ['Get our newsletter', 'promo'],
    // The long s, which the `u` flag's case folding matches to `s` (the start pre-tests know it).
    ['ſign up for breaking news alerts', 'promo'],
    ['ſee also: the harbour budget', 'promo'],
  ])('marks %s', (line, kind) => {
    const text = `The council met on Monday.\n${line}\nIt adjourned at noon.`;
    const marks = lineMarks(text);
    expect(marks).toHaveLength(1);
    expect(marks[0].kind).toBe(kind);
    expect(marks[0].text).toBe(line);
  });

  it('leaves ordinary prose alone', () => {
    const text =
      'The photo agency said it would appeal.\nShe read the report twice before signing it.\nHe had followed us for an hour, police said.\nPrices rose 3/4 of a point.';
    expect(lineMarks(text)).toEqual([]);
  });
});

describe('matchDateline', () => {
  it.each([
    ['BEIJING -- China said on Friday', 'BEIJING --', null],
    ['NAIROBI, Kenya (AP) _', 'NAIROBI, Kenya (AP) _', 'AP'],
    ['WASHINGTON (Reuters) - The Senate voted', 'WASHINGTON (Reuters) -', 'Reuters'],
    ['KYIV, Nov 21 — Air raid sirens sounded', 'KYIV, Nov 21 —', null],
    ['ERIE, Pa. — Police said', 'ERIE, Pa. —', null],
    ['Kyiv, Nov. 21 — Sirens sounded', 'Kyiv, Nov. 21 —', null],
  ])('reads %s', (line, part, agency) => {
    const m = matchDateline(line);
    expect(m).not.toBeNull();
    expect(line.slice(0, m!.length)).toBe(part);
    expect(m!.agency).toBe(agency);
  });

  it('ignores acronyms, editorial labels and ordinary starts', () => {
    expect(matchDateline('UN - the body said')).toBeNull();
    expect(matchDateline('UPDATE - The story has changed')).toBeNull();
    expect(matchDateline('The mayor - who was absent - said')).toBeNull();
    expect(matchDateline('ARI SHAPIRO, HOST: Good morning.')).toBeNull();
  });
});

describe('markStructure', () => {
  const structure = (text: string) =>
    markStructure(splitLines(text), []).map((m) => ({ kind: m.kind, text: text.slice(m.start, m.end) }));

  it('marks a dateline part only, a mid-body label and a trailing related headline', () => {
    const text = [
      'LISBON (Reuters) - Ferry crews walked off the job on Tuesday.',
      'Commuters waited for hours.',
      'Talks collapse',
      'The ministry blamed the unions.',
      'Background',
      'Ferry fares rose twice last year.',
      'Lisbon metro warns of delays as second strike looms',
    ].join('\n');
    expect(structure(text)).toEqual([
      { kind: 'dateline', text: 'LISBON (Reuters) -' },
      { kind: 'label', text: 'Talks collapse' },
      { kind: 'label', text: 'Background' },
      { kind: 'related-headline', text: 'Lisbon metro warns of delays as second strike looms' },
    ]);
  });

  it('does not mark wrapped fragments or a last line that continues a sentence', () => {
    const text = 'The ministry said talks with the\nunions\nwould resume. Officials were\noptimistic about the outcome of the';
    expect(structure(text)).toEqual([]);
  });

  it('does not mark a text that is a single paragraph', () => {
    expect(structure('Ferry crews walked off the job on Tuesday, officials said.')).toEqual([]);
  });
});
