import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
schemes: [https]
paths: {}
`;

const invalid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
schemes: []
paths: {}
`;

describe('oas2-api-schemes', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas2-api-schemes', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas2-api-schemes', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["schemes"]);
    expectRangesAtKeys(invalid, findings);
  });
});
