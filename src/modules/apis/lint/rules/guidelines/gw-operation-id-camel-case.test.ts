import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf, sourceAt } from './support/lint-text.js';

const ID = 'gw-operation-id-camel-case';

describe(ID, () => {
  it('accepts camelCase ids (acronyms allowed) and leaves missing ids to gw-operation-id-unique', () => {
    const doc = yaml`
      openapi: 3.1.0
      info: { title: T, version: 1.0.0 }
      paths:
        /orders:
          get: { operationId: listOrders, responses: { '200': { description: OK } } }
          post: { operationId: createOrderV2, responses: { '201': { description: OK } } }
          put: { operationId: importCSV, responses: { '200': { description: OK } } }
          delete: { responses: { '204': { description: OK } } }
    `;
    expect(findingsOf(ID, doc)).toEqual([]);
  });

  it('reports snake, kebab, Pascal and dotted ids at the operationId', () => {
    const doc = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      paths:
        /orders:
          get: { operationId: list_orders, responses: { '200': { description: OK } } }
          post: { operationId: create-order, responses: { '201': { description: OK } } }
          put: { operationId: ReplaceOrders, responses: { '200': { description: OK } } }
          delete: { operationId: orders.delete, responses: { '204': { description: OK } } }
    `;
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings)).toEqual([
      'paths./orders.get.operationId',
      'paths./orders.post.operationId',
      'paths./orders.put.operationId',
      'paths./orders.delete.operationId',
    ]);
    expect(findings[0]?.message).toBe('operationId "list_orders" is not camelCase.');
    expect(sourceAt(doc, findings[0])).toMatch(/^get: \{ operationId: list_orders/);
  });
});
