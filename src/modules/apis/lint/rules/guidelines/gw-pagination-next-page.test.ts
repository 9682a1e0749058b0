import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf, sourceAt } from './support/lint-text.js';

const ID = 'gw-pagination-next-page';

const doc = yaml`
  openapi: 3.1.0
  info: { title: T, version: 1.0.0 }
  paths:
    /top-level:
      get:
        parameters: [{ name: cursor, in: query, schema: { type: string } }]
        responses:
          '200':
            description: OK
            content:
              application/json:
                schema: { type: object, properties: { data: { type: array }, next_cursor: { type: string } } }
    /nested:
      get:
        parameters: [{ name: offset, in: query, schema: { type: integer } }]
        responses:
          '200':
            description: OK
            content:
              application/json:
                schema:
                  type: object
                  properties:
                    items: { type: array }
                    links: { type: object, properties: { next: { type: string, format: uri } } }
    /link-header:
      get:
        parameters: [{ name: page, in: query, schema: { type: integer } }]
        responses:
          '200':
            description: OK
            headers: { Link: { schema: { type: string } } }
            content: { application/json: { schema: { type: array } } }
    /bare-array:
      get:
        parameters: [{ name: after, in: query, schema: { type: string } }]
        responses:
          '200': { description: OK, content: { application/json: { schema: { type: array } } } }
    /no-next:
      get:
        parameters: [{ name: cursor, in: query, schema: { type: string } }]
        responses:
          '200':
            description: OK
            content:
              application/json:
                schema: { type: object, properties: { data: { type: array }, total: { type: integer } } }
    /unpaginated:
      get:
        responses:
          '200': { description: OK, content: { application/json: { schema: { type: array } } } }
`;

describe(ID, () => {
  it('reports paginated lists whose response does not lead to the next page', () => {
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings)).toEqual(['paths./bare-array.get', 'paths./no-next.get']);
    expect(sourceAt(doc, findings[0])).toBe('get:');
    expect(findings[0]?.message).toContain('bare array and no Link header');
    expect(findings[1]?.message).toBe('GET /no-next is paginated but its response has no next link or cursor.');
  });

  it('takes configured next properties', () => {
    expect(pathsOf(findingsOf(ID, doc, { nextProperties: ['total'], nextHeaders: [] }))).toEqual([
      'paths./top-level.get',
      'paths./nested.get',
      'paths./link-header.get',
      'paths./bare-array.get',
    ]);
  });
});
