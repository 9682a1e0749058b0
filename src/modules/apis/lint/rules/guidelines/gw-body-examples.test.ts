import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf, sourceAt } from './support/lint-text.js';

const ID = 'gw-body-examples';

const doc = yaml`
  openapi: 3.1.0
  info: { title: T, version: 1.0.0 }
  paths:
    /a:
      post:
        requestBody:
          content:
            application/json: { schema: { $ref: '#/components/schemas/Order' } }
            multipart/form-data: { schema: { type: object } }
        responses:
          '200':
            description: OK
            content:
              application/json:
                schema: { type: object }
                examples: { one: { value: {} } }
          '201':
            description: OK
            content:
              application/json: { schema: { type: array, items: { type: string, example: x } } }
          '202': { $ref: '#/components/responses/Bare' }
          '400': { description: x, content: { application/problem+json: { schema: { type: object } } } }
    /b:
      get:
        responses:
          '200': { $ref: '#/components/responses/Bare' }
  components:
    responses:
      Bare:
        description: OK
        content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } }
    schemas:
      Order:
        type: object
        properties:
          id: { type: string, example: ord_1 }
          total: { type: integer }
`;

describe(ID, () => {
  it('reports JSON request and success bodies without examples, shared responses once', () => {
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings)).toEqual([
      'paths./a.post.requestBody.content.application/json',
      'components.responses.Bare.content.application/json',
    ]);
    expect(sourceAt(doc, findings[0])).toMatch(/^application\/json: \{ schema/);
    expect(findings[0]?.message).toBe('The request body of POST /a has no example.');
    expect(findings[0]?.severity).toBe(2);
  });

  it('can check every response or none', () => {
    expect(pathsOf(findingsOf(ID, doc, { responses: 'all', requests: false })).sort()).toEqual([
      'components.responses.Bare.content.application/json',
      'paths./a.post.responses.400.content.application/problem+json',
    ]);
    expect(pathsOf(findingsOf(ID, doc, { responses: 'none' }))).toEqual(['paths./a.post.requestBody.content.application/json']);
  });

  it('reads Swagger 2.0 body parameters and response examples', () => {
    const swagger = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      paths:
        /a:
          post:
            parameters: [{ name: body, in: body, schema: { type: object, example: {} } }]
            responses:
              '200': { description: OK, schema: { type: object }, examples: { application/json: {} } }
              '201': { description: OK, schema: { type: object } }
    `;
    expect(pathsOf(findingsOf(ID, swagger))).toEqual(['paths./a.post.responses.201']);
  });
});
