import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readBytes, readInput } from './index.js';
import { FIXTURES, fixture, removeTempDirs, tempDir } from './testutil.js';

afterAll(removeTempDirs);

const UKRAINIAN =
  'Обласна рада затвердила бюджет на наступний рік.\nНайбільше коштів отримають школи та лікарні, а ремонт доріг фінансуватимуть із резервного фонду.\n';
const RUSSIAN = 'Паводок затопил несколько улиц в нижней части города.\nСпасатели эвакуировали жителей двух домов, пострадавших нет.\n';

const fatalRules = (results: Awaited<ReturnType<typeof readInput>>): string[] =>
  results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => m.ruleId));

describe('readInput: files', () => {
  it('reads a text file verbatim with the path as id', async () => {
    const [r] = await readInput(fixture('plain.txt'));
    expect(r.failed).toBe(false);
    expect(r.documents[0].id).toBe(fixture('plain.txt'));
    expect(r.documents[0].text).toMatch(/^Library opening hours cut at three branches\n\nEASTFIELD, Nov 21 - /);
    expect(r.documents[0].text.endsWith('on 4 December.\n')).toBe(true);
    expect(r.documents[0].source).toEqual({ kind: 'text', input: fixture('plain.txt'), mediaType: 'text/plain', encoding: 'utf-8' });
  });

  it('decodes windows-1251 and koi8-u files without any declaration', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ru.txt'), iconv.encode(RUSSIAN, 'windows-1251'));
    writeFileSync(path.join(dir, 'ua.txt'), iconv.encode(UKRAINIAN, 'koi8-u'));
    const [ru] = await readInput(path.join(dir, 'ru.txt'));
    const [ua] = await readInput(path.join(dir, 'ua.txt'));
    expect(ru.documents[0]).toMatchObject({ text: RUSSIAN, source: { encoding: 'windows-1251' } });
    expect(ua.documents[0]).toMatchObject({ text: UKRAINIAN, source: { encoding: 'koi8-u' } });
  });

  it('walks a directory recursively in sorted order, skipping hidden entries, ids joined to the path as given', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'b-sub'));
    mkdirSync(path.join(dir, '.cache'));
    writeFileSync(path.join(dir, 'c.txt'), 'Third story: the bakery on Rye Lane closes after 60 years.');
    writeFileSync(path.join(dir, 'a.md'), '# First\n\nThe ferry timetable changes on Monday.');
    writeFileSync(path.join(dir, 'b-sub', 'inner.txt'), 'Second story: a new bus route links the two hospitals.');
    writeFileSync(path.join(dir, '.hidden.txt'), 'never read');
    writeFileSync(path.join(dir, '.cache', 'x.txt'), 'never read');
    writeFileSync(path.join(dir, 'photo.jpg'), new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    const results = await readInput(dir);
    const docs = results.flatMap((r) => r.documents);
    expect(docs.map((d) => d.id)).toEqual([path.join(dir, 'a.md'), path.join(dir, 'b-sub', 'inner.txt'), path.join(dir, 'c.txt')]);
    expect(results.some((r) => r.failed)).toBe(false);
    expect(results.flatMap((r) => r.messages).map((m) => m.ruleId)).toEqual(['skipped-file']);
  });

  it('expands an OPML file into one result per listed feed, resolved against its folder', async () => {
    const results = await readInput(fixture('feeds.opml'));
    expect(results.map((r) => r.input)).toEqual([path.join(FIXTURES, 'feed.rss'), path.join(FIXTURES, 'feed.atom')]);
    expect(results.map((r) => r.documents.length)).toEqual([3, 3]);
    expect(results[0].documents[0].id).toBe(`${path.join(FIXTURES, 'feed.rss')}#vp-2025-1187`);
    expect(results.every((r) => !r.failed)).toBe(true);
  });

  it('is fatal for an OPML file without feeds, and reports a missing listed feed without stopping the others', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'none.opml'), '<opml version="2.0"><head/><body><outline text="Empty folder"/></body></opml>');
    writeFileSync(path.join(dir, 'some.opml'), '<opml version="2.0"><body><outline xmlUrl="gone.rss"/><outline xmlUrl="ok.rss"/></body></opml>');
    writeFileSync(path.join(dir, 'ok.rss'), '<rss><channel><title>Ok</title><item><guid>1</guid><title>Pool reopens</title><description>The pool reopens on Friday.</description></item></channel></rss>');
    expect(fatalRules(await readInput(path.join(dir, 'none.opml')))).toEqual(['no-feeds']);
    const some = await readInput(path.join(dir, 'some.opml'));
    expect(some.map((r) => [path.basename(r.input), r.failed, r.documents.length])).toEqual([['gone.rss', true, 0], ['ok.rss', false, 1]]);
  });

  it('reads JSON lines and HTML files through the same entry point', async () => {
    const [jl] = await readInput(fixture('articles.jsonl'));
    expect(jl.failed).toBe(true);
    expect(jl.documents.map((d) => d.id)).toEqual(['wire-001', 'wire-002', 'wire-005']);
    const [page] = await readInput(fixture('article.html'));
    expect(page.documents[0].id).toBe('https://courier.example/news/2025/11/kelham-floating-solar');
  });
});

describe('readInput: bad inputs, each fatal and named', () => {
  it('empty, whitespace-only, binary, oversized and missing files', async () => {
    const dir = tempDir();
    const files = {
      empty: path.join(dir, 'empty.txt'),
      blank: path.join(dir, 'blank.txt'),
      png: path.join(dir, 'chart.txt'),
      nul: path.join(dir, 'dump.dat'),
      big: path.join(dir, 'big.txt'),
    };
    writeFileSync(files.empty, '');
    writeFileSync(files.blank, ' \n\t\r\n  ');
    writeFileSync(files.png, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(files.nul, new Uint8Array(Array.from({ length: 600 }, (_, i) => (i * 37) % 256)));
    writeFileSync(files.big, 'The council met again. '.repeat(Math.ceil((12.4 * 1024 * 1024) / 23)));
    const rule = async (p: string): Promise<[string, string]> => {
      const [r] = await readInput(p);
      expect(r.failed).toBe(true);
      expect(r.documents).toEqual([]);
      const m = r.messages.find((x) => x.fatal)!;
      expect(m.file).toBe(p);
      expect(m.reason).toContain(p);
      return [m.ruleId, m.reason];
    };
    expect((await rule(files.empty))[0]).toBe('empty-file');
    expect((await rule(files.blank))[0]).toBe('empty-file');
    expect(await rule(files.png)).toEqual(['binary-file', expect.stringContaining('PNG')]);
    expect((await rule(files.nul))[0]).toBe('binary-file');
    expect(await rule(files.big)).toEqual(['too-large', expect.stringContaining('12.4 MB, over the 10 MB cap')]);
    expect((await rule(path.join(dir, 'missing.txt')))[0]).toBe('not-found');
  });

  it('invalid XML, an empty feed and an unknown encoding', async () => {
    expect(fatalRules(await readInput(fixture('invalid.rss')))).toEqual(['invalid-xml']);
    expect(fatalRules(await readInput(fixture('empty-feed.rss')))).toEqual(['empty-feed']);
    const r = await readBytes(Buffer.from('<?xml version="1.0" encoding="x-martian"?><rss><channel/></rss>'), { input: 'mars.rss', fileName: 'mars.rss' });
    expect(r[0].messages[0]).toMatchObject({ ruleId: 'unknown-encoding', fatal: true, file: 'mars.rss' });
  });

  it('one bad file in a directory does not stop the others', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '1.txt'), 'The harbour wall will be raised by half a metre.');
    writeFileSync(path.join(dir, '2.txt'), '');
    writeFileSync(path.join(dir, '3.txt'), 'Residents welcomed the plan at a packed meeting.');
    const results = await readInput(dir);
    expect(results.map((r) => [path.basename(r.input), r.failed, r.documents.length])).toEqual([['1.txt', false, 1], ['2.txt', true, 0], ['3.txt', false, 1]]);
  });

  it('XML that is neither feed nor OPML is fatal; RSS 1.0 (RDF) is read as RSS', async () => {
    const [x] = await readBytes(Buffer.from('<?xml version="1.0"?><catalog><book>Tide tables</book></catalog>'), { input: 'books.xml', fileName: 'books.xml' });
    expect(x.messages[0]).toMatchObject({ ruleId: 'unsupported-xml', fatal: true });
    expect(x.messages[0].reason).toContain('<catalog>');
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://old.example/"><title>Old Town News</title></channel>
      <item rdf:about="https://old.example/1"><title>Clock tower restored</title><link>https://old.example/1</link>
      <description>The clock tower chimes again after a year of restoration work.</description><dc:date>2025-11-18T09:00:00+01:00</dc:date></item></rdf:RDF>`;
    const [r] = await readBytes(Buffer.from(rdf), { input: 'old.rdf' });
    expect(r.documents[0]).toMatchObject({ id: 'old.rdf#https://old.example/1', outlet: 'Old Town News', published: '2025-11-18T09:00:00+01:00', source: { kind: 'rss' } });
  });

  it('an OPML file that lists itself is read once; deeper OPML nesting stops', async () => {
    const dir = tempDir();
    const opml = (refs: string[]): string => `<opml version="2.0"><body>${refs.map((r) => `<outline xmlUrl="${r}"/>`).join('')}</body></opml>`;
    writeFileSync(path.join(dir, 'self.opml'), opml(['self.opml']));
    expect(await readInput(path.join(dir, 'self.opml'))).toEqual([]);
    writeFileSync(path.join(dir, 'a.opml'), opml(['b.opml']));
    writeFileSync(path.join(dir, 'b.opml'), opml(['c.opml']));
    writeFileSync(path.join(dir, 'c.opml'), opml(['d.rss']));
    expect(fatalRules(await readInput(path.join(dir, 'a.opml')))).toEqual(['nested-opml']);
  });

  it('an empty directory and an unsupported URL scheme are fatal', async () => {
    expect(fatalRules(await readInput(tempDir()))).toEqual(['empty-directory']);
    expect(fatalRules(await readInput('ftp://files.example/news.txt'))).toEqual(['unsupported-url']);
  });
});

describe('readInput: stdin and readBytes', () => {
  it('reads - from the given stream, detecting the format by content', async () => {
    const stdin = Readable.from([Buffer.from('{"id":"s1","text":"Snow is forecast for the hills."}\n'), Buffer.from('{"id":"s2","text":"Schools stay open."}\n')]);
    const [r] = await readInput('-', { stdin });
    expect(r.input).toBe('-');
    expect(r.documents.map((d) => d.id)).toEqual(['s1', 's2']);
    const [t] = await readInput('-', { stdin: Readable.from([Buffer.from('Gritters were out overnight on the A30.\n')]) });
    expect(t.documents[0]).toMatchObject({ id: expect.stringMatching(/^stdin:[0-9a-f]{16}$/), text: 'Gritters were out overnight on the A30.\n', source: { kind: 'stdin', input: '-' } });
    const [again] = await readInput('-', { stdin: Readable.from([Buffer.from('Gritters were out overnight on the A30.\n')]) });
    expect(again.documents[0].id).toBe(t.documents[0].id);
  });

  it('stops reading stdin past the cap', async () => {
    const [r] = await readInput('-', { stdin: Readable.from([Buffer.alloc(600, 65), Buffer.alloc(600, 66)]), maxBytes: 1000 });
    expect(r.messages[0]).toMatchObject({ ruleId: 'too-large', fatal: true, file: '-' });
  });

  it('readBytes detects by Content-Type and extension and uses the URL as id', async () => {
    const html = Buffer.from('<article><p>The bridge reopened to traffic on Sunday morning after two weeks of repairs, the county said.</p></article>');
    const [r] = await readBytes(html, { input: 'https://news.example/bridge', contentType: 'text/html', kind: 'url' });
    expect(r.documents[0]).toMatchObject({ id: 'https://news.example/bridge', url: 'https://news.example/bridge', source: { kind: 'url', mediaType: 'text/html' } });
    const [f] = await readBytes(Buffer.from('Plain <b>not html</b> words'), { input: 'note.txt', fileName: 'note.txt' });
    expect(f.documents[0].text).toBe('Plain <b>not html</b> words');
  });
});
