/**
 * How someone died or was hurt, read from the words ("shot", "stabbed", "burned to death",
 * "suffocated", "drowned"): outlets telling the same death in manners that share nothing ("was
 * shot" / "was stabbed", "burnt to death" / "choked on smoke") disagree on what happened; "shot
 * and stabbed" / "stabbed" agree. Only read where the words speak of a death or an injury, so
 * "shot to fame" or "police shot tear gas" state no manner. Pure.
 */

/** One manner of death or injury and the words that state it. */
const MANNERS: { manner: string; re: RegExp }[] = [
  { manner: 'shot', re: /\b(?:shot|gunned down|gunshot|shooting)\b/i },
  { manner: 'stabbed', re: /\b(?:stabb(?:ed|ing)|knifed)\b/i },
  { manner: 'burned', re: /\b(?:burn(?:ed|t) (?:to death|alive)|burns)\b/i },
  { manner: 'suffocated', re: /\b(?:suffocat\w*|asphyxi\w*|choked|smoke inhalation)\b/i },
  { manner: 'drowned', re: /\bdrown(?:ed|ing)\b/i },
  { manner: 'strangled', re: /\b(?:strangl\w*|throttled)\b/i },
  { manner: 'beaten', re: /\b(?:beaten|bludgeoned|clubbed)\b/i },
  { manner: 'hanged', re: /\bhanged\b/i },
  { manner: 'poisoned', re: /\bpoison(?:ed|ing)\b/i },
  { manner: 'crushed', re: /\b(?:crushed|trampled)\b/i },
  { manner: 'electrocuted', re: /\belectrocut\w*\b/i },
];

/** Words of a death or an injury: a manner is only read in a clause that has one, or that says "to death". */
const HARM = /\b(?:kill\w*|die[ds]?|dying|dead|death|deaths|fatal\w*|murder\w*|injur\w*|wound\w*|victims?|bod(?:y|ies)|hurt)\b/i;

/** A manner a text states, with where its words stand (offsets relative to the text). */
export interface StatedManner {
  manner: string;
  start: number;
  end: number;
  text: string;
}

/** The manners of death or injury a clause states, in text order; none when it speaks of no harm. */
export function statedManners(text: string): StatedManner[] {
  if (!HARM.test(text)) return [];
  const out: StatedManner[] = [];
  for (const { manner, re } of MANNERS) {
    const m = re.exec(text);
    if (m) out.push({ manner, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}
