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
        - name: q
          in: query
          description: Q
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    get:
      parameters:
        - name: q
          in: query
`;

describe('oas3-parameter-description', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas3-parameter-description', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas3-parameter-description', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./pets.get.parameters.0"]);
    expectRangesAtKeys(invalid, findings);
  });
});
