/**
 * What a reader sees of a claim group: a whole clause as its label while each mention keeps the
 * narrow span it shares with the others; a part cut off at its verb reaches its object; the
 * timeline has one entry per event, read as the sentence it came from; a contested action's value
 * is the action's words alone.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStoryClaims, extractClaims, reachObject, withoutInsetFrame } from './index.js';
import { FERRY, FERRY_LINKS, storyInput, type FixtureArticle } from './test-fixtures.js';

describe('group labels', () => {
  const input = storyInput(FERRY, FERRY_LINKS);
  const result = analyzeStoryClaims(input);

  it('are a whole clause of a mention, the mentions staying narrow', () => {
    const rescued = result.claims.find((g) => g.outlets.length >= 3 && g.mentions.some((m) => m.text.includes('112 people')))!;
    expect(rescued).toBeDefined();
    expect(rescued.text).toBe('The coast guard rescued 112 people from the water');
    expect(rescued.mentions.some((m) => m.text.length < rescued.text.length)).toBe(true);
    for (const g of result.claims) expect(g.text.split(/\s+/).length, g.text).toBeGreaterThanOrEqual(3);
  });

  it('give a contested action as the action words alone', () => {
    const report = result.claims.find((g) => g.kind === 'action')!;
    expect(report).toBeDefined();
    const values = report.mentions.map((m) => m.value);
    expect(values).toContain('submit a safety report');
    expect(values).toContain('publish a safety report');
  });
});

describe('a part cut off at its verb', () => {
  const input = storyInput([{ id: 'x', outlet: 'Tarn Gazette', published: '2026-04-09', text: 'Talks on the dam\nThe council would consider the loan only if the state paid half, the mayor said.' }]);
  const c = extractClaims(input.articles[0], input.extraction.get('x')!).find((x) => x.text.includes('consider'))!;

  it('reaches the object and condition of the verb', () => {
    const end = c.text.indexOf('consider') + 'consider'.length + c.span.start;
    const reached = reachObject(c, c.span.start, end);
    expect(input.articles[0].text.slice(c.span.start, reached)).toBe('The council would consider the loan only if the state paid half');
  });

  it('keeps a part that holds words past its verb', () => {
    const end = c.text.indexOf('the loan') + 'the loan'.length + c.span.start;
    expect(reachObject(c, c.span.start, end)).toBe(end);
  });
});

/** Two outlets on one day: a bridge opened (both tell it, in other words) and a council vote (one). */
const BRIDGE: FixtureArticle[] = [
  {
    id: 'echo',
    outlet: 'Lowland Echo',
    published: '2026-07-08',
    text: `New bridge opens
Mayor Ruth Ellis opened the new Kessel bridge over the river on Monday.
On Monday, the town council voted to raise parking fees by a fifth.`,
  },
  {
    id: 'wire',
    outlet: 'County Wire',
    published: '2026-07-08',
    text: `Kessel bridge opens to traffic
The new Kessel bridge over the river was opened by Mayor Ruth Ellis on Monday, officials said.`,
  },
];

describe('timeline entries', () => {
  const result = analyzeStoryClaims(storyInput(BRIDGE));
  const monday = result.timeline.filter((t) => t.value === '2026-07-06');

  it('are one per event on the same day, each read as its sentence', () => {
    expect(monday).toHaveLength(2);
    const bridge = monday.find((t) => /bridge/.test(t.text))!;
    const vote = monday.find((t) => /parking fees/.test(t.text))!;
    expect(new Set(bridge.mentions.map((m) => m.outlet))).toEqual(new Set(['Lowland Echo', 'County Wire']));
    expect(vote.mentions.map((m) => m.outlet)).toEqual(['Lowland Echo']);
    expect(vote.text).toBe('On Monday, the town council voted to raise parking fees by a fifth.');
  });
});

describe('a frame set off by commas inside a clause', () => {
  const input = storyInput([
    { id: 'p', outlet: 'Tarn Gazette', published: '2026-04-09', text: 'Port plans\nAmong the council demands, the Harbour Gazette writes, are a new pier and a longer quay.' },
  ]);
  const c = extractClaims(input.articles[0], input.extraction.get('p')!).find((x) => x.text.includes('pier'))!;

  it('is left out of the label, the claim span staying as it is', () => {
    expect(c.frame?.source?.text).toBe('the Harbour Gazette');
    expect(withoutInsetFrame(c)).toBe('Among the council demands are a new pier and a longer quay');
    expect(c.text).toContain('writes');
  });
});
