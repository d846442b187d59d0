import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';
import { findNames } from './names.js';

const names = (text: string): string[] => findNames(text, tokenize(text)).map((n) => n.key);

describe('findNames', () => {
  it('finds multi-word names with connectors and abbreviations', () => {
    expect(names('Officials at the Bank of England met Maria Santos and the U.S. Coast Guard on Tuesday.')).toEqual([
      'bank of england', 'maria santos', 'us. coast guard',
    ]);
  });

  it('drops a sentence-initial common word but keeps a sentence-initial name', () => {
    expect(names('Rescuers closed the road. Later, rescuers said Kowalski arrived late. Kowalski saw it.')).toEqual([
      'kowalski', 'kowalski',
    ]);
  });

  it('skips title-case headline lines but reads prose lines', () => {
    expect(names('Storm Forces Evacuation Of Coastal Towns\nResidents of Puerto Lumbre left on Sunday.')).toEqual([
      'puerto lumbre',
    ]);
  });

  it('never starts or ends a name with a month or weekday', () => {
    expect(names('The vote by Parliament in Ashgabat on Sunday, December 14, was calm.')).toEqual(['parliament', 'ashgabat']);
  });

  it('gives offsets into the text', () => {
    const text = 'Yesterday Ana Ruiz spoke.';
    const [n] = findNames(text, tokenize(text));
    expect(text.slice(n.start, n.end)).toBe('Ana Ruiz');
  });
});
