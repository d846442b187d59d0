import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses.js';
import { tokenize } from '../nlp/tokenize.js';

/** The clause texts of one invented sentence. */
function clauses(text: string): string[] {
  return splitClauses(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
}

describe('splitClauses: one fact per clause', () => {
  it('splits coordinated complement clauses ("that A but that B and that C")', () => {
    expect(clauses('The operator was sending a tug to tow the barge but that it would not reach the port before Sunday and that repairs could last until May')).toEqual([
      'The operator was sending a tug to tow the barge',
      'it would not reach the port before Sunday',
      'repairs could last until May',
    ]);
  });

  it('splits "A, while B" even after a long subject', () => {
    expect(clauses('Power was cut to 40 percent of homes in the valley, while schools in Arden, Bellmoor, Carrow, Dunholt and Estmere were also closed')).toEqual([
      'Power was cut to 40 percent of homes in the valley',
      'schools in Arden, Bellmoor, Carrow, Dunholt and Estmere were also closed',
    ]);
  });

  it('gives a relative clause its own span inside the main clause', () => {
    const out = clauses('The tanker, which was carrying 30 crew members, ran aground near the lighthouse');
    expect(out).toContain('which was carrying 30 crew members');
    expect(out).toContain('The tanker, which was carrying 30 crew members, ran aground near the lighthouse');
  });

  it('splits a fronted participle clause and a trailing absolute "with" clause', () => {
    expect(clauses('Acting on a tip from fishermen, the coast guard intercepted a speedboat off the cape, with two patrol boats blocking its escape')).toEqual([
      'Acting on a tip from fishermen',
      'the coast guard intercepted a speedboat off the cape',
      'two patrol boats blocking its escape',
    ]);
  });

  it('splits the items of a list after "included"', () => {
    expect(clauses('The seized goods included four hunting rifles, two night-vision scopes, a satellite phone and a forged passport')).toEqual([
      'The seized goods included four hunting rifles',
      'two night-vision scopes',
      'a satellite phone',
      'a forged passport',
    ]);
  });

  it('splits "A after doing B" and a relative "that" clause', () => {
    expect(clauses('The navy faced questions after sinking a cargo boat that had been seized by smugglers')).toEqual([
      'The navy faced questions',
      'sinking a cargo boat',
      'that had been seized by smugglers',
    ]);
  });

  it('keeps one fact whole: a list of places, a complement "that", a comparison "as"', () => {
    expect(clauses('Flights between Lisbon, Madrid and Rome were cancelled on Tuesday')).toHaveLength(1);
    expect(clauses('Investigators believe that the fire started in the kitchen')).toHaveLength(1);
    expect(clauses('The river rose as high as the bridge deck overnight')).toHaveLength(1);
  });

  it('splits off a "where" clause whose own subject comes before its verb', () => {
    const out = clauses('Clashes also broke out in the port city of Dunmore, where another 5,000 farm workers marched through the old town');
    expect(out).toContain('where another 5,000 farm workers marched through the old town');
    expect(out).toContain('Clashes also broke out in the port city of Dunmore');
  });

  it('keeps offsets exact inside a longer text', () => {
    const text = 'Intro line.\nThe dam held, but the levee north of town failed on Sunday.';
    const from = text.indexOf('The dam');
    const spans = splitClauses(text, tokenize(text, from, text.length));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['The dam held', 'the levee north of town failed on Sunday']);
  });
});
