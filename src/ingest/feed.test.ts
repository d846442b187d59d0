import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocContext } from './context.js';
import { itemHash, readFeed } from './feed.js';
import { fixture } from './testutil.js';

const ctx = (input: string, mediaType = 'application/rss+xml'): DocContext => ({ input, origin: 'file', mediaType, encoding: 'utf-8', messages: [] });

describe('readFeed: RSS 2.0', () => {
  const { documents, messages } = readFeed(readFileSync(fixture('feed.rss'), 'utf8'), ctx('feeds/valley.rss'));

  it('makes one document per item, id <feed>#<guid or link>', () => {
    expect(messages).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual([
      'feeds/valley.rss#vp-2025-1187',
      'feeds/valley.rss#https://valleypost.example/2025/11/scanning-clinic',
      'feeds/valley.rss#https://valleypost.example/2025/11/farmers-market',
    ]);
  });

  it('prefers content:encoded and converts HTML (CDATA or escaped) to paragraphs', () => {
    expect(documents[0].text).toBe(
      'The Aster bridge on the A614 will close for six weeks from 1 December while engineers replace corroded bearings, the county highways department said.\n\nDiversions via Millbrook will add about 15 minutes to journeys, and buses will run to a temporary timetable.',
    );
    expect(documents[1].text.split('\n\n')[0]).toBe(
      'The Aster Valley hospital trust will open its MRI clinic on Saturdays & Sundays from next month, a spokesperson told Regional Wire Service.',
    );
    expect(documents[2].text).toBe('After a two-year break, the monthly farmers market returns to Mill Square on Saturday with 40 stalls.\n\nOrganisers said parking on Quay Street would be free until noon.');
  });

  it('reads dates with their offset, authors, categories, channel outlet and <source>', () => {
    expect(documents[0]).toMatchObject({
      title: 'Bridge on the A614 to close for repairs', outlet: 'Valley Post', published: '2025-11-21T09:30:00+02:00',
      author: 'Tom Hale', categories: ['Transport', 'Roads'], language: 'en', url: 'https://valleypost.example/2025/11/a614-bridge',
      source: { kind: 'rss', input: 'feeds/valley.rss', feed: 'feeds/valley.rss', guid: 'vp-2025-1187', mediaType: 'application/rss+xml' },
    });
    expect(documents[1].author).toBe('Alice Moreno');
    expect(documents[1].published).toBe('2025-11-20T16:05:00Z');
    // A syndicated item (<source>) is the original outlet's text, carried by this feed.
    expect(documents[1].outlet).toBe('Regional Wire Service');
    expect(documents[1].source.feedSource).toEqual({ name: 'Regional Wire Service', url: 'https://wire.example/rss', carriedBy: 'Valley Post' });
    expect(documents[0].source.feedSource).toBeUndefined();
  });
});

describe('readFeed: Atom', () => {
  const { documents, messages } = readFeed(readFileSync(fixture('feed.atom'), 'utf8'), ctx('harbour.atom', 'application/atom+xml'));

  it('reads html, xhtml and summary-only entries', () => {
    expect(messages).toEqual([]);
    expect(documents).toHaveLength(3);
    expect(documents[0].text).toBe(
      'Two kayakers were rescued off Gull Point on Thursday evening after their boats capsized in a strong offshore wind.\n\nThe lifeboat station said both were wearing buoyancy aids and were taken to hospital as a precaution.',
    );
    expect(documents[1].text).toBe('The port authority has awarded a £2.1m dredging contract to a Dutch firm.\n\nWork on the inner basin will begin in January & last ten weeks.');
    expect(documents[2].text).toMatch(/^The harbour office has published the December tide tables/);
  });

  it('takes id, alternate link, published else updated, authors and feed title', () => {
    expect(documents[0]).toMatchObject({
      id: 'harbour.atom#tag:harbourgazette.example,2025:4411', url: 'https://harbourgazette.example/news/4411',
      published: '2025-11-21T07:20:00+01:00', author: 'Rhys Jones', outlet: 'Harbour Gazette', categories: ['Rescue'], language: 'en',
      source: { kind: 'atom', guid: 'tag:harbourgazette.example,2025:4411' },
    });
    expect(documents[1]).toMatchObject({ published: '2025-11-20T15:00:00Z', author: 'Harbour Gazette newsroom', url: 'https://harbourgazette.example/news/4409' });
  });
});

describe('readFeed: problems', () => {
  it('is fatal on invalid XML, naming line and column', () => {
    const r = readFeed(readFileSync(fixture('invalid.rss'), 'utf8'), ctx('broken.rss'));
    expect(r.documents).toEqual([]);
    expect(r.messages[0]).toMatchObject({ ruleId: 'invalid-xml', fatal: true, file: 'broken.rss' });
    expect(r.messages[0].reason).toMatch(/line 8, column 3/);
  });

  it('is fatal on a feed without items', () => {
    const r = readFeed(readFileSync(fixture('empty-feed.rss'), 'utf8'), ctx('quiet.rss'));
    expect(r.messages).toEqual([expect.objectContaining({ ruleId: 'empty-feed', fatal: true, file: 'quiet.rss' })]);
  });

  it('skips empty items, keeps title-only items, hashes items without guid or link, skips repeated ids', () => {
    const xml = `<rss version="2.0"><channel><title>Town Crier</title>
      <item><description>   </description></item>
      <item><title>Snow closes mountain pass</title><pubDate>Mon, 24 Nov 2025 06:00:00 +0100</pubDate></item>
      <item><guid>a1</guid><title>Water main burst</title><description>Homes on Lime Street lost supply overnight.</description></item>
      <item><guid>a1</guid><title>Water main burst (updated)</title><description>Supply was restored by noon.</description></item>
    </channel></rss>`;
    const r = readFeed(xml, ctx('crier.rss'));
    expect(r.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['empty-item', false], ['repeated-id', false]]);
    expect(r.documents.map((d) => d.id)).toEqual([`crier.rss#${itemHash('Snow closes mountain pass', '2025-11-24T06:00:00+01:00')}`, 'crier.rss#a1']);
    expect(r.documents[0].text).toBe('Snow closes mountain pass');
    expect(r.documents[0].messages[0].ruleId).toBe('title-only-item');
    expect(r.documents[1].text).toBe('Homes on Lime Street lost supply overnight.');
  });

  it('is fatal when no item has text or a title, and for XML that is no feed', () => {
    const r = readFeed('<rss><channel><title>X</title><item><link>https://x.example/1</link></item></channel></rss>', ctx('x.rss'));
    expect(r.messages.at(-1)).toMatchObject({ ruleId: 'empty-feed', fatal: true });
    expect(readFeed('<catalog/>', ctx('c.xml')).messages[0].ruleId).toBe('not-a-feed');
  });
});

describe('outletFromFeedTitle', () => {
  it('drops a section suffix after a separator', async () => {
    const { outletFromFeedTitle } = await import('./feed.js');
    expect(outletFromFeedTitle('The Harbour Ledger - National')).toBe('The Harbour Ledger');
    expect(outletFromFeedTitle('Northgate Wire | World')).toBe('Northgate Wire');
    expect(outletFromFeedTitle('Coastline Daily > Business')).toBe('Coastline Daily');
    expect(outletFromFeedTitle('Hay-on-Wye Gazette')).toBe('Hay-on-Wye Gazette');
    expect(outletFromFeedTitle(null)).toBeNull();
  });
});
