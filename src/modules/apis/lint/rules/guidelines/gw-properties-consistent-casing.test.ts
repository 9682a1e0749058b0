import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf, sourceAt } from './support/lint-text.js';

const ID = 'gw-properties-consistent-casing';

const mixed = yaml`
  openapi: 3.1.0
  info: { title: T, version: 1.0.0 }
  paths:
    /orders:
      get:
        responses:
          '200':
            description: OK
            content:
              application/json:
                schema:
                  type: object
                  properties:
                    next_cursor: { type: string }
  components:
    schemas:
      Order:
        type: object
        properties:
          id: { type: string }
          created_at: { type: string }
          total_amount: { type: integer }
          customerId: { type: string }
          _links: { type: object }
          Status: { type: string }
`;

describe(ID, () => {
  it('accepts one casing (single words count for both)', () => {
    const doc = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      paths: {}
      definitions:
        Order:
          properties:
            id: { type: string }
            createdAt: { type: string }
            lines: { type: array, items: { properties: { unitPrice: { type: integer } } } }
    `;
    expect(findingsOf(ID, doc)).toEqual([]);
  });

  it('reports names outside the dominant casing, inline schemas included, ignoring _links', () => {
    const findings = findingsOf(ID, mixed);
    expect(pathsOf(findings).sort()).toEqual([
      'components.schemas.Order.properties.Status',
      'components.schemas.Order.properties.customerId',
    ]);
    expect(findings.find((f) => f.path.includes('customerId'))?.message).toContain('is not snake_case');
    expect(sourceAt(mixed, findings.find((f) => f.path.includes('Status')))).toBe('Status: { type: string }');
  });

  it('enforces a configured casing', () => {
    const findings = findingsOf(ID, mixed, { casing: 'camelCase' });
    expect(pathsOf(findings).sort()).toEqual([
      'components.schemas.Order.properties.Status',
      'components.schemas.Order.properties.created_at',
      'components.schemas.Order.properties.total_amount',
      'paths./orders.get.responses.200.content.application/json.schema.properties.next_cursor',
    ]);
  });

  it('rejects an unknown casing option when the ruleset loads', () => {
    expect(() => findingsOf(ID, mixed, { casing: 'kebab-case' })).toThrow(/invalid options/);
  });
});
