import { describe, expect, it } from 'vitest';
import { detectLanguage, englishOnlyMessage, normaliseLanguage } from './language.js';

describe('language', () => {
  it('detects English, German, Spanish and Ukrainian news text', () => {
    expect(detectLanguage('The city council voted on Monday to close the old central library for two years of renovation.')).toBe('en');
    expect(detectLanguage('Der Stadtrat hat am Montag beschlossen, die alte Zentralbibliothek für zwei Jahre zu schließen.')).toBe('de');
    expect(detectLanguage('El ayuntamiento decidió el lunes cerrar la antigua biblioteca central durante dos años.')).toBe('es');
    expect(detectLanguage('Міська рада в понеділок ухвалила рішення закрити стару центральну бібліотеку на два роки.')).toBe('uk');
  });

  it('returns und for short text', () => {
    expect(detectLanguage('Kyiv 2025')).toBe('und');
    expect(detectLanguage('Trump Putin NATO')).toBe('und');
    expect(detectLanguage('')).toBe('und');
  });

  it('normalises declared languages', () => {
    expect(normaliseLanguage('en-US')).toBe('en');
    expect(normaliseLanguage('EN_gb')).toBe('en');
    expect(normaliseLanguage('English')).toBe('en');
    expect(normaliseLanguage('Ukrainian')).toBe('uk');
    expect(normaliseLanguage('Klingon')).toBeNull();
    expect(normaliseLanguage(null)).toBeNull();
  });

  it('builds an informational english-only message', () => {
    const m = englishOnlyMessage('de', 'a.txt');
    expect(m.ruleId).toBe('analysis-english-only');
    expect(m.fatal).toBeUndefined();
    expect(m.reason).toMatch(/English-only/);
    expect(m.file).toBe('a.txt');
  });
});

describe('language fast path', () => {
  it('does not call English a text in another Latin-script language with a few English words', () => {
    const nl = 'De gemeenteraad heeft maandag besloten om de oude bibliotheek voor twee jaar te sluiten. Het is een moeilijke beslissing, zei de wethouder, maar het gebouw voldoet niet meer aan de eisen voor brandveiligheid en de renovatie kan niet wachten.';
    expect(detectLanguage(nl)).toBe('nl');
    const fr = "Le conseil municipal a décidé lundi de fermer l'ancienne bibliothèque pendant deux ans. C'est une décision difficile, a dit le maire, mais le bâtiment ne respecte plus les normes de sécurité et les travaux ne peuvent pas attendre.";
    expect(detectLanguage(fr)).toBe('fr');
  });

  it('reads long English prose as English', () => {
    const en = 'The council said on Monday that it would close the old library for two years, and that the work was needed because the building had failed fire checks. It said readers would be able to use a temporary reading room from March.';
    expect(detectLanguage(en)).toBe('en');
  });
});

describe('language: the letter threshold', () => {
  it('needs 40 letters, counting letters of any script (astral ones once)', () => {
    // 39 letters, padded with digits and punctuation, is too short; 40 is long enough to try.
    expect(detectLanguage(`${'ab '.repeat(13)}c 1234567890 ...`)).toBe('und');
    const mixed = `${'ж'.repeat(20)} ${'𝐀'.repeat(19)}`;
    expect(detectLanguage(mixed)).toBe('und');
    expect(detectLanguage('The city council voted on Monday to close the old central library for two years of renovation.')).toBe('en');
  });
});
