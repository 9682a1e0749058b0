import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf, sourceAt } from './support/lint-text.js';

const ID = 'gw-pagination-parameters';

const doc = yaml`
  openapi: 3.0.3
  info: { title: T, version: 1.0.0 }
  paths:
    /cursor:
      get:
        parameters: [{ $ref: '#/components/parameters/Cursor' }]
        responses: { '200': { $ref: '#/components/responses/Page' } }
    /offset:
      parameters: [{ name: offset, in: query, schema: { type: integer } }]
      get:
        responses: { '200': { $ref: '#/components/responses/Page' } }
    /unpaginated:
      get:
        responses:
          '200': { description: OK, content: { application/json: { schema: { type: array, items: { type: string } } } } }
    /size-only:
      get:
        parameters: [{ name: pageSize, in: query, schema: { type: integer } }]
        responses: { '200': { $ref: '#/components/responses/Page' } }
    /items/{id}:
      get:
        responses: { '200': { $ref: '#/components/responses/Page' } }
    /single:
      get:
        responses:
          '200': { description: OK, content: { application/json: { schema: { type: object, properties: { roles: { type: array } } } } } }
    /created:
      post:
        responses: { '200': { $ref: '#/components/responses/Page' } }
  components:
    parameters:
      Cursor: { name: page_token, in: query, schema: { type: string } }
    responses:
      Page:
        description: A page
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Page' }
    schemas:
      Page:
        allOf:
          - type: object
            properties: { data: { type: array, items: { type: object } } }
`;

describe(ID, () => {
  it('reports GET list operations (arrays and envelopes) without cursor or offset parameters', () => {
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings)).toEqual(['paths./unpaginated.get', 'paths./size-only.get']);
    expect(sourceAt(doc, findings[0])).toBe('get:');
    expect(findings[0]?.message).toBe('GET /unpaginated returns a list but takes no cursor or offset parameter.');
    expect(findings[1]?.message).toContain('(only a page size)');
  });

  it('takes configured names and envelope properties', () => {
    const renamed = findingsOf(ID, doc, { names: { size: [], cursor: ['pagesize'] } });
    expect(pathsOf(renamed)).toEqual(['paths./cursor.get', 'paths./unpaginated.get']);
    const envelope = findingsOf(ID, doc, { envelopeProperties: ['roles'] });
    expect(pathsOf(envelope)).toEqual(['paths./unpaginated.get', 'paths./single.get']);
  });

  it('understands Swagger 2.0 responses', () => {
    const swagger = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      paths:
        /pods:
          get:
            parameters: [{ name: continue, in: query, type: string }]
            responses: { '200': { description: OK, schema: { $ref: '#/definitions/PodList' } } }
        /nodes:
          get:
            responses: { '200': { description: OK, schema: { $ref: '#/definitions/PodList' } } }
      definitions:
        PodList: { type: object, properties: { items: { type: array, items: { type: object } } } }
    `;
    expect(pathsOf(findingsOf(ID, swagger))).toEqual(['paths./nodes.get']);
  });
});
