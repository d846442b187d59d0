import { describe, expect, it } from 'vitest';
import { buildListQuery } from './list-query.js';

describe('buildListQuery', () => {
  it('binds every user value as a parameter', () => {
    const { sql, params } = buildListQuery({ outlet: " Harbour Courier'; DROP TABLE articles; --", language: 'en' }, 'postgres');
    expect(sql).toContain('a.outlet_key = $1 AND a.language = $2');
    expect(sql).not.toContain('DROP');
    expect(params).toEqual(["harbour courier'; drop table articles; --", 'en']);
  });

  it('compares dates on the leading characters of published', () => {
    const { sql, params } = buildListQuery({ from: '2025-03', to: '2025-03-12' }, 'sqlite');
    expect(sql).toContain('substr(a.published, 1, 7) >= ? AND substr(a.published, 1, 10) <= ?');
    expect(params).toEqual(['2025-03', '2025-03-12']);
  });

  it('spells an offset without limit per dialect and rejects bad counts', () => {
    expect(buildListQuery({ offset: 5 }, 'sqlite')).toMatchObject({ sql: expect.stringMatching(/LIMIT -1 OFFSET \?$/), params: [5] });
    expect(buildListQuery({ limit: 2, offset: 5 }, 'postgres')).toMatchObject({
      sql: expect.stringMatching(/a\.id LIMIT \$1 OFFSET \$2$/),
      params: [2, 5],
    });
    expect(() => buildListQuery({ limit: -1 }, 'sqlite')).toThrow(RangeError);
    expect(() => buildListQuery({ limit: 1.5 }, 'sqlite')).toThrow(RangeError);
  });
});
