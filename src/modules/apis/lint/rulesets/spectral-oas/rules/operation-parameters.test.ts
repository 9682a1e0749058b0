import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    get:
      parameters:
        - name: a
          in: query
        - name: b
          in: query
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    get:
      parameters:
        - name: a
          in: query
        - name: a
          in: query
`;

describe('operation-parameters', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('operation-parameters', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('operation-parameters', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./pets.get.parameters.1"]);
    expectRangesAtKeys(invalid, findings);
  });
});
