/**
 * An invented story for the summary and report tests (written for this project; no third-party
 * text): a burst water main reported by two outlets that disagree on when repairs end, plus a
 * verbatim copy of one of them by a third outlet. One article quotes a `<script>` tag.
 */
import { prepareArticle } from '../text/prepare.js';
import type { Article, RawDocument } from '../types.js';

/** One invented article. */
export interface FixtureArticle {
  id: string;
  outlet: string;
  published: string;
  text: string;
}

const POST = `Burst water main floods Cardell city centre
A burst water main flooded six streets in the centre of Cardell on Sunday, the city water board said.
About 2,400 homes were left without running water overnight, according to the water board.
Engineers said the ninety-year-old pipe had cracked under the weight of heavy lorries.
The water board expects repairs to be finished on May 9.
Shops on Market Street will stay closed until the road is safe, the council said.
Residents can collect bottled water at the Cardell leisure centre on Kings Road.`;

/** The burst water main, as three outlets carry it (`valley-wire` copies `cardell-post`). */
export const FLOOD: FixtureArticle[] = [
  { id: 'cardell-post', outlet: 'Cardell Post', published: '2026-05-04', text: POST },
  {
    id: 'river-echo',
    outlet: 'River Echo',
    published: '2026-05-04',
    text: `Thousands without water after Cardell pipe burst
Six streets in central Cardell were flooded on Sunday after a water main burst, the city water board said.
Around 2,400 homes lost their running water overnight, the water board said.
The cracked pipe was more than ninety years old, engineers said.
Repairs will be finished on May 12, a water board spokesperson said.
The city council may ask the water board to pay for damage to shop fronts.
Vandals also broke into the outage page of the water board and added the line <script>alert('flood')</script> to its status banner, the board said.`,
  },
  { id: 'valley-wire', outlet: 'Valley Wire', published: '2026-05-04', text: POST },
];

/** Prepares fixture articles the way ingest does (text stage only). */
export function prepareFixture(fixture: readonly FixtureArticle[]): Article[] {
  return fixture.map((f) => {
    const raw: RawDocument = {
      id: f.id,
      text: f.text,
      title: null,
      outlet: f.outlet,
      published: f.published,
      url: null,
      source: { kind: 'jsonl', input: 'fixture.jsonl' },
      messages: [],
    };
    return prepareArticle(raw);
  });
}
