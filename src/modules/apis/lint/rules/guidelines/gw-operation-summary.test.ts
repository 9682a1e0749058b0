import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf, sourceAt } from './support/lint-text.js';

const ID = 'gw-operation-summary';

const doc = yaml`
  openapi: 3.0.3
  info: { title: T, version: 1.0.0 }
  paths:
    /a:
      get: { summary: List a, responses: { '200': { description: OK } } }
      put: { description: Replaces a., responses: { '200': { description: OK } } }
      post: { summary: Create, description: Creates an a., responses: { '200': { description: OK } } }
      delete: { summary: '  ', responses: { '200': { description: OK } } }
`;

describe(ID, () => {
  it('by default wants a summary or a description', () => {
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings)).toEqual(['paths./a.delete']);
    expect(sourceAt(doc, findings[0])).toMatch(/^delete: /);
    expect(findings[0]?.message).toBe('DELETE /a needs a summary or a description.');
  });

  it('can require a summary, a description or both', () => {
    expect(pathsOf(findingsOf(ID, doc, { require: 'summary' }))).toEqual(['paths./a.put', 'paths./a.delete']);
    expect(pathsOf(findingsOf(ID, doc, { require: 'description' }))).toEqual(['paths./a.get', 'paths./a.delete']);
    expect(pathsOf(findingsOf(ID, doc, { require: 'both' }))).toEqual(['paths./a.get', 'paths./a.put', 'paths./a.delete']);
  });
});
