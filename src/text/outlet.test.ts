import { describe, expect, it } from 'vitest';
import type { Mark } from '../types.js';
import { inferOutlet } from './outlet.js';
import { splitSentences } from './sentences.js';

const infer = (text: string, marks: Mark[] = []) => {
  const r = inferOutlet(text, splitSentences(text), marks);
  return r ? { name: r.name, spanText: text.slice(r.span.start, r.span.end), rule: r.rule } : null;
};

const markLine = (text: string, line: string, kind: Mark['kind'], rule?: string): Mark => {
  const start = text.indexOf(line);
  return { start, end: start + line.length, kind, rule };
};

describe('inferOutlet', () => {
  it('reads a trailing self-attribution in the first paragraph', () => {
    expect(infer('Power was restored in Odesa overnight, reports Ukrinform.\nRepairs continue.')).toEqual({
      name: 'Ukrinform',
      spanText: 'Ukrinform',
      rule: 'outlet-trailing-attribution',
    });
    expect(infer('Power was restored overnight, reports HNA with reference to the utility.\nMore.')?.name).toBe('HNA');
    expect(infer('Power was restored in Odesa overnight — Interfax-Ukraine reports.\nMore.')?.name).toBe('Interfax-Ukraine');
  });

  it('ignores a name the article cites again, and attributions outside the first paragraph', () => {
    expect(infer('Troops moved north, reports The Harbour Times.\nThe Harbour Times also said that fuel was short.')).toBeNull();
    expect(infer('Troops moved north.\nLater, reports Northline.')).toBeNull();
  });

  it('reads a promo line, a copyright line and a dateline agency', () => {
    const promo = 'Troops moved north.\nFor more details, read the article by Kyiv Ledger.';
    expect(infer(promo, [markLine(promo, 'For more details, read the article by Kyiv Ledger.', 'promo')])).toEqual({
      name: 'Kyiv Ledger',
      spanText: 'Kyiv Ledger',
      rule: 'outlet-promo-line',
    });
    const orig = 'Troops moved north.\nThis story was originally published by The Harbour Times.';
    expect(infer(orig, [markLine(orig, 'This story was originally published by The Harbour Times.', 'promo')])?.name).toBe('The Harbour Times');
    const copy = 'Troops moved north.\nCopyright 2018 The Coastal Herald. All rights reserved.';
    expect(infer(copy, [markLine(copy, 'Copyright 2018 The Coastal Herald. All rights reserved.', 'other', 'copyright')])?.name).toBe(
      'The Coastal Herald',
    );
    const wire = 'OSLO (AP) — Troops moved north.';
    expect(infer(wire, [{ start: 0, end: 11, kind: 'dateline', rule: 'dateline' }])).toEqual({
      name: 'AP',
      spanText: 'AP',
      rule: 'outlet-dateline-agency',
    });
  });

  it('returns null when the text names no outlet', () => {
    expect(infer('Troops moved north, officials said.\nThe Guardian reported it first.')).toBeNull();
  });
});
