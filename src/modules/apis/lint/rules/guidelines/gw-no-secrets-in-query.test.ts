import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf, sourceAt } from './support/lint-text.js';

const ID = 'gw-no-secrets-in-query';

describe(ID, () => {
  it('reports secret query parameters (once per shared parameter) and query API-key schemes', () => {
    const doc = yaml`
      openapi: 3.0.3
      info: { title: T, version: 1.0.0 }
      paths:
        /a:
          get:
            parameters:
              - { $ref: '#/components/parameters/Token' }
              - { name: api-key, in: query, schema: { type: string } }
              - { name: page_token, in: query, schema: { type: string } }
              - { name: Authorization, in: header, schema: { type: string } }
            responses: { '200': { description: OK } }
        /b:
          get:
            parameters: [{ $ref: '#/components/parameters/Token' }]
            responses: { '200': { description: OK } }
      components:
        parameters:
          Token: { name: access_token, in: query, schema: { type: string } }
        securitySchemes:
          header: { type: apiKey, in: header, name: X-Key }
          query: { type: apiKey, in: query, name: key }
    `;
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings).sort()).toEqual([
      'components.parameters.Token',
      'components.securitySchemes.query.in',
      'paths./a.get.parameters.1',
    ]);
    expect(sourceAt(doc, findings.find((f) => f.path.at(-1) === 'Token'))).toBe("Token: { name: access_token, in: query, schema: { type: string } }");
    expect(findings.every((f) => f.severity === 0)).toBe(true);
  });

  it('reads Swagger 2.0 securityDefinitions and configured names', () => {
    const swagger = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      paths:
        /a:
          get:
            parameters: [{ name: sig, in: query, type: string }]
            responses: { '200': { description: OK } }
      securityDefinitions:
        key: { type: apiKey, in: query, name: api_key }
    `;
    expect(pathsOf(findingsOf(ID, swagger))).toEqual(['securityDefinitions.key.in']);
    expect(pathsOf(findingsOf(ID, swagger, { names: ['sig'] }))).toEqual(['paths./a.get.parameters.0', 'securityDefinitions.key.in']);
  });
});
