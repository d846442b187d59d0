import { describe, expect, it } from 'vitest';
import { extractAttributions } from './index.js';

/** The source found for the relation whose cue text is `cue`. */
function sourceOf(text: string, cue: string): string | null | undefined {
  const r = extractAttributions(text).find((a) => a.cue.text === cue);
  return r ? (r.source?.text ?? null) : undefined;
}

describe('extractAttributions: sources', () => {
  it('reads the name after an inverted "wrote" as the source, not as an addressee', () => {
    const text = '"The dam was never built to hold this much water," wrote Paula Brenner, an engineer at the state university.';
    expect(sourceOf(text, 'wrote')).toBe('Paula Brenner, an engineer at the state university');
  });

  it('keeps "Kennedy wrote Linick" an addressee when the source stands before the cue', () => {
    const text = 'The plan would cut the budget by half, the senator wrote Linick on Friday.';
    expect(sourceOf(text, 'wrote')).toBe('the senator');
  });

  it('walks over an apposition that ends in an abbreviation', () => {
    const text = '"We will vote on it next week," Senator Ann Lowe, D-Md., said on Tuesday.';
    expect(sourceOf(text, 'said')).toBe('Senator Ann Lowe, D-Md.,');
  });

  it('walks over an apposition that holds a relative clause', () => {
    const text =
      'Ruth Okafor, the head of Clean Rivers, a group that has sued the county twice, said the permit was unlawful.';
    expect(sourceOf(text, 'said')).toBe('Ruth Okafor, the head of Clean Rivers, a group that has sued the county twice,');
  });

  it('keeps a capitalised modal inside a name', () => {
    const text = 'Prime Minister Theresa May said the talks would resume in the spring.';
    expect(sourceOf(text, 'said')).toBe('Prime Minister Theresa May');
  });

  it('takes "another" as a subject, not as an article before an adjective', () => {
    const text = 'One voter said the lines were long. Another said, "I waited three hours."';
    expect(sourceOf(text, 'said')).toBe('One voter');
    const rels = extractAttributions(text).filter((a) => a.source?.text === 'Another');
    expect(rels.map((a) => a.cue.text)).toEqual(['said']);
  });

  it('reads the subject of a state-of-mind passive as its source', () => {
    const text = 'The city council is worried that the new stadium will raise rents in the district.';
    const r = extractAttributions(text).find((a) => a.cue.text.includes('worried'));
    expect(r?.source?.text).toBe('The city council');
    expect(r?.content.text).toBe('that the new stadium will raise rents in the district');
  });

  it('leaves a reporting passive without a source', () => {
    const text = 'It was reported that the factory would close in March.';
    const r = extractAttributions(text).find((a) => a.cue.text.includes('reported'));
    expect(r?.source ?? null).toBeNull();
  });

  it('reads the agent of a passive stance cue as the source and its subject as the content', () => {
    const text = 'The zoning plan was sharply criticized by the city council.';
    const r = extractAttributions(text).find((a) => a.cue.text.includes('criticized'));
    expect(r?.source?.text).toBe('the city council');
    expect(r?.content.text).toBe('The zoning plan');
  });

  it('gives a trailing participle the subject of its clause, not what follows a fronted phrase', () => {
    const text = 'As the results came in on Tuesday, she gave a speech in Denver, predicting that turnout would set a record.';
    const r = extractAttributions(text).find((a) => a.cue.text === 'predicting');
    expect(r?.source?.text).toBe('she');
  });

  it('continues the subject over "but on Tuesday wrote"', () => {
    const text = 'The columnist has long opposed the stadium but on Tuesday wrote that the plan had merit.';
    expect(sourceOf(text, 'wrote')).toBe('The columnist');
  });

  it('walks over a long apposition with a relative clause', () => {
    const text =
      'Maria Ortiz, a former state budget analyst who now studies pension systems at the Institute for Fiscal Studies in Chicago, said the fund was short.';
    expect(sourceOf(text, 'said')).toBe(
      'Maria Ortiz, a former state budget analyst who now studies pension systems at the Institute for Fiscal Studies in Chicago,',
    );
  });

  it('skips a dateline when a coordinated cue takes the clause subject', () => {
    const text = 'DENVER (AP) - Governor Jane Doe toured the flooded towns on Friday and said the state would pay for repairs.';
    expect(sourceOf(text, 'said')).toBe('Governor Jane Doe');
    const dated = 'DENVER, Dec. 8 (UPI) — In response to the flood, the governor toured the valley, saying: "We will rebuild."';
    expect(sourceOf(dated, 'saying:')).toBe('the governor');
  });

  it('takes the noun phrase before a time phrase as the source', () => {
    const text = 'A state university poll in June showed that most voters backed the tax.';
    expect(sourceOf(text, 'showed')).toBe('A state university poll in June');
  });

  it('skips a fronted "Throughout ..." phrase to find the clause subject', () => {
    const text = 'Throughout the spring, the governor toured the state, insisting that the plan would pass.';
    expect(sourceOf(text, 'insisting')).toBe('the governor');
  });

  it('walks over an age and a relative clause to the name', () => {
    const text = 'Dana Whitfield, 61, who runs a bakery in Akron, says the new tariffs have doubled her costs.';
    expect(sourceOf(text, 'says')).toBe('Dana Whitfield, 61');
  });

  it('keeps a plural possessive and a proportion in the source', () => {
    expect(sourceOf('The Greens’ campaign says it raised $2 million in March.', 'says')).toBe('The Greens’ campaign');
    expect(sourceOf('Six in 10 voters say the economy is getting worse.', 'say')).toBe('Six in 10 voters');
  });

  it('does not read the object of a stance verb after an aside as an inverted source', () => {
    const text = 'The governor, as expected, criticized the budget.';
    const r = extractAttributions(text).find((a) => a.cue.text === 'criticized');
    expect(r?.source?.text).toBe('The governor');
    expect(r?.content.text).toBe('the budget');
  });

  it('gives a fronted participial cue the subject after its comma, and a gerund subject none', () => {
    const fronted = 'Promising that the report would be public, the mayor said the audit was finished.';
    const r = extractAttributions(fronted).find((a) => a.cue.text === 'Promising');
    expect(r?.source?.text).toBe('the mayor');
    expect(r?.content.text).toBe('that the report would be public');
    expect(extractAttributions('Criticizing the police will cost him votes.').some((a) => a.cue.text === 'Criticizing')).toBe(false);
  });

  it('skips "in the past" before a cue and a fronted adverb before the clause subject', () => {
    const past = extractAttributions('The senator, who has in the past described the tax as theft, spoke on Monday.');
    expect(past.find((a) => a.cue.text.endsWith('described'))?.source?.text).toBe('who');
    const text = 'Recently, Ana Ruiz of Denver stood up at a town hall to say she would vote for the levy.';
    expect(sourceOf(text, 'say')).toBe('Ana Ruiz of Denver');
  });
});
