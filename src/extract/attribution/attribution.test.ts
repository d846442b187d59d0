import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../types.js';
import { extractAttributions } from './index.js';

/** Compact form of the relations for assertions: [source, cue, content]. */
function rel(text: string): [string | null, string, string][] {
  return extractAttributions(text).map((a) => [a.source?.text ?? null, a.cue.text, a.content.text]);
}

/** Every span must point at the text it claims to cover. */
function spansConsistent(text: string, list: Attribution[]): boolean {
  return list.every(
    (a) =>
      text.slice(a.cue.start, a.cue.end) === a.cue.text &&
      text.slice(a.content.start, a.content.end) === a.content.text &&
      (!a.source || text.slice(a.source.start, a.source.end) === a.source.text),
  );
}

describe('extractAttributions: content after the cue', () => {
  it('finds SOURCE CUE that CONTENT, keeping "that" in the content', () => {
    const text = 'The county sheriff said that two deputies had been placed on leave.';
    expect(rel(text)).toEqual([
      ['The county sheriff', 'said', 'that two deputies had been placed on leave'],
    ]);
  });

  it('takes auxiliaries and adverbs into the cue and skips the addressee of "told"', () => {
    const text = 'Mayor Lena Ortiz has also told reporters that the bridge will reopen in May.';
    expect(rel(text)).toEqual([
      ['Mayor Lena Ortiz', 'has also told', 'that the bridge will reopen in May'],
    ]);
  });

  it('keeps an apposition with the source and skips a time phrase', () => {
    const text =
      'Maria Gomez, a spokeswoman for the transit authority, said on Tuesday the fares would rise.';
    expect(rel(text)).toEqual([
      ['Maria Gomez, a spokeswoman for the transit authority,', 'said', 'the fares would rise'],
    ]);
  });

  it('handles a colon before a quotation: SOURCE CUE: "CONTENT"', () => {
    const text = 'The governor wrote: "We will not raise taxes this year."';
    expect(rel(text)).toEqual([['The governor', 'wrote:', '"We will not raise taxes this year."']]);
  });

  it('stops the content at a following participial cue that keeps the same source', () => {
    const text = 'The union rejected the offer, saying it did not cover pensions.';
    const out = rel(text);
    expect(out).toContainEqual(['The union', 'saying', 'it did not cover pensions']);
  });
});

describe('extractAttributions: content before the cue', () => {
  it('finds "CONTENT," SOURCE CUE.', () => {
    const text = '"We have never seen turnout like this," the election officer said.';
    expect(rel(text)).toEqual([
      ['the election officer', 'said', '"We have never seen turnout like this,"'],
    ]);
  });

  it('finds "CONTENT," CUE SOURCE with the apposition in the source', () => {
    const text = '"The numbers do not add up," said Tom Reyes, an economist at the state university.';
    expect(rel(text)).toEqual([
      ['Tom Reyes, an economist at the state university', 'said', '"The numbers do not add up,"'],
    ]);
  });

  it('finds CONTENT, SOURCE CUE. without quotation marks', () => {
    const text = 'Sales were slow all summer, the shop owner said.';
    expect(rel(text)).toEqual([['the shop owner', 'said', 'Sales were slow all summer']]);
  });

  it('gives a parenthetical cue the outer bounds of its content', () => {
    const text = 'The plan, officials said, would cost about $40 million.';
    expect(rel(text)).toEqual([
      ['officials', 'said', 'The plan, officials said, would cost about $40 million'],
    ]);
  });

  it('continues a quotation in the next sentence of the same paragraph', () => {
    const text =
      '"The water is safe to drink," Dr. Amy Chen said. "We test it every single morning."\n\nThe city council met later.';
    const out = extractAttributions(text);
    expect(out).toHaveLength(1);
    expect(out[0].source?.text).toBe('Dr. Amy Chen');
    expect(out[0].content.text).toBe(
      '"The water is safe to drink," Dr. Amy Chen said. "We test it every single morning."',
    );
  });

  it('reads an outlet after the content: CONTENT, reports OUTLET', () => {
    const text = 'The border crossing will stay closed until Friday, reports Radio Lviv.';
    expect(rel(text)).toEqual([['Radio Lviv', 'reports', 'The border crossing will stay closed until Friday']]);
  });
});

describe('extractAttributions: phrasal cues, passives and chains', () => {
  it('finds According to SOURCE, CONTENT and CONTENT, according to SOURCE', () => {
    expect(rel('According to the fire department, nobody was hurt.')).toEqual([
      ['the fire department', 'According to', 'nobody was hurt'],
    ]);
    expect(rel('Nobody was hurt, according to the fire department.')).toEqual([
      ['the fire department', 'according to', 'Nobody was hurt'],
    ]);
  });

  it('finds both relations of a chain: X writes that, according to Y, Z', () => {
    const text = 'The Daily Ledger writes that, according to two council members, the vote was rigged.';
    expect(rel(text)).toEqual([
      ['The Daily Ledger', 'writes', 'that, according to two council members, the vote was rigged'],
      ['two council members', 'according to', 'the vote was rigged'],
    ]);
  });

  it('reads a passive with its agent: CONTENT was first reported by SOURCE', () => {
    const text = 'The merger was first reported by the Financial Courier.';
    expect(rel(text)).toEqual([['the Financial Courier', 'was first reported by', 'The merger']]);
  });

  it('reads a raising verb as a relation without a source (rule-based cues)', () => {
    const text = 'The senator is expected to announce her retirement on Monday.';
    const out = extractAttributions(text, { model: null });
    expect(out).toHaveLength(1);
    expect(out[0].source).toBeNull();
    expect(out[0].cue.text).toBe('is expected');
  });

  it('reads "is expected to <verb>" as one cue with the subject as source (learned cues)', () => {
    // PolNeAR's convention when the infinitive is part of the cue ("is expected to endorse")
    const text = 'The senator is expected to announce her retirement on Monday.';
    expect(rel(text)).toEqual([['The senator', 'is expected to announce', 'her retirement']]);
  });

  it('links the second verb of "refused to comment but said ..." to the subject', () => {
    const text = 'The coach refused to comment on the trade but said the team was in good shape.';
    expect(rel(text)).toContainEqual(['The coach', 'said', 'the team was in good shape']);
  });

  it('reads a byline colon before a quotation: LEAD-IN - NAME: "CONTENT"', () => {
    const text = 'Turnout was the surprise of the night - Dana Morrow: “Nobody expected the suburbs to swing this hard.”';
    for (const model of [undefined, null]) {
      const out = extractAttributions(text, model === null ? { model } : {});
      expect(out.map((a) => [a.source?.text ?? null, a.cue.text, a.content.text])).toEqual([
        ['Dana Morrow', ':', '“Nobody expected the suburbs to swing this hard.”'],
      ]);
    }
    expect(rel('The rural vote held up. More from Morrow: “The margins in the farm counties barely moved.”')).toEqual([
      ['Morrow', ':', '“The margins in the farm counties barely moved.”'],
    ]);
    // a dash and a name before a colon with no quotation after it is not a byline
    expect(rel('Road closures - Main Street: expect delays until noon.')).toEqual([]);
  });

  it('reads a headline-style colon: NAME: CONTENT', () => {
    const text = 'Jane Doe: Taxes Will Not Rise Under My Plan\n\nThe candidate spoke in Ohio.';
    expect(rel(text)[0]).toEqual(['Jane Doe', ':', 'Taxes Will Not Rise Under My Plan']);
  });
});

describe('extractAttributions: the broader cues of news prose (bundled model)', () => {
  it('reads opinion, evidence and stance verbs with their sources', () => {
    expect(rel('The harbour master called the new dredging plan a waste of money.')).toEqual([
      ['The harbour master', 'called', 'the new dredging plan a waste of money'],
    ]);
    expect(rel('Councillor Ines Varga argued that the tram line should run past the hospital.')[0].slice(0, 2)).toEqual([
      'Councillor Ines Varga',
      'argued',
    ]);
    expect(rel('Tomas Reil believes the festival will turn a profit next year.')[0].slice(0, 2)).toEqual(['Tomas Reil', 'believes']);
    expect(rel('The fishing co-operative wants the quota raised before spring.')[0].slice(0, 2)).toEqual([
      'The fishing co-operative',
      'wants',
    ]);
    expect(rel('The census shows that the valley lost a fifth of its farms.')).toEqual([
      ['The census', 'shows', 'that the valley lost a fifth of its farms'],
    ]);
    expect(rel('Opposition leader Maren Holt accused the cabinet of hiding the audit.')).toEqual([
      ['Opposition leader Maren Holt', 'accused', 'the cabinet of hiding the audit'],
    ]);
  });

  it('reads warnings, suggestions, denials and confirmations', () => {
    const cueOf = (t: string): [string | null, string][] => rel(t).map(([s, c]) => [s, c]);
    expect(cueOf('The coast guard warned that the ice on the lake is too thin.')).toEqual([['The coast guard', 'warned']]);
    expect(cueOf('The ferry operator suggested that fares could fall in the autumn.')).toEqual([['The ferry operator', 'suggested']]);
    expect(cueOf('The regional minister denied that any schools would close.')).toEqual([['The regional minister', 'denied']]);
    expect(cueOf('The port authority confirmed the closure on Tuesday.')).toEqual([['The port authority', 'confirmed']]);
  });

  it('keeps a multiword stance cue whole and the subject noun out of a verb cue', () => {
    expect(rel('Union leaders took aim at the pension reform on Monday.')).toEqual([
      ['Union leaders', 'took aim at', 'the pension reform'],
    ]);
    expect(rel('The county sheriff said that two deputies had been placed on leave.')[0].slice(0, 2)).toEqual([
      'The county sheriff',
      'said',
    ]);
  });
});

describe('extractAttributions: what must not fire', () => {
  it('ignores "said" used as an adjective and nouns that look like cue verbs', () => {
    expect(rel('The said property was sold in 1998 to a developer.')).toEqual([]);
    expect(rel('The report was published on a Monday.')).toEqual([]);
    expect(rel('Tanks rolled through the United States of Europe in the novel.')).toEqual([]);
  });

  it('does not treat an order in the passive as a report ("he was told to leave")', () => {
    expect(rel('He was told to leave the building at once.')).toEqual([]);
  });

  it('does not read cue words inside a direct quotation as new relations', () => {
    const text = '"I think they said no," the driver told reporters.';
    const out = rel(text);
    expect(out).toHaveLength(1);
    expect(out[0][1]).toBe('told');
  });

  it('skips kicker labels before a colon but reads transcript speakers', () => {
    expect(rel('Breaking: Flood waters reach the old town square')).toEqual([]);
    expect(rel('Update: The road has reopened to traffic')).toEqual([]);
    expect(rel('MORALES: We will rebuild the bridge by spring.')).toEqual([
      ['MORALES', ':', 'We will rebuild the bridge by spring'],
    ]);
  });
});

describe('extractAttributions: offsets', () => {
  it('uses the given sentences and returns spans that match the text', () => {
    // (the nested "they doubt" is left to the learned detector, which, fitted on PolNeAR where
    // a pronoun's stance inside another relation's content is seldom annotated, skips it)
    const text = 'Officials said the road would reopen. Residents say they doubt that it will.';
    const sentences = [
      { start: 0, end: 37 },
      { start: 38, end: text.length },
    ];
    const out = extractAttributions(text, { sentences });
    expect(out.map((a) => a.cue.text).slice(0, 2)).toEqual(['said', 'say']);
    expect(out[1].source?.text).toBe('Residents');
    expect(spansConsistent(text, out)).toBe(true);
    // one sentence given for the whole text: the spans still match it
    const one = extractAttributions(text, { sentences: [{ start: 0, end: text.length }] });
    expect(one[0].cue.text).toBe('said');
    expect(spansConsistent(text, one)).toBe(true);
  });

  it('keeps offsets right around characters outside the Basic Multilingual Plane', () => {
    // ("cheered" would be a PolNeAR-style cue of its own for the learned detector)
    const text = 'Fans lined the street 🎉 as the mayor said the parade would go ahead.';
    const out = extractAttributions(text);
    expect(out).toHaveLength(1);
    expect(spansConsistent(text, out)).toBe(true);
    expect(out[0].content.text).toBe('the parade would go ahead');
  });
});

describe('extractAttributions: odd input', () => {
  it('returns nothing for empty or cue-free text and survives unbalanced quotation marks', () => {
    expect(extractAttributions('')).toEqual([]);
    expect(extractAttributions('...  \n\n ---')).toEqual([]);
    const text = 'He said "the vote is off. She said: "no" and ”then" left, said the clerk';
    const out = extractAttributions(text);
    expect(out.length).toBeGreaterThan(0);
    expect(spansConsistent(text, out)).toBe(true);
  });
});

describe('extractAttributions: content rules added with the learned cues', () => {
  it('takes the quotation of the next paragraph after a cue that ends in a colon', () => {
    const text = 'The harbor master wrote:\n\n"The pier will reopen in June."\n\nRepairs began in March.';
    expect(rel(text)).toEqual([['The harbor master', 'wrote:', '"The pier will reopen in June."']]);
  });

  it('reads the agent after a passive cue as the source and the subject as the content', () => {
    expect(rel('The new tariff was criticized by several farm groups.')).toEqual([
      ['several farm groups', 'was criticized by', 'The new tariff'],
    ]);
  });

  it('leaves a closing time phrase out of an object content', () => {
    expect(rel('The union endorsed Maria Ortiz last week.')).toEqual([['The union', 'endorsed', 'Maria Ortiz']]);
  });

  it('skips a long phrase between a speech cue and its "that" clause', () => {
    const text = 'She said on Sunday on the radio show "Morning Desk," that taxes would not rise.';
    // the day name stays in the cue (PolNeAR's cues take it along about 40% of the time)
    expect(rel(text)).toEqual([['She', 'said on Sunday', 'that taxes would not rise']]);
  });
});
