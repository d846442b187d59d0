/**
 * Provenance: who a claim ultimately comes from. Per story, a citation graph (outlet -> the
 * origins it cites: outlets, agencies, people, "Russian media", "a source close to ...", taken
 * from attribution sources; copy -> original for syndicated and duplicated articles), and per
 * claim group its independent origins: outlets relaying the same origin count once, copies of
 * one article count once, an outlet's own unattributed reporting is its own origin.
 */
import type { Article, DuplicateLink } from '../types.js';

/** One node of the citation graph. */
export interface OriginNode {
  id: string;
  label: string;
  kind: 'outlet' | 'source';
}

/** One edge: an outlet citing an origin, or a copy carrying an original. */
export interface OriginEdge {
  from: string;
  to: string;
  kind: 'cites' | 'copies' | 'syndicates';
  /** How many claims (or articles, for copies) the edge stands for. */
  count: number;
}

/** A story's citation graph. */
export interface OriginGraph {
  nodes: OriginNode[];
  edges: OriginEdge[];
}

/** What the provenance stage needs of one claim mention. */
export interface MentionSource {
  article: string;
  outlet: string;
  /** The attribution source as written, or null for the outlet's own reporting. */
  source: string | null;
  /** Entity id of the source, where known. */
  sourceEntity: string | null;
}

/** An origin: a stable key and a display label. */
export interface Origin {
  key: string;
  label: string;
}

const DETERMINER = /^(the|a|an|one|some|several)\s+/i;

/** Memoised source keys (the same outlet and source names recur in every mention). */
const SOURCE_KEYS = new Map<string, string>();

/** Normalised key of a source name ("The Guardian" and "the Guardian" alike). */
export function sourceKey(name: string): string {
  let key = SOURCE_KEYS.get(name);
  if (key === undefined) {
    key = name.replace(/[“”"‘’']/g, '').replace(DETERMINER, '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (SOURCE_KEYS.size > 50_000) SOURCE_KEYS.clear();
    SOURCE_KEYS.set(name, key);
  }
  return key;
}

/** Display label of a source: as written, a leading lowercase determiner kept, quotes dropped. */
function sourceLabel(name: string): string {
  return name.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();
}

/** Union-find over duplicate links: every article maps to the first-published article of its copy family. */
export function copyFamilies(articles: readonly Article[], links: readonly DuplicateLink[]): Map<string, string> {
  const parent = new Map<string, string>(articles.map((a) => [a.id, a.id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r && parent.has(r)) r = parent.get(r)!;
    return r;
  };
  const order = new Map(articles.map((a, i) => [a.id, [a.published ?? a.estimatedPublished ?? '9999', i] as const]));
  const earlier = (x: string, y: string): boolean => {
    const [dx, ix] = order.get(x) ?? ['9999', Infinity];
    const [dy, iy] = order.get(y) ?? ['9999', Infinity];
    return dx < dy || (dx === dy && ix < iy);
  };
  for (const l of links) {
    if (!parent.has(l.article) || !parent.has(l.of)) continue;
    const a = find(l.article);
    const b = find(l.of);
    if (a === b) continue;
    if (earlier(a, b)) parent.set(b, a);
    else parent.set(a, b);
  }
  return new Map(articles.map((a) => [a.id, find(a.id)]));
}

/** Resolves mentions to origins within one story. */
export class Provenance {
  private readonly outletOf: Map<string, string>;
  /** Outlet name by its key, to tell a cited source that is one of the story's outlets. */
  private readonly outletByKey = new Map<string, string>();
  private readonly family: Map<string, string>;
  private readonly feedOrigin: Map<string, string>;
  private readonly cites = new Map<string, OriginEdge>();
  private readonly nodes = new Map<string, OriginNode>();

  /** Builds the resolver from the story's articles, their outlets and duplicate links. */
  constructor(articles: readonly Article[], outlets: ReadonlyMap<string, string>, links: readonly DuplicateLink[]) {
    this.outletOf = new Map(outlets);
    for (const o of this.outletOf.values()) if (!this.outletByKey.has(sourceKey(o))) this.outletByKey.set(sourceKey(o), o);
    this.family = copyFamilies(articles, links);
    this.feedOrigin = new Map();
    for (const a of articles) {
      const outlet = outlets.get(a.id) ?? a.id;
      this.node(`outlet:${sourceKey(outlet)}`, outlet, 'outlet');
      const fs = a.source.feedSource;
      if (fs?.name) {
        this.feedOrigin.set(a.id, fs.name);
        if (fs.carriedBy && sourceKey(fs.carriedBy) !== sourceKey(fs.name)) {
          this.edge(`outlet:${sourceKey(fs.carriedBy)}`, fs.carriedBy, `outlet:${sourceKey(fs.name)}`, fs.name, 'syndicates');
        }
      }
    }
    for (const [id, root] of this.family) {
      if (id === root) continue;
      const from = outlets.get(id) ?? id;
      const to = outlets.get(root) ?? root;
      this.edge(`outlet:${sourceKey(from)}`, from, `outlet:${sourceKey(to)}`, to, 'copies');
    }
  }

  private node(id: string, label: string, kind: OriginNode['kind']): void {
    if (!this.nodes.has(id)) this.nodes.set(id, { id, label, kind });
  }

  private edge(from: string, fromLabel: string, to: string, toLabel: string, kind: OriginEdge['kind'], toKind: OriginNode['kind'] = 'outlet'): void {
    this.node(from, fromLabel, 'outlet');
    this.node(to, toLabel, toKind);
    const k = `${from}>${to}>${kind}`;
    const e = this.cites.get(k);
    if (e) e.count++;
    else this.cites.set(k, { from, to, kind, count: 1 });
  }

  /**
   * The origin one mention counts for: its cited source (an outlet named as source counts as
   * that outlet), else the outlet of the original its article copies, else its own outlet.
   */
  originOf(m: MentionSource): Origin {
    const outlet = this.outletOf.get(m.article) ?? m.outlet;
    if (m.source && sourceKey(m.source) !== sourceKey(outlet)) {
      const knownOutlet = this.outletByKey.get(sourceKey(m.source));
      const key = knownOutlet ? `outlet:${sourceKey(knownOutlet)}` : m.sourceEntity ? `entity:${m.sourceEntity}` : `source:${sourceKey(m.source)}`;
      const label = knownOutlet ?? sourceLabel(m.source);
      this.edge(`outlet:${sourceKey(outlet)}`, outlet, key, label, 'cites', knownOutlet ? 'outlet' : 'source');
      return { key, label };
    }
    const root = this.family.get(m.article) ?? m.article;
    const feed = this.feedOrigin.get(root);
    const own = feed ?? this.outletOf.get(root) ?? outlet;
    return { key: `outlet:${sourceKey(own)}`, label: own };
  }

  /** The citation graph built so far (outlets, cited origins, copies, syndication). */
  graph(): OriginGraph {
    return {
      nodes: [...this.nodes.values()].sort((x, y) => x.id.localeCompare(y.id)),
      edges: [...this.cites.values()].sort((x, y) => x.from.localeCompare(y.from) || x.to.localeCompare(y.to)),
    };
  }
}

/** Distinct origins (by key, first label kept), in order of first appearance. */
export function distinctOrigins(origins: readonly Origin[]): Origin[] {
  const seen = new Map<string, Origin>();
  for (const o of origins) if (!seen.has(o.key)) seen.set(o.key, o);
  return [...seen.values()];
}

/** Render-ready count: `2 outlets, 1 origin (The Guardian)`. */
export function originsLabel(outlets: number, origins: readonly Origin[]): string {
  const names = origins.map((o) => o.label);
  const shown = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')}, ...`;
  return `${outlets} outlet${outlets === 1 ? '' : 's'}, ${origins.length} origin${origins.length === 1 ? '' : 's'} (${shown})`;
}
