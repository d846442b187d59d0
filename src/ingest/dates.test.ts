import { describe, expect, it } from 'vitest';
import { toIsoDate } from './dates.js';

describe('toIsoDate', () => {
  it('keeps ISO dates and offsets, normalising the form', () => {
    expect(toIsoDate('2025-11-22')).toBe('2025-11-22');
    expect(toIsoDate('2025-11-22 10:15')).toBe('2025-11-22T10:15:00');
    expect(toIsoDate('2025-11-22T10:15:00+0200')).toBe('2025-11-22T10:15:00+02:00');
    expect(toIsoDate('2025-11-22T10:15:00.250Z')).toBe('2025-11-22T10:15:00.250Z');
  });

  it('reads RFC 822 dates as RSS writes them, keeping the local time', () => {
    expect(toIsoDate('Sat, 22 Nov 2025 10:15:00 +0200')).toBe('2025-11-22T10:15:00+02:00');
    expect(toIsoDate('22 Nov 25 23:05 EST')).toBe('2025-11-22T23:05:00-05:00');
    expect(toIsoDate('Sun, 23 Nov 2025 08:00:00 GMT')).toBe('2025-11-23T08:00:00Z');
  });

  it('rejects impossible and empty dates', () => {
    expect(toIsoDate('2025-02-30')).toBeNull();
    expect(toIsoDate('')).toBeNull();
    expect(toIsoDate('next Tuesday-ish')).toBeNull();
    expect(toIsoDate(20251122)).toBeNull();
  });
});
