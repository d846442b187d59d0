import { describe, expect, it } from 'vitest';
import { findDetails } from './details.js';

const of = (text: string, slot: string): string[] => findDetails(text).filter((d) => d.slot === slot).map((d) => d.value);

describe('findDetails', () => {
  it('reads ages in their usual forms, including re-joined tokenised hyphens', () => {
    expect(of('The 33-year-old actress checked in on Tuesday.', 'age')).toEqual(['33']);
    expect(of('the 28 - year - old midfielder', 'age')).toEqual(['28']);
    expect(of('Kasper Lindqvist, 24, was arrested. A man aged 61 was also held.', 'age').sort()).toEqual(['24', '61']);
  });

  it('reads magnitudes and tolls', () => {
    const t = 'A magnitude 6.4 earthquake killed 12 people and injured 40. Another 5.2-magnitude aftershock followed; 3 were hurt.';
    expect(of(t, 'magnitude').sort()).toEqual(['5.2', '6.4']);
    expect(of(t, 'dead')).toEqual(['12']);
    expect(of(t, 'injured').sort()).toEqual(['3', '40']);
  });

  it('reads places after in / at, but not months, weekdays or determiners', () => {
    const t = 'He was arrested in Portbridge on Thursday. The fire at Banstead High Street began in March. In The end, at Saturday ...';
    expect(of(t, 'place')).toEqual(['portbridge', 'banstead high']);
  });

  it('states nothing for text without such details', () => {
    expect(findDetails('The central bank kept rates on hold, its governor said.')).toEqual([]);
  });
});
