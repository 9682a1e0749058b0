import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf } from './support/lint-text.js';

const ID = 'gw-paths-plural-collections';

describe(ID, () => {
  it('accepts plural and uncountable collections and singleton segments', () => {
    const doc = yaml`
      openapi: 3.1.0
      info: { title: T, version: 1.0.0 }
      paths:
        /people/{personId}/line-items/{itemId}: {}
        /media/{mediaId}: {}
        /v1/orders/{orderId}: {}
        /me/settings: {}
    `;
    expect(findingsOf(ID, doc)).toEqual([]);
  });

  it('reports singular segments followed by an identifier', () => {
    const doc = yaml`
      openapi: 3.1.0
      info: { title: T, version: 1.0.0 }
      paths:
        /order/{orderId}: {}
        /orders/{orderId}/line-item/{itemId}: {}
        /child/{id}: {}
    `;
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings)).toEqual(['paths./order/{orderId}', 'paths./orders/{orderId}/line-item/{itemId}', 'paths./child/{id}']);
    expect(findings[0]?.message).toContain('"order" (orders)');
    expect(findings[2]?.message).toContain('(children)');
    expect(findings[0]?.range.start.line).toBe(3);
  });

  it('accepts configured words', () => {
    const doc = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      paths:
        /search/{kind}: {}
    `;
    expect(pathsOf(findingsOf(ID, doc))).toEqual(['paths./search/{kind}']);
    expect(findingsOf(ID, doc, { allow: ['search'] })).toEqual([]);
  });
});
