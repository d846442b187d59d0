import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../types.js';
import { extractEntities } from './index.js';

function texts(ms: EntityMention[]): string[] {
  return ms.map((m) => m.text);
}

function one(ms: EntityMention[], text: string): EntityMention {
  const m = ms.find((x) => x.text === text);
  if (!m) throw new Error(`no mention "${text}" in ${JSON.stringify(texts(ms))}`);
  return m;
}

describe('name spans', () => {
  it('reads abbreviated titles, middle initials and name particles', () => {
    const ms = extractEntities(
      'Mr. Halvard Tønnesen arrived late. Gen. Amir Haddad and Bashar al-Assad were named, as was Mohammed bin Salman. ' +
        'Later Harold J. Whitcombe spoke, and Whitcombe said Tønnesen was right.',
    );
    expect(one(ms, 'Halvard Tønnesen').type).toBe('PERSON');
    expect(one(ms, 'Amir Haddad').type).toBe('PERSON');
    expect(one(ms, 'Bashar al-Assad').type).toBe('PERSON');
    expect(one(ms, 'Mohammed bin Salman').type).toBe('PERSON');
    expect(one(ms, 'Whitcombe').entity).toBe(one(ms, 'Harold J. Whitcombe').entity);
    expect(one(ms, 'Tønnesen').entity).toBe(one(ms, 'Halvard Tønnesen').entity);
    expect(texts(ms)).not.toContain('Mr');
  });

  it('keeps family-name-first names whole and joins the family name', () => {
    const ms = extractEntities('North Korean leader Kim Jong-un watched the launch. Kim later praised the scientists, state media said.');
    expect(one(ms, 'Kim Jong-un').type).toBe('PERSON');
    expect(one(ms, 'Kim').entity).toBe(one(ms, 'Kim Jong-un').entity);
    expect(texts(ms)).not.toContain('North');
  });

  it('cuts a run at a title, at `of` + place, and between coordinated names', () => {
    const ms = extractEntities(
      'Senator Rhea Calloway of Vermont and Ohio Gov. Dale Pruett met Sunday. Calloway and Pruett disagreed, ' +
        'and the CEO of Northwind Logistics Corp declined to comment.',
    );
    expect(one(ms, 'Rhea Calloway').type).toBe('PERSON');
    expect(one(ms, 'Vermont').type).toBe('PLACE');
    expect(one(ms, 'Ohio').type).toBe('PLACE');
    expect(one(ms, 'Dale Pruett').type).toBe('PERSON');
    expect(one(ms, 'Calloway').entity).toBe('rhea-calloway');
    expect(one(ms, 'Pruett').entity).toBe('dale-pruett');
    expect(one(ms, 'Northwind Logistics Corp').type).toBe('ORG');
    expect(texts(ms)).not.toContain('Calloway and Pruett');
  });

  it('keeps organisation names joined by for / and / of the', () => {
    const ms = extractEntities(
      'A report by the Center for Coastal Resilience and the Department of Health and Human Services was published. ' +
        'The Organization of the Petroleum Exporting Countries met in Vienna.',
    );
    expect(one(ms, 'Center for Coastal Resilience').type).toBe('ORG');
    expect(one(ms, 'Department of Health and Human Services').type).toBe('ORG');
    expect(one(ms, 'Organization of the Petroleum Exporting Countries').entity).toBe('opec');
  });

  it('drops party-state markers, plain acronyms and demonym compounds', () => {
    const ms = extractEntities('Rep. Ana Whitford (D-Calif.) told TV reporters that African-American and North Korean voters were not polled.');
    expect(one(ms, 'Ana Whitford').type).toBe('PERSON');
    for (const bad of ['D-Calif', 'TV', 'African-American', 'North Korean', 'North', 'Korean']) expect(texts(ms)).not.toContain(bad);
  });

  it('does not let a shouted heading run into the name after it', () => {
    const ms = extractEntities('WHAT WE KNOW ABOUT MARTA KOVAC Marta Kovac won the vote on Sunday, and Kovac said she was grateful.');
    expect(texts(ms)).not.toContain('MARTA KOVAC Marta Kovac');
    expect(one(ms, 'Kovac').entity).toBe(one(ms, 'Marta Kovac').entity);
  });

  it('drops sentence-initial ordinary words before a name', () => {
    const ms = extractEntities('Shares of Brightwater Mining Corp fell. Tranquilizing Oskar proved hard, keeper Lena Brandt said.');
    expect(one(ms, 'Brightwater Mining Corp').type).toBe('ORG');
    expect(texts(ms)).not.toContain('Shares of Brightwater Mining Corp');
    expect(texts(ms)).not.toContain('Tranquilizing Oskar');
  });
});
