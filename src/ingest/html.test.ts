import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocContext } from './context.js';
import { isTruncated, readHtml } from './html.js';
import { fixture } from './testutil.js';

const ctx = (input: string, extra: Partial<DocContext> = {}): DocContext => ({
  input, origin: 'file', mediaType: 'text/html', encoding: 'utf-8', messages: [], ...extra,
});

describe('readHtml', () => {
  const html = readFileSync(fixture('article.html'), 'utf8');

  it('extracts the article paragraphs, headings and list items as plain text', () => {
    const { documents, messages } = readHtml(html, ctx('news/kelham.html'));
    expect(messages).toEqual([]);
    const doc = documents[0];
    const paras = doc.text.split('\n\n');
    expect(paras).toContain('Northbridge City Council on Thursday approved plans for a floating solar farm on Kelham Reservoir, the first installation of its kind in the county.');
    expect(paras).toContain('Anglers raise concerns');
    expect(paras).toContain('Construction is due to start in March 2026.');
    // Entities decoded, inner whitespace collapsed, sentences intact.
    expect(doc.text).toContain('spawning grounds & reduce oxygen');
    expect(doc.text).toContain('about 6 megawatts at peak');
    // Navigation, footer, scripts and styles are not article text.
    for (const junk of ['Sport', 'All rights reserved', 'analytics', 'font-family', 'Bus fares to rise']) expect(doc.text).not.toContain(junk);
  });

  it('takes the metadata the page declares, canonical URL as id', () => {
    const doc = readHtml(html, ctx('news/kelham.html')).documents[0];
    expect(doc).toMatchObject({
      id: 'https://courier.example/news/2025/11/kelham-floating-solar',
      url: 'https://courier.example/news/2025/11/kelham-floating-solar',
      title: 'Council approves floating solar farm on Kelham Reservoir',
      outlet: 'The Northbridge Courier',
      published: '2025-11-20T17:45:00+00:00',
      author: 'Priya Raman',
      language: 'en',
      source: { kind: 'html', input: 'news/kelham.html', mediaType: 'text/html', encoding: 'utf-8' },
    });
    expect(doc.categories).toEqual(['Environment', 'solar power', 'Northbridge council', 'Kelham Reservoir']);
  });

  it('falls back to JSON-LD, <time> and <title>, and uses the page URL as id without a canonical link', () => {
    const page = `<!DOCTYPE html><html lang="uk-UA"><head><title>Tram line opens | City Herald</title>
      <script type="application/ld+json">{"@graph":[{"@type":"Organization","@id":"#org","name":"City Herald"},
      {"@type":["NewsArticle"],"headline":"Tram line opens in the east","datePublished":"2025-10-02","publisher":{"@id":"#org"},
      "author":{"@type":"Person","name":"Olena Kravets"},"keywords":["transport","trams"]}]}</script></head>
      <body><article><p>The new tram line to the eastern districts opened on Thursday with a ceremony at the depot, the city transport department said.</p>
      <p>Trams will run every eight minutes at peak times and every fifteen minutes in the evening.</p><time datetime="2025-10-01">yesterday</time></article></body></html>`;
    const doc = readHtml(page, ctx('https://herald.example/trams', { origin: 'url', url: 'https://herald.example/trams?id=7' })).documents[0];
    expect(doc).toMatchObject({
      id: 'https://herald.example/trams?id=7',
      title: 'Tram line opens in the east',
      outlet: 'City Herald',
      published: '2025-10-02',
      author: 'Olena Kravets',
      language: 'uk',
      categories: ['transport', 'trams'],
      source: { kind: 'url' },
    });
  });

  it('keeps the text of truncated HTML with a truncated-html warning', () => {
    const truncated = readFileSync(fixture('truncated.html'), 'utf8');
    expect(isTruncated(truncated)).toBe(true);
    expect(isTruncated(html)).toBe(false);
    const { documents, messages } = readHtml(truncated, ctx('ferry.html'));
    expect(messages).toEqual([]);
    expect(documents[0].text).toMatch(/^Ferry crossings between Port Aldric/);
    expect(documents[0].messages).toEqual([expect.objectContaining({ ruleId: 'truncated-html', fatal: false, file: 'ferry.html' })]);
  });

  it('falls back to the body text of a page Readability cannot use, and is fatal without any text', () => {
    const tiny = '<html><body><nav>Home | News</nav><div>Polling stations close at 10pm.</div></body></html>';
    expect(readHtml(tiny, ctx('tiny.html')).documents[0].text).toBe('Polling stations close at 10pm.');
    const empty = readHtml('<html><head><title>Loading</title></head><body><script>load()</script></body></html>', ctx('empty.html'));
    expect(empty.documents).toEqual([]);
    expect(empty.messages).toEqual([expect.objectContaining({ ruleId: 'no-article-text', fatal: true, file: 'empty.html' })]);
  });
});
