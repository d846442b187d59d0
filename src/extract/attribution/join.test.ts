import { describe, expect, it } from 'vitest';
import type { Candidate } from './filter.js';
import { joinCueAdverbs, joinCueClitic, prepareText } from './index.js';

/** A verb candidate of `text` with the given source, cue word and content (first occurrences). */
function candidate(text: string, source: string, cueWord: string, content: string): { ctx: ReturnType<typeof prepareText>['ctx']; c: Candidate } {
  const { ctx } = prepareText(text);
  const span = (s: string) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, text: s };
  };
  const i = ctx.toks.findIndex((t) => t.text === cueWord);
  return {
    ctx,
    c: {
      relation: { source: span(source), cue: span(cueWord), content: span(content) },
      cue: { i, j: i, head: i, type: 'verb', cls: 'speech', lemma: cueWord, form: 'past' },
      sentence: 0,
    },
  };
}

describe('joinCueAdverbs', () => {
  it('takes an adverb between the source and the cue into the cue', () => {
    const text = 'The harbour master later suggested that the ferries would run again in May.';
    const { ctx, c } = candidate(text, 'The harbour master', 'suggested', 'that the ferries would run again in May');
    expect(joinCueAdverbs(ctx, c).relation.cue.text).toBe('later suggested');
  });

  it('takes a modal and a manner adverb, but no more than two words', () => {
    const text = 'Residents can hardly claim the new road was a surprise.';
    const { ctx, c } = candidate(text, 'Residents', 'claim', 'the new road was a surprise');
    expect(joinCueAdverbs(ctx, c).relation.cue.text).toBe('can hardly claim');
    const long = 'Residents now can hardly claim the new road was a surprise.';
    const l = candidate(long, 'Residents', 'claim', 'the new road was a surprise');
    expect(joinCueAdverbs(l.ctx, l.c).relation.cue.text).toBe('claim');
  });

  it('leaves the cue alone when other words or punctuation stand in between', () => {
    const text = 'The harbour master, who retired, suggested that the ferries would run again.';
    const { ctx, c } = candidate(text, 'The harbour master', 'suggested', 'that the ferries would run again');
    expect(joinCueAdverbs(ctx, c)).toBe(c);
    const noun = 'The harbour master office suggested that the ferries would run again.';
    const n = candidate(noun, 'The harbour master', 'suggested', 'that the ferries would run again');
    expect(joinCueAdverbs(n.ctx, n.c)).toBe(n.c);
  });

  it('leaves a cue before its source alone', () => {
    const text = '"The ferries will run again," said the harbour master.';
    const { ctx, c } = candidate(text, 'the harbour master', 'said', 'The ferries will run again,');
    expect(joinCueAdverbs(ctx, c)).toBe(c);
  });
});

describe('joinCueClitic', () => {
  it('takes the auxiliary clitic of a pronoun source into the cue', () => {
    const text = 'She’s been pressing the council to reopen the library on weekends.';
    const { ctx, c } = candidate(text, 'She’s', 'been', 'the council to reopen the library on weekends');
    const r = joinCueClitic(ctx, c).relation;
    expect(r.cue.text).toBe('’s been');
    expect(r.source?.text).toBe('She');
    const plain = "They're backing the new tram line.";
    const p = candidate(plain, "They're", 'backing', 'the new tram line');
    expect(joinCueClitic(p.ctx, p.c).relation.cue.text).toBe("'re backing");
  });

  it('leaves a possessive or a cue without a clitic before it alone', () => {
    const text = "The mayor's aide suggested the ferries would run again.";
    const { ctx, c } = candidate(text, "The mayor's aide", 'suggested', 'the ferries would run again');
    expect(joinCueClitic(ctx, c)).toBe(c);
    const poss = "Smith's backing the plan surprised no one.";
    const p = candidate(poss, "Smith's", 'backing', 'the plan');
    expect(joinCueClitic(p.ctx, p.c)).toBe(p.c);
  });
});
