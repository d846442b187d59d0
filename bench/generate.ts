/**
 * A seeded generator of a synthetic news stream, for benchmarks.
 *
 * Many events (each with its own people, places, organisations, numbers and dates) run for a
 * few days each; articles of 300-900 words about them are built from event-specific and
 * generic sentence templates with word-level alternatives, so two reports of one event share
 * facts but not wording. A share of the articles (`dupRate`) are copies of a recent article:
 * syndicated exact copies (re-typeset quotes and spacing), lightly edited near copies, and
 * longer local articles that embed the whole story (containment). Same options, same stream.
 *
 * Library: `generateStream({n, seed})`. CLI:
 * `node --import tsx bench/generate.ts --n 20000 --seed 1 > stream.jsonl` (one JSON record a line).
 */
import { mulberry32 } from '../src/util/random.js';
import { pathToFileURL } from 'node:url';

/** One generated article. `event`, `copyOf` and `copyKind` are the ground truth. */
export interface StreamRecord {
  id: string;
  text: string;
  title: string;
  /** ISO date-time (UTC). */
  published: string;
  outlet: string;
  url: string;
  /** The event the article reports on. */
  event: string;
  /** For copies: the id of the article copied, and how. */
  copyOf?: string;
  copyKind?: 'exact' | 'near' | 'contains';
}

/** Options of {@link generateStream}. */
export interface StreamOptions {
  /** Number of articles. */
  n: number;
  /** PRNG seed: the same seed gives the same stream. */
  seed: number;
  /** Number of distinct events (default: one per 25 articles, at least 10). */
  events?: number;
  /** Share of articles that copy a recent one (default 0.15). */
  dupRate?: number;
  /** ISO date of the first day (default 2024-01-01). */
  start?: string;
}

/** Mulberry32 (the project's one seeded PRNG). */
export { mulberry32 };

type Rng = () => number;

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------------------------
// Vocabulary: names are assembled from parts, so events rarely share them.

const FIRST = [
  'Anna', 'Marek', 'Lena', 'Tomas', 'Irena', 'Pavel', 'Sofia', 'Daniel', 'Olga', 'Viktor', 'Maria',
  'Jonas', 'Elena', 'Karim', 'Nadia', 'Samuel', 'Ruth', 'Oskar', 'Leila', 'Hugo', 'Ines', 'Matteo',
  'Zofia', 'Emil', 'Clara', 'Rafael', 'Amira', 'Felix', 'Greta', 'Luca', 'Mira', 'Stefan', 'Yara',
  'Adrian', 'Dalia', 'Bruno', 'Petra', 'Nikolai', 'Alma', 'Teodor',
];
const LAST_A = ['Vel', 'Kor', 'Bran', 'Mar', 'Sol', 'Dra', 'Hal', 'Tor', 'Ven', 'Lis', 'Rad', 'Gol', 'Ber', 'Stan', 'Mel', 'Pet', 'Dor', 'Kas'];
const LAST_B = ['enko', 'ova', 'ström', 'inski', 'ado', 'etti', 'berg', 'ovic', 'mann', 'anu', 'ez', 'ski', 'ard', 'elli', 'ov', 'sen'];
const PLACE_A = ['Ald', 'Bren', 'Cas', 'Dun', 'Elm', 'Fal', 'Gran', 'Hol', 'Kes', 'Lor', 'Mar', 'Nor', 'Ost', 'Pel', 'Ros', 'Sel', 'Tam', 'Vor', 'Wel', 'Yar'];
const PLACE_B = ['mere', 'ford', 'burg', 'ovo', 'haven', 'ton', 'ica', 'dale', 'stad', 'mouth', 'ara', 'field', 'grad', 'wick'];
const REGION_B = ['shire', 'ania', 'land', ' Valley', ' Coast', ' Highlands'];
const ORG_KIND = ['Authority', 'Agency', 'Council', 'Commission', 'Institute', 'Board'];
const COMPANY_B = ['Logistics', 'Energy', 'Holdings', 'Systems', 'Foods', 'Motors', 'Telecom', 'Pharma', 'Steel', 'Airlines'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The facts of one event: every article about it uses these values. */
interface EventFacts {
  id: string;
  type: EventType;
  start: number; // ms
  days: number;
  slots: Record<string, string>;
}

function personName(r: Rng): string {
  return `${pick(r, FIRST)} ${pick(r, LAST_A)}${pick(r, LAST_B)}`;
}
function placeName(r: Rng): string {
  return `${pick(r, PLACE_A)}${pick(r, PLACE_B)}`;
}
function fmtNum(n: number): string {
  return n.toLocaleString('en-US');
}

// ---------------------------------------------------------------------------------------------
// Templates. `{slot}` is an event fact, `[a|b|c]` a wording alternative chosen per sentence.

type EventType = 'quake' | 'flood' | 'election' | 'strike' | 'trial' | 'merger' | 'wildfire' | 'protest' | 'collapse' | 'outbreak';

const TITLES: Record<EventType, string[]> = {
  quake: ['Magnitude {mag} earthquake [strikes|hits|shakes] {city}', '[Dozens|Many] [hurt|injured] as quake [rocks|jolts] {region}', 'Rescuers search rubble after {city} earthquake'],
  flood: ['Floods [force|prompt] evacuations in {city}', '{river} bursts its banks after days of rain', 'Thousands [cut off|stranded] as floods hit {region}'],
  election: ['{person} [wins|claims victory in] {city} mayoral race', '{city} votes: {person} [leads|ahead] after count', 'Turnout [rises|falls] in {region} election'],
  strike: ['[Workers|Staff] at {company} [walk out|strike] over pay', '{union} strike [halts|disrupts] {city} {sector}', 'Talks fail as {company} strike [enters|reaches] day two'],
  trial: ['Former {role} {person} [goes on trial|in court] over {charge}', '{person} [denies|rejects] {charge} charges', 'Jury hears [evidence|testimony] in {city} {charge} case'],
  merger: ['{company} [agrees|set] to buy {company2} for {money}', '{company} and {company2} [announce|confirm] merger', 'Regulators to [review|examine] {company} deal'],
  wildfire: ['Wildfire [forces|prompts] evacuation near {city}', 'Firefighters battle blaze in {region}', '{area} hectares burned as fire [spreads|advances]'],
  protest: ['Thousands [march|rally] in {city} against {issue}', 'Police and protesters clash in {city}', '{city} protest over {issue} [enters|reaches] day {n2}'],
  collapse: ['[Bridge|Overpass] collapse in {city} [kills|leaves] {n1} [dead|people dead]', 'Inquiry ordered after {city} [bridge|structure] collapse', 'Engineers had warned about {city} [bridge|crossing], documents show'],
  outbreak: ['{disease} cases rise in {region}', 'Health officials [confirm|report] {n1} {disease} cases in {city}', '{city} schools close amid {disease} outbreak'],
};

const EVENT_SENTENCES: Record<EventType, string[]> = {
  quake: [
    'A magnitude {mag} earthquake [struck|hit|shook] {city} [early on|on] {weekday}, [damaging|toppling] [older buildings|houses and shops] and sending residents into the streets.',
    'The [quake|tremor] was centred about {n2} kilometres [north|south|east|west] of {city} at a depth of {n3} kilometres, the {org} said.',
    'At least {n1} people were [injured|hurt], {n4} of them seriously, [according to|said] regional health officials.',
    '[Rescue teams|Emergency crews] [searched|combed through] collapsed buildings in the old town for [survivors|people trapped inside] throughout the night.',
    '{official} said [schools would remain closed|public buildings would be inspected] until engineers had checked them for structural damage.',
    'More than {n5} aftershocks were recorded in the [hours|day] after the main shock, the strongest of them measuring {mag2}.',
    'Residents [described|recalled] [furniture sliding across rooms|windows shattering] as the ground shook for [about|nearly] {n6} seconds.',
    'The region [sits on|lies along] an active fault line and last [experienced|saw] a comparable [earthquake|quake] in {year}.',
  ],
  flood: [
    'Floodwaters [rose|climbed] through the streets of {city} on {weekday} after the {river} [burst its banks|overflowed] following {n2} days of heavy rain.',
    'About {big} residents were [evacuated|moved to safety] from low-lying neighbourhoods, [the city said|officials said].',
    '{official} said [army units|emergency crews] had been [deployed|sent] to [reinforce dikes|build sandbag barriers] along the river.',
    'Water levels at the main gauge in {city} reached {lvl} metres, the highest reading since records began in {year}.',
    '[Rail services|Train lines] between {city} and {city2} were suspended and several roads were [closed|under water].',
    'Forecasters [expected|predicted] a further {n3} millimetres of rain over the next [two days|48 hours], [raising fears|prompting warnings] of more flooding downstream.',
    'At least {n1} people were [reported missing|unaccounted for], and [rescuers|boat crews] were searching flooded villages [outside|around] {city}.',
    'The {org} said damage to farmland and infrastructure could [exceed|reach] {money}.',
  ],
  election: [
    '{person} [won|secured] the {city} mayoral election with {pct} percent of the vote, according to [preliminary|official] results [released|published] on {weekday}.',
    'The [runner-up|main rival], {person2}, [received|took] {pct2} percent and [conceded|said she would not contest the result] late in the evening.',
    'Turnout was {pct3} percent, [up|down] from the previous election in {year}, the {org} said.',
    '{person} [campaigned|ran] on promises to [expand public transport|build affordable housing|cut local taxes] and to [fight corruption|modernise city services].',
    '[Supporters|Campaign volunteers] gathered outside the campaign office in central {city}, [cheering|waving flags] as results came in.',
    'The new mayor is [due|expected] to take office on {date} and has said the first priority will be the city budget.',
    'Observers from the {org} reported [minor irregularities|a few procedural problems] at {n1} polling stations but said they did not affect the outcome.',
    '{person2} [told reporters|said in a statement] that she would [remain active|stay involved] in city politics as leader of the opposition.',
  ],
  strike: [
    '[Workers|Employees] at {company} [walked off the job|went on strike] on {weekday} after talks over [a new pay deal|wages and working hours] [collapsed|broke down].',
    'The strike was called by the {union}, which represents about {big} staff at the company.',
    '{person}, [secretary|leader] of the union, said members had rejected an offer of a {pct} percent [raise|pay increase] as [inadequate|too low].',
    '{company} said it [remained open to|was ready for] further talks and [called the walkout premature|regretted the union\'s decision].',
    'The stoppage [disrupted|halted] {sector} in {city}, [with|and] {n1} [deliveries|services] [cancelled|delayed] by midday.',
    '{official} urged both sides to return to [mediation|the negotiating table] as soon as possible.',
    'The last strike at the company, in {year}, lasted {n2} days and cost an estimated {money}.',
    'Union leaders said [pickets|protests] would continue until [a better offer was tabled|management improved its offer].',
  ],
  trial: [
    'Former {role} {person} went on trial in {city} on {weekday}, [charged with|accused of] {charge}.',
    'Prosecutors [allege|say] that {person} [diverted|misused] {money} in public funds between {year} and {year2}.',
    '{person} [denied|rejected] all charges, and [her|the] lawyer, {person2}, told the court the case was [politically motivated|based on flawed evidence].',
    'The court heard testimony from {n1} witnesses on the first day, including a former [aide|accountant] at the {org}.',
    'If convicted, {person} faces up to {n2} years in prison.',
    'Dozens of [supporters|protesters] gathered outside the courthouse [before the hearing|as the trial opened].',
    'Judge {person3} [adjourned|suspended] the hearing until {date}, when [more witnesses|the defence] will be heard.',
    'The investigation began in {year2} after [an audit|a newspaper report] [found|revealed] irregularities in [procurement|contract] records.',
  ],
  merger: [
    '{company} [agreed|has agreed] to [buy|acquire] {company2} for {money}, the companies [said|announced] on {weekday}.',
    'The deal would create [one of the largest|the biggest] [groups|companies] in the sector, with about {big} employees.',
    'Shares of {company2} [jumped|rose] {pct} percent in early trading, while {company} [slipped|fell] {pct2} percent.',
    '{person}, chief executive of {company}, said the [merger|deal] would [save|generate] {money2} a year in costs by {year}.',
    'The [transaction|deal] is subject to approval by the {org} and is [expected|due] to close [by the end of the year|next year].',
    'Unions [warned|said] that the deal could [put jobs at risk|lead to job cuts] at plants in {city}.',
    'Analysts said the price [represented|was] a premium of about {pct3} percent over the [recent|average] share price.',
    '{company2} [has struggled|had struggled] with [rising costs|falling demand] and reported a loss of {money2} last year.',
  ],
  wildfire: [
    'A wildfire [forced|prompted] the evacuation of {n1} villages near {city} on {weekday}, [officials said|authorities said].',
    'The [blaze|fire] started in [dry scrubland|pine forest] [shortly after noon|in the afternoon] and was [driven|pushed] by winds of up to {n2} kilometres per hour.',
    'About {big} residents were [moved|taken] to [schools and sports halls|temporary shelters] in {city}.',
    '{official} said {n3} firefighters and {n4} aircraft were [deployed|fighting the flames].',
    'The fire had [burned|destroyed] an estimated {area} hectares [by evening|by Sunday], according to [satellite data|the fire service].',
    '[Several|A number of] houses and farm buildings were destroyed on the edge of {city2}.',
    'Temperatures [were forecast to stay|are expected to remain] above {n5} degrees Celsius for the rest of the week.',
    'Authorities [banned|prohibited] outdoor burning across {region} and closed [mountain roads|forest tracks] to traffic.',
  ],
  protest: [
    '[Thousands|Tens of thousands] of people [marched|rallied] through {city} on {weekday} to protest against {issue}.',
    'Organisers [put the crowd at|said] {big} [people|marchers], while police [estimated|put the figure at] {big2}.',
    'Police used [tear gas|water cannon] when a group of protesters tried to [break through|push past] barriers near the {org}.',
    '{n1} people were [detained|arrested], and {n2} officers were [injured|hurt], [the police said|according to police].',
    '{person}, one of the organisers, said the [movement|protests] would continue until the government [withdrew|dropped] the plan.',
    '{official} [defended|stood by] the policy and said it was [necessary|essential] for the [economy|country\'s finances].',
    'The protests [began|started] {n4} days ago and have spread to [other cities|several towns], including {city2}.',
    'Opposition parties [called for|demanded] a debate in parliament on {issue}.',
  ],
  collapse: [
    'A [road bridge|bridge] collapsed in {city} on {weekday}, [killing|leaving] {n1} people [dead|dead] and injuring {n2} others.',
    'Several cars and a bus [fell|plunged] into the river when a {n3}-metre section of the [span|bridge] gave way during the [morning rush hour|afternoon].',
    '[Divers|Rescue teams] were still searching the water for [people missing|the missing] on {weekday2}, {official} said.',
    'The bridge was built in {year} and [had been|was] scheduled for [repairs|renovation] next year.',
    'Documents [seen by reporters|published by a local newspaper] show that engineers [had warned|warned] about [cracks|corrosion] in the supports in {year2}.',
    'The government [ordered|announced] an [independent inquiry|investigation] and [inspections of|checks on] all bridges of a similar design.',
    '{person}, whose [brother|sister] was [on the bus|among the injured], said families wanted [answers|to know who was responsible].',
    'The {org} said it would [publish|release] its first findings within {n4} weeks.',
  ],
  outbreak: [
    'Health officials [confirmed|reported] {n1} cases of {disease} in {city} [this week|on {weekday}], [up from|compared with] {n2} a week earlier.',
    'The {org} [urged|advised] residents to [get vaccinated|check their vaccination status] and to stay home when [ill|unwell].',
    '{n3} people were being treated in hospital, {n4} of them children, [according to|said] the regional health department.',
    '{official} said [three|two|four] schools in {city} would [close|remain closed] for a week as a precaution.',
    'Most of the cases were [linked|traced] to a [community centre|school] in the northern district of {city}.',
    'Vaccination clinics [will open|opened] in {city} and {city2}, offering free doses to anyone over {n5} months old.',
    'Doctors [warned|said] that {disease} spreads easily in [crowded places|schools and care homes] and that the number of cases [could rise|was likely to increase].',
    'The region recorded its last major {disease} outbreak in {year}, when [more than|over] {big} people fell ill.',
  ],
};

/** Sentences any article may use (context, reactions, background). */
const GENERIC_SENTENCES = [
  '{official} [said|told reporters] that the [situation|matter] was being [monitored closely|followed closely] and that more information would be released [later|in the coming days].',
  'The [local|regional] authorities [set up|opened] a hotline for [residents|people] seeking information.',
  '[Residents|Local people] [said|told reporters] they [had not been warned|received little warning] and [complained|were angry] about the lack of information.',
  'The {org} said it would [review|examine] what had happened and [publish|present] a report [within weeks|by the end of the month].',
  'Opposition politicians [criticised|questioned] the [government\'s|authorities\'] response and called for [an inquiry|a debate].',
  '[Local businesses|Shop owners] in {city} said they [expected|feared] [significant losses|a difficult few weeks].',
  'A spokesperson for the {org} [declined to comment|did not respond to requests for comment] on {weekday}.',
  '[Social media|Online] [videos|images] [showed|appeared to show] [crowds|people] gathering in the centre of {city}.',
  'The [mayor|city council] of {city} [held|called] an emergency meeting [on {weekday} evening|late on {weekday}].',
  'Experts [said|noted] that [similar events|cases like this] had become [more frequent|more common] in recent years.',
  '{person} [said|told a local radio station] that [it was too early|it was not yet possible] to say how long the disruption would last.',
  '[Officials|Authorities] in {city2} [offered|sent] [help|assistance], including [equipment|staff] and [vehicles|supplies].',
  'The [government|cabinet] is [expected|due] to discuss the [issue|situation] at its next meeting on {date}.',
  '[Traffic|Public transport] in parts of {city} was [disrupted|delayed] for [several hours|most of the day].',
  '[Insurers|Insurance companies] said it was [too early|premature] to estimate the cost of the damage.',
  'Volunteers [handed out|distributed] [water, food and blankets|hot meals and supplies] [at|near] the town hall.',
  'In a statement, the {org} said it [regretted|was concerned about] the [events|developments] and [called for calm|urged patience].',
  'The [news|events] [dominated|led] the front pages of [national|regional] newspapers on {weekday2}.',
  '[Several|A number of] [international|foreign] [organisations|governments] [expressed concern|offered support].',
  '{person2} [said|told reporters] that [people in the area|local families] were [worried|anxious] about what would happen next.',
  'According to the {org}, [similar|comparable] [incidents|events] were recorded in {year} and {year2}.',
  '[Economists|Analysts] [said|warned] the [impact|effects] on the regional economy could be [felt for months|significant].',
  '[Police|Officers] [closed|cordoned off] [several streets|the area] in central {city} [as a precaution|for safety reasons].',
  'The [national|state] broadcaster [interrupted|changed] its [programming|schedule] to [cover|report on] the [events|developments].',
  '[More details|Further updates] are [expected|likely] [after|following] a press conference [scheduled|planned] for {weekday2}.',
  '[Critics|Campaigners] [argued|said] that [warnings|concerns] raised [years|months] ago had been [ignored|overlooked].',
  '{official} [promised|pledged] [financial support|compensation] for [those affected|affected families and businesses].',
  'Schools and [public offices|government buildings] in {city} [reopened|remained closed] on {weekday2}.',
  'Travellers were [advised|told] to [check|confirm] [their plans|timetables] before [setting out|leaving home].',
  'The [last|previous] time {city} [faced|saw] a [similar|comparable] situation was in {year}, [residents recalled|local historians said].',
  '[Hospitals|Clinics] in the area [said|reported] they were [coping|managing] but had [cancelled|postponed] some [routine|non-urgent] appointments.',
  '[A|One] [resident|shopkeeper], who gave only her first name, said: "[We have never seen anything like this|Nobody expected it to be this bad]."',
  'The {org} [estimated|said] that about {big2} people [were affected|had been affected] in total.',
  '[Meanwhile|At the same time], [unions|business groups] in {region} [called for|asked for] [a meeting|talks] with the [government|regional authorities].',
  '[Parliament|Lawmakers] [will|are expected to] [debate|discuss] the [matter|events] [next week|in the coming days].',
];

/** Parts of composed sentences (opener, subject, verb, clause, tail): unlimited filler. */
const OPENERS = ['', '', 'On {weekday}, ', 'Later, ', 'Earlier in the day, ', 'By the evening, ', 'In {city}, ', 'According to local media, ', 'As of {weekday2}, ', 'Meanwhile, ', 'Separately, '];
const SUBJECTS = [
  'officials', 'the {org}', '{official}', 'residents of {city}', 'local reporters', 'a spokesperson for the {org}', '{person2}',
  'community leaders', 'aid groups', 'the regional government', 'police in {city}', 'a group of volunteers',
  'neighbouring municipalities', 'experts consulted by the newspaper', '{person}', 'the authorities in {city2}', 'opposition members',
];
const VERBS = ['said', 'warned', 'stressed', 'pointed out', 'insisted', 'suggested', 'acknowledged', 'argued', 'confirmed', 'reported', 'told reporters', 'noted'];
const CLAUSES = [
  'that the coming days would be decisive', 'that {n4} teams were working in shifts', 'that the response had been slower than planned',
  'that the costs would be shared between the city and the region', 'that more staff would be sent to {city}',
  'that there was no immediate risk to the public', 'that the figures could still change', 'that {city2} had offered to help',
  'that the priority was to keep people informed', 'that lessons would have to be learned', 'that the situation in {city} was stabilising',
  'that a full assessment would take weeks', 'that nobody had been able to give a clear timetable', 'that the phone lines had been busy all day',
  'that families had been asked to stay in touch with neighbours', 'that the budget for the coming year would have to be revised',
  'that the {org} had been informed in advance', 'that several meetings were planned for {weekday2}', 'that the numbers were lower than first feared',
  'that earlier reports had exaggerated the scale of the problem', 'that people should rely only on official information',
  'that volunteers from {city2} had arrived overnight', 'that the decision had been taken after long discussions', 'that it was a difficult day for {city}',
  'that the national government had been slow to react', 'that support would be available for as long as necessary',
  'that schools in {region} were following the situation', 'that transport links to {city2} were working normally', 'that the process would be reviewed',
  'that the local economy depended heavily on the outcome', 'that the first results were encouraging', 'that questions remained about who was responsible',
];
const TAILS = ['.', '.', ' on {weekday}.', ', without giving details.', ' in a short statement.', ' at a briefing in {city}.', ', adding that further updates would follow.', ' in an interview.', ' late on {weekday}.'];

function composeSentence(r: Rng, slots: Record<string, string>): string {
  return cap(fill(r, `${pick(r, OPENERS)}${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, CLAUSES)}${pick(r, TAILS)}`, slots));
}

/** Local intros and analysis paragraphs for articles that embed another outlet's story. */
const LOCAL_SENTENCES = [
  'Readers in {city3} have been following the news from {city} closely, and many have relatives in the area.',
  'We asked [local residents|people in our town] how the [events|news] affect them.',
  'Here is what the [agency|news agency|wire service] reported on {weekday}:',
  'The following report was [distributed|provided] by our [partner agency|news partner].',
  'Our [newsroom|reporters] will [update this page|follow the story] as more information becomes available.',
  'Local [councillor|official] {person4} said the [town|district] was ready to [help|offer support] if needed.',
  '[Businesses|Firms] in {city3} that [trade|work] with partners in {city} said they were [watching|monitoring] the situation.',
  'Readers can [send|share] their [questions|experiences] with our [newsroom|editors] through the form on our website.',
  'For [our|local] readers, the [most immediate|main] question is what this means for [prices|services|travel] in the coming weeks.',
  '[Community|Church] groups in {city3} have started collecting [donations|supplies] for people affected.',
];

function fill(r: Rng, template: string, slots: Record<string, string>): string {
  return template
    .replace(/\[([^\]]+)\]/g, (_m, alts: string) => pick(r, alts.split('|')))
    .replace(/\{(\w+)\}/g, (_m, k: string) => slots[k] ?? k);
}

// ---------------------------------------------------------------------------------------------
// Events, outlets, articles.

const TYPES = Object.keys(EVENT_SENTENCES) as EventType[];
const SECTORS = ['port traffic', 'rail services', 'bus services', 'deliveries', 'flights', 'production'];
const ISSUES = ['pension reform', 'fuel price rises', 'a new mining project', 'housing costs', 'cuts to public services', 'a new tax on small businesses'];
const DISEASES = ['measles', 'mumps', 'whooping cough', 'hepatitis A', 'norovirus'];
const ROLES = ['mayor', 'minister', 'governor', 'deputy mayor', 'council chief'];
const CHARGES = ['embezzlement', 'bribery', 'abuse of office', 'fraud'];
const OFFICIAL_TITLES = ['Regional Governor', 'Interior Minister', 'Mayor', 'Deputy Mayor', 'Police Chief', 'Health Minister'];

function makeEvent(r: Rng, index: number, start: number): EventFacts {
  const type = pick(r, TYPES);
  const city = placeName(r);
  let city2 = placeName(r);
  if (city2 === city) city2 = `New ${city2}`;
  const year = int(r, 1988, 2019);
  const d = new Date(start);
  const slots: Record<string, string> = {
    person: personName(r),
    person2: personName(r),
    person3: personName(r),
    person4: personName(r),
    official: `${pick(r, OFFICIAL_TITLES)} ${personName(r)}`,
    city,
    city2,
    city3: placeName(r),
    region: `${pick(r, PLACE_A)}${pick(r, REGION_B)}`,
    river: `${pick(r, PLACE_A)}${pick(r, ['a', 'e', 'ava', 'ina'])} river`,
    org: `${pick(r, ['National', 'Regional', 'Civil Protection', 'Public', 'State'])} ${pick(r, ORG_KIND)}`,
    company: `${pick(r, PLACE_A)}${pick(r, ['ex', 'ion', 'ara', 'co', 'tek'])} ${pick(r, COMPANY_B)}`,
    company2: `${pick(r, PLACE_A)}${pick(r, ['ia', 'on', 'ix', 'ora'])} ${pick(r, COMPANY_B)}`,
    union: `${pick(r, ['Transport', 'Metal', 'Public Service', 'Maritime', 'Rail'])} Workers Union`,
    sector: pick(r, SECTORS),
    issue: pick(r, ISSUES),
    disease: pick(r, DISEASES),
    role: pick(r, ROLES),
    charge: pick(r, CHARGES),
    mag: (4.5 + r() * 3).toFixed(1),
    mag2: (3 + r() * 1.5).toFixed(1),
    lvl: (4 + r() * 6).toFixed(1),
    n1: String(int(r, 3, 60)),
    n2: String(int(r, 2, 90)),
    n3: String(int(r, 5, 400)),
    n4: String(int(r, 2, 30)),
    n5: String(int(r, 6, 40)),
    n6: String(int(r, 10, 50)),
    big: fmtNum(int(r, 12, 900) * 100),
    big2: fmtNum(int(r, 12, 900) * 100),
    area: fmtNum(int(r, 3, 250) * 100),
    pct: String(int(r, 2, 60)),
    pct2: String(int(r, 2, 40)),
    pct3: String(int(r, 25, 75)),
    money: `${int(r, 2, 950)} million euros`,
    money2: `${int(r, 5, 300)} million euros`,
    year: String(year),
    year2: String(Math.min(2023, year + int(r, 1, 6))),
    weekday: WEEKDAYS[d.getUTCDay()],
    weekday2: WEEKDAYS[(d.getUTCDay() + 1) % 7],
    date: `${MONTHS[(d.getUTCMonth() + 1) % 12]} ${int(r, 1, 28)}`,
  };
  return { id: `e${index + 1}`, type, start, days: int(r, 1, 6), slots };
}

function makeOutlets(r: Rng): string[] {
  const out = new Set<string>();
  while (out.size < 60) {
    const p = placeName(r);
    out.add(pick(r, [`The ${p} ${pick(r, ['Herald', 'Gazette', 'Times', 'Post', 'Courier', 'Chronicle', 'Observer'])}`, `${p} ${pick(r, ['News', 'Daily', 'Today', 'Radio'])}`]));
  }
  return [...out];
}

const WIRES = ['Continental Press Agency', 'Northern Wire Service', 'Global News Exchange'];

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** Builds one article body: lead + event and generic sentences, in paragraphs. */
function writeBody(r: Rng, ev: EventFacts, targetWords: number): string {
  const own = [...EVENT_SENTENCES[ev.type]];
  const generic = [...GENERIC_SENTENCES];
  const sentences: string[] = [fill(r, own.splice(0, 1)[0], ev.slots)];
  let words = sentences[0].split(' ').length;
  while (words < targetWords) {
    const roll = r();
    const pool = roll < 0.4 && own.length ? own : roll < 0.7 && generic.length ? generic : null;
    const s = pool ? cap(fill(r, pool.splice(Math.floor(r() * pool.length), 1)[0], ev.slots)) : composeSentence(r, ev.slots);
    sentences.push(s);
    words += s.split(' ').length;
  }
  return paragraphs(r, sentences);
}

function paragraphs(r: Rng, sentences: string[]): string {
  const paras: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const k = int(r, 1, 3);
    paras.push(sentences.slice(i, i + k).join(' '));
    i += k;
  }
  return paras.join('\n\n');
}

/** A few words changed, a sentence dropped or added: a lightly edited copy. */
function editCopy(r: Rng, text: string, ev: EventFacts): string {
  const paras = text.split('\n\n');
  const swaps: Array<[RegExp, string]> = [
    [/\bsaid\b/, 'stated'],
    [/\babout\b/, 'around'],
    [/\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/, 'this week'],
    [/\bpeople\b/, 'residents'],
    [/\bofficials\b/, 'authorities'],
    [/\bseveral\b/, 'a number of'],
  ];
  for (let i = 0, n = int(r, 1, 3); i < n; i++) {
    const [re, to] = pick(r, swaps);
    const p = int(r, 0, paras.length - 1);
    paras[p] = paras[p].replace(re, to);
  }
  if (r() < 0.5) paras.push(cap(fill(r, pick(r, GENERIC_SENTENCES), ev.slots)));
  else if (paras.length > 6) paras.splice(int(r, 2, paras.length - 1), 1);
  return paras.join('\n\n');
}

/** Re-typesets a text as a different CMS would: curly quotes, non-breaking hyphens, spacing. */
function retypeset(text: string): string {
  let open = true;
  return text
    .replace(/"/g, () => ((open = !open) ? '\u201D' : '\u201C'))
    .replace(/'/g, '\u2019')
    .replace(/\n\n/g, '\n\n\n')
    .replace(/\. (?=[A-Z])/g, '.  ');
}

/** An article by a local outlet that embeds the copied story between its own paragraphs. */
function embedCopy(r: Rng, text: string, ev: EventFacts): string {
  const local = [...LOCAL_SENTENCES];
  const take = (n: number): string =>
    Array.from({ length: n }, () => cap(fill(r, local.splice(Math.floor(r() * local.length), 1)[0], ev.slots))).join(' ');
  return `${take(3)}\n\n${text}\n\n${take(3)}\n\n${writeBody(r, ev, int(r, 60, 140))}`;
}

/**
 * Yields `n` articles in publication order. Deterministic for given options. Memory stays
 * small (a window of recent articles for copies), so large streams can be generated lazily.
 */
export function* generateStream(opts: StreamOptions): Generator<StreamRecord> {
  const r = mulberry32(opts.seed);
  const n = Math.max(0, Math.floor(opts.n));
  const nEvents = Math.max(1, opts.events ?? Math.max(10, Math.round(n / 25)));
  const dupRate = opts.dupRate ?? 0.15;
  const t0 = Date.parse(opts.start ?? '2024-01-01T00:00:00Z');
  const DAY = 86_400_000;
  const spanDays = Math.max(30, Math.ceil(n / 300));
  const outlets = makeOutlets(r);
  const events: EventFacts[] = [];
  const starts = Array.from({ length: nEvents }, () => t0 + r() * spanDays * DAY).sort((a, b) => a - b);
  for (let i = 0; i < nEvents; i++) events.push(makeEvent(r, i, starts[i]));

  const recent: StreamRecord[] = [];
  let firstActive = 0;
  let lastTime = t0;
  for (let i = 0; i < n; i++) {
    const t = Math.max(lastTime, t0 + ((i + r()) / n) * (spanDays + 6) * DAY);
    lastTime = t;
    const id = `a${String(i + 1).padStart(6, '0')}`;
    const published = new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (recent.length > 20 && r() < dupRate) {
      const src = recent[recent.length - 1 - Math.floor(r() * Math.min(recent.length, 200))];
      const ev = events[Number(src.event.slice(1)) - 1];
      const roll = r();
      const kind: StreamRecord['copyKind'] = roll < 0.4 ? 'exact' : roll < 0.8 ? 'near' : 'contains';
      const outlet = kind === 'contains' ? pick(r, outlets) : pick(r, [...outlets, ...WIRES]);
      const text = kind === 'exact' ? retypeset(src.text) : kind === 'near' ? editCopy(r, src.text, ev) : embedCopy(r, src.text, ev);
      const title = kind === 'contains' ? `${src.title}: what it means for ${ev.slots.city3}` : src.title;
      yield { id, text, title, published, outlet, url: articleUrl(outlet, published, title, id), event: src.event, copyOf: src.id, copyKind: kind };
      continue;
    }
    while (firstActive < events.length - 1 && events[firstActive].start + events[firstActive].days * DAY < t) firstActive++;
    // Active events: started and not over; newer events get more coverage.
    let last = firstActive;
    while (last + 1 < events.length && events[last + 1].start <= t) last++;
    const lo = Math.max(firstActive, last - 40);
    const ev = events[lo + Math.floor(Math.pow(r(), 0.7) * (last - lo + 1))];
    const outlet = r() < 0.2 ? pick(r, WIRES) : pick(r, outlets);
    const title = cap(fill(r, pick(r, TITLES[ev.type]), ev.slots));
    const text = writeBody(r, ev, int(r, 300, 900));
    const rec: StreamRecord = { id, text, title, published, outlet, url: articleUrl(outlet, published, title, id), event: ev.id };
    recent.push(rec);
    if (recent.length > 400) recent.splice(0, 200);
    yield rec;
  }
}

function articleUrl(outlet: string, published: string, title: string, id: string): string {
  return `https://${slug(outlet)}.example/${published.slice(0, 10).replace(/-/g, '/')}/${slug(title)}-${id}`;
}

/** Parses `--n 20000 --seed 1 --events 800 --dup-rate 0.15 --start 2024-01-01`. */
function parseArgs(argv: string[]): StreamOptions {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (name: string): number | undefined => {
    const v = get(name);
    return v === undefined ? undefined : Number(v);
  };
  return { n: num('n') ?? 1000, seed: num('seed') ?? 1, events: num('events'), dupRate: num('dup-rate'), start: get('start') };
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (!Number.isFinite(opts.n) || !Number.isFinite(opts.seed)) {
    process.stderr.write('usage: generate.ts --n N --seed S [--events E] [--dup-rate R] [--start YYYY-MM-DD]\n');
    process.exitCode = 2;
    return;
  }
  // A closed pipe (`| head`) ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  let buf = '';
  for (const rec of generateStream(opts)) {
    buf += `${JSON.stringify(rec)}\n`;
    if (buf.length > 1 << 20) {
      if (!process.stdout.write(buf)) await new Promise((res) => process.stdout.once('drain', res));
      buf = '';
    }
  }
  process.stdout.write(buf);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
