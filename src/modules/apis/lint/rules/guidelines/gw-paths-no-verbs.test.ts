import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf, sourceAt } from './support/lint-text.js';

const ID = 'gw-paths-no-verbs';
const op = `{ responses: { '200': { description: OK } } }`;

describe(ID, () => {
  it('accepts nouns and POST-only action sub-resources', () => {
    const doc = yaml`
      openapi: 3.1.0
      info: { title: T, version: 1.0.0 }
      paths:
        /orders: { get: ${op} }
        /orders/{orderId}/cancel: { post: ${op} }
        /users/{userId}/reset-password: { post: ${op} }
        /settings: { get: ${op} }
        /updates: { get: ${op} }
    `;
    expect(findingsOf(ID, doc)).toEqual([]);
  });

  it('reports CRUD verbs anywhere and action verbs outside the action position', () => {
    const doc = yaml`
      openapi: 3.1.0
      info: { title: T, version: 1.0.0 }
      paths:
        /getOrders: { get: ${op} }
        /orders/{orderId}/delete: { post: ${op} }
        /orders/{orderId}/cancel: { get: ${op} }
        /cancel/{orderId}: { post: ${op} }
    `;
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings)).toEqual([
      'paths./getOrders',
      'paths./orders/{orderId}/delete',
      'paths./orders/{orderId}/cancel',
      'paths./cancel/{orderId}',
    ]);
    expect(findings[0]?.message).toContain('let the HTTP method say it');
    expect(sourceAt(doc, findings[1])).toMatch(/^\/orders\/\{orderId\}\/delete: /);
    expect(findings[2]?.message).toContain('POST-only last segment');
  });

  it('takes its verb lists from options', () => {
    const doc = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      paths:
        /orders/{orderId}/ship: { post: ${op} }
        /ship-orders: { post: ${op} }
    `;
    expect(findingsOf(ID, doc)).toEqual([]);
    expect(pathsOf(findingsOf(ID, doc, { actionVerbs: ['ship'] }))).toEqual(['paths./ship-orders']);
  });
});
