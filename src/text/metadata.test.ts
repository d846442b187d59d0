import { describe, expect, it } from 'vitest';
import { splitLines } from './lines.js';
import { readMetadata } from './metadata.js';

const marked = (text: string) => {
  const r = readMetadata(splitLines(text));
  return { ...r, texts: r.marks.map((m) => text.slice(m.start, m.end)) };
};

describe('readMetadata', () => {
  it('reads keyed lines, case-insensitively, and stops at the body', () => {
    const t = 'TITLE: Harbour cranes idle as dockers strike\nPublished: 14 March 2024\noutlet: The Coastal Herald\nLanguage: English\n\nDockers in Valmont stopped work on Thursday.\nDate: 2020-01-01';
    const r = marked(t);
    expect(r.texts).toEqual(['TITLE: Harbour cranes idle as dockers strike', 'Published: 14 March 2024', 'outlet: The Coastal Herald', 'Language: English']);
    expect(r.fields.title).toBe('Harbour cranes idle as dockers strike');
    expect(t.slice(r.fields.titleSpan!.start, r.fields.titleSpan!.end)).toBe('Harbour cranes idle as dockers strike');
    expect(r.fields.published).toBe('2024-03-14');
    expect(r.fields.outlet).toBe('The Coastal Herald');
    expect(t.slice(r.fields.outletSpan!.start, r.fields.outletSpan!.end)).toBe('The Coastal Herald');
    expect(r.fields.language).toBe('English');
    expect(r.marks.every((m) => m.kind === 'metadata')).toBe(true);
  });

  it('marks a date prefix before the first sentence on the same line, not the sentence', () => {
    const t = ' date 2024-03-14 Flood waters may reach Brezina by Friday, officials said.\nMore text follows.';
    const r = marked(t);
    expect(r.texts).toEqual(['date 2024-03-14']);
    expect(r.marks[0].rule).toBe('metadata-date-prefix');
    expect(r.fields.published).toBe('2024-03-14');
  });

  it('marks a standalone date line after a headline, with a time when given', () => {
    const t = 'Wildfire forces evacuation of hill villages\nTuesday, 6 August 2024 14:05 GMT\nFirefighters battled the blaze overnight.';
    const r = marked(t);
    expect(r.texts).toEqual(['Tuesday, 6 August 2024 14:05 GMT']);
    expect(r.fields.published).toBe('2024-08-06T14:05:00Z');
  });

  it('reads agency | updated lines, bylines and URL lines', () => {
    const t = 'Northline | Updated: 2023-05-02 09:15\nBy Priya Raman and Tom Ellery\nhttps://news.example.org/2023/05/02/bridge\nThe bridge reopened on Tuesday.';
    const r = marked(t);
    expect(r.texts).toHaveLength(3);
    expect(r.fields.author).toBe('Priya Raman and Tom Ellery');
    expect(r.fields.url).toBe('https://news.example.org/2023/05/02/bridge');
    expect(r.fields.published).toBeUndefined();
    expect(r.fields.updated).toBe('2023-05-02T09:15:00');
  });

  it('does not take body sentences for metadata', () => {
    const t = 'By Monday evening the river had risen two metres.\nThe date of the vote is not known.\nPublished reports said nothing.';
    expect(marked(t).marks).toEqual([]);
  });
});
