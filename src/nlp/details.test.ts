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

describe('findDetails on text without the trigger words', () => {
  it('finds the same details whether or not the cheap pre-tests rule a slot out', () => {
    const text = 'Maria Lopez, 24, was hurt. A magnitude 6.1 quake killed 12 people and injured 30 in Tarvik. '
      + 'The 33-year-old driver, aged 33, said 5 people were wounded.';
    expect(findDetails(text)).toEqual([
      { slot: 'age', value: '33' }, { slot: 'age', value: '24' }, { slot: 'magnitude', value: '6.1' },
      { slot: 'dead', value: '12' }, { slot: 'injured', value: '5' }, { slot: 'injured', value: '30' },
      { slot: 'place', value: 'tarvik' },
    ]);
    expect(findDetails('On February 12, 2013, officials in Tarvik said the bridge, 40 years old, would close.')).toEqual([
      { slot: 'place', value: 'tarvik' },
    ]);
  });
});
