import fastDeepEqual from 'fast-deep-equal';
import { describe, expect, it } from 'vitest';
import { jsonEqual } from './json-equal.js';

const VALUES: unknown[] = [
  null, undefined, 0, -0, 1, NaN, '', 'a', true, false, [], [1], [1, 2], [2, 1], [[1]], {}, { a: 1 }, { a: 1, b: 2 }, { b: 2, a: 1 }, { a: undefined }, { b: undefined },
  { a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] }, { name: 'limit', in: 'query' }, { in: 'query', name: 'limit' }, { name: 'limit', in: 'path' },
  /x/g, /x/i, new Date(0), new Date(1), Object.create(null) as unknown, JSON.parse('{"__proto__": {"a": 1}}'), JSON.parse('{"__proto__": {"a": 2}}'),
];

describe('jsonEqual', () => {
  it('answers as fast-deep-equal for every pair of a varied set of values', () => {
    const differences: string[] = [];
    for (const a of VALUES) {
      for (const b of VALUES) {
        let expected: boolean | string;
        let actual: boolean | string;
        try {
          expected = fastDeepEqual(a, b);
        } catch (error) {
          expected = String(error);
        }
        try {
          actual = jsonEqual(a, b);
        } catch (error) {
          actual = String(error);
        }
        if (expected !== actual) differences.push(`${String(a)} vs ${String(b)}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('compares real parameters deeply', () => {
    const parameter = { name: 'PageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000 } };
    expect(jsonEqual(parameter, structuredClone(parameter))).toBe(true);
    expect(jsonEqual(parameter, { ...parameter, schema: { ...parameter.schema, maximum: 100 } })).toBe(false);
  });
});
