import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../document/index.js';
import { compileFilter, filterNeedsContainer, filterUsesParentProperty } from './jsonpath/filter-expression.js';
import { parseJsonPath } from './jsonpath/path.js';
import { traverse } from './traverse.js';

function matchesOf(data: unknown, paths: string[], resolved = false): string[] {
  const document = parseDocument(JSON.stringify(data), { source: '/doc.json' });
  const found: string[] = [];
  traverse(document, paths.map(parseJsonPath), resolved, (index, _value, path) => {
    found.push(`${String(index)}:${path.join('.')}`);
  });
  // A resolved walk may reach a node again through a `$ref`; the linter deduplicates findings.
  return [...new Set(found)].sort();
}

describe('filter facts', () => {
  it('knows which filters are false on every leaf', () => {
    expect(filterNeedsContainer(compileFilter('@ && @.type == "array"'))).toBe(true);
    expect(filterNeedsContainer(compileFilter("@property !== 'properties' && @ != null && @.enum && @.enum.constructor.name === 'Array'"))).toBe(true);
    expect(filterNeedsContainer(compileFilter('@.type && @.type.includes("array")'))).toBe(true);
    expect(filterNeedsContainer(compileFilter('@.x === undefined'))).toBe(false);
    expect(filterNeedsContainer(compileFilter('@.x == null'))).toBe(false);
    expect(filterNeedsContainer(compileFilter('@.length > 3'))).toBe(false);
    expect(filterNeedsContainer(compileFilter("@property === '$ref'"))).toBe(false);
    expect(filterNeedsContainer(compileFilter('!@.enum'))).toBe(false);
    expect(filterNeedsContainer(compileFilter('@.a || @'))).toBe(false);
  });

  it('knows which filters read @parentProperty', () => {
    expect(filterUsesParentProperty(compileFilter("@parentProperty === 'paths'"))).toBe(true);
    expect(filterUsesParentProperty(compileFilter("@property === 'paths'"))).toBe(false);
  });
});

describe('traverse', () => {
  const data = {
    a: { type: 'array', items: [1, 'x', { type: 'string' }] },
    s: 'text',
    n: null,
    d: { $ref: '#/a' },
  };

  it('matches leaves and containers with deep filters and names', () => {
    expect(matchesOf(data, ['$..[?(@ && @.type)]', '$..type', '$..[?(@.length > 3)]', '$.a.items[*]'])).toEqual([
      '0:a',
      '0:a.items.2',
      '1:a.items.2.type',
      '1:a.type',
      '2:a.items.2.type',
      '2:a.type',
      '2:s',
      '3:a.items.0',
      '3:a.items.1',
      '3:a.items.2',
    ]);
  });

  it('follows $refs once per target in resolved walks, reporting real locations', () => {
    expect(matchesOf(data, ['$..type'], true)).toEqual(['0:a.items.2.type', '0:a.type']);
    expect(matchesOf(data, ['$.d.type'], true)).toEqual(['0:a.type']);
  });

  it('ends on circular references', () => {
    const circular = { definitions: { A: { properties: { self: { $ref: '#/definitions/A' } }, type: 'object' } } };
    expect(matchesOf(circular, ['$..type'], true)).toEqual(['0:definitions.A.type']);
  });

  it('walks resolved and unresolved paths together as each kind would alone', () => {
    const document = parseDocument(
      JSON.stringify({
        paths: { '/a': { get: { parameters: [{ $ref: '#/components/parameters/P' }], responses: { '200': { $ref: '#/components/responses/R' } } } } },
        components: {
          parameters: { P: { name: 'p', in: 'query', schema: { $ref: '#/components/schemas/S' } } },
          responses: { R: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/S' } } } } },
          schemas: { S: { type: 'object', properties: { self: { $ref: '#/components/schemas/S' }, list: { type: 'array', items: { $ref: '#/components/schemas/S' } } } } },
        },
      }),
      { source: '/doc.json' },
    );
    const given = ['$..type', '$..[?(@property === "$ref")]', '$.paths[*][*].parameters[*].name', '$..[?(@ && @.type == "array")]', '$..$ref'];
    const walk = (paths: string[], resolved: boolean | boolean[]) => {
      const found: string[] = [];
      traverse(document, paths.map(parseJsonPath), resolved, (index, _value, path, source) => {
        found.push(`${String(index)}:${source}:${path.join('.')}`);
      });
      return found;
    };
    const alone = [...walk(given, true), ...walk(given, false).map((match) => match.replace(/^(\d+)/, (index) => String(Number(index) + given.length)))];
    const together = walk([...given, ...given], [...given.map(() => true), ...given.map(() => false)]);
    // Same matches, and for each path in the same order.
    const byPath = (matches: string[]) => [...matches].sort((x, y) => Number(x.split(':')[0]) - Number(y.split(':')[0]));
    expect(byPath(together)).toEqual(byPath(alone));
    expect(together.length).toBeGreaterThan(given.length * 2);
  });
});

