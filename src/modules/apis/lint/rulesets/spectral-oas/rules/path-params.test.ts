import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets/{id}:
    get:
      parameters:
        - name: id
          in: path
          required: true
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets/{id}:
    get:
      parameters:
        - name: id
          in: path
`;

describe('path-params', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('path-params', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('path-params', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./pets/{id}.get.parameters.0"]);
    expectRangesAtKeys(invalid, findings);
  });
});
