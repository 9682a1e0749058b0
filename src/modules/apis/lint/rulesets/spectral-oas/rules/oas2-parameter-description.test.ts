import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    get:
      parameters:
        - name: q
          in: query
          type: string
          description: Q
      responses:
        '200':
          description: ok
`;

const invalid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    get:
      parameters:
        - name: q
          in: query
          type: string
      responses:
        '200':
          description: ok
`;

describe('oas2-parameter-description', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas2-parameter-description', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas2-parameter-description', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./pets.get.parameters.0"]);
    expectRangesAtKeys(invalid, findings);
  });
});
