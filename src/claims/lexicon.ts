/**
 * Word lists of the claims stage: hedging, negation, auxiliaries and verb forms, reporting
 * verbs, and a curated synonym list of general news vocabulary (folded to one canonical stem
 * before claims are compared). General English; nothing here is specific to one story.
 */
import { stem } from '../nlp/stem.js';

/** Single hedging words (lowercase). */
export const HEDGE_WORDS: ReadonlySet<string> = new Set(
  `may might could likely unlikely probably possibly perhaps reportedly allegedly apparently
  purportedly supposedly presumably suspected alleged rumoured rumored unconfirmed seemingly`.split(/\s+/),
);

/** Multi-word hedges, matched on lowercase words. */
export const HEDGE_PHRASES: readonly string[][] = [
  'expected to', 'is said to', 'are said to', 'was said to', 'were said to', 'sources say', 'sources said',
  'believed to', 'thought to', 'appears to', 'appeared to', 'seems to', 'seemed to', 'reported to',
  'is set to', 'are set to', 'according to unconfirmed',
].map((p) => p.split(' '));

/** Negation words. */
export const NEGATIONS: ReadonlySet<string> = new Set(`not n't never no nobody nothing none neither nor cannot`.split(/\s+/));

/** Auxiliaries and modals: verb-like, but never the predicate. */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  `is are was were be been being am has have had having do does did will would shall should can
  could may might must`.split(/\s+/),
);

/** Words after which an `-ed` word is an adjective or a noun, not a verb. */
export const DETERMINERS: ReadonlySet<string> = new Set(
  `a an the this that these those his her its their our my your some any no each every`.split(/\s+/),
);

/** Common irregular past forms (finite verbs without an `-ed`). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  `said told took made went came left fought threw broke caught began ran saw found gave got held
  kept led lost met paid put sent set shot stood struck won wrote hit cut fell flew rose spoke
  sold brought bought thought felt built drove knew grew hurt sank shook tore fled hid blew drew
  fed hung laid lit meant quit rang rode sat slept slid spent spread stole stuck swept taught
  understood withdrew became overtook undertook forbade arose swore beat bore chose dealt dug
  froze forgave hanged heard let lay sought shut sped split stung strove swung wound`.split(/\s+/),
);

/** Reporting verbs and frame words: they say who speaks, not what happened. */
export const REPORTING: ReadonlySet<string> = new Set(
  [
    ...`say said says saying tell told tells telling state stated states add added adds note noted
    report reported reports reporting according claim claimed claims quote quoted cite cited citing
    announce announced write wrote writes written comment commented explain explained insist insisted
    emphasize emphasized emphasise emphasised stress stressed`.split(/\s+/),
  ].map((w) => stem(w)),
);

/**
 * Words a reporting frame's cue holds (stemmed when used): reporting verbs and the verbs of
 * stating, confirming, denying, warning and the like. A cue without one is no frame.
 */
export const FRAME_CUES: ReadonlySet<string> = new Set(
  [
    ...REPORTING,
    ...`according accord confirm confirmed warn warned deny denied reveal revealed believe believes
    believed argue argued admit admitted suggest suggested estimate estimated predict predicted
    accuse accused allege alleged describe described indicate indicated show showed conclude
    concluded acknowledge acknowledged declare declared assert asserted maintain maintained
    testify testified recall recalled remark remarked observe observed reiterate reiterated urge
    urged ask asked respond responded reply replied answer answered tweet tweeted post posted
    announce announced disclose disclosed agree agreed think thought fear feared learn learned learnt
    quoting per via source sources
    statement spokesman spokeswoman spokesperson decline declined refuse refused`.split(/\s+/).filter(Boolean).map((w) => stem(w)),
  ],
);

/** Verbs that take a `to`-infinitive whose verb is the real predicate ("expected to send"). */
export const RAISING: ReadonlySet<string> = new Set(
  `expect expected expects expecting likely set due going want wants wanted plan plans planned
  try tried tries attempt attempted attempts seem seems seemed appear appears appeared need needs
  needed have has had ready able willing agree agreed agrees hope hoped hopes aim aims aimed
  intend intends intended decide decided threaten threatened vow vowed promise promised pledge
  pledged refuse refused decline declined continue continued begin began start started`.split(/\s+/),
);

/**
 * Synonym sets of general news vocabulary: every word of a set is folded to the stem of the
 * first one. Verbs of one event, nouns of one thing, in their usual news paraphrases.
 */
export const SYNONYM_SETS: readonly string[] = [
  'say state tell remark comment',
  'kill dead die died death deadly slay slain fatal fatally',
  'refuse decline',
  'send dispatch deploy',
  'sign ink',
  'arrest capture detain apprehend nab custody',
  'attack assault raid',
  'fire blaze inferno flames',
  'protester protestor demonstrator marcher',
  'police policeman policemen officers cops',
  'ship vessel boat',
  'earthquake quake tremor temblor',
  'injure injured injuries injury wound wounded hurt',
  'rescue save',
  'flee escape',
  'foil thwart repel repulse prevent',
  'begin start',
  'murder homicide',
  'fight battle clash',
  'throw hurl toss lob pelt',
  'blame accuse',
  'condemn denounce',
  'vow pledge promise',
  'car vehicle',
  'go travel fly',
  'plan proposal',
  'deal agreement accord pact',
  'discuss talk conversation negotiate',
  'guarantee assurance',
  'soldier troop',
  'resign quit',
  'appoint name',
  'acquire buy purchase takeover',
  'announce unveil',
  'hospital clinic',
  'cut sever',
  'disrupt interrupt outage',
  'enter check',
  'sentence jail imprison prison',
  'charge indict',
  'investigate probe inquiry investigation',
  'dismiss sack oust',
  'employee worker staff',
  'official authority',
  'missile rocket',
  'bomb explosive firebomb molotov',
  'explosion blast explode',
  'strike walkout',
  'repair fix mend',
  'unclear unknown uncertain',
  'damage harm',
  'reroute divert redirect',
  'restore resume',
  'fall drop plunge slump tumble',
  'rise increase climb soar',
  'riot unrest',
  'rally march demonstration protest',
  'helicopter chopper',
  'firefighter fireman firemen',
  'hijack commandeer',
  'sink sank sunk scuttle',
  'crew sailor seaman seamen',
  'leave depart',
  'arrive reach',
  'large big huge massive',
  'cause reason',
  'burn torch ablaze',
  'stone rock',
  'suffocate asphyxiate choke',
  'storm invade',
];

/**
 * Light verbs: followed by an event noun, the noun says what is done ("have a conversation" ~
 * "discuss", "held talks", "made an arrest" ~ "arrested"). See {@link inSynonymSet}.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  `have has had having hold holds held holding make makes made making take takes took taking
  give gives gave giving conduct conducts conducted conducting`.split(/\s+/),
);

/** Canonical stem of every synonym (built once from {@link SYNONYM_SETS}). */
const CANON = (() => {
  const m = new Map<string, string>();
  for (const set of SYNONYM_SETS) {
    const words = set.split(/\s+/);
    const head = stem(words[0]);
    for (const w of words) if (!m.has(stem(w))) m.set(stem(w), head);
  }
  return m;
})();

/** Folds a stem to its synonym set's canonical stem (itself when it has no synonym). */
export function canonical(s: string): string {
  return CANON.get(s) ?? s;
}

/** True when a stem belongs to a synonym set (a word whose news paraphrases are known). */
export function inSynonymSet(s: string): boolean {
  return CANON.has(s);
}
