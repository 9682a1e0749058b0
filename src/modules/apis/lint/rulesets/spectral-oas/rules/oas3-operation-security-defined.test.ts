import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
components:
  securitySchemes:
    key:
      type: apiKey
      name: k
      in: header
paths:
  /pets:
    get:
      security:
        - key: []
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
components:
  securitySchemes:
    key:
      type: apiKey
      name: k
      in: header
paths:
  /pets:
    get:
      security:
        - nope: []
`;

describe('oas3-operation-security-defined', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas3-operation-security-defined', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas3-operation-security-defined', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./pets.get.security.0.nope"]);
    expectRangesAtKeys(invalid, findings);
  });
});
