import { describe, expect, it } from 'vitest';
import { extractAttributions } from './index.js';

/** The content found for the relation whose cue text is `cue`. */
function contentOf(text: string, cue: string): string | undefined {
  return extractAttributions(text).find((a) => a.cue.text === cue)?.content.text;
}

describe('extractAttributions: content spans', () => {
  it('keeps a relative clause inside the subject of the content', () => {
    const text = 'The mayor said that the new ordinance, which the council passed in June, would cut noise in the old town.';
    expect(contentOf(text, 'said')).toBe('that the new ordinance, which the council passed in June, would cut noise in the old town');
  });

  it('keeps a participial insertion inside the subject of the content', () => {
    const text = 'The auditor said the bridge project, costing far more than planned, had been badly managed.';
    expect(contentOf(text, 'said')).toBe('the bridge project, costing far more than planned, had been badly managed');
  });

  it('still ends the content at a relative clause after its verb', () => {
    const text = 'The mayor said the fares would rise, which angered riders across the city.';
    expect(contentOf(text, 'said')).toBe('the fares would rise');
  });

  it('keeps ", including ..." in the object of a stance cue', () => {
    const text = 'The senator praised the new rules, including a cap on overtime for nurses.';
    expect(contentOf(text, 'praised')).toBe('the new rules, including a cap on overtime for nurses');
  });

  it('still ends the object of a stance cue at a comma', () => {
    const text = 'The senator praised the new rules, and the bill passed the next morning.';
    expect(contentOf(text, 'praised')).toBe('the new rules');
  });

  it('takes a quotation after a place phrase and a comma as the content', () => {
    const text = 'The union leader said in Denver, "We will strike on Monday."';
    expect(contentOf(text, 'said')).toBe('"We will strike on Monday."');
  });

  it('ends the content of a relative clause cue before the main clause verb', () => {
    const text = 'The lawyer who wants to challenge the ruling is raising money from small donors.';
    expect(contentOf(text, 'wants')).toBe('to challenge the ruling');
  });

  it('ends the content before a coordinated clause with its own subject', () => {
    const text = 'The mayor said the budget was balanced, and she thanked the council for its work.';
    expect(contentOf(text, 'said')).toBe('the budget was balanced');
  });

  it('lets a quotation after a colon run over its sentences, and drops a tally', () => {
    const text = 'Turnout fell sharply - Ana Ruiz: "Fewer people came. The lines were short."\n\nSmith: 547.';
    const rels = extractAttributions(text).filter((a) => a.cue.text === ':');
    expect(rels.map((a) => a.content.text)).toEqual(['"Fewer people came. The lines were short."']);
  });

  it('keeps a parenthetical "according to" inside its clause, but not what follows a finished clause', () => {
    const inner = 'The cost of the bridge, according to state auditors, was twice the estimate.';
    expect(contentOf(inner, 'according to')).toBe('The cost of the bridge, according to state auditors, was twice the estimate');
    const after = 'The city earned $40 million last year, according to public filings, a record for the port.';
    expect(contentOf(after, 'according to')).toBe('The city earned $40 million last year');
  });

  it('lets a quotation go on in the next sentence past a quoted programme title', () => {
    const text = '"We were not ready for the storm," the mayor told NBC\'s "Today" on Monday. "Nobody was."';
    expect(contentOf(text, 'told')).toBe('"We were not ready for the storm," the mayor told NBC\'s "Today" on Monday. "Nobody was."');
  });

  it('takes only a quotation set off by a dash, not the clause before it', () => {
    const text = 'Neither voter liked the senator - "He was born with a silver spoon," the older one said.';
    expect(contentOf(text, 'said')).toBe('"He was born with a silver spoon,"');
  });

  it('does not take a quoted programme title before the source as the content', () => {
    const text = 'Speaking on CBS\'s "Face the Nation," Senator Ann Lowe said the bill would pass.';
    expect(contentOf(text, 'said')).toBe('the bill would pass');
  });

  it('reads a cue ending in a colon at the end of its paragraph as opening the next quotation', () => {
    const text = 'In a 1963 speech, he declared:\n\n"We will not give up."';
    expect(contentOf(text, 'declared:')).toBe('"We will not give up."');
  });

  it('still takes a short quotation that opens the sentence as the content of "he told X"', () => {
    const text = '"I am a free man," he told Channel 9 in Tampa.';
    expect(contentOf(text, 'told')).toBe('"I am a free man,"');
  });

  it('finds the "that" of "told" after a longer addressee and time phrase', () => {
    const text = 'The mayor told supporters after her victory in the crowded primary race on Tuesday that the city would change.';
    expect(contentOf(text, 'told')).toBe('that the city would change');
  });
});
