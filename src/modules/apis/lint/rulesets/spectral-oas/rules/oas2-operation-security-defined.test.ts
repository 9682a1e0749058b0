import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
securityDefinitions:
  key:
    type: apiKey
    name: k
    in: header
security:
  - key: []
paths: {}
`;

const invalid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
securityDefinitions:
  key:
    type: apiKey
    name: k
    in: header
security:
  - other: []
paths: {}
`;

describe('oas2-operation-security-defined', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas2-operation-security-defined', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas2-operation-security-defined', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["security.0.other"]);
    expectRangesAtKeys(invalid, findings);
  });
});
