import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf } from './support/lint-text.js';

const ID = 'gw-pagination-limit-maximum';

describe(ID, () => {
  it('reports page-size parameters without a maximum, a shared one once at its component', () => {
    const doc = yaml`
      openapi: 3.0.3
      info: { title: T, version: 1.0.0 }
      paths:
        /a:
          get:
            parameters:
              - { $ref: '#/components/parameters/Limit' }
              - { name: per_page, in: query, schema: { type: integer, maximum: 100 } }
            responses: { '200': { description: OK } }
        /b:
          get:
            parameters:
              - { $ref: '#/components/parameters/Limit' }
              - { name: pageSize, in: query, schema: { $ref: '#/components/schemas/Size' } }
              - { name: limit, in: header, schema: { type: integer } }
            responses: { '200': { description: OK } }
      components:
        parameters:
          Limit:
            name: limit
            in: query
            schema: { type: integer }
        schemas:
          Size: { type: integer, maximum: 10 }
    `;
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings)).toEqual(['components.parameters.Limit']);
    expect(findings[0]?.message).toBe('Page-size parameter "limit" has no maximum.');
    expect(findings[0]?.range.start.line).toBe(18);
  });

  it('reads the Swagger 2.0 parameter itself and configured names', () => {
    const swagger = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      paths:
        /a:
          get:
            parameters:
              - { name: limit, in: query, type: integer, maximum: 500 }
              - { name: batch, in: query, type: integer }
            responses: { '200': { description: OK } }
    `;
    expect(findingsOf(ID, swagger)).toEqual([]);
    expect(pathsOf(findingsOf(ID, swagger, { names: ['batch'] }))).toEqual(['paths./a.get.parameters.1']);
  });
});
