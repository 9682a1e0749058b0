import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf, sourceAt } from './support/lint-text.js';

const ID = 'gw-pagination-consistent-names';

const doc = yaml`
  openapi: 3.1.0
  info: { title: T, version: 1.0.0 }
  paths:
    /a:
      get:
        parameters:
          - { $ref: '#/components/parameters/Limit' }
          - { name: cursor, in: query, schema: { type: string } }
        responses: { '200': { description: OK } }
    /b:
      get:
        parameters:
          - { $ref: '#/components/parameters/Limit' }
          - { name: after, in: query, schema: { type: string } }
        responses: { '200': { description: OK } }
    /c:
      get:
        parameters:
          - { name: page_size, in: query, schema: { type: integer } }
          - { name: cursor, in: query, schema: { type: string } }
          - { name: pageSize, in: header, schema: { type: integer } }
        responses: { '200': { description: OK } }
  components:
    parameters:
      Limit: { name: limit, in: query, schema: { type: integer, maximum: 50 } }
`;

describe(ID, () => {
  it('reports the less used name of each role where it is written', () => {
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings)).toEqual(['paths./b.get.parameters.1', 'paths./c.get.parameters.0']);
    expect(sourceAt(doc, findings[1])).toBe('{ name: page_size, in: query, schema: { type: integer } }');
    expect(findings[0]?.message).toBe('The cursor parameter is "after" here but "cursor" in 2 operations; use one name.');
    expect(findings[1]?.message).toBe('The page size parameter is "page_size" here but "limit" in 2 operations; use one name.');
  });

  it('accepts one name per role', () => {
    const swagger = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      paths:
        /a: { get: { parameters: [{ name: limit, in: query, type: integer }], responses: { '200': { description: OK } } } }
        /b: { get: { parameters: [{ name: limit, in: query, type: integer }], responses: { '200': { description: OK } } } }
    `;
    expect(findingsOf(ID, swagger)).toEqual([]);
  });
});
