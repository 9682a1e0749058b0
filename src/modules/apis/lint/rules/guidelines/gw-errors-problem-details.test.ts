import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf } from './support/lint-text.js';

const ID = 'gw-errors-problem-details';

const doc = yaml`
  openapi: 3.0.3
  info: { title: T, version: 1.0.0 }
  paths:
    /a:
      get:
        responses:
          '200': { description: OK, content: { application/json: { schema: { type: object } } } }
          '400': { description: x, content: { application/problem+json: { schema: { type: object } } } }
          '404': { $ref: '#/components/responses/NotFound' }
          '500': { description: x, content: { application/json: { schema: { $ref: '#/components/schemas/Error' } } } }
      head:
        responses:
          '404': { description: no body possible }
    /b:
      get:
        responses:
          '404': { $ref: '#/components/responses/NotFound' }
          default: { description: x }
  components:
    responses:
      NotFound:
        description: x
        content: { application/json: { schema: { type: object } } }
    schemas:
      Error: { type: object }
`;

describe(ID, () => {
  it('reports non-problem error bodies once per shared response, and error responses without a body', () => {
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings).sort()).toEqual([
      'components.responses.NotFound.content',
      'paths./a.get.responses.500.content',
      'paths./b.get.responses.default',
    ]);
    const shared = findings.find((f) => f.path[0] === 'components');
    expect(shared?.message).toBe('Error response 404 is application/json; use application/problem+json.');
    expect(shared?.range.start.line).toBe(22);
  });

  it('accepts a configured error schema and can ignore missing bodies', () => {
    const findings = findingsOf(ID, doc, { schemas: ['#/components/schemas/Error'], requireBody: false });
    expect(pathsOf(findings)).toEqual(['components.responses.NotFound.content']);
  });

  it('reads Swagger 2.0 produces', () => {
    const swagger = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      produces: [application/json]
      paths:
        /a:
          get:
            responses:
              '404': { description: x, schema: { type: object } }
        /b:
          get:
            produces: [application/json, application/problem+json]
            responses:
              '404': { description: x, schema: { type: object } }
    `;
    const findings = findingsOf(ID, swagger);
    expect(pathsOf(findings)).toEqual(['paths./a.get.responses.404']);
    expect(findings[0]?.message).toContain('produced as application/json');
  });
});
