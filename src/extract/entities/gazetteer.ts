/**
 * The gazetteer: known places and organisations by name and alias, plus the closed word lists
 * the classifier uses (titles, role nouns, name suffixes, speech verbs, demonyms, first names,
 * common capitalised words). Built once at module load from {@link ./gazetteer-data.ts}.
 */
import type { EntityType } from '../../types.js';
import {
  CITIES,
  COMMON_CAPITALISED,
  COMPANIES,
  COUNTRIES,
  DEMONYMS,
  FIRST_NAMES,
  GOVERNMENT,
  INTERNATIONAL_ORGS,
  OUTLETS,
  REGIONS,
} from './gazetteer-data.js';
import { entityId, plain } from './normalize.js';

/** What kind of thing a gazetteer entry is. */
export type GazetteerKind = 'country' | 'city' | 'region' | 'org' | 'outlet' | 'government';

/** A known place or organisation. */
export interface GazetteerEntry {
  /** Entity id, from the canonical name (`united-states`). */
  id: string;
  /** Canonical display name (`United States`). */
  name: string;
  type: Exclude<EntityType, 'PERSON' | 'OTHER'>;
  kind: GazetteerKind;
}

/** Lookup key of a name written in mixed case: lowercase, no diacritics, `’` as `'`, one space. */
export function nameKey(s: string): string {
  return plain(s).replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

const EXACT = new Map<string, GazetteerEntry>();
const IDS = new Set<string>();
const FOLDED = new Map<string, GazetteerEntry>();
/** Longest entry in words, to bound n-gram lookups. */
let maxWords = 1;

const ALL_CAPS = /^[\p{Lu}\d.&+/\-]+$/u;

function load(list: string, type: GazetteerEntry['type'], kind: GazetteerKind): void {
  for (const line of list.split('\n')) {
    const names = line.split('|').map((n) => n.trim()).filter(Boolean);
    if (names.length === 0) continue;
    const entry: GazetteerEntry = { id: entityId(names[0]), name: names[0], type, kind };
    IDS.add(entry.id);
    for (const n of names) {
      maxWords = Math.max(maxWords, n.split(/\s+/).length);
      const letters = n.replace(/[^\p{L}]/gu, '');
      const caps = ALL_CAPS.test(n) && letters.length > 0 && letters.length <= 6;
      if (caps) {
        if (!EXACT.has(n)) EXACT.set(n, entry);
        // Long acronyms are also written in title case (`Nato`, `Opec`); short ones are words.
        if (letters.length >= 4 && !COMMON.has(nameKey(n)) && !FOLDED.has(nameKey(n))) FOLDED.set(nameKey(n), entry);
      } else if (!FOLDED.has(nameKey(n))) {
        FOLDED.set(nameKey(n), entry);
      }
    }
  }
}

function wordSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Common capitalised English words (lowercase): never a name on their own. */
export const COMMON: ReadonlySet<string> = wordSet(COMMON_CAPITALISED);

load(COUNTRIES, 'PLACE', 'country');
load(CITIES, 'PLACE', 'city');
load(REGIONS, 'PLACE', 'region');
load(INTERNATIONAL_ORGS, 'ORG', 'org');
load(OUTLETS, 'ORG', 'outlet');
load(COMPANIES, 'ORG', 'org');
load(GOVERNMENT, 'ORG', 'government');

/** The longest gazetteer name, in words. */
export const GAZETTEER_MAX_WORDS = maxWords;

/**
 * Looks up a name as written (`US`, `Nato`, `the United States`, `MOSCOW`). Capitalised
 * acronyms match exactly; everything else case-insensitively, without diacritics.
 */
export function lookupGazetteer(name: string): GazetteerEntry | undefined {
  const cached = CACHE.get(name);
  if (cached !== undefined) return cached ?? undefined;
  const hit = lookupUncached(name);
  if (CACHE.size > 50_000) CACHE.clear();
  CACHE.set(name, hit ?? null);
  return hit;
}

/** Results of {@link lookupGazetteer} by name as written (null: not known). */
const CACHE = new Map<string, GazetteerEntry | null>();

function lookupUncached(name: string): GazetteerEntry | undefined {
  const exact = EXACT.get(name);
  if (exact) return exact;
  const letters = name.replace(/[^\p{L}]/gu, '');
  // A short all-capitals word is an acronym: only an exact match counts (`WHO` is not `Who`).
  if (letters.length <= 3 && ALL_CAPS.test(name)) return undefined;
  return FOLDED.get(nameKey(name));
}

/** True when `id` is the id of a gazetteer entry (`united-states`, `nato`). */
export function isGazetteerId(id: string): boolean {
  return IDS.has(id);
}

/** Nationality adjectives and demonyms, lowercase, singular and plural. */
export const DEMONYM: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const w of DEMONYMS.split(/\s+/).filter(Boolean)) {
    s.add(w);
    // Plurals: `Russians`, `Israelis`, `Britons`, `Democrats` (not `Chinese`, `Swiss`).
    if (/(?:an|i|on|at|ab|ve|al)$/.test(w)) s.add(`${w}s`);
  }
  for (const w of `kurds brits muslims christians jews hindus buddhists sikhs catholics protestants evangelicals
    hispanic hispanics latino latinos latina latinas arabs asians europeans africans americans whites blacks`.split(/\s+/)) s.add(w);
  return s;
})();

/** Two-word nationality adjectives (`North Korean`), lowercase, one space. */
export const DEMONYM_PAIR: ReadonlySet<string> = new Set([
  'north korean', 'south korean', 'south african', 'new zealander', 'sri lankan', 'saudi arabian',
  'latin american', 'north american', 'south american', 'central american', 'central asian', 'east asian',
  'middle eastern', 'north african', 'west african', 'east african', 'southeast asian', 'puerto rican',
  'costa rican', 'north koreans', 'south koreans', 'south africans', 'new zealanders', 'sri lankans',
]);

/** Lowercase parts of hyphenated words that make them ordinary adjectives (`US-led`, `Kremlin-backed`). */
export const HYPHEN_SUFFIX: ReadonlySet<string> = wordSet(`led run era age based made born style wide owned
backed linked bound like type made held funded backed allied aligned friendly leaning controlled
occupied annexed proposed brokered imposed sponsored inspired related focused centric ish esque
day year week month old new`);

/** Nouns that, after a name's possessive, mark it as an organisation (`Acme's shares`). */
export const ORG_POSSESSION: ReadonlySet<string> = wordSet(`ceo chief founder founders board shares stock
employees staff customers subscribers users headquarters website app platform products
shareholders investors stake subsidiary executives chairman revenue profits profit earnings
servers`);

/** Common first names (lowercase, diacritics stripped). */
export const FIRST_NAME: ReadonlySet<string> = new Set([...wordSet(FIRST_NAMES)].map(plain));

/**
 * Capitalised title words that head a title before a name (`President`, `Minister`, `Gen.`):
 * lowercase, without the abbreviation dot.
 */
export const TITLE_HEAD: ReadonlySet<string> = wordSet(`president minister secretary chancellor premier
spokesman spokeswoman spokesperson envoy ambassador governor mayor senator sen rep representative
congressman congresswoman judge justice king queen prince princess pope sheikh emir sultan
ayatollah imam rabbi cardinal bishop archbishop reverend rev father sister general gen lieutenant
lt colonel col major maj captain capt sergeant sgt admiral adm commander cmdr marshal officer
mr mrs ms mx dr prof professor sir dame lord lady baroness baron count duke duchess chairman
chairwoman chair director ceo cfo coo founder leader speaker commissioner chief adviser advisor
attorney prosecutor sheriff inspector detective constable superintendent deputy vice crown
mp mep coach manager striker goalkeeper president-elect ex-president gov atty supt insp det sens reps`);

/** Capitalised words that may stand inside a title phrase before its head (`Foreign`, `Prime`). */
export const TITLE_MODIFIER: ReadonlySet<string> = wordSet(`prime foreign defence defense finance interior
home health education justice energy trade economy economic culture transport labor labour
environment agriculture treasury state security national homeland intelligence special deputy
vice acting interim former chief senior supreme first general executive principal assistant
associate lead presidential press communications military armed forces army navy air force
opposition party union regional federal european presidential white house kremlin un nato eu
secretary-general secretary general attorney solicitor high crown managing head team police
infrastructure housing tourism industry commerce science technology digital sport sports water
communications information immigration development veterans climate fisheries mining petroleum
social welfare family women youth children public works planning local municipal provincial
district county city`);

/** Abbreviated titles written with a dot (`Mr.`, `Gen.`), lowercase without the dot. */
export const TITLE_ABBREVIATION: ReadonlySet<string> = wordSet(
  'mr mrs ms dr prof gen lt col maj capt sgt adm cmdr sen sens rep reps gov rev st fr jr sr atty supt insp det',
);

/**
 * Lowercase role nouns that, right before a capitalised name, make it a person
 * (`spokesman Dmitry Peskov`, `envoy Steve Witkoff`).
 */
export const ROLE_NOUN: ReadonlySet<string> = wordSet(`president minister secretary chancellor premier
spokesman spokeswoman spokesperson envoy ambassador governor mayor senator representative
congressman congresswoman lawmaker legislator judge justice king queen prince princess pope
sheikh emir leader head chief commander general colonel officer official adviser advisor aide
chairman chairwoman chair director ceo founder co-founder owner boss executive manager coach
player striker midfielder defender goalkeeper captain actor actress singer rapper musician
artist writer author novelist poet journalist reporter correspondent editor columnist
commentator analyst economist scientist researcher professor lecturer teacher doctor surgeon
nurse lawyer attorney prosecutor barrister solicitor activist campaigner candidate nominee
negotiator mediator diplomat businessman businesswoman billionaire entrepreneur investor
tycoon oligarch banker dictator president-elect premier-elect speaker mp deputy vice-president
son daughter wife husband mother father brother sister widow partner colleague ally rival
friend opponent critic successor predecessor counterpart photographer filmmaker director
producer presenter host anchor blogger influencer star champion veteran pilot soldier
sergeant lieutenant cardinal bishop priest rabbi imam cleric resident student suspect victim
defendant witness spokesmen`);

/** Lowercase words that may stand between a role noun and a name (`special envoy X`). */
export const ROLE_MODIFIER: ReadonlySet<string> = wordSet(
  'special former deputy chief senior top acting interim late then current new longtime veteran',
);

/** Final words that make a capitalised run an organisation (`Federation Council`). */
export const ORG_SUFFIX: ReadonlySet<string> = wordSet(`inc inc. corp corp. corporation co co. ltd ltd.
llc plc ag sa gmbh nv group holdings company companies ministry ministries council agency party
bank university college school academy institute institution center centre committee commission
court tribunal department office bureau service services authority board assembly parliament
congress senate cabinet government administration association federation union league alliance
coalition front movement foundation fund trust society organization organisation forces force
army navy guard guards corps command police brigade battalion regiment division fleet airlines
airways airline railways network networks media news times post journal herald tribune gazette
press radio television tv channel magazine studios records club fc united hospital clinic
church mosque cathedral museum library laboratory labs systems technologies technology motors
energy oil petroleum pharmaceuticals pharma telecom communications industries partners
capital securities exchange initiative project program programme campaign caucus chamber
secretariat directorate inspectorate observatory consortium cartel gang brigades militia convention`);

/** Words that open an organisation name before `of` (`Ministry of Defence`, `Bank of England`). */
export const ORG_HEAD: ReadonlySet<string> = wordSet(`ministry department office bureau bank university
college institute council court commission committee league union federation association
academy agency board house chamber church order society school museum secretariat organization organisation
party`);

/** Final words that make a capitalised run a place (`Kings County`, `Dnipro River`). */
export const PLACE_SUFFIX: ReadonlySet<string> = wordSet(`city town village province county district
region oblast state prefecture territory river lake sea ocean bay gulf strait channel island
islands peninsula mountains mountain mount hills valley desert coast beach park square street
avenue road boulevard bridge airport port harbour harbor canal falls heights plain plateau
forest reservoir basin delta creek lagoon cove canyon glacier volcano dam highway motorway quay
wharf`);

/** Place nouns that name a place with `of` after them (`the village of Ashby`, `the towns of ...`). */
export const PLACE_OF: ReadonlySet<string> = wordSet(`village villages town towns city cities province
provinces region regions district districts county counties state states island islands republic
suburb suburbs port municipality municipalities`);

/** Words that open a place name (`Mount Everest`, `Lake Geneva`, `Gulf of Mexico`). */
export const PLACE_HEAD: ReadonlySet<string> = wordSet('mount lake gulf bay cape isle port fort sea strait river');

/** Verbs that, right after a name, make it a speaker: a person or an organisation. */
export const SPEECH_VERB: ReadonlySet<string> = wordSet(`said says say told tells stated states added adds
noted notes emphasized emphasised emphasizes emphasises stressed stresses warned warns wrote
writes announced announces claimed claims argued argues confirmed confirms denied denies
insisted insists explained explains asked asks replied replies responded responds recalled
admitted acknowledged declared declares tweeted posted urged urges vowed pledged promised
suggested suggests predicted believes believed thinks thought hopes hoped fears feared
accused criticized criticised praised called calls commented commented reiterated
underlined remarked continued concluded answered`);

/** Lowercase prepositions after which an unknown capitalised name is probably a place. */
export const PLACE_PREPOSITION: ReadonlySet<string> = wordSet('in near across outside inside throughout into towards toward around');

/** Lowercase prepositions that lean towards a place, more weakly (`from`, `to`, `at`). */
export const WEAK_PLACE_PREPOSITION: ReadonlySet<string> = wordSet('from to at via between');

/** Weekday and month names (lowercase, with abbreviations): never entities. */
export const CALENDAR: ReadonlySet<string> = wordSet(`monday tuesday wednesday thursday friday saturday
sunday mon tue tues wed thu thur thurs fri sat sun january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`);

/**
 * Lowercase words that join the parts of an organisation name only (`Club for Growth`,
 * `Department of Health and Human Services`): a run holding one is cut there unless it reads as
 * an organisation.
 */
export const WEAK_CONNECTOR: ReadonlySet<string> = wordSet('for and on');

/**
 * Nouns that, capitalised and followed by a number, name a numbered thing rather than standing
 * as a name of their own (`Article 5`, `Section 230`, `Flight 370`, `Resolution 2334`): the
 * number belongs to the name.
 */
export const NUMBERED_HEAD: ReadonlySet<string> = wordSet(`article articles section chapter paragraph clause
amendment resolution rule title part annex appendix protocol schedule item point page phase stage
flight route highway interstate gate platform terminal room building block level category grade
unit ward precinct lot pier berth runway track lane exit proposition measure question`);

/** Capitalised abbreviations of ordinary words: never names (`TV`, `CEO`, `GDP`). */
export const PLAIN_ACRONYM: ReadonlySet<string> = new Set(
  `TV CEO CEOs CFO COO CTO GDP AI PM AM OK ID DNA RNA PC USB PR HQ VIP IQ FAQ PDF URL GPS LED ATM SUV VR
  IT HIV AIDS COVID ICU ER MD PhD MBA TBA TBD ASAP FYI LOL OMG ET PT EST EDT PST GMT UTC BST CET AD BC
  PAC PACs MP MPs MEP MEPs NGO NGOs LGBT LGBTQ SMS APP API CCTV UAV UAVs IED IEDs WMD ICBM ICBMs RPG R&D Q&A`.split(/\s+/),
);

/** Small lowercase words that may join the parts of a name (`Bank of England`, `bin Salman`). */
export const CONNECTOR: ReadonlySet<string> = wordSet('of de del della da di dos das van von der den la le du bin ibn al el y &');
