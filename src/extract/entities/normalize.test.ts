import { describe, expect, it } from 'vitest';
import { entityId, foldName, foldSurname, foldWord } from './normalize.js';

describe('normalize', () => {
  it('makes readable ids without diacritics or punctuation', () => {
    expect(entityId('Vladimir Putin')).toBe('vladimir-putin');
    expect(entityId('Élysée Palace')).toBe('elysee-palace');
    expect(entityId("Beto O'Rourke")).toBe('beto-orourke');
    expect(entityId('The Guardian')).toBe('the-guardian');
  });

  it('folds transliteration variants of one name together', () => {
    const z = foldWord('Zelenskyy');
    for (const v of ['Zelensky', 'Zelenskiy', 'Zelenskyi', 'Zelenskii', 'ZELENSKYY']) expect(foldWord(v), v).toBe(z);
    expect(foldWord('Dmitriy')).toBe(foldWord('Dmitry'));
    expect(foldWord('Matvienko')).toBe(foldWord('Matviyenko'));
    expect(foldWord('Aleksei')).toBe(foldWord('Alexei'));
    expect(foldWord('Müller')).toBe(foldWord('Muller'));
    expect(foldWord('Hasan')).toBe(foldWord('Hassan'));
  });

  it('keeps different names apart', () => {
    expect(foldWord('Peskov')).not.toBe(foldWord('Petrov'));
    expect(foldWord('Trump')).not.toBe(foldWord('Truman'));
  });

  it('ignores initials and name particles where they do not tell names apart', () => {
    expect(foldName('Donald J. Trump')).toBe(foldName('Donald Trump'));
    expect(foldSurname('al-Assad')).toBe(foldSurname('Assad'));
  });
});
