import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf } from './support/lint-text.js';

const ID = 'gw-operation-id-unique';

describe(ID, () => {
  it('accepts present and unique ids', () => {
    const doc = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      paths:
        /orders:
          get: { operationId: listOrders, responses: { '200': { description: OK } } }
          post: { operationId: createOrder, responses: { '201': { description: OK } } }
    `;
    expect(findingsOf(ID, doc)).toEqual([]);
  });

  it('reports missing ids at the operation and duplicates at the second operationId', () => {
    const doc = yaml`
      openapi: 3.0.3
      info: { title: T, version: 1.0.0 }
      paths:
        /orders:
          get: { operationId: orders, responses: { '200': { description: OK } } }
          post:
            operationId: orders
            responses: { '201': { description: OK } }
          delete: { operationId: '  ', responses: { '204': { description: OK } } }
        /orders/{id}:
          get: { responses: { '200': { description: OK } } }
    `;
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings)).toEqual(['paths./orders.post.operationId', 'paths./orders.delete', 'paths./orders/{id}.get']);
    expect(findings[0]?.message).toBe('operationId "orders" of POST /orders is already used by GET /orders.');
    expect(findings[0]?.severity).toBe(0);
    expect(findings[0]?.range.start).toEqual({ line: 6, character: 6 });
  });
});
