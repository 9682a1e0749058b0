import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf } from './support/lint-text.js';

const ID = 'gw-paths-kebab-case';

describe(ID, () => {
  it('accepts kebab-case segments, parameters and version segments', () => {
    const doc = yaml`
      openapi: 3.0.3
      info: { title: T, version: 1.0.0 }
      paths:
        /v1/line-items/{lineItemId}/tax-lines: {}
        /2.0/users/{user_id}: {}
        /2010-04-01/accounts: {}
        /.well-known/openid-configuration: {}
    `;
    expect(findingsOf(ID, doc)).toEqual([]);
  });

  it('reports each path with non-kebab segments once, at the path key, with its range', () => {
    const doc = yaml`
      openapi: 3.0.3
      info: { title: T, version: 1.0.0 }
      paths:
        /lineItems/{id}: {}
        /line_items/{id}/Tax_Lines: {}
        /Calls.json: {}
    `;
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings)).toEqual(['paths./lineItems/{id}', 'paths./line_items/{id}/Tax_Lines', 'paths./Calls.json']);
    expect(findings[1]?.message).toContain('"line_items", "Tax_Lines"');
    expect(findings[0]?.range.start).toEqual({ line: 3, character: 2 });
    expect(findings[0]?.severity).toBe(1);
  });

  it('works on Swagger 2.0 and takes an allow list', () => {
    const doc = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      paths:
        /apiDocs: {}
    `;
    expect(pathsOf(findingsOf(ID, doc))).toEqual(['paths./apiDocs']);
    expect(findingsOf(ID, doc, { allow: ['apiDocs'] })).toEqual([]);
  });
});
