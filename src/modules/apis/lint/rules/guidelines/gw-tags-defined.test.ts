import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf, sourceAt } from './support/lint-text.js';

const ID = 'gw-tags-defined';

const doc = yaml`
  swagger: '2.0'
  info: { title: T, version: 1.0.0 }
  tags:
    - { name: orders, description: Orders }
    - { name: unused }
  paths:
    /orders:
      get: { tags: [orders], responses: { '200': { description: OK } } }
      post: { tags: [orders, order], responses: { '200': { description: OK } } }
      put: { responses: { '200': { description: OK } } }
`;

describe(ID, () => {
  it('reports undefined tags, untagged operations and unused tags', () => {
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings)).toEqual(['tags.1', 'paths./orders.post.tags.1', 'paths./orders.put']);
    expect(sourceAt(doc, findings[0])).toBe('{ name: unused }');
    expect(findings.map((f) => f.message)).toEqual([
      'Tag "unused" is defined but no operation uses it.',
      'Tag "order" of POST /orders is not defined in the top-level tags.',
      'PUT /orders has no tags.',
    ]);
  });

  it('can skip untagged operations and unused tags', () => {
    const findings = findingsOf(ID, doc, { requireOperationTags: false, reportUnused: false });
    expect(pathsOf(findings)).toEqual(['paths./orders.post.tags.1']);
  });
});
