/**
 * Mention merging.
 *
 * Within one article ({@link mergeWithinArticle}): known names meet under their gazetteer id;
 * other multi-word names under their folded spelling; a one-word name joins the nearest
 * earlier person whose surname it is (`Putin` after `Vladimir Putin`), or the full name it
 * abbreviates when the text says so (`... Organization (NATO)`); hyphenated pairs of known
 * names (`Putin-Trump`) split into both. Each entity takes the type its mentions' evidence
 * favours.
 *
 * Across articles ({@link mergeAcrossArticles}): same folded full name, or a surname that fits
 * exactly one full name of the set, gives one id: the most frequent full form.
 */
import type { EntityMention, EntityType } from '../../types.js';
import type { Candidate } from './candidates.js';
import type { Evidence } from './classify.js';
import { wordShaped } from './candidates.js';
import { COMMON, FIRST_NAME, isGazetteerId, lookupGazetteer } from './gazetteer.js';
import { entityId, foldName, foldSurname, foldWord, plain } from './normalize.js';
import type { Tok } from './tokens.js';

/** A candidate with its type evidence. */
export interface Scored {
  c: Candidate;
  ev: Evidence;
}

interface Cluster {
  key: string;
  gazetteerId: string | null;
  gazetteerType: EntityType | null;
  mentions: Scored[];
  first: number;
  multi: boolean;
}

/** Name words of a candidate, single-letter initials dropped (`Donald J. Trump` = `Donald Trump`). */
function nameWords(toks: readonly Tok[], c: Candidate): string[] {
  const out: string[] = [];
  for (let k = c.a; k < c.b; k++) {
    const t = toks[k];
    if (t.cap && !(t.text.length === 1 && t.abbrDot)) out.push(t.text);
  }
  return out;
}

function sum(cl: Cluster): Evidence {
  const ev: Evidence = { person: 0, org: 0, place: 0 };
  for (const m of cl.mentions) {
    ev.person += m.ev.person;
    ev.org += m.ev.org;
    ev.place += m.ev.place;
  }
  return ev;
}

function typeOf(cl: Cluster): EntityType {
  if (cl.gazetteerType) return cl.gazetteerType;
  const ev = sum(cl);
  const max = Math.max(ev.person, ev.org, ev.place);
  if (max <= 0) return 'OTHER';
  if (ev.person === max) return 'PERSON';
  if (ev.org === max) return 'ORG';
  return 'PLACE';
}

const ACRONYM_AFTER = /^\s*\(\s*([\p{Lu}][\p{Lu}\d&.-]{1,9})\s*\)/u;

/** True when `acr` can abbreviate `name`: same first letter, letters found in order among the initials. */
function abbreviates(acr: string, name: string): boolean {
  const initials = name.split(/[\s-]+/).filter(Boolean).map((w) => w[0].toUpperCase()).join('');
  const letters = acr.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2 || initials[0] !== letters[0]) return false;
  let i = 0;
  for (const ch of initials) if (ch === letters[i]) i++;
  return i === letters.length;
}

/** Keeps one cluster per key, in first-mention order. */
class Clusters {
  readonly byKey = new Map<string, Cluster>();

  add(key: string, s: Scored, multi: boolean, gz: { id: string; type: EntityType } | null = null): Cluster {
    let cl = this.byKey.get(key);
    if (!cl) {
      cl = { key, gazetteerId: gz?.id ?? null, gazetteerType: gz?.type ?? null, mentions: [], first: s.c.start, multi };
      this.byKey.set(key, cl);
    }
    cl.mentions.push(s);
    cl.first = Math.min(cl.first, s.c.start);
    cl.multi ||= multi;
    return cl;
  }
}

/**
 * The merge key of a multi-word name: its folded words; for a person's name opened by a given
 * name, only the first and last word (`Hillary Rodham Clinton` = `Hillary Clinton`).
 */
function nameKeyOf(words: string[]): string {
  const plainName = words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w)) && FIRST_NAME.has(plain(words[0]));
  return foldName((plainName ? [words[0], words[words.length - 1]] : words).join(' '));
}

/** Splits a hyphenated pair of capitalised names (`Putin-Trump`) into one candidate per part. */
function splitCompound(text: string, c: Candidate): Candidate[] {
  const out: Candidate[] = [];
  const re = /[^-‐]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(c.text)) !== null) {
    const start = c.start + m.index;
    const end = start + m[0].length;
    out.push({ ...c, start, end, text: text.slice(start, end), compound: false, gazetteer: lookupGazetteer(m[0]) ?? null });
  }
  return out;
}

/**
 * Merges the scored candidates of one article into entity mentions with shared ids.
 * `lowercaseSeen` holds the words that also occur in lowercase in the text.
 */
export function mergeWithinArticle(text: string, toks: readonly Tok[], scored: Scored[], lowercaseSeen: ReadonlySet<string>): EntityMention[] {
  const clusters = new Clusters();
  const acronyms = new Map<string, Cluster>();
  const singles: Scored[] = [];

  // Known names and multi-word names first.
  for (const s of scored) {
    const c = s.c;
    if (c.gazetteer) {
      clusters.add(`g:${c.gazetteer.id}`, s, c.b - c.a > 1, { id: c.gazetteer.id, type: c.gazetteer.type });
      continue;
    }
    const words = nameWords(toks, c);
    if (words.length >= 2) {
      const cl = clusters.add(`n:${nameKeyOf(words)}`, s, true);
      const acr = ACRONYM_AFTER.exec(text.slice(c.end, c.end + 16));
      if (acr && abbreviates(acr[1], words.join(' '))) acronyms.set(acr[1], cl);
      continue;
    }
    singles.push(s);
  }
  for (const cl of clusters.byKey.values()) {
    if (!cl.gazetteerId) continue;
    const c = cl.mentions[0].c;
    const acr = ACRONYM_AFTER.exec(text.slice(c.end, c.end + 16));
    if (acr && abbreviates(acr[1], c.text.replace(/^the\s+/i, ''))) acronyms.set(acr[1], cl);
  }

  // Surname index over multi-word names that read as persons (or as nothing yet).
  const surnames = new Map<string, Cluster[]>();
  for (const cl of clusters.byKey.values()) {
    if (!cl.multi || cl.gazetteerId) continue;
    if (typeOf(cl) !== 'PERSON') continue;
    const words = nameWords(toks, cl.mentions[0].c);
    const key = foldSurname(words[words.length - 1]);
    const list = surnames.get(key) ?? [];
    list.push(cl);
    surnames.set(key, list);
  }
  // Family name first (`Kim Jong-un` ... `Kim`): the first word, when it is no given name.
  const familyFirst = new Map<string, Cluster[]>();
  for (const list of surnames.values()) {
    for (const cl of list) {
      const words = nameWords(toks, cl.mentions[0].c);
      if (FIRST_NAME.has(plain(words[0]))) continue;
      const key = foldSurname(words[0]);
      const l = familyFirst.get(key) ?? [];
      if (!l.includes(cl)) l.push(cl);
      familyFirst.set(key, l);
    }
  }
  // A lone given name (`Hillary`) joins the one person of the article who bears it.
  const byGivenName = (word: string): Cluster[] | undefined => {
    if (!FIRST_NAME.has(plain(word))) return undefined;
    const found = new Set<Cluster>();
    for (const list of surnames.values()) {
      for (const cl of list) if (foldWord(nameWords(toks, cl.mentions[0].c)[0]) === foldWord(word)) found.add(cl);
    }
    return found.size === 1 ? [...found] : undefined;
  };
  const known = (word: string): boolean =>
    lookupGazetteer(word) !== undefined || surnames.has(foldSurname(word)) || acronyms.has(word);

  const place = (s: Scored): void => {
    const c = s.c;
    const acr = acronyms.get(c.text);
    if (acr) {
      acr.mentions.push(s);
      return;
    }
    const list = surnames.get(foldSurname(c.text)) ?? familyFirst.get(foldSurname(c.text)) ?? byGivenName(c.text);
    if (list && !toks[c.a].allCaps) {
      let pick = list[0];
      for (const cl of list) if (cl.first < c.start) pick = cl;
      pick.mentions.push(s);
      return;
    }
    clusters.add(`s:${foldWord(c.text)}`, s, false);
  };
  for (const s of singles) {
    if (s.c.compound) {
      const parts = splitCompound(text, s.c);
      if (parts.every((p) => known(p.text))) {
        for (const p of parts) {
          const ps: Scored = { c: p, ev: { person: 0, org: 0, place: 0 } };
          if (p.gazetteer) clusters.add(`g:${p.gazetteer.id}`, ps, false, { id: p.gazetteer.id, type: p.gazetteer.type });
          else place(ps);
        }
        continue;
      }
    }
    place(s);
  }

  // Ids, types, and the filters that drop weak clusters.
  const out: EntityMention[] = [];
  const used = new Map<string, string>();
  for (const cl of clusters.byKey.values()) if (cl.gazetteerId) used.set(cl.gazetteerId, cl.key);
  const ordered = [...clusters.byKey.values()].sort((x, y) => x.first - y.first);
  for (const cl of ordered) {
    if (!keep(cl, toks, lowercaseSeen)) continue;
    const type = typeOf(cl);
    let id = cl.gazetteerId ?? entityId(displayOf(cl));
    if (!cl.gazetteerId) {
      const base = id;
      for (let n = 2; used.has(id) && used.get(id) !== cl.key; n++) id = `${base}-${n}`;
    }
    used.set(id, cl.key);
    for (const m of cl.mentions) out.push({ start: m.c.start, end: m.c.end, text: m.c.text, type, entity: id });
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

/** The display form of a cluster: its longest mention (first on ties). */
function displayOf(cl: Cluster): string {
  let best = cl.mentions[0].c.text;
  for (const m of cl.mentions) if (m.c.text.length > best.length) best = m.c.text;
  return best;
}

/** Filters: headline-only names, lone sentence-initial words, common words. */
function keep(cl: Cluster, toks: readonly Tok[], lowercaseSeen: ReadonlySet<string>): boolean {
  const live = cl.mentions.filter((m) => !m.c.headline);
  if (live.length === 0) return cl.gazetteerId !== null && cl.mentions.some((m) => m.c.text.length > 1);
  if (cl.multi) {
    // A name seen only at sentence starts, with no clue to its type, is usually a heading or a UI
    // word; a numbered one (`Flight 212 landed`) is not.
    if (cl.gazetteerId || live.some((m) => !m.c.initial || m.c.titled || toks[m.c.b - 1].numeric)) return true;
    const ev = sum(cl);
    return Math.max(ev.person, ev.org, ev.place) >= 2;
  }
  const word = toks[cl.mentions[0].c.a].lower;
  const acronym = toks[cl.mentions[0].c.a].allCaps;
  if (COMMON.has(word) && !acronym) return false;
  if (toks[cl.mentions[0].c.b - 1].numeric) return true; // `Article 5`, `Flight 212`
  const mid = live.filter((m) => !m.c.initial || m.c.titled);
  if (cl.gazetteerId) return mid.length > 0 || acronym || !lowercaseSeen.has(word);
  if (mid.length > 0) {
    // A lone capitalised word also used in lowercase, with no clue to its type, is a common word.
    const ev = sum(cl);
    const max = Math.max(ev.person, ev.org, ev.place);
    if (max === 0 && wordShaped(word)) return false;
    return acronym || !lowercaseSeen.has(word) || max >= 2;
  }
  // Only sentence-initial: needs a clue, must not be a lowercase word of the text nor shaped
  // like one (`Fighting continued`).
  const ev = sum(cl);
  return !lowercaseSeen.has(word) && !wordShaped(word) && Math.max(ev.person, ev.org, ev.place) >= 2;
}

/** Types that may be one entity (OTHER goes with anything). */
function compatible(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'OTHER' || b === 'OTHER';
}

interface Node {
  article: number;
  id: string;
  type: EntityType;
  forms: Map<string, number>;
  full: string | null;
  parent: number;
}

function find(nodes: Node[], i: number): number {
  while (nodes[i].parent !== i) {
    nodes[i].parent = nodes[nodes[i].parent].parent;
    i = nodes[i].parent;
  }
  return i;
}

function union(nodes: Node[], a: number, b: number): void {
  const ra = find(nodes, a);
  const rb = find(nodes, b);
  if (ra !== rb) nodes[Math.max(ra, rb)].parent = Math.min(ra, rb);
}

/**
 * Gives one id to the mentions of one entity across articles. The input's ids are per
 * article (from {@link mergeWithinArticle}); the result's ids are shared, the type is the one
 * most mentions carry, and the id is the gazetteer id or the slug of the most frequent full form.
 */
export function mergeAcrossArticles(articles: EntityMention[][]): EntityMention[][] {
  const nodes: Node[] = [];
  const index = new Map<string, number>();
  articles.forEach((mentions, article) => {
    for (const m of mentions) {
      const k = `${article}\u0000${m.entity}`;
      let n = index.get(k);
      if (n === undefined) {
        n = nodes.length;
        nodes.push({ article, id: m.entity, type: m.type, forms: new Map(), full: null, parent: n });
        index.set(k, n);
      }
      const node = nodes[n];
      node.forms.set(m.text, (node.forms.get(m.text) ?? 0) + 1);
      if (/\s/.test(m.text.trim()) && (!node.full || m.text.length > node.full.length)) node.full = m.text;
    }
  });
  // Same id (gazetteer names), same folded full name, same folded lone word.
  const byKey = new Map<string, number>();
  const link = (key: string, n: number, strict: boolean): void => {
    const prior = byKey.get(key);
    if (prior === undefined) byKey.set(key, n);
    else if (!strict || compatible(nodes[find(nodes, prior)].type, nodes[n].type)) union(nodes, prior, n);
  };
  nodes.forEach((node, n) => {
    if (isGazetteerId(node.id)) link(`id:${node.id}`, n, false);
    else if (node.full) link(`full:${nameKeyOf(node.full.split(/\s+/).filter((w) => !/^\p{L}\.?$/u.test(w)))}`, n, false);
    else link(`one:${foldWord([...node.forms.keys()][0])}`, n, true);
  });
  // Surname-only entities join the one full name that ends with them.
  const bySurname = new Map<string, Set<number>>();
  nodes.forEach((node, n) => {
    if (!node.full || isGazetteerId(node.id) || node.type !== 'PERSON') return;
    const words = node.full.split(/\s+/);
    const key = foldSurname(words[words.length - 1]);
    const set = bySurname.get(key) ?? new Set<number>();
    set.add(find(nodes, n));
    bySurname.set(key, set);
  });
  // Mentions per full-name group, to pick a dominant one among several.
  const weight = new Map<number, number>();
  nodes.forEach((node, k) => {
    if (!node.full) return;
    const r = find(nodes, k);
    weight.set(r, (weight.get(r) ?? 0) + [...node.forms.values()].reduce((x, y) => x + y, 0));
  });
  const joins: Array<[number, number]> = [];
  nodes.forEach((node, n) => {
    if (node.full || isGazetteerId(node.id) || (node.type !== 'PERSON' && node.type !== 'OTHER')) return;
    const set = bySurname.get(foldSurname([...node.forms.keys()][0]));
    if (!set) return;
    const roots = [...new Set([...set].map((r) => find(nodes, r)))];
    if (roots.length === 1) {
      joins.push([roots[0], n]);
      return;
    }
    // Several full names end in the word: take one only if it is far more frequent than the rest.
    const ranked = roots.map((r) => [r, weight.get(r) ?? 0] as const).sort((x, y) => y[1] - x[1]);
    const rest = ranked.slice(1).reduce((x, y) => x + y[1], 0);
    if (ranked[0][1] >= 3 * rest) joins.push([ranked[0][0], n]);
  });
  for (const [a, b] of joins) union(nodes, a, b);
  // One id and one type per group.
  const groups = new Map<number, number[]>();
  nodes.forEach((_, n) => {
    const r = find(nodes, n);
    const g = groups.get(r) ?? [];
    g.push(n);
    groups.set(r, g);
  });
  const finalId = new Map<number, { id: string; type: EntityType }>();
  const taken = new Set<string>(nodes.map((node) => node.id).filter(isGazetteerId));
  /** Next free numeric suffix per base id. */
  const next = new Map<string, number>();
  for (const [root, members] of [...groups.entries()].sort((x, y) => x[0] - y[0])) {
    const gz = members.map((n) => nodes[n].id).find(isGazetteerId);
    const typeCount = new Map<EntityType, number>();
    const fullCount = new Map<string, number>();
    const anyCount = new Map<string, number>();
    for (const n of members) {
      const node = nodes[n];
      for (const [form, count] of node.forms) {
        typeCount.set(node.type, (typeCount.get(node.type) ?? 0) + count);
        anyCount.set(form, (anyCount.get(form) ?? 0) + count);
        if (/\s/.test(form.trim())) fullCount.set(form, (fullCount.get(form) ?? 0) + count);
      }
    }
    let type: EntityType = 'OTHER';
    let best = 0;
    for (const t of ['PERSON', 'ORG', 'PLACE'] as const) {
      const c = typeCount.get(t) ?? 0;
      if (c > best) {
        best = c;
        type = t;
      }
    }
    if (gz) type = nodes[members.find((n) => nodes[n].id === gz) ?? root].type;
    let id = gz ?? entityId(mostFrequent(fullCount.size > 0 ? fullCount : anyCount));
    if (!gz) {
      const base = id;
      for (let k = next.get(base) ?? 2; taken.has(id); k++) {
        id = `${base}-${k}`;
        next.set(base, k + 1);
      }
    }
    taken.add(id);
    finalId.set(root, { id, type });
  }
  return articles.map((mentions, article) =>
    mentions.map((m) => {
      const n = index.get(`${article}\u0000${m.entity}`) as number;
      const g = finalId.get(find(nodes, n)) as { id: string; type: EntityType };
      return { ...m, entity: g.id, type: g.type };
    }),
  );
}

/** The most frequent key of a count map (the longest, then the first, on ties). */
function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [k, c] of counts) {
    if (c > n || (c === n && k.length > best.length)) {
      best = k;
      n = c;
    }
  }
  return best;
}
