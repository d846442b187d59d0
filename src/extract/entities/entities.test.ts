import { describe, expect, it } from 'vitest';
import type { EntityMention, Mark } from '../../types.js';
import { extractEntities, mergeEntities } from './index.js';

/** The mentions whose text is `text`. */
function named(ms: EntityMention[], text: string): EntityMention[] {
  return ms.filter((m) => m.text === text);
}

/** The single entity id behind every mention with one of `texts`. */
function idsOf(ms: EntityMention[], ...texts: string[]): Set<string> {
  return new Set(ms.filter((m) => texts.includes(m.text)).map((m) => m.entity));
}

describe('extractEntities: persons', () => {
  const text =
    'Finance Minister Maria Lindqvist said on Tuesday that the budget would pass before the summer. ' +
    'Lindqvist told reporters in Stockholm that talks with the opposition were going well. ' +
    'Later, Lindqvist met Prime Minister Olof Brandt and his adviser, Jonas Ek, at the ministry. ' +
    'However, Brandt’s coalition partners remain wary of the plan.';
  const ms = extractEntities(text);

  it('takes the name without its title and joins later surname-only mentions', () => {
    const full = named(ms, 'Maria Lindqvist');
    expect(full).toHaveLength(1);
    expect(full[0].type).toBe('PERSON');
    expect(text.slice(full[0].start, full[0].end)).toBe('Maria Lindqvist');
    const short = named(ms, 'Lindqvist');
    expect(short).toHaveLength(2);
    expect(idsOf(ms, 'Maria Lindqvist', 'Lindqvist')).toEqual(new Set([full[0].entity]));
    expect(full[0].entity).toBe('maria-lindqvist');
  });

  it('strips a possessive and merges it with the full name', () => {
    const brandt = named(ms, 'Brandt');
    expect(brandt).toHaveLength(1);
    expect(brandt[0].entity).toBe(named(ms, 'Olof Brandt')[0].entity);
    expect(brandt[0].type).toBe('PERSON');
  });

  it('never takes titles, weekdays or sentence-initial adverbs', () => {
    const texts = ms.map((m) => m.text);
    for (const bad of ['Finance Minister', 'Prime Minister', 'Tuesday', 'Later', 'However', 'Finance']) {
      expect(texts).not.toContain(bad);
    }
    expect(named(ms, 'Stockholm')[0].type).toBe('PLACE');
  });

  it('types a role noun or appositive person and a speaker', () => {
    const ms2 = extractEntities(
      'The plan was drafted by special envoy Tomas Verhoek with help from deputy Anya Brill. ' +
        'Officials said Rostam Delkhah, head of the Pelorian Trade Council, opposed it. Verhoek said the draft was final.',
    );
    expect(named(ms2, 'Tomas Verhoek')[0].type).toBe('PERSON');
    expect(named(ms2, 'Rostam Delkhah')[0].type).toBe('PERSON');
    expect(named(ms2, 'Pelorian Trade Council')[0].type).toBe('ORG');
    expect(named(ms2, 'Verhoek')[0].entity).toBe(named(ms2, 'Tomas Verhoek')[0].entity);
    expect(ms2.map((m) => m.text)).not.toContain('Officials');
  });
});

describe('extractEntities: organisations', () => {
  it('links an acronym to the full name the text gives for it', () => {
    const text =
      'The Coastal Fisheries Monitoring Agency (CFMA) published its annual count on Monday. ' +
      'According to the CFMA, cod stocks fell for a third year. Members of the North Atlantic Treaty Organization (NATO) were not consulted, and NATO declined to comment.';
    const ms = extractEntities(text);
    const full = named(ms, 'Coastal Fisheries Monitoring Agency');
    expect(full[0].type).toBe('ORG');
    const cfma = named(ms, 'CFMA');
    expect(cfma).toHaveLength(2);
    expect(new Set(cfma.map((m) => m.entity))).toEqual(new Set([full[0].entity]));
    expect(idsOf(ms, 'North Atlantic Treaty Organization', 'NATO')).toEqual(new Set(['nato']));
  });

  it('finds outlets and agencies as organisations, with a capitalised The', () => {
    const text =
      'The report was first published by Axios on Friday. The Guardian later confirmed it, citing two officials, ' +
      'and Sky News said the meeting would happen in Geneva. Reuters and Al Jazeera could not verify the account, ' +
      'while The New York Times reported a different date.';
    const ms = extractEntities(text);
    for (const name of ['Axios', 'The Guardian', 'Sky News', 'Reuters', 'Al Jazeera', 'The New York Times']) {
      const m = named(ms, name);
      expect(m, name).toHaveLength(1);
      expect(m[0].type, name).toBe('ORG');
    }
    expect(named(ms, 'The Guardian')[0].entity).toBe('the-guardian');
    expect(named(ms, 'Geneva')[0].type).toBe('PLACE');
  });

  it('reads organisation patterns and government bodies', () => {
    const ms = extractEntities(
      'A spokesman for the Ministry of Water Resources said the Kremlin and the White House had both been informed. ' +
        'Shares of Halvorsen Shipping Corp fell after the Varnish Institute questioned its accounts.',
    );
    for (const name of ['Ministry of Water Resources', 'Kremlin', 'White House', 'Halvorsen Shipping Corp', 'Varnish Institute']) {
      expect(named(ms, name)[0]?.type, name).toBe('ORG');
    }
  });
});

describe('extractEntities: places', () => {
  it('types unknown names after place prepositions and with place suffixes', () => {
    const ms = extractEntities(
      'Flooding hit homes in Velmora overnight, and rescue teams worked across Tarkand Province until dawn. ' +
        'Water levels at Lake Orrin rose by two metres, officials in Kyiv said.',
    );
    expect(named(ms, 'Velmora')[0].type).toBe('PLACE');
    expect(named(ms, 'Tarkand Province')[0].type).toBe('PLACE');
    expect(named(ms, 'Lake Orrin')[0].type).toBe('PLACE');
    expect(named(ms, 'Kyiv')[0].type).toBe('PLACE');
  });

  it('gives one id to the United States in all its forms and keeps the person apart', () => {
    const ms = extractEntities(
      'The United States of America has offered new terms. US President Donald Trump said the US would not wait, ' +
        'and aides said the United States expects an answer. Russia’s position is unchanged.',
    );
    expect(idsOf(ms, 'United States of America', 'US', 'United States')).toEqual(new Set(['united-states']));
    expect(named(ms, 'US')).toHaveLength(2);
    expect(named(ms, 'Donald Trump')[0].type).toBe('PERSON');
    expect(named(ms, 'Russia')[0].type).toBe('PLACE');
    expect(ms.map((m) => m.text)).not.toContain('US President Donald Trump');
  });

  it('reads a dateline place at the start of the body', () => {
    const ms = extractEntities('PORT ELLIS, Norland — Dockworkers walked out on Monday over pay.');
    expect(named(ms, 'PORT ELLIS')[0].type).toBe('PLACE');
  });

  it('keeps demonyms, months and lone common words out', () => {
    const ms = extractEntities(
      'Russian and Ukrainian negotiators met in March. Meanwhile, European diplomats said a deal was near. ' +
        'Yesterday the talks resumed. Recently, Ukrainian officials have been more hopeful.',
    );
    const texts = ms.map((m) => m.text);
    for (const bad of ['Russian', 'Ukrainian', 'March', 'Meanwhile', 'European', 'Yesterday', 'Recently']) {
      expect(texts).not.toContain(bad);
    }
  });

  it('splits a hyphenated pair of known names', () => {
    const ms = extractEntities('Donald Trump and Vladimir Putin spoke by phone. A second Putin-Trump call is planned, the US-brokered talks say.');
    expect(named(ms, 'Putin')[0]?.entity).toBe(named(ms, 'Vladimir Putin')[0].entity);
    expect(named(ms, 'Trump')[0]?.entity).toBe(named(ms, 'Donald Trump')[0].entity);
    expect(named(ms, 'US')[0]?.entity).toBe('united-states');
  });
});

describe('extractEntities: marks and titles', () => {
  const lines = [
    'Harbour strike enters second week',
    'Ingrid Solberg speaks to strikers in Bergen (photo: Getty Images)',
    'Dockworkers in Bergen extended their strike on Sunday, union leader Kari Holm said.',
    'Holm said the Norwegian Port Authority had not answered the union.',
    'Read the full story on Nordwire Daily and subscribe for more.',
  ];
  const text = lines.join('\n');
  const offset = (i: number): number => lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
  const marks: Mark[] = [
    { start: offset(1), end: offset(1) + lines[1].length, kind: 'caption' },
    { start: offset(4), end: offset(4) + lines[4].length, kind: 'promo' },
  ];

  it('takes nothing from a caption or promo line', () => {
    const ms = extractEntities(text, { marks, titleSpan: { start: 0, end: lines[0].length } });
    const texts = ms.map((m) => m.text);
    expect(texts).not.toContain('Getty Images');
    expect(texts).not.toContain('Ingrid Solberg');
    expect(texts).not.toContain('Nordwire Daily');
    expect(named(ms, 'Kari Holm')[0].type).toBe('PERSON');
    expect(named(ms, 'Holm')[0].entity).toBe('kari-holm');
    expect(named(ms, 'Norwegian Port Authority')[0].type).toBe('ORG');
    for (const m of ms) expect(m.start >= offset(2) && m.end <= offset(4)).toBe(true);
  });

  it('finds caption names when the caption is not marked (the marks decide)', () => {
    const texts = extractEntities(text).map((m) => m.text);
    expect(texts).toContain('Getty Images');
  });

  it('searches only the given sentences and the title, title-case titles for known names only', () => {
    const t = 'Solberg Vows Strike Will Spread To Oslo Harbours\nUnion chief Ingrid Solberg said the strike would go on.';
    const nl = t.indexOf('\n');
    const ms = extractEntities(t, { sentences: [{ start: nl + 1, end: t.length }], titleSpan: { start: 0, end: nl } });
    const texts = ms.map((m) => m.text);
    expect(texts).toContain('Oslo');
    expect(texts).toContain('Solberg');
    expect(texts).not.toContain('Vows Strike Will Spread');
    expect(texts).not.toContain('Harbours');
    expect(named(ms, 'Solberg')[0].entity).toBe(named(ms, 'Ingrid Solberg')[0].entity);
  });
});

describe('mergeEntities', () => {
  it('gives transliteration variants one id, named by the most frequent full form', () => {
    const a = extractEntities('Ukrainian President Volodymyr Zelenskyy met Volodymyr Zelenskyy’s advisers. Zelenskyy said talks would continue.');
    const b = extractEntities('President Volodymyr Zelensky addressed parliament on Monday, and Zelensky thanked allies.');
    const c = extractEntities('Kyiv officials said Zelenskiy would travel to Brussels, where Zelenskiy will meet NATO envoys.');
    const merged = mergeEntities([a, b, c]);
    const ids = new Set(merged.flat().filter((m) => /^Zelensk/.test(m.text) || /Zelensk/.test(m.text)).map((m) => m.entity));
    expect(ids).toEqual(new Set(['volodymyr-zelenskyy']));
    // Before merging, each article had its own id.
    expect(new Set([a, b].map((ms) => ms.find((m) => m.text.includes('Zelensk'))?.entity)).size).toBe(2);
  });

  it('joins a surname-only entity to the one full name across articles, not when ambiguous', () => {
    const a = extractEntities('Kremlin spokesman Dmitry Peskov said no meeting was planned.');
    const b = extractEntities('Peskov said the Kremlin would wait.');
    const [ma, mb] = mergeEntities([a, b]);
    expect(named(mb, 'Peskov')[0].entity).toBe(named(ma, 'Dmitry Peskov')[0].entity);
    expect(named(mb, 'Kremlin')[0].entity).toBe('kremlin');

    const c = extractEntities('Senator Laura Marsh said the bill was dead.');
    const d = extractEntities('Governor Peter Marsh said he would veto it.');
    const e = extractEntities('Marsh said the vote was close.');
    const [mc, md, me] = mergeEntities([c, d, e]);
    expect(named(mc, 'Laura Marsh')[0].entity).not.toBe(named(md, 'Peter Marsh')[0].entity);
    const lone = named(me, 'Marsh')[0].entity;
    expect(lone).not.toBe(named(mc, 'Laura Marsh')[0].entity);
    expect(lone).not.toBe(named(md, 'Peter Marsh')[0].entity);
  });

  it('keeps the mention spans and texts unchanged', () => {
    const a = extractEntities('Axios reported the plan in Vienna.');
    const [m] = mergeEntities([a]);
    expect(m.map(({ start, end, text }) => ({ start, end, text }))).toEqual(a.map(({ start, end, text }) => ({ start, end, text })));
  });
});

describe('extractEntities: ampersands, portfolio titles, known words inside names', () => {
  const text =
    'Tourism Minister Idris Kemal said the Lakeshore Gas & Electric plant near the village of ' +
    'Morrow Ford would reopen. County Commissioner Bea Hollis said shares of Marlow & Finch and ' +
    'AT&T rose. The novelist Dora London lives in London.';
  const ms = extractEntities(text);
  const typeOf = (t: string) => named(ms, t).map((m) => m.type);

  it('keeps a name joined by `&` whole and reads it as an organisation', () => {
    expect(typeOf('Lakeshore Gas & Electric')).toEqual(['ORG']);
    expect(typeOf('Marlow & Finch')).toEqual(['ORG']);
    expect(named(ms, 'AT&T')).toHaveLength(1);
    expect(named(ms, 'Electric')).toHaveLength(0);
  });

  it('reads a portfolio before a title as part of the title, not as an organisation', () => {
    expect(named(ms, 'Tourism')).toHaveLength(0);
    expect(named(ms, 'County')).toHaveLength(0);
    expect(typeOf('Idris Kemal')).toEqual(['PERSON']);
    expect(typeOf('Bea Hollis')).toEqual(['PERSON']);
  });

  it('lets a known one-word name end the unknown name before it', () => {
    expect(named(ms, 'Morrow Ford')).toHaveLength(1);
    expect(named(ms, 'Ford')).toHaveLength(0);
    expect(typeOf('Dora London')).toEqual(['PERSON']);
    expect(typeOf('London')).toEqual(['PLACE']);
  });
});

describe('extractEntities: a lone sentence-initial word shaped like an ordinary word', () => {
  it('is no name even before a speech verb', () => {
    const text = 'Shelling resumed near Tarvel overnight. Flooding continued, officials said.';
    const ms = extractEntities(text);
    expect(named(ms, 'Shelling')).toHaveLength(0);
    expect(named(ms, 'Flooding')).toHaveLength(0);
    expect(named(ms, 'Tarvel')).toHaveLength(1);
  });
});

describe('extractEntities: places by their kind of name and by `the village of`', () => {
  it('reads creeks, dams and `the villages of X` as places', () => {
    const text = 'Water from Quarry Creek reached Penley Dam, and crews worked in the villages of Harnby and beyond.';
    const ms = extractEntities(text);
    expect(named(ms, 'Quarry Creek').map((m) => m.type)).toEqual(['PLACE']);
    expect(named(ms, 'Penley Dam').map((m) => m.type)).toEqual(['PLACE']);
    expect(named(ms, 'Harnby').map((m) => m.type)).toEqual(['PLACE']);
  });
});

describe('extractEntities: numbered names', () => {
  it('keeps the number with `Article 5` and `Flight 212`, and never makes the bare noun an entity', () => {
    const text =
      'The draft mirrors Article 5 of the alliance treaty. Flight 212 landed safely in Orsk, and ' +
      'officials cited Article 5 again. Harlow beat Denton 2 to 1 in 2024.';
    const ms = extractEntities(text);
    expect(named(ms, 'Article 5')).toHaveLength(2);
    expect(idsOf(ms, 'Article 5').size).toBe(1);
    expect(named(ms, 'Flight 212')).toHaveLength(1);
    expect(named(ms, 'Article')).toHaveLength(0);
    expect(named(ms, 'Flight')).toHaveLength(0);
    // Only the listed nouns take a number: a team before a score keeps its own name.
    expect(named(ms, 'Denton')).toHaveLength(1);
  });
});
