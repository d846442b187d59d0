import { describe, expect, it } from 'vitest';
import { addValueClasses, align, phraseClass, scoreDocument, type ValueClass } from './times.js';
import { codePointToIndex, prf } from './common.js';
import type { GoldTime } from './times.js';
import type { TimeExpression } from '../types.js';

/** A predicted expression over `[start, end)` of `text`. */
function pred(text: string, start: number, end: number, value: string | null, type: TimeExpression['type'] = 'DATE'): TimeExpression {
  return { start, end, text: text.slice(start, end), type, value, estimated: false };
}

/** A gold expression over `[start, end)` of `text`. */
function gold(text: string, start: number, end: number, value: string | null, type = 'DATE'): GoldTime {
  return { start, end, text: text.slice(start, end), type, value };
}

describe('prf', () => {
  it('computes precision, recall and their harmonic mean', () => {
    const r = prf(6, 8, 12);
    expect(r.p).toBeCloseTo(0.75);
    expect(r.r).toBeCloseTo(0.5);
    expect(r.f1).toBeCloseTo(0.6);
  });
  it('gives zeros rather than NaN on empty counts', () => {
    expect(prf(0, 0, 0)).toEqual({ p: 0, r: 0, f1: 0 });
    expect(prf(0, 3, 0).f1).toBe(0);
  });
});

describe('codePointToIndex', () => {
  it('maps code-point offsets past astral characters to string indices', () => {
    const text = 'Rain 🌧 on Friday';
    const toIndex = codePointToIndex(text);
    // "Friday" starts at code point 10, at string index 11 (the emoji takes two code units)
    expect(toIndex(10)).toBe(11);
    expect(text.slice(toIndex(10), toIndex(16))).toBe('Friday');
    expect(toIndex(3)).toBe(3);
  });
  it('clamps offsets past the end', () => {
    expect(codePointToIndex('abc')(99)).toBe(3);
  });
});

describe('align', () => {
  it('pairs overlapping spans one to one, largest overlap first', () => {
    const p = [{ start: 0, end: 10 }, { start: 8, end: 12 }, { start: 30, end: 35 }];
    const g = [{ start: 2, end: 11 }, { start: 40, end: 45 }];
    // both predictions overlap the gold span; the larger overlap (8 > 3) takes it
    expect(align(p, g)).toEqual([[0, 0]]);
  });
  it('does not pair spans that only touch', () => {
    expect(align([{ start: 0, end: 5 }], [{ start: 5, end: 9 }])).toEqual([]);
  });
});

describe('scoreDocument', () => {
  const text = 'The council met on Friday and will vote again next week, the mayor said.';
  const friday = text.indexOf('Friday');
  const nextWeek = text.indexOf('next week');
  const onFriday = text.indexOf('on Friday');
  it('counts strict, relaxed, value and type matches', () => {
    const g = [gold(text, friday, friday + 6, '2025-11-21'), gold(text, nextWeek, nextWeek + 9, '2025-W48')];
    const p = [pred(text, onFriday, friday + 6, '2025-11-21'), pred(text, nextWeek, nextWeek + 9, '2025-W47', 'DURATION')];
    const { scores, errors } = scoreDocument(p, g);
    expect(scores).toEqual({ gold: 2, predicted: 2, strict: 1, relaxed: 2, value: 1, type: 1 });
    expect(errors.map((e) => e.kind).sort()).toEqual(['span', 'value']);
  });
  it('reports missed gold and spurious predictions', () => {
    const said = text.indexOf('said');
    const g = [gold(text, friday, friday + 6, '2025-11-21')];
    const p = [pred(text, said, said + 4, 'PAST_REF')];
    const { scores, errors } = scoreDocument(p, g);
    expect(scores.relaxed).toBe(0);
    expect(errors.map((e) => e.kind).sort()).toEqual(['missed', 'spurious']);
  });
  it('treats two null values as equal', () => {
    const g = [gold(text, friday, friday + 6, null)];
    const p = [pred(text, friday, friday + 6, null)];
    expect(scoreDocument(p, g).scores.value).toBe(1);
  });
});

describe('value-error classes', () => {
  it('folds numbers, weekdays and months out of a phrase', () => {
    expect(phraseClass('Friday night')).toBe('WD night');
    expect(phraseClass('Sept. 27, 1989')).toBe('MON N, N');
    expect(phraseClass('the past 12 months')).toBe('the past N months');
  });
  it('counts right and wrong values per predicted class, with the gold shapes of the wrong ones', () => {
    const text = 'Police said Friday night that the fire, which began Saturday night, was out.';
    const fri = text.indexOf('Friday night');
    const sat = text.indexOf('Saturday night');
    const classes = new Map<string, ValueClass>();
    addValueClasses(
      classes,
      [pred(text, fri, fri + 12, '2025-11-21TNI', 'TIME'), pred(text, sat, sat + 14, '2025-11-15TNI', 'TIME')],
      [gold(text, fri, fri + 12, '2025-11-21'), gold(text, sat, sat + 14, '2025-11-15TNI', 'TIME')],
    );
    const c = classes.get('WD night -> TIME DDDD-DD-DDTNI');
    expect(c?.right).toBe(1);
    expect(c?.wrong).toBe(1);
    expect([...(c?.gold ?? [])]).toEqual([['DATE DDDD-DD-DD', 1]]);
  });
});
